/**
 * What real schemas hold, rehearsed end to end: foreign tables refused in RX-0, unlogged tables
 * kept across a snapshot, a capture that cannot read reported as CAPTURE_FAILED (never as a
 * mutation), row-level security the capturing role cannot bypass, and a step that stops on an
 * error reported as STEP_FAILED.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { CaptureError } from '../../src/capture/captureError.ts';
import { REAL_PARTS, runRehearsal, type RehearsalParts } from '../../src/engine/runRehearsal.ts';
import { parsePlan, resolveTarget, type RehearsalPlan, type Target } from '../../src/index.ts';
import { describeEachTarget } from '../support/targets.ts';
import { SERVER_FIXTURES } from '../support/serverFixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-objects-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };

function planWith(name: string, source: string, apply: string, extra: Record<string, unknown> = {}): RehearsalPlan {
  writeFileSync(join(work, `${name}.sql`), source);
  writeFileSync(join(work, `${name}.apply.sql`), apply);
  const plan = {
    format: 'rehearsal-plan/v1',
    clone_from: { sql: `${name}.sql` },
    apply: { file: `${name}.apply.sql`, sha256: createHash('sha256').update(apply).digest('hex') },
    ...extra,
  };
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(plan));
  return parsePlan(file, Buffer.from(JSON.stringify(plan)));
}

const run = (plan: RehearsalPlan, target: Target, parts: Partial<RehearsalParts> = {}) =>
  runRehearsal(plan, target, { ...quiet, parts: { ...REAL_PARTS, ...parts } });

describeEachTarget(
  'real objects on Postgres targets',
  (target) => {
    it('a foreign-data wrapper in the clone source is refused as it loads: only a superuser makes one', async () => {
      const plan = planWith(
        'foreign',
        `CREATE FOREIGN DATA WRAPPER elsewhere_fdw;
CREATE SERVER elsewhere FOREIGN DATA WRAPPER elsewhere_fdw;
CREATE FOREIGN TABLE remote_orders (id int) SERVER elsewhere;
CREATE TABLE landing (a int);
`,
        'INSERT INTO landing VALUES (1);\n',
      );
      await expect(run(plan, target())).rejects.toThrow(
        /foreign\.sql:1: CREATE FDW failed: permission denied to create foreign-data wrapper "elsewhere_fdw"; the clone source loads as the clone's owner, a role without superuser/,
      );
    });
  },
  ['pglite', 'postgres'],
);

describeEachTarget(
  'a foreign table in a template database',
  (target) => {
    it('is refused in RX-0, naming it: its rows live outside the clone', async () => {
      const file = join(work, 'foreign-template.json');
      const apply = 'INSERT INTO landing VALUES (1);\n';
      writeFileSync(join(work, 'foreign-template.sql'), apply);
      const plan = {
        format: 'rehearsal-plan/v1',
        clone_from: { template_database: SERVER_FIXTURES.foreignTemplate },
        apply: { file: 'foreign-template.sql', sha256: createHash('sha256').update(apply).digest('hex') },
      };
      writeFileSync(file, JSON.stringify(plan));
      const result = await run(parsePlan(file, Buffer.from(JSON.stringify(plan))), target());
      expect(result.codes).toEqual(['ISOLATION_NOT_PROVEN']);
      expect(result.steps[0]!.details).toMatchObject({
        foreign_tables: ['public.remote_orders'],
        reason: expect.stringMatching(/^foreign table public\.remote_orders reads its rows from outside the clone/),
      });
      expect(result.steps.slice(1).every((s) => s.status === 'NOT_RUN')).toBe(true);
    });
  },
  ['postgres'],
);

describeEachTarget(
  'real objects on Postgres targets, loaded',
  (target) => {
    it('an unlogged table and its sequence come back whole from the snapshot (READY)', async () => {
      const plan = planWith(
        'unlogged',
        `CREATE UNLOGGED TABLE scratchpad (id serial PRIMARY KEY, note text);
INSERT INTO scratchpad (note) VALUES ('a'), ('b'), ('c');
CREATE TABLE kept (id int PRIMARY KEY);
`,
        "INSERT INTO kept VALUES (1);\nINSERT INTO scratchpad (note) VALUES ('d');\n",
        { expected_delta: { kept: 1, scratchpad: 1 } },
      );
      const result = await run(plan, target());
      expect(result.codes).toEqual([]);
      expect(result.fingerprints.snapshot!.tables['public.scratchpad']!.rows).toBe(3);
      expect(result.fingerprints.snapshot_after_restore!.top_hash).toBe(result.fingerprints.before!.top_hash);
    });
  },
  ['pglite', 'postgres'],
);

describeEachTarget(
  'a capture that cannot read',
  (target) => {
    it("is CAPTURE_FAILED at RX-1, naming the table and the database's error, never CAPTURE_MUTATED_STATE", async () => {
      // A virtual generated column (PostgreSQL 18) is computed on read: one row's fails.
      const source =
        'CREATE TABLE doc (id int PRIMARY KEY, n int, inverse int GENERATED ALWAYS AS (100 / n) VIRTUAL);\nINSERT INTO doc (id, n) VALUES (1, 4), (2, 0);\n';
      const result = await run(planWith('unreadable', source, 'INSERT INTO doc (id, n) VALUES (3, 1);\n'), target());
      expect(result.codes).toEqual(['CAPTURE_FAILED']);
      expect(result.steps[1]!.details.capture_failed).toEqual({ relation: 'public.doc', error: 'division by zero' });
    });
  },
  ['pglite'],
); // PostgreSQL 15 has no virtual generated columns; SQLite computes its own on write as well

describeEachTarget('row-level security the capturing role cannot bypass', () => {
  const url = process.env.REHEARSE_PG_URL ?? '';
  it('blocks with CAPTURE_FAILED naming the table and saying what role capture needs, never a capture of fewer rows', async () => {
    // A connecting role that is no superuser makes an apply role that cannot bypass row-level security.
    const asRole = new URL(url);
    asRole.username = SERVER_FIXTURES.creator;
    const target = resolveTarget(asRole.toString());
    try {
      const file = 'examples/real-world/periodic-table-rls/ready/plan.json';
      const plan = parsePlan(file, readFileSync(file));
      const result = await runRehearsal(plan, target, quiet);
      expect(result.codes).toEqual(['CAPTURE_FAILED']);
      expect(result.steps[1]!.details.capture_failed).toEqual({
        relation: 'public.periodic_table',
        error: expect.stringMatching(/row-level security.*capture needs a role that bypasses it/),
      });
    } finally {
      await target.close();
    }
  });
}, ['postgres']);

describeEachTarget(
  'a step that stops on an error',
  (target) => {
    it('is STEP_FAILED with the error, and a capture part that cannot read is CAPTURE_FAILED', async () => {
      const plan = planWith('steps', 'CREATE TABLE t (id int PRIMARY KEY);\n', 'INSERT INTO t VALUES (1);\n', { expected_delta: { t: 1 } });
      const crash = await run(plan, target(), {
        decideRequest: () => {
          throw new Error('the gate crashed');
        },
      });
      expect(crash.codes).toEqual(['STEP_FAILED']);
      expect(crash.steps[6]!.details.error).toBe('the gate crashed');
      let calls = 0;
      const unreadable: RehearsalParts['captureFingerprint'] = async (state, scope) => {
        if (++calls === 2) throw new CaptureError('public.t', 'could not read block 0');
        return REAL_PARTS.captureFingerprint(state, scope);
      };
      const failed = await run(plan, target(), { captureFingerprint: unreadable });
      expect(failed.codes).toEqual(['CAPTURE_FAILED']);
      expect(failed.steps[1]!.details.capture_failed).toEqual({ relation: 'public.t', error: 'could not read block 0' });
    });
  },
  ['pglite'],
);
