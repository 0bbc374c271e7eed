import { describe, expect, it } from 'vitest';
import type { RelationInfo } from '../../src/capture/stateReader.ts';
import { rel } from '../support/relations.ts';
import type { RehearsalPlan } from '../../src/plan/parsePlan.ts';
import { closestNames, matchRelations, resolvePlanNames } from '../../src/plan/resolveNames.ts';
import { parseDeltaRule, type DeltaRule } from '../../src/plan/deltaRule.ts';

/** A v1 plan's exact deltas as the loaded plan holds them. */
const rules = (delta: Record<string, number>): Record<string, DeltaRule> =>
  Object.fromEntries(Object.entries(delta).map(([t, n]) => [t, parseDeltaRule(n)!]));

const PG: RelationInfo[] = [
  rel('public', 'actor', 'public.actor'),
  rel('archive', 'actor', 'archive.actor'),
  rel('public', 'Artist', 'public."Artist"'),
  rel('public', 'order items', 'public."order items"'),
  rel('public', 'payment', 'public.payment', 'partitioned table', ['public.payment_p1', 'public.payment_p2']),
  rel('public', 'payment_p1', 'public.payment_p1'),
  rel('public', 'payment_p2', 'public.payment_p2'),
  rel('public', 'actor_info', 'public.actor_info', 'view', []),
  rel('Sales', 'Orders', '"Sales"."Orders"'),
];
const SQLITE: RelationInfo[] = [
  rel(null, 'Artist', '"Artist"'),
  rel(null, 'Order Details', '"Order Details"'),
  rel(null, 'album', 'album'),
];

const ids = (written: string, relations = PG) =>
  matchRelations(written, relations)
    .map((r) => r.id)
    .sort();

describe('a table name as the user writes it', () => {
  it.each([
    ['Artist', ['public."Artist"']],
    ['"Artist"', ['public."Artist"']],
    ['public.Artist', ['public."Artist"']],
    ['public."Artist"', ['public."Artist"']],
    ['order items', ['public."order items"']],
    ['public.order items', ['public."order items"']],
    ['public."order items"', ['public."order items"']],
    ['public.actor', ['public.actor']],
    ['Public.Actor', ['public.actor']],
    ['payment', ['public.payment']],
    ['Sales.Orders', ['"Sales"."Orders"']],
    ['sales.orders', ['"Sales"."Orders"']],
  ])('%s resolves to %j', (written, expected) => {
    expect(ids(written)).toEqual(expected);
  });

  it('matches exactly before it folds case, and never folds a quoted part', () => {
    const both = [rel('public', 'Artist', 'public."Artist"'), rel('public', 'artist', 'public.artist')];
    expect(ids('Artist', both)).toEqual(['public."Artist"']);
    expect(ids('artist', both)).toEqual(['public.artist']);
    expect(ids('ARTIST', both)).toEqual(['public."Artist"', 'public.artist']);
    expect(ids('"ARTIST"', both)).toEqual([]);
  });

  it('on SQLite: the name as the database shows it, quoted, or in any case (SQLite ignores it), with main. as its schema', () => {
    expect(ids('Artist', SQLITE)).toEqual(['"Artist"']);
    expect(ids('"Artist"', SQLITE)).toEqual(['"Artist"']);
    expect(ids('artist', SQLITE)).toEqual(['"Artist"']);
    expect(ids('main.Order Details', SQLITE)).toEqual(['"Order Details"']);
    expect(ids('[Artist]', SQLITE)).toEqual([]);
  });

  it('finds an unqualified name in every schema, so an ambiguous one is seen as such', () => {
    expect(ids('actor')).toEqual(['archive.actor', 'public.actor']);
  });

  it('suggests the closest names', () => {
    expect(closestNames('actr', PG)).toEqual(['archive.actor', 'public.actor', 'public.Artist']);
    expect(closestNames('Order Detail', SQLITE)[0]).toBe('Order Details');
  });
});

const plan = (over: Partial<RehearsalPlan>): RehearsalPlan => ({
  planFile: '/p/plan.json',
  target: null,
  cloneFrom: { kind: 'sql', path: '/p/before.sql', paths: ['/p/before.sql'], skip: [], extensions: [] },
  sourceDatabase: null,
  applyFile: '/p/apply.sql',
  applySha256: 'a'.repeat(64),
  scope: { schemas: null, tables: null },
  expectedDelta: null,
  policy: { allow: ['INSERT'], justified: [] },
  preflight: null,
  modes: ['txn'],
  invariants: [],
  ...over,
});

describe("resolving a plan's names against the clone", () => {
  it("keeps one canonical spelling, and a partitioned table's delta is its partitions'", () => {
    const names = resolvePlanNames(plan({ expectedDelta: rules({ Artist: 1, payment: 2, 'public.order items': 0 }) }), PG);
    expect(names.expectedDelta).toEqual([
      { id: 'public."Artist"', written: 'Artist', rule: parseDeltaRule(1), holds: ['public."Artist"'] },
      { id: 'public.payment', written: 'payment', rule: parseDeltaRule(2), holds: ['public.payment_p1', 'public.payment_p2'] },
      { id: 'public."order items"', written: 'public.order items', rule: parseDeltaRule(0), holds: ['public."order items"'] },
    ]);
  });

  it.each([
    [
      { expectedDelta: rules({ actr: 1 }) },
      /^\/p\/plan\.json: field expected_delta\.actr: no table "actr" in the clone; closest: archive\.actor, public\.actor, public\.Artist$/,
    ],
    [
      { expectedDelta: rules({ actor: 1 }) },
      /field expected_delta\.actor: "actor" names more than one relation \(public\.actor, archive\.actor\): qualify it with its schema/,
    ],
    [
      { expectedDelta: rules({ actor_info: 1 }) },
      /field expected_delta\.actor_info: public\.actor_info is a view: its rows are not captured/,
    ],
    [
      { expectedDelta: rules({ Artist: 1, '"Artist"': 1 }) },
      /field expected_delta: "Artist" and "\\"Artist\\"" name the same table public\."Artist"/,
    ],
    [
      { preflight: { database: 'd', minApprovals: 1, approvalsTable: 'approvls' } },
      /field preflight\.approvals_table: no table "approvls"/,
    ],
    [{ scope: { schemas: ['sale'], tables: null } }, /field scope\.schemas: no schema "sale" holds a table in the clone; closest: Sales/],
    [{ scope: { schemas: null, tables: ['nope'] } }, /field scope\.tables: no table "nope"/],
  ])('refuses %j in one line naming the field', (over, message) => {
    expect(() => resolvePlanNames(plan(over as Partial<RehearsalPlan>), PG)).toThrow(message);
  });

  it('narrows names to the schemas in scope, written as the database shows them or folded', () => {
    const names = resolvePlanNames(plan({ scope: { schemas: ['archive'], tables: null }, expectedDelta: rules({ actor: 1 }) }), PG);
    expect(names.scope).toEqual({ schemas: ['archive'], tables: null });
    expect(names.expectedDelta![0]!.id).toBe('archive.actor');
    expect(resolvePlanNames(plan({ scope: { schemas: ['sales'], tables: null } }), PG).scope.schemas).toEqual(['Sales']);
  });

  it('turns scope.tables into the captured tables that hold them', () => {
    const names = resolvePlanNames(plan({ scope: { schemas: null, tables: ['payment', 'Artist'] } }), PG);
    expect(names.scope.tables).toEqual(['public.payment_p1', 'public.payment_p2', 'public."Artist"']);
  });

  it('resolves the approvals table, and lets a default one that is missing fail the preflight instead', () => {
    const named = resolvePlanNames(plan({ preflight: { database: 'd', minApprovals: 1, approvalsTable: 'Artist' } }), PG);
    expect(named.approvalsTable?.id).toBe('public."Artist"');
    const byDefault = resolvePlanNames(plan({ preflight: { database: 'd', minApprovals: 1, approvalsTable: null } }), PG);
    expect(byDefault.approvalsTable).toBeNull();
  });
});
