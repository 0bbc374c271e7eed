/**
 * The non-transactional and disguised effects an apply batch can carry: sequence moves, advisory
 * locks, transaction control inside the batch, PREPARE TRANSACTION, data-modifying CTEs,
 * EXPLAIN ANALYZE of a write, and comments or dollar quotes hiding a second statement.
 */
import fc from 'fast-check';

/** Statements with an effect a rollback cannot undo or the boundary must see through, on `table`. */
export function sideEffectStatements(table: string): string[] {
  return [
    "SELECT setval('some_seq', 10);",
    "SELECT nextval('some_seq');",
    'SELECT pg_advisory_lock(11);',
    'COMMIT;',
    'SAVEPOINT s1;',
    'RELEASE SAVEPOINT s1;',
    "PREPARE TRANSACTION 'p1';",
    `WITH gone AS (DELETE FROM ${table} RETURNING *) SELECT count(*) FROM gone;`,
    `EXPLAIN ANALYZE DELETE FROM ${table};`,
    `/* read only */ SELECT 1; DELETE FROM ${table};`,
    `SELECT $q$ harmless $q$; TRUNCATE ${table};`,
  ];
}

/** Writes and effects in disguise, each wrapped so a naive reader would see something harmless. */
const DISGUISED = [
  'WITH gone AS (DELETE FROM t RETURNING *) SELECT count(*) FROM gone',
  'WITH up AS (UPDATE t SET v = 0 RETURNING *) INSERT INTO t2 SELECT * FROM up',
  'EXPLAIN ANALYZE DELETE FROM t',
  'EXPLAIN (ANALYZE, BUFFERS) UPDATE t SET v = 1',
  'SELECT * INTO t_copy FROM t',
  "SELECT setval('s', 1)",
  "SELECT nextval('s')",
  'SELECT pg_advisory_lock(7)',
  'SELECT pg_try_advisory_lock(7)',
  'COMMIT',
  'SAVEPOINT sp',
  'RELEASE SAVEPOINT sp',
  'ROLLBACK',
  "PREPARE TRANSACTION 'p'",
  'BEGIN',
  'DO $$ BEGIN DELETE FROM t; END $$',
  'CALL cleanup()',
  'COPY t FROM STDIN',
  'TRUNCATE t',
  'DROP TABLE t',
  "SELECT set_config('search_path', '', false)",
  'SELECT lo_create(0)',
  "SELECT dblink_exec('db', 'DELETE FROM t')",
  'CREATE INDEX i ON t (v)',
  'GRANT ALL ON t TO PUBLIC',
  'LOCK TABLE t',
  'SELECT * FROM t FOR UPDATE',
  // Built-ins that run SQL given as text: what they run is not in the batch.
  "SELECT query_to_xml('SELECT pg_catalog.setval(''s'', 1000)', true, false, '')",
  "INSERT INTO t SELECT 1, query_to_xml('SELECT pg_advisory_lock(1)', true, false, '')::text",
  "SELECT * FROM ts_stat('SELECT to_tsvector(v) FROM t')",
  "SELECT query_to_xmlschema('SELECT 1', true, false, '')",
  // Volatile built-ins with lasting effects no deny-list named.
  "SELECT pg_create_physical_replication_slot('slot')",
  "SELECT length(pg_read_file('postgresql.auto.conf'))",
  'SELECT setseed(0.5)',
  "SELECT lowrite(0, 'x')",
  "SELECT pg_import_system_collations('pg_catalog')",
  // Writes to system catalogs, shared ones too.
  "INSERT INTO pg_catalog.pg_authid (oid, rolname) VALUES (1, 'x')",
  "INSERT INTO pg_shdescription VALUES (1, 1, 'x')",
  "INSERT INTO pg_db_role_setting VALUES (0, 0, '{work_mem=1MB}')",
  "UPDATE pg_settings SET setting = 'off' WHERE name = 'standard_conforming_strings'",
];

/**
 * Statements the grammars of PostgreSQL 15 to 18 read differently, with what the parse of each
 * version holds (a fragment of libpg-query's JSON), or `syntax error`.
 */
export const GRAMMAR_CASES: readonly { readonly sql: string; readonly readAs: (major: number) => string }[] = [
  { sql: 'SELECT 0x1F', readAs: (v) => (v >= 16 ? '"ival":31' : '"name":"x1f"') },
  { sql: 'SELECT 1_000', readAs: (v) => (v >= 16 ? '"ival":1000' : '"name":"_000"') },
  { sql: "SELECT json_object('a' VALUE 1)", readAs: (v) => (v >= 16 ? 'JsonObjectConstructor' : 'syntax error') },
  { sql: "SELECT * FROM JSON_TABLE('[1]', '$[*]' COLUMNS (a int PATH '$'))", readAs: (v) => (v >= 17 ? 'JsonTable' : 'syntax error') },
  { sql: 'UPDATE t SET a = 1 RETURNING WITH (OLD AS o) o.a', readAs: (v) => (v >= 18 ? 'ReturningOption' : 'syntax error') },
];

export const disguisedWrites: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...DISGUISED),
    fc.constantFrom(
      (s: string) => s,
      (s: string) => `/* harmless read */ ${s}`,
      (s: string) => `-- just a comment\n${s}`,
      (s: string) => `SELECT 1; ${s}`,
      (s: string) => `SELECT $q$; ${s.replaceAll('$', '')}; $q$; ${s}`,
      (s: string) => `SELECT 'x;y'; ${s.toLowerCase()}`,
      (s: string) => `  ${s}  ;`,
    ),
  )
  .map(([sql, wrap]) => wrap(sql));
