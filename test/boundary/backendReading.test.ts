/**
 * The boundary classifies what the backend will run: statements run one at a time as the
 * backend itself reads them, the settings that change lexing are pinned, SQLite's own splitting
 * is compared, an apply file that is not plain UTF-8 text is refused, and RX-5 looks at the
 * session that ran the batch.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { classifyBatch, loadParser } from '../../src/suite.ts';
import { parsePlan, type RehearsalPlan } from '../../src/index.ts';
import { describeEachTarget } from '../support/targets.ts';
import { rewritingExec, withClones } from '../../properties/harness/withClones.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-reading-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(() => loadParser());
const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };

function planWith(
  name: string,
  source: string,
  apply: string | Uint8Array,
  extra: Record<string, unknown> = {},
): { file: string; load: () => RehearsalPlan } {
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
  return { file, load: () => parsePlan(file, Buffer.from(JSON.stringify(plan))) };
}

const TABLE = "CREATE TABLE t (id int PRIMARY KEY, v text);\nINSERT INTO t VALUES (1, 'a');\n";

describe('an apply file that is not plain text', () => {
  it.each([
    [
      'a NUL byte',
      Buffer.from("INSERT INTO t VALUES (2, 'b');\0DELETE FROM t;\n"),
      /field apply\.file: .*nul\.apply\.sql holds a NUL byte at offset 30$/,
    ],
    ['invalid UTF-8', Buffer.from([0x49, 0x4e, 0x53, 0xff, 0xfe, 0x0a]), /field apply\.file: .*utf8\.apply\.sql is not UTF-8 text$/],
  ])('is refused when the plan is read: %s', (name, bytes, message) => {
    const { load } = planWith(name === 'a NUL byte' ? 'nul' : 'utf8', TABLE, bytes);
    expect(load).toThrow(message);
  });
});

describe('SQLite reads a batch with its own lexer', () => {
  it('refuses a batch SQLite splits elsewhere than the Postgres scanner (comments nest in one, not the other)', () => {
    for (const batch of [
      "/* /* */ DELETE FROM t; -- */ INSERT INTO t VALUES (2, 'b');",
      "/* /* */ ATTACH 'elsewhere.db' AS x; -- */ INSERT INTO t VALUES (2, 'b');",
    ]) {
      expect(classifyBatch(batch, 'sqlite')).toEqual({
        unreadable: expect.stringMatching(/^SQLite and the Postgres scanner split this batch differently \(from statement 1\)/),
      });
    }
    expect(classifyBatch("INSERT INTO t VALUES (2, 'a;b'); -- trailing; comment", 'sqlite')).toHaveLength(1);
  });
});

describeEachTarget(
  'a hidden DELETE on SQLite',
  (target) => {
    it('is BLOCKED at the boundary, and SQLite never runs it', async () => {
      const { load } = planWith(
        'nested-comment',
        TABLE,
        "/* /* */ DELETE FROM t; -- */ INSERT INTO t VALUES (2, 'b');\nINSERT INTO t VALUES (3, 'c');\n",
        { expected_delta: { t: 1 } },
      );
      const result = await runRehearsal(load(), target(), quiet);
      expect(result.codes).toEqual(['BOUNDARY_VIOLATION']);
    });
  },
  ['sqlite'],
);

describeEachTarget(
  'a session default of standard_conforming_strings = off',
  (target) => {
    it('cannot split a read into a read and a DELETE: the apply session pins the lexing settings, and runs one statement at a time', async () => {
      // As a role or database default would leave the batch's session.
      const lax = withClones(target(), (clone) => ({
        ...clone,
        session: rewritingExec(clone, (sql) => (sql.startsWith('BEGIN ISOLATION') ? `SET standard_conforming_strings = off; ${sql}` : sql)),
      }));
      const { load } = planWith('scs-off', TABLE, "INSERT INTO t VALUES (2, 'b');\nSELECT 'x\\' AS a, ';DELETE FROM t;--' AS b;\n", {
        expected_delta: { t: 1 },
        modes: ['txn'],
      });
      const result = await runRehearsal(load(), lax, quiet);
      expect(result.codes).toEqual([]);
      expect(result.steps[3]!.details.delta).toEqual({ 'public.t': 1 });
    });
  },
  ['pglite', 'postgres'],
);

/** A plan policy that lets statement `statement` call the database's own volatile function `name`. */
const justify = (statement: number, name: string) => ({
  justified: [{ statement, kind: 'FUNCTION', function: name, reason: 'the test calls it on purpose' }],
});

describeEachTarget(
  "a volatile function of the database's own",
  (target) => {
    it('is refused at the boundary unless the plan justifies it, naming the function', async () => {
      const source = `${TABLE}CREATE FUNCTION grab() RETURNS void LANGUAGE sql AS 'SELECT pg_advisory_lock(42)';\n`;
      const { load } = planWith('unjustified', source, "INSERT INTO t VALUES (2, 'b');\nSELECT grab();\n");
      const result = await runRehearsal(load(), target(), quiet);
      expect(result.codes).toEqual(['BOUNDARY_VIOLATION']);
      expect(result.steps[2]!.details.violations).toEqual([
        {
          statement: 2,
          kind: 'READ',
          reason: expect.stringMatching(
            /^calls public\.grab\(\), a volatile function of the database's own: it needs a justification for statement 2 in the plan \(kind FUNCTION, function public\.grab\)$/,
          ),
        },
      ]);
      expect(result.steps[2]!.details.names_resolved_in).toBe('clone');
    });
  },
  ['pglite', 'postgres'],
);

describeEachTarget(
  'RX-5 and the session that ran the batch',
  (target) => {
    it('an advisory lock the batch took (through a function) blocks, though the snapshot restore replaced the session', async () => {
      const source = `${TABLE}CREATE FUNCTION grab() RETURNS void LANGUAGE sql AS 'SELECT pg_advisory_lock(42)';\n`;
      const { load } = planWith('advisory', source, "INSERT INTO t VALUES (2, 'b');\nSELECT grab();\n", {
        modes: ['snapshot'],
        policy: justify(2, 'grab'),
      });
      const result = await runRehearsal(load(), target(), quiet);
      expect(result.codes).toEqual(['SIDE_EFFECT_LEFT']);
      // The first apply's session (the restore script's proof applies the change again, and takes the lock again).
      expect((result.steps[5]!.details.leftovers_after_apply as unknown[])[0]).toEqual({
        openTransaction: false,
        preparedTransactions: 0,
        advisoryLocks: 1,
      });
    });
  },
  ['pglite', 'postgres'],
);

describeEachTarget(
  'cluster-wide state a batch changes (through a function the boundary does not look into)',
  (target, name) => {
    it('is refused by the server itself when the function runs as the apply role', async () => {
      const role = `rehearse_test_invoker_role_${process.pid}`;
      const source = `${TABLE}CREATE FUNCTION make_role() RETURNS void LANGUAGE plpgsql AS $$BEGIN EXECUTE 'CREATE ROLE ${role}'; END$$;\n`;
      const { load } = planWith('cluster-invoker', source, "INSERT INTO t VALUES (2, 'b');\nSELECT make_role();\n", {
        modes: ['txn'],
        policy: justify(2, 'make_role'),
      });
      const result = await runRehearsal(load(), target(), quiet);
      expect(result.codes).toEqual(['APPLY_FAILED']);
      expect(result.steps[3]!.details.apply_error).toMatch(/^statement 2: permission denied to create role/);
      expect(result.steps[2]!.details.apply_role).toMatchObject({ runs_as: 'apply role', superuser: false, replication: false });
    });

    const url = process.env.REHEARSE_PG_URL ?? '';
    it.each(['txn', 'snapshot'])('blocks with SIDE_EFFECT_LEFT naming it, and is never committed (%s mode)', async (mode) => {
      // What a role may do to itself without any privilege: a setting of its own, kept by the server for every database.
      const source = `${TABLE}CREATE FUNCTION set_mine() RETURNS void LANGUAGE plpgsql AS $$BEGIN EXECUTE format('ALTER ROLE %I SET work_mem = ''64kB''', current_user); END$$;\n`;
      const { load } = planWith(`cluster-${mode}`, source, "INSERT INTO t VALUES (2, 'b');\nSELECT set_mine();\n", {
        modes: [mode],
        policy: justify(2, 'public.set_mine'),
      });
      const result = await runRehearsal(load(), target(), quiet);
      expect(result.codes).toEqual(['SIDE_EFFECT_LEFT']);
      const step = result.steps.find((s) => s.id === (mode === 'txn' ? 'RX-3' : 'RX-4'))!;
      expect(step.details.cluster_changes).toEqual([expect.stringMatching(/^role or database setting added or changed: 0\/\d+$/)]);
      if (name === 'postgres') {
        const admin = new pg.Client(url);
        await admin.connect();
        try {
          expect((await admin.query("SELECT 1 FROM pg_db_role_setting WHERE setconfig::text LIKE '%work_mem=64kB%'")).rowCount).toBe(0);
        } finally {
          await admin.end();
        }
      }
    });
  },
  ['pglite', 'postgres'],
);

describeEachTarget(
  "the server's own grammar",
  (target, name) => {
    it("classifies with the parser of the server's major version, and records it in RX-2", async () => {
      // JSON constructors are grammar from PostgreSQL 16 on: the CI server is 15, PGlite 18.
      const { load } = planWith(`grammar-${name}`, TABLE, "INSERT INTO t VALUES (2, 'b');\nSELECT json_object('a' VALUE 1);\n", {
        modes: ['txn'],
      });
      const result = await runRehearsal(load(), target(), quiet);
      const rx2 = result.steps[2]!.details;
      const major = Number(String(rx2.grammar).replace(/^PostgreSQL (\d+).*$/, '$1'));
      expect(major).toBeGreaterThanOrEqual(15);
      if (name === 'pglite') expect(rx2.grammar).toBe('PostgreSQL 18');
      if (major >= 16) {
        expect(result.codes).toEqual([]);
      } else {
        expect(result.codes).toEqual(['BOUNDARY_VIOLATION']);
        expect(rx2.violations).toEqual([{ statement: 2, kind: 'UNPARSEABLE', reason: 'the Postgres parser cannot parse this statement' }]);
      }
    });
  },
  ['pglite', 'postgres'],
);
