import { describe, expect, it } from 'vitest';
import type { RelationInfo } from '../../src/capture/stateReader.ts';
import { rel } from '../support/relations.ts';
import { PlanError } from '../../src/plan/planError.ts';
import type { RehearsalPlan } from '../../src/plan/parsePlan.ts';
import { closestNames, matchRelations, resolvePlanNames } from '../../src/plan/resolveNames.ts';
import { parseDeltaRule, type DeltaRule } from '../../src/plan/deltaRule.ts';

/** A v1 plan's exact deltas as the loaded plan holds them. */
const rules = (delta: Record<string, number>): Record<string, DeltaRule> =>
  Object.fromEntries(Object.entries(delta).map(([t, n]) => [t, parseDeltaRule(n)!]));

const RELATIONS: RelationInfo[] = [
  rel('public', 'a"b', 'public."a""b"'),
  rel('public', 'dotted.name', 'public."dotted.name"'),
  rel('public', 'Mixed', 'public."Mixed"'),
  rel('public', 'mixed', 'public.mixed'),
  rel('public', 'zeta', 'public.zeta'),
  rel('public', 'alpha', 'public.alpha'),
  rel('public', 'p', 'public.p', 'partitioned table', ['public.p1', 'public.p2']),
  rel('other', 'alpha', 'other.alpha'),
  rel('Upper', 'x', '"Upper".x'),
  rel('public', 'v', 'public.v', 'view', []),
];
const ids = (written: string) => matchRelations(written, RELATIONS).map((r) => r.id);

describe('matchRelations: the exact relations for each spelling', () => {
  it.each([
    ['"a""b"', ['public."a""b"']],
    ['a"b', ['public."a""b"']],
    ['"a""b', []],
    ['dotted.name', ['public."dotted.name"']],
    ['"dotted.name"', ['public."dotted.name"']],
    ['public."dotted.name"', ['public."dotted.name"']],
    ['Mixed', ['public."Mixed"']],
    ['MIXED', ['public."Mixed"', 'public.mixed']],
    ['"MIXED"', []],
    ['"Upper".X', ['"Upper".x']],
    ['upper.x', ['"Upper".x']],
    ['"upper".x', []],
    ['alpha', ['public.alpha', 'other.alpha']],
    ['other.alpha', ['other.alpha']],
    ['public.alpha.extra', []],
    ['public.', []],
    ['"x"y', []],
  ])('%s', (written, expected) => {
    expect(ids(written)).toEqual(expected);
  });

  it('lists up to three closest names, nearest first, ties by name', () => {
    expect(closestNames('alpah', RELATIONS)).toEqual(['other.alpha', 'public.alpha', 'public.a"b']);
    expect(closestNames('ZETA', RELATIONS)).toEqual(['public.zeta', 'Upper.x', 'other.alpha']);
    expect(closestNames('x', [])).toEqual([]);
  });
});

const plan = (over: Partial<RehearsalPlan>): RehearsalPlan =>
  ({
    planFile: '/p/plan.json',
    scope: { schemas: null, tables: null },
    expectedDelta: null,
    preflight: null,
    ...over,
  }) as RehearsalPlan;

/** The message of the PlanError `run` throws. */
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    return (error as Error).message;
  }
  throw new Error('no refusal');
};

describe('resolvePlanNames: the exact resolution or refusal', () => {
  it('resolves schemas, tables, deltas (a partitioned table by its partitions in scope) and the approvals table', () => {
    expect(
      resolvePlanNames(
        plan({
          scope: { schemas: ['PUBLIC', '"Upper"'], tables: ['p', 'Mixed'] },
          expectedDelta: rules({ p: 2, Mixed: 1 }),
          preflight: { database: 'd', minApprovals: 1, approvalsTable: 'zeta' },
        }),
        RELATIONS,
      ),
    ).toEqual({
      scope: { schemas: ['public', 'Upper'], tables: ['public.p1', 'public.p2', 'public."Mixed"'] },
      expectedDelta: [
        { id: 'public.p', written: 'p', rule: parseDeltaRule(2), holds: ['public.p1', 'public.p2'] },
        { id: 'public."Mixed"', written: 'Mixed', rule: parseDeltaRule(1), holds: ['public."Mixed"'] },
      ],
      approvalsTable: RELATIONS[4],
    });
  });

  it('keeps only the partitions in the table scope, and no approvals table without a preflight', () => {
    const names = resolvePlanNames(plan({ scope: { schemas: null, tables: ['public.p1'] }, expectedDelta: rules({ p: 1 }) }), [
      ...RELATIONS,
      rel('public', 'p1', 'public.p1'),
    ]);
    expect(names).toEqual({
      scope: { schemas: null, tables: ['public.p1'] },
      expectedDelta: [{ id: 'public.p', written: 'p', rule: parseDeltaRule(1), holds: ['public.p1'] }],
      approvalsTable: null,
    });
  });

  it('takes the default approvals table when there is one, and none when there is not', () => {
    const preflight = { database: 'd', minApprovals: 1, approvalsTable: null };
    const approvals = rel('public', 'os_proposal_approvals', 'public.os_proposal_approvals');
    expect(resolvePlanNames(plan({ preflight }), [...RELATIONS, approvals]).approvalsTable).toBe(approvals);
    expect(resolvePlanNames(plan({ preflight }), RELATIONS).approvalsTable).toBeNull();
  });

  it.each([
    [
      { scope: { schemas: ['nope'], tables: null } },
      '/p/plan.json: field scope.schemas: no schema "nope" holds a table in the clone; closest: Upper, other, public',
    ],
    [
      { scope: { schemas: ['"PUBLIC"'], tables: null } },
      '/p/plan.json: field scope.schemas: no schema "\\"PUBLIC\\"" holds a table in the clone; closest: public, Upper, other',
    ],
    [
      { expectedDelta: rules({ alpha: 1 }) },
      '/p/plan.json: field expected_delta.alpha: "alpha" names more than one relation (public.alpha, other.alpha): qualify it with its schema',
    ],
    [
      { expectedDelta: rules({ v: 1 }) },
      '/p/plan.json: field expected_delta.v: public.v is a view: its rows are not captured; name the table it shows',
    ],
    [
      { expectedDelta: rules({ zetta: 1 }) },
      '/p/plan.json: field expected_delta.zetta: no table "zetta" in the clone; closest: public.zeta, other.alpha, public.alpha',
    ],
    [
      { scope: { schemas: null, tables: ['v'] } },
      '/p/plan.json: field scope.tables: public.v is a view: its rows are not captured; name the table it shows',
    ],
    [
      { expectedDelta: rules({ zeta: 1, 'public.zeta': 2 }) },
      '/p/plan.json: field expected_delta: "zeta" and "public.zeta" name the same table public.zeta',
    ],
    [
      { preflight: { database: 'd', minApprovals: 1, approvalsTable: 'gone' } },
      '/p/plan.json: field preflight.approvals_table: no table "gone" in the clone; closest: Upper.x, public.Mixed, public.a"b',
    ],
  ])('refuses %j', (over, message) => {
    expect(refusal(() => resolvePlanNames(plan(over as Partial<RehearsalPlan>), RELATIONS))).toBe(message);
  });

  it('names no closest schema or table when the clone has none', () => {
    expect(refusal(() => resolvePlanNames(plan({ scope: { schemas: ['s'], tables: null } }), []))).toBe(
      '/p/plan.json: field scope.schemas: no schema "s" holds a table in the clone',
    );
    expect(refusal(() => resolvePlanNames(plan({ expectedDelta: rules({ t: 1 }) }), []))).toBe(
      '/p/plan.json: field expected_delta.t: no table "t" in the clone',
    );
  });
});
