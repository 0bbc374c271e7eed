/**
 * The plan-state generator and the shrinker's row removal, on a hand-written schema: every drawn
 * state keeps its keys unique and its references pointing at rows that exist; edge values hold
 * one past the largest key; a removed row takes the rows referencing it along; the state prints
 * as INSERTs a user can paste; the verdict and signature say the failure, not its values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildState, edgeValues, simplestValue, stateRecipe } from '../../generators/planState.ts';
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { planFailureSignature, savePlanFixture, stateAsInserts } from '../../properties/planFuzz/planFixture.ts';
import { judge } from '../../properties/planFuzz/planFuzz.ts';
import { withoutRows } from '../../properties/planFuzz/shrinkState.ts';
import type { RehearsalResult } from '../../src/engine/runRehearsal.ts';
import { referenceOrder, stateRows, type ColumnModel, type SchemaModel, type TableModel } from '../../src/schema/schemaModel.ts';

const col = (name: string, over: Partial<ColumnModel> = {}): ColumnModel => ({
  name,
  type: 'integer',
  category: 'integer',
  notNull: false,
  hasDefault: false,
  generated: false,
  identity: false,
  maxLength: null,
  intBytes: 4,
  enumLabels: null,
  domain: null,
  ...over,
});

const table = (id: string, over: Partial<TableModel>): TableModel => ({
  id,
  sqlName: id,
  columns: [],
  primaryKey: null,
  uniques: [],
  foreignKeys: [],
  checks: [],
  triggers: [],
  ...over,
});

const artist = table('public.artist', {
  columns: [col('id', { notNull: true }), col('name', { type: 'character varying(5)', category: 'text', maxLength: 5, intBytes: null })],
  primaryKey: ['id'],
  uniques: [['id']],
});
const album = table('public.album', {
  columns: [
    col('id', { notNull: true }),
    col('artist_id', { notNull: true }),
    col('kind', { type: 'kind', category: 'enum', enumLabels: ['lp', 'ep'], intBytes: null }),
  ],
  primaryKey: ['id'],
  uniques: [['id']],
  foreignKeys: [
    {
      name: 'album_artist',
      columns: ['artist_id'],
      references: 'public.artist',
      referencedColumns: ['id'],
      onDelete: 'CASCADE',
      onUpdate: 'NO ACTION',
    },
  ],
});
const employee = table('public.employee', {
  columns: [col('id', { notNull: true }), col('boss')],
  primaryKey: ['id'],
  uniques: [['id']],
  foreignKeys: [
    {
      name: 'boss',
      columns: ['boss'],
      references: 'public.employee',
      referencedColumns: ['id'],
      onDelete: 'NO ACTION',
      onUpdate: 'NO ACTION',
    },
  ],
});
const MODEL: SchemaModel = { dialect: 'postgres', tables: referenceOrder([album, employee, artist]) };
const SAMPLES = {
  'public.artist': [
    { id: '1', name: 'AC/DC' },
    { id: '275', name: 'Bach' },
  ],
  'public.album': [{ id: '1', artist_id: '1', kind: 'lp' }],
  'public.employee': [{ id: '1', boss: null }],
};

describe('plan states', () => {
  it('orders tables so that a referenced table comes first (a self-reference is no cycle)', () => {
    expect(MODEL.tables.map((t) => t.id)).toEqual(['public.artist', 'public.album', 'public.employee']);
  });

  it('keeps keys unique and every reference pointing at a row of the state, on 300 drawn states', () => {
    const recipes = fc.sample(stateRecipe(MODEL, { maxRowsPerTable: 6 }), { seed: 3, numRuns: 300 });
    let rows = 0;
    let selfReferences = 0;
    for (const recipe of recipes) {
      const { state } = buildState(MODEL, SAMPLES, recipe);
      rows += stateRows(state);
      for (const t of MODEL.tables) {
        const keys = (state[t.id] ?? []).map((r) => r.id);
        expect(new Set(keys).size).toBe(keys.length);
      }
      const artists = new Set((state['public.artist'] ?? []).map((r) => r.id));
      for (const a of state['public.album'] ?? []) expect(artists.has(a.artist_id!)).toBe(true);
      const employees = state['public.employee'] ?? [];
      employees.forEach((e, i) => {
        if (e.boss === null) return;
        selfReferences++;
        // A self-reference points at a row made before it, so the rows load in order.
        expect(employees.slice(0, i).some((b) => b.id === e.boss)).toBe(true);
      });
      for (const a of state['public.artist'] ?? []) expect(a.name === null || [...(a.name ?? '')].length <= 5).toBe(true);
    }
    expect(rows).toBeGreaterThan(1000);
    expect(selfReferences).toBeGreaterThan(20);
  });

  it('draws one past the largest key the source holds, and the enum labels', () => {
    const recipes = fc.sample(stateRecipe(MODEL, { maxRowsPerTable: 6 }), { seed: 5, numRuns: 200 });
    const ids = new Set(recipes.flatMap((r) => (buildState(MODEL, SAMPLES, r).state['public.artist'] ?? []).map((a) => a.id)));
    expect(ids.has('276')).toBe(true);
    expect(ids.has('2147483647')).toBe(true);
    const kinds = new Set(recipes.flatMap((r) => (buildState(MODEL, SAMPLES, r).state['public.album'] ?? []).map((a) => a.kind)));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['ep', 'lp', null]));
  });

  it('says which edges each kind of column has, and its simplest value', () => {
    expect(edgeValues(col('n', { intBytes: 2 }), ['7', '41'], 'postgres')).toEqual(['42', '43', '0', '1', '-1', '-32768', '32767']);
    expect(edgeValues(col('p', { category: 'numeric', type: 'numeric(5,2)' }), [], 'postgres')).toEqual([
      '0',
      '-1',
      '0.01',
      '999.99',
      '-999.99',
    ]);
    expect(edgeValues(col('s', { category: 'text', maxLength: 3 }), [], 'postgres')).toEqual(['', ' ', 'xxx', "O'B", 'tab', 'ünï']);
    expect(edgeValues(col('b', { category: 'boolean' }), [], 'sqlite')).toEqual(['1', '0']);
    expect(edgeValues(col('o', { category: 'other' }), [], 'postgres')).toEqual([]);
    expect(simplestValue(col('x'), 'postgres')).toBeNull();
    expect(simplestValue(col('x', { notNull: true, category: 'text' }), 'postgres')).toBe('');
    expect(simplestValue(col('x', { notNull: true, category: 'enum', enumLabels: ['b', 'a'] }), 'postgres')).toBe('b');
  });

  it('counts draws the schema does not allow: an album with no artist to reference', () => {
    const recipe = MODEL.tables.map((t) => (t.id === 'public.album' ? [{ sample: null, picks: [0, 0, 0, 0, 0, 0, 0, 0] }] : []));
    expect(buildState(MODEL, SAMPLES, recipe)).toEqual({
      state: { 'public.artist': [], 'public.album': [], 'public.employee': [] },
      skipped: 1,
    });
  });
});

describe('shrinking a state', () => {
  const a1 = { id: '1', name: 'a' };
  const a2 = { id: '2', name: 'b' };
  const l1 = { id: '10', artist_id: '1', kind: 'lp' };
  const l2 = { id: '11', artist_id: '2', kind: 'ep' };
  const boss = { id: '1', boss: null };
  const worker = { id: '2', boss: '1' };
  const state = { 'public.artist': [a1, a2], 'public.album': [l1, l2], 'public.employee': [boss, worker] };

  it('takes the rows referencing a removed row along, transitively and through a self-reference', () => {
    expect(withoutRows(MODEL, state, [{ table: 'public.artist', row: a1 }])).toEqual({
      'public.artist': [a2],
      'public.album': [l2],
      'public.employee': [boss, worker],
    });
    expect(withoutRows(MODEL, state, [{ table: 'public.employee', row: boss }])['public.employee']).toEqual([]);
    expect(withoutRows(MODEL, state, [{ table: 'public.album', row: l1 }])['public.artist']).toEqual([a1, a2]);
  });

  it('prints the state as INSERTs in reference order, NULL and quotes as SQL reads them', () => {
    expect(
      stateAsInserts(MODEL, {
        'public.employee': [worker],
        'public.artist': [
          { id: '3', name: "O'B" },
          { id: '4', name: null },
        ],
      }),
    ).toEqual([
      `INSERT INTO public.artist ("id", "name") VALUES ('3', 'O''B');`,
      `INSERT INTO public.artist ("id", "name") VALUES ('4', NULL);`,
      `INSERT INTO public.employee ("id", "boss") VALUES ('2', '1');`,
    ]);
  });
});

describe('judging a rehearsal of a generated state', () => {
  const result = (codes: string[], details: Record<string, unknown> = {}): RehearsalResult =>
    ({
      status: codes.length === 0 ? 'REHEARSAL_ROLLBACK_READY' : 'REHEARSAL_BLOCKED',
      production_decision: 'HOLD_PRODUCTION',
      codes,
      steps: [
        { id: 'RX-2', name: '', status: 'PASS', codes: [], details: {} },
        { id: 'RX-3', name: '', status: codes.length ? 'BLOCKED' : 'PASS', codes, details },
      ],
      proof: null,
      fingerprints: {},
      cloneLocation: null,
      leftBehind: [],
    }) as unknown as RehearsalResult;

  it('holds on READY and on BLOCKED with declared codes only; never on a state not restored', () => {
    expect(judge(result([]), []).ok).toBe(true);
    expect(judge(result(['APPLY_FAILED']), ['APPLY_FAILED']).ok).toBe(true);
    expect(judge(result(['APPLY_FAILED']), []).ok).toBe(false);
    expect(judge(result(['APPLY_FAILED', 'DELTA_MISMATCH']), ['APPLY_FAILED']).ok).toBe(false);
    expect(judge(result(['ROLLBACK_NOT_RESTORED']), ['ROLLBACK_NOT_RESTORED']).ok).toBe(false);
  });

  it('signs a failure by step, codes and the kind of error: the values that made it are left out', () => {
    const dup = (id: number) =>
      judge(
        result(['APPLY_FAILED'], {
          apply_error: `statement 1: duplicate key value violates unique constraint "artist_pkey" (${id}, 'x${id}')`,
        }),
        [],
      );
    expect(dup(276)).toMatchObject({ step: 'RX-3', message: expect.stringContaining('(276') });
    expect(dup(276).kind).toBe(`statement N: duplicate key value violates unique constraint "artist_pkey" (N, '…')`);
    const sig = (v: ReturnType<typeof dup>) => planFailureSignature('a'.repeat(64), v);
    expect(sig(dup(276))).toBe(sig(dup(9)));
    const fk = judge(result(['APPLY_FAILED'], { apply_error: 'statement 1: insert violates foreign key constraint "album_artist"' }), []);
    expect(sig(fk)).not.toBe(sig(dup(9)));
    const delta = judge(result(['DELTA_MISMATCH'], { mismatched: [{ table: 't', expected: '>=1', actual: 0 }] }), []);
    expect(delta.message).toBe('t: expected >=1 rows, the batch changed it by 0');
  });
});

describe('where a plan fixture is stored', () => {
  it('in a folder named after the plan: its folder, or — a plan in the current folder — that folder and the file', () => {
    const work = realpathSync(mkdtempSync(join(tmpdir(), 'rehearse-plan-folder-')));
    const project = join(work, 'orders service');
    mkdirSync(join(project, 'plans'), { recursive: true });
    const fixture = {
      format: 'plan-fixture/v1' as const,
      apply_sha256: 'a'.repeat(64),
      schema_hash: `sha256:${'b'.repeat(64)}`,
      target: 'pglite:',
      expect_blocked: [],
      signature: `sha256:${'c'.repeat(64)}`,
      failure: { step: 'RX-3', codes: ['APPLY_FAILED'], message: 'x' },
      state: {},
      found_with: { seed: 1, case: 0, rows_found: 0, shrink_attempts: 0 },
      tool_version: '0',
      date: '2026-01-01',
    };
    const was = process.cwd();
    process.chdir(project);
    try {
      const folder = (plan: string) => basename(dirname(savePlanFixture(join(work, 'corpora'), join(project, plan), fixture).path));
      expect(folder('plan.json')).toBe('plan-orders-service');
      expect(folder('add-refund.json')).toBe('plan-orders-service-add-refund');
      expect(folder('plans/plan.json')).toBe('plan-plans');
    } finally {
      process.chdir(was);
      rmSync(work, { recursive: true, force: true });
    }
  });
});
