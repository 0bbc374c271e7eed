/**
 * The boundary's exact answer — each statement's kind, what it needs justified, every violation
 * and its reason — for one list of statements, judged three ways: with only the built-in list (no
 * clone), against a Postgres server clone holding the objects a batch can reach (a volatile
 * function of the database's own, views with and without a rule, a materialized view, sequences,
 * a column default that calls a function, a second schema outside the scope), and against a SQLite
 * clone. Reviewed once and pinned in a snapshot (per server major version: the grammar is its).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundaryBackend, checkBoundary } from '../../src/boundary/checkBoundary.ts';
import { loadParser } from '../../src/sql/parser.ts';
import type { RehearsalPlan } from '../../src/plan/parsePlan.ts';
import type { Clone } from '../../src/targets/target.ts';
import { backendLabel, describeEachTarget } from '../support/targets.ts';

beforeAll(() => loadParser());

const POSTGRES_SETUP = `
CREATE TABLE t (id serial PRIMARY KEY, v text);
CREATE SEQUENCE other_seq;
CREATE FUNCTION bump() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT 'x' $$;
CREATE FUNCTION calm() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'x' $$;
CREATE TABLE d (id int PRIMARY KEY, v text DEFAULT bump());
CREATE VIEW av AS SELECT id, v FROM t;
CREATE TABLE log (msg text);
CREATE VIEW rv AS SELECT id, v FROM t;
CREATE RULE rv_ins AS ON INSERT TO rv DO INSTEAD INSERT INTO log VALUES (NEW.v);
CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
CREATE SCHEMA "Else";
CREATE TABLE "Else".t (id int);
CREATE TABLE unlisted (id int);
CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$;
CREATE EXTENSION pgcrypto;
CREATE TYPE wrapped AS (v text);
CREATE FUNCTION to_wrapped(int) RETURNS wrapped LANGUAGE sql VOLATILE AS $$ SELECT ROW('x')::wrapped $$;
CREATE CAST (int AS wrapped) WITH FUNCTION to_wrapped(int);
CREATE FUNCTION vol_op(int, int) RETURNS int LANGUAGE sql VOLATILE AS $$ SELECT 1 $$;
CREATE OPERATOR ### (LEFTARG = int, RIGHTARG = int, FUNCTION = vol_op);
CREATE FUNCTION "Mixed"() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT 'x' $$;
`;

const SQLITE_SETUP = `
CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);
CREATE TABLE log (msg TEXT);
CREATE VIEW rv AS SELECT id, v FROM t;
CREATE TRIGGER rv_ins INSTEAD OF INSERT ON rv BEGIN INSERT INTO log VALUES (NEW.v); END;
CREATE TABLE unlisted (id INTEGER);
`;

/** One statement per batch, each judged on its own (statement 1). */
const POSTGRES_STATEMENTS = [
  "INSERT INTO t (v) VALUES ('a')",
  "INSERT INTO t VALUES (nextval('t_id_seq'), 'a')",
  "INSERT INTO t VALUES (nextval('other_seq'), 'a')",
  "INSERT INTO t SELECT nextval(v::regclass), 'a' FROM t",
  "SELECT nextval('t_id_seq')",
  "UPDATE t SET v = 'b'",
  'DELETE FROM t',
  "INSERT INTO t (v) VALUES ('a') ON CONFLICT (id) DO UPDATE SET v = 'c'",
  "MERGE INTO t USING (SELECT 1 AS id) s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = 'm'",
  'INSERT INTO t (v) VALUES (bump())',
  'INSERT INTO t (v) VALUES (calm())',
  'INSERT INTO t (v) VALUES (random()::text)',
  'SELECT pg_advisory_lock(1)',
  "SELECT set_config('a.b', 'c', false)",
  "SELECT dblink_exec('x')",
  "SELECT query_to_xml('DELETE FROM t', true, true, '')",
  'SELECT no_such_function()',
  'SELECT 1 + 1',
  'INSERT INTO d (id) VALUES (1)',
  "INSERT INTO av VALUES (9, 'v')",
  "INSERT INTO rv VALUES (9, 'v')",
  'INSERT INTO mv VALUES (1)',
  "INSERT INTO pg_catalog.pg_description VALUES (1, 1, 0, 'x')",
  'INSERT INTO no_such_table VALUES (1)',
  'INSERT INTO "Else".t VALUES (1)',
  'INSERT INTO unlisted VALUES (1)',
  'WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x',
  'EXPLAIN ANALYZE DELETE FROM t',
  'CALL p()',
  'DO $$ BEGIN DELETE FROM t; END $$',
  'COMMIT',
  'SAVEPOINT s',
  'LOCK TABLE t',
  'TRUNCATE t',
  'CREATE TABLE x (id int)',
  'ALTER TABLE t ADD COLUMN w int',
  'VACUUM t',
  "COPY t FROM '/etc/passwd'",
  "NOTIFY c, 'x'",
  'SET search_path = x',
  'PREPARE q AS SELECT 1',
  'CHECKPOINT',
  'SELECT * FROM t FOR UPDATE',
  'REFRESH MATERIALIZED VIEW mv',
  "UPDATE pg_settings SET setting = 'x' WHERE name = 'work_mem'",
  "UPDATE pg_catalog.pg_settings SET setting = 'x'",
  'EXPLAIN SELECT 1',
  'EXPLAIN DELETE FROM t',
  'EXPLAIN ANALYZE SELECT 1',
  'EXPLAIN (ANALYZE, BUFFERS) SELECT pg_advisory_lock(1)',
  'SHOW work_mem',
  'DECLARE c CURSOR FOR SELECT 1',
  'DECLARE c CURSOR WITH HOLD FOR SELECT 1',
  'DECLARE c CURSOR FOR SELECT pg_advisory_lock(1)',
  'FETCH c',
  'CLOSE c',
  'START TRANSACTION',
  'ROLLBACK',
  "PREPARE TRANSACTION 'x'",
  'GRANT SELECT ON t TO PUBLIC',
  'REVOKE SELECT ON t FROM PUBLIC',
  'GRANT pg_read_all_data TO CURRENT_USER',
  'CREATE INDEX i ON t (v)',
  'REINDEX TABLE t',
  'SET LOCAL work_mem = 1000',
  'RESET work_mem',
  'DISCARD ALL',
  'LISTEN c',
  'CREATE VIEW w AS SELECT 1',
  'CREATE RULE r AS ON INSERT TO t DO NOTHING',
  "CREATE TYPE e AS ENUM ('a')",
  "ALTER TYPE e ADD VALUE 'b'",
  "COMMENT ON TABLE t IS 'c'",
  'REASSIGN OWNED BY CURRENT_USER TO CURRENT_USER',
  'CREATE TYPE c AS (a int)',
  'EXECUTE q',
  'DEALLOCATE q',
  "LOAD 'x'",
  'CLUSTER t',
  'SET CONSTRAINTS ALL DEFERRED',
  'VALUES (1)',
  'TABLE t',
  'SELECT * FROM t WHERE v = (SELECT bump())',
  "INSERT INTO t (v) SELECT v FROM t WHERE v ~ 'x' AND id::text = '1'",
  'SELECT gen_random_bytes(4)',
  'SELECT public.gen_random_bytes(4)',
  "SELECT digest('x', 'sha256')",
  'SELECT 1::wrapped',
  'SELECT CAST(1 AS public.wrapped)',
  'SELECT 1 ### 2',
  'SELECT OPERATOR(public.###)(1, 2)',
  'SELECT "Mixed"()',
  'SELECT mixed()',
  'SELECT pg_catalog.now()',
  'SELECT public.now()',
  'SELECT pg_catalog.bump()',
  'UPDATE t SET v = (SELECT pg_advisory_lock(1)::text)',
  'DELETE FROM t WHERE id = (SELECT 1 FROM pg_advisory_lock(1))',
  'EXPLAIN SELECT pg_advisory_lock(1)',
  'DECLARE c CURSOR FOR VALUES (1)',
];

const SQLITE_STATEMENTS = [
  "-- a comment\nREPLACE INTO t VALUES (2, 'r')",
  "/* one */ /* two */\n  REPLACE INTO t VALUES (3, 'r')",
  "/*x*/REPLACE INTO t VALUES (4, 'r')",
  "INSERT OR REPLACE INTO t VALUES (5, 'r')",
  'SELECT main.abs(1)',
  'SELECT ABS(-1)',
  'SELECT other.abs(1)',
  "INSERT INTO t (v) VALUES ('a')",
  "UPDATE t SET v = 'b'",
  'DELETE FROM t',
  "REPLACE INTO t VALUES (1, 'r')",
  "INSERT INTO t VALUES (1, 'a') ON CONFLICT (id) DO UPDATE SET v = 'c'",
  "INSERT INTO rv VALUES (9, 'v')",
  'INSERT INTO unlisted VALUES (1)',
  "ATTACH 'x.db' AS x",
  "SELECT load_extension('x')",
  'SELECT no_such_function()',
  'SELECT random()',
  'PRAGMA journal_mode = DELETE',
  'VACUUM',
  'SELECT 1',
  'CREATE TABLE x (id)',
  'BEGIN',
];

/** A plan that allows INSERT and justifies nothing: what each statement needs shows in its violations. */
const POLICY: RehearsalPlan['policy'] = { allow: ['INSERT'], justified: [] };
/** The same, each statement's kind and needs justified as statement 1: what is left is never allowed. */
const justifiedFor = (kind: string, needs: readonly { kind: string; name: string }[]): RehearsalPlan['policy'] => ({
  allow: ['INSERT'],
  justified: [
    ...(['UPDATE', 'DELETE', 'UPSERT', 'REPLACE'].includes(kind) ? [{ statement: 1, kind: kind as 'UPDATE', reason: 'r' }] : []),
    ...needs.map((n) =>
      n.kind === 'FUNCTION'
        ? { statement: 1, kind: 'FUNCTION' as const, function: n.name, reason: 'r' }
        : { statement: 1, kind: 'VIEW' as const, view: n.name.split('.').pop()!, reason: 'r' },
    ),
  ],
});

async function judgeAll(statements: readonly string[], dialect: 'postgres' | 'sqlite', backend: Parameters<typeof checkBoundary>[3]) {
  const out: Record<string, unknown> = {};
  for (const sql of statements) {
    const result = await checkBoundary(`${sql};`, dialect, POLICY, backend);
    const first = result.statements[0];
    const justified = first ? await checkBoundary(`${sql};`, dialect, justifiedFor(first.class.kind, first.needs), backend) : null;
    out[sql] = {
      kind: first?.class.kind ?? null,
      needs: first?.needs.map((n) => `${n.kind} ${n.name}: ${n.why}`) ?? [],
      violations: result.violations.map((v) => `${v.kind}: ${v.reason}`),
      once_justified: justified?.violations.map((v) => `${v.kind}: ${v.reason}`) ?? null,
      resolved_in: result.resolvedIn,
    };
  }
  return out;
}

describe('the boundary with only the built-in list', () => {
  it('refuses a batch the scanner cannot read as a whole, and a statement the parser cannot parse', async () => {
    for (const batch of ["SELECT 1; SELECT 'open", 'SELECT 1; /* open']) {
      expect(await checkBoundary(batch, 'postgres', POLICY)).toEqual({
        statements: [],
        violations: [
          { statement: 0, kind: 'UNREADABLE', reason: 'the Postgres scanner cannot read the batch (an unterminated quote or comment?)' },
        ],
        resolvedIn: 'built-in',
        grammar: null,
      });
    }
    for (const batch of ['SELEC 1;', "INSERT INTO t VALUES (1, 'a';"]) {
      expect((await checkBoundary(batch, 'postgres', POLICY)).violations).toEqual([
        { statement: 1, kind: 'UNPARSEABLE', reason: 'the Postgres parser cannot parse this statement' },
      ]);
    }
  });

  it('splits a batch as the server does: comments, empty statements and strings with semicolons', async () => {
    const batch = "INSERT INTO t VALUES (1, 'a;b');; -- only a comment;\n/* block; */ ;\nSELECT $x$;$x$ ;SELECT 2";
    const result = await checkBoundary(batch, 'postgres', POLICY);
    expect(result.statements.map((s) => [s.index, s.sql, s.class.kind])).toEqual([
      [1, "INSERT INTO t VALUES (1, 'a;b');", 'INSERT'],
      [2, 'SELECT $x$;$x$ ;', 'READ'],
      [3, 'SELECT 2', 'READ'],
    ]);
    expect(result).toMatchObject({ violations: [], resolvedIn: 'built-in', grammar: null });
  });

  it('judges each statement exactly as reviewed', async () => {
    expect(await judgeAll(POSTGRES_STATEMENTS, 'postgres', {})).toMatchSnapshot();
  });
});

describeEachTarget(
  'the boundary against a clone',
  (target, name) => {
    let clone: Clone;
    beforeAll(async () => {
      clone = await target().createClone();
      await clone.ownerSession.exec(name === 'sqlite' ? SQLITE_SETUP : POSTGRES_SETUP);
    });
    afterAll(() => clone?.dispose());

    it('judges each statement exactly as reviewed', async () => {
      const all = await clone.state.readOnly(() => clone.state.listTables({ schemas: null }));
      const inScope = all.map((t) => t.id).filter((id) => !/unlisted|Else/.test(id));
      const backend = await boundaryBackend(clone, { schemas: name === 'sqlite' ? null : ['public'], tables: inScope });
      const label = await backendLabel(clone, name);
      const judged = await judgeAll(
        name === 'sqlite' ? SQLITE_STATEMENTS : POSTGRES_STATEMENTS,
        name === 'sqlite' ? 'sqlite' : 'postgres',
        backend,
      );
      expect({ grammar: backend.grammar?.label ?? null, judged }).toMatchSnapshot(label);
    });
  },
  ['sqlite', 'postgres'],
);
