import fc from 'fast-check';
import { domainOf } from '../generators/domains.ts';
import { HOSTILE_VEHICLES, hostileCase, hostileCaseSchema, renderHostile, type HostileCase } from '../generators/hostile.ts';
import { runHostile } from './harness/hostilePlan.ts';
import type { SuiteProperty } from './harness/property.ts';

/** The ways a batch reaches a function the plan may name (a SECURITY DEFINER function, an extension's SQL runner and the load aside). */
const NAMEABLE = HOSTILE_VEHICLES.filter((v) => !['definer', 'sql-text', 'load-select', 'load-trigger'].includes(v));

/**
 * The boundary names every function of the database's own a batch would run. Each case is
 * rehearsed twice: with every function named, where each marks that it ran (a transaction-local
 * setting, read inside the apply transaction), and with none named, where RX-2 must name every
 * function the first run marked — a call, a STABLE or IMMUTABLE declaration, a trigger, a rule, a
 * CHECK, a domain, a default, a generated column, an index, a view, a cast. SQLite has no
 * functions of a database's own: there it holds by construction.
 */
export const boundaryNamesWhatItRuns: SuiteProperty<HostileCase> = {
  id: 'boundary.names-what-it-runs',
  sentence:
    "Every function of the database's own a batch runs — called, or reached through a trigger, a rule, a constraint, a domain, a default, a generated column, an index, a view or a cast — is named by the boundary before it runs.",
  cost: 'rehearsal',
  arbitrary: () =>
    fc
      .record({ c: hostileCase, vehicles: fc.uniqueArray(fc.constantFrom(...NAMEABLE), { minLength: 3, maxLength: 4 }) })
      .map(({ c, vehicles }) => ({
        ...c,
        vehicles,
        payload: 'none' as const,
        escalate: false,
        mode: 'txn' as const,
        named: vehicles.map(() => true),
      })),
  domain: domainOf(
    hostileCaseSchema.refine(
      (c) => c.payload === 'none' && !c.escalate && c.mode === 'txn' && c.vehicles.every((v) => NAMEABLE.includes(v)),
      'a case with a payload, or a vehicle no plan can name',
    ),
  ),
  check: async (c, { engine, target }) => {
    if (target!.kind === 'sqlite') return true;
    const named = renderHostile(c, '/nowhere');
    const ran = new Set<string>();
    const first = await runHostile(engine, target!, c, named, async (moment, clone) => {
      if (moment !== 'txn_after_apply') return;
      for (const { name } of named.functions) {
        const [row] = await clone.session.query<{ ran: string | null }>('SELECT pg_catalog.current_setting($1, true) AS ran', [
          `hostile.ran_${name}`,
        ]);
        if (row?.ran === 'yes') ran.add(name);
      }
    });
    // Every function named, the batch runs; where it did not, there is nothing to compare.
    if (!('result' in first) || first.result.steps[3]?.status === 'NOT_RUN') return true;
    const unnamedCase = { ...c, named: c.vehicles.map(() => false) };
    const second = await runHostile(engine, target!, unnamedCase, renderHostile(unnamedCase, '/nowhere'));
    if (!('result' in second)) throw new Error(`refused with no function named, though it loaded with all: ${second.refused}`);
    const said = JSON.stringify(second.result.steps[2]!.details.violations ?? []);
    const missed = [...ran].filter((name) => !said.includes(`function public.${name})`));
    if (missed.length > 0)
      throw new Error(`the batch runs ${missed.join(', ')}, which the boundary did not name (${second.result.status})`);
    return true;
  },
};
