/**
 * The real-world corpus (examples/real-world/README.md): public sample databases of seven origins,
 * each with a READY plan and BLOCKED plans for the classic failures, on every target it fits.
 * They are run as `rehearse run` runs them; the outcome is the README's.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal, type RehearsalResult } from '../../src/engine/runRehearsal.ts';
import { CloneSourceError, parsePlan } from '../../src/index.ts';
import { describeEachTarget } from '../support/targets.ts';

type Family = 'sqlite' | 'pglite' | 'postgres';

interface Case {
  readonly plan: string;
  readonly codes: readonly string[];
  /** What the outcome shows beyond its codes. */
  readonly check?: (result: RehearsalResult) => void;
}

const blockedAt = (step: string, detail?: (details: Record<string, unknown>) => void) => (result: RehearsalResult) => {
  const record = result.steps.find((s) => s.id === step)!;
  expect(record.status).toBe('BLOCKED');
  detail?.(record.details);
};

const CORPUS: readonly { db: string; targets: readonly Family[]; cases: readonly Case[] }[] = [
  {
    db: 'pagila',
    targets: ['pglite', 'postgres'],
    cases: [
      {
        plan: 'ready',
        codes: [],
        check: (r) => {
          // The dump's materialized view is WITH NO DATA: captured as such, and its rows never read.
          const before = r.fingerprints.before!;
          expect(before.tables['public.rental_by_category']).toMatchObject({ rows: 0, populated: false });
          // A row through the partitioned payment table is counted once, in its partition.
          expect(r.steps[3]!.details.delta).toMatchObject({ 'public.actor': 1, 'public.payment_p2022_07': 1 });
          expect(Object.values(r.steps[3]!.details.delta as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(2);
          expect(Object.values(before.tables).reduce((n, t) => n + t.rows, 0)).toBe(46_273);
          expect(r.steps[0]!.details.names).toMatchObject({ expected_delta: { 'public.actor': 1, 'public.payment': 1 } });
        },
      },
      {
        plan: 'executor',
        codes: [],
        check: (r) => {
          // The psql script production runs, rehearsed as written: the trigger its UPDATE fires named, its envelope recorded.
          expect(r.steps[2]!.details.executor).toMatchObject({
            client: 'psql',
            stop_on_error_line: 3,
            begin_line: 5,
            end_line: 9,
            ending: 'COMMIT',
          });
          expect(r.steps[3]!.details.delta).toMatchObject({ 'public.actor': 1, 'public.customer': 0 });
        },
      },
      {
        plan: 'update-and-delete',
        codes: [],
        check: (r) => {
          // A payment deleted from its partition, two rows updated under the dump's triggers: the restore script writes the
          // leaf directly, runs as the tables' owner with their triggers disabled for its transaction, and is proved on the clone.
          const rx4 = r.steps[4]!.details;
          expect(rx4.changes).toEqual(
            expect.arrayContaining([
              expect.objectContaining({ table: 'public.payment_p2022_02', inserted: 0, deleted: 1, changed: 0 }),
              expect.objectContaining({ table: 'public.rental', inserted: 0, deleted: 0, changed: 1 }),
              expect.objectContaining({ table: 'public.film', inserted: 0, deleted: 0, changed: 1 }),
            ]),
          );
          expect(rx4.restore_script).toMatchObject({
            runs_as: 'clone owner (it disables the tables’ own triggers)',
            error: null,
            moved_row: { aborted_at: expect.stringMatching(/^statement \d+: /) },
          });
          const script = r.restoreScript!;
          expect(script).toContain('INSERT INTO public.payment_p2022_02 (payment_id,');
          for (const trigger of ['public.film DISABLE TRIGGER film_fulltext_trigger', 'public.rental DISABLE TRIGGER last_updated'])
            expect(script).toContain(`ALTER TABLE ${trigger};`);
          expect(script).toContain('ALTER TABLE public.rental ENABLE TRIGGER last_updated;');
          const outcomes = r.steps.flatMap((s) => (s.details.invariants as { holds: boolean }[] | undefined) ?? []);
          expect(outcomes.length).toBeGreaterThan(0);
          expect(outcomes.every((o) => o.holds)).toBe(true);
        },
      },
      { plan: 'blocked-executor-no-stop', codes: ['EXECUTOR_ON_ERROR_STOP_MISSING'] },
      { plan: 'blocked-unjustified-delete', codes: ['BOUNDARY_VIOLATION'] },
      {
        plan: 'blocked-fk-violation',
        codes: ['APPLY_FAILED'],
        check: blockedAt('RX-3', (d) => expect(d.apply_error).toMatch(/foreign key constraint/)),
      },
      {
        plan: 'blocked-wrong-delta',
        codes: ['DELTA_MISMATCH'],
        check: blockedAt('RX-3', (d) => expect(d.mismatched).toEqual([{ table: 'public.actor', expected: 2, actual: 1 }])),
      },
      {
        plan: 'blocked-duplicate-key',
        codes: ['APPLY_FAILED'],
        check: blockedAt('RX-3', (d) => expect(d.apply_error).toMatch(/duplicate key value violates unique constraint "actor_pkey"/)),
      },
    ],
  },
  {
    db: 'chinook-postgres',
    targets: ['pglite', 'postgres'],
    cases: [
      {
        plan: 'ready',
        codes: [],
        check: (r) => {
          const skipped = (r.steps[0]!.details.clone_source_load as { skipped: { line: number; kind: string }[] }).skipped;
          expect(skipped.map((s) => `${s.line} ${s.kind}`)).toEqual(
            ['19', '25', '28'].map((l, i) => `${l} ${['DROP DATABASE', 'CREATE DATABASE', '\\connect chinook;'][i]}`),
          );
        },
      },
      {
        plan: 'update-and-delete',
        codes: [],
        check: (r) => {
          // The restore script puts back the deleted track before its playlist rows, and the old price, proved on the clone.
          const rx4 = r.steps[4]!.details;
          expect(rx4.changes).toMatchObject([
            { table: 'public.track', inserted: 0, deleted: 1, changed: 1 },
            { table: 'public.playlist_track', inserted: 0, deleted: 6, changed: 0 },
          ]);
          expect(rx4.restore_script).toMatchObject({
            runs_as: 'apply role',
            error: null,
            moved_row: { aborted_at: expect.stringMatching(/^statement \d+: /) },
          });
          expect(r.restoreScript!.indexOf('INSERT INTO public.track ')).toBeLessThan(
            r.restoreScript!.indexOf('INSERT INTO public.playlist_track '),
          );
          // Its invariants (rehearsal-plan/v4) held at every point they name (after_restore twice: the snapshot, the script).
          const outcomes = r.steps.flatMap((s) => (s.details.invariants as { holds: boolean }[] | undefined) ?? []);
          expect(outcomes.length).toBe(13);
          expect(outcomes.every((o) => o.holds)).toBe(true);
        },
      },
      { plan: 'blocked-unjustified-delete', codes: ['BOUNDARY_VIOLATION'] },
      {
        plan: 'blocked-fk-violation',
        codes: ['APPLY_FAILED'],
        check: blockedAt('RX-3', (d) => expect(d.apply_error).toMatch(/foreign key constraint/)),
      },
      { plan: 'blocked-wrong-delta', codes: ['DELTA_MISMATCH'] },
      { plan: 'blocked-duplicate-key', codes: ['APPLY_FAILED'] },
      {
        // rehearsal-plan/v3 rules: one playlist more, at least one track row (playlist 1 holds 3,290 on the dump).
        plan: 'fuzz-delta-rule',
        codes: [],
        check: (r) => {
          expect(r.steps[0]!.details.names).toMatchObject({ expected_delta: { 'public.playlist': '+1', 'public.playlist_track': '>=1' } });
          expect(r.steps[3]!.details.delta).toMatchObject({ 'public.playlist': 1, 'public.playlist_track': 3290 });
        },
      },
    ],
  },
  {
    db: 'chinook-sqlite',
    targets: ['sqlite'],
    cases: [
      { plan: 'ready', codes: [], check: (r) => expect(r.steps[0]!.details.names).toMatchObject({ expected_delta: { '"Artist"': 1 } }) },
      {
        plan: 'executor',
        codes: [],
        check: (r) =>
          expect(r.steps[2]!.details.executor).toMatchObject({ client: 'sqlite3', stop_on_error_line: 3, begin_line: 5, ending: 'COMMIT' }),
      },
      { plan: 'blocked-unjustified-delete', codes: ['BOUNDARY_VIOLATION'] },
      {
        plan: 'blocked-fk-violation',
        codes: ['APPLY_FAILED'],
        check: blockedAt('RX-3', (d) => expect(d.apply_error).toMatch(/FOREIGN KEY constraint failed/)),
      },
      { plan: 'blocked-wrong-delta', codes: ['DELTA_MISMATCH'] },
      {
        plan: 'blocked-duplicate-key',
        codes: ['APPLY_FAILED'],
        check: blockedAt('RX-3', (d) => expect(d.apply_error).toMatch(/UNIQUE constraint failed: Artist\.ArtistId/)),
      },
    ],
  },
  {
    db: 'periodic-table-rls',
    targets: ['pglite', 'postgres'],
    cases: [
      // Forced row-level security hides 28 of the 118 elements from the owner; the capture reads them all.
      { plan: 'ready', codes: [], check: (r) => expect(r.fingerprints.before!.tables['public.periodic_table']!.rows).toBe(118) },
      { plan: 'blocked-unjustified-delete', codes: ['BOUNDARY_VIOLATION'] },
      {
        plan: 'blocked-not-null-violation',
        codes: ['APPLY_FAILED'],
        check: blockedAt('RX-3', (d) => expect(d.apply_error).toMatch(/null value in column "AtomicNumber"/)),
      },
      { plan: 'blocked-wrong-delta', codes: ['DELTA_MISMATCH'] },
      { plan: 'blocked-duplicate-key', codes: ['APPLY_FAILED'] },
    ],
  },
  {
    // pg_dump of 2017 with DROP TABLE IF EXISTS first, one INSERT per row, keys added at the end.
    db: 'northwind',
    targets: ['pglite', 'postgres'],
    cases: [
      {
        plan: 'ready',
        codes: [],
        check: (r) => expect(r.steps[3]!.details.delta).toMatchObject({ 'public.orders': 1, 'public.order_details': 1 }),
      },
    ],
  },
  {
    // jOOQ's stock Sakila: an old pg_dump in two files (schema, then data by COPY), standard_conforming_strings
    // off, OWNER TO postgres throughout, and DISABLE TRIGGER ALL around each table's data (store ↔ staff is a cycle).
    db: 'sakila-postgres',
    targets: ['pglite', 'postgres'],
    cases: [
      {
        plan: 'ready',
        codes: [],
        check: (r) => {
          expect(r.fingerprints.before!.tables['public.rental']!.rows).toBe(16_044);
          expect(r.steps[3]!.details.delta).toMatchObject({ 'public.actor': 1, 'public.film_actor': 1 });
        },
      },
    ],
  },
  {
    // A pg_dump 15.2 dump of 1,309 passengers loaded by COPY.
    db: 'titanic',
    targets: ['pglite', 'postgres'],
    cases: [{ plan: 'ready', codes: [], check: (r) => expect(r.fingerprints.before!.tables['public.passenger']!.rows).toBe(1309) }],
  },
];

const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };
const load = (db: string, plan: string) => {
  const file = `examples/real-world/${db}/${plan}/plan.json`;
  return parsePlan(file, readFileSync(file));
};

for (const { db, targets, cases } of CORPUS) {
  describeEachTarget(
    `real-world database ${db}`,
    (target) => {
      it.each(cases)('$plan', async ({ plan, codes, check }) => {
        const result = await runRehearsal(load(db, plan), target(), quiet);
        // A surprise says what the blocked step saw.
        expect(
          result.codes,
          JSON.stringify(result.steps.filter((st) => st.status === 'BLOCKED').map((st) => ({ step: st.id, details: st.details }))),
        ).toEqual(codes);
        expect(result.status).toBe(codes.length === 0 ? 'REHEARSAL_ROLLBACK_READY' : 'REHEARSAL_BLOCKED');
        expect(result.production_decision).toBe('HOLD_PRODUCTION');
        check?.(result);
      });
    },
    targets,
  );
}

describeEachTarget(
  'real-world database chinook-postgres as downloaded',
  (target) => {
    it('rehearses READY with rehearse run --skip database, the flag form of clone_from.skip', () => {
      const run = spawnSync(
        process.execPath,
        ['bin/rehearse.js', 'run', 'examples/real-world/chinook-postgres/refused-database-header/plan.json', '--skip', 'database'],
        { encoding: 'utf8' },
      );
      expect(run.stdout).toMatch(/^status: REHEARSAL_ROLLBACK_READY$/m);
      expect(run.status).toBe(0);
    });

    it('is refused before anything runs, naming its DROP DATABASE line and the plan field that skips it', async () => {
      const error = await runRehearsal(load('chinook-postgres', 'refused-database-header'), target(), quiet).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CloneSourceError);
      expect((error as Error).message).toMatch(
        /Chinook_PostgreSql\.sql:19: DROP DATABASE acts on a database, not inside one: .*"skip": \["database"\]/,
      );
    });
  },
  ['pglite'],
);
