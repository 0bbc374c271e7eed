import { domainOf } from '../generators/domains.ts';
import { hostileCase, hostileCaseSchema, type HostileCase } from '../generators/hostile.ts';
import { censusChanges } from '../src/suite.ts';
import { renderFor, runHostile } from './harness/hostilePlan.ts';
import type { SuiteProperty } from './harness/property.ts';
import { writableDir } from './harness/writableDir.ts';

/**
 * Whatever a rehearsal ends with — READY, BLOCKED, or its clone source refused — nothing outside
 * its clone changed: the server's census (roles, databases, slots, settings, large objects …, other
 * rehearsals' own scratch databases and roles aside) is as it was, and a directory the server may
 * write to is empty. The cases are hostile (generators/hostile.ts): a program, a server file, a
 * role, a slot, a setting, reached through every way user code runs, with and without a switch to
 * a superuser, named by the plan or not.
 */
export const rehearsalNothingOutsideTheClone: SuiteProperty<HostileCase> = {
  id: 'rehearsal.nothing-outside-the-clone',
  sentence:
    "Whatever a rehearsal of a hostile clone source and batch ends with, the server's cluster-wide state and a directory the server may write to are as they were.",
  cost: 'rehearsal',
  arbitrary: () => hostileCase,
  domain: domainOf(hostileCaseSchema),
  check: async (c, { engine, target }) => {
    const dir = writableDir();
    try {
      const before = target!.census ? await target!.census() : null;
      await runHostile(engine, target!, c, renderFor(target!, c, dir.path));
      const changed = before && target!.census ? censusChanges(before, await target!.census()) : [];
      if (changed.length > 0) throw new Error(`the server changed outside the clone: ${changed.join('; ')}`);
      const left = dir.entries();
      if (left.length > 0) throw new Error(`files appeared where the server may write: ${left.join(', ')}`);
      return true;
    } finally {
      dir.remove();
    }
  },
  explain: async (c, { engine, target }) => {
    const dir = writableDir();
    try {
      const outcome = await runHostile(engine, target!, c, renderFor(target!, c, dir.path));
      return 'refused' in outcome ? `refused: ${outcome.refused}` : `${outcome.result.status} ${outcome.result.codes.join(', ')}`;
    } finally {
      dir.remove();
    }
  },
};
