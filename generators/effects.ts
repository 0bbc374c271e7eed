/**
 * The non-transactional and disguised effects an apply batch can carry: sequence moves, advisory
 * locks, transaction control inside the batch, PREPARE TRANSACTION, data-modifying CTEs,
 * EXPLAIN ANALYZE of a write, and comments or dollar quotes hiding a second statement.
 */
import fc from 'fast-check';

/** Statements with an effect a rollback cannot undo or the boundary must see through, on `table`. */
export function sideEffectStatements(table: string): string[] {
  return [
    "SELECT setval('some_seq', 10);", "SELECT nextval('some_seq');", 'SELECT pg_advisory_lock(11);', 'COMMIT;', 'SAVEPOINT s1;',
    'RELEASE SAVEPOINT s1;', "PREPARE TRANSACTION 'p1';", `WITH gone AS (DELETE FROM ${table} RETURNING *) SELECT count(*) FROM gone;`,
    `EXPLAIN ANALYZE DELETE FROM ${table};`, `/* read only */ SELECT 1; DELETE FROM ${table};`, `SELECT $q$ harmless $q$; TRUNCATE ${table};`,
  ];
}

/** Writes and effects in disguise, each wrapped so a naive reader would see something harmless. */
const DISGUISED = [
  'WITH gone AS (DELETE FROM t RETURNING *) SELECT count(*) FROM gone',
  'WITH up AS (UPDATE t SET v = 0 RETURNING *) INSERT INTO t2 SELECT * FROM up',
  'EXPLAIN ANALYZE DELETE FROM t', 'EXPLAIN (ANALYZE, BUFFERS) UPDATE t SET v = 1', 'SELECT * INTO t_copy FROM t',
  "SELECT setval('s', 1)", "SELECT nextval('s')", 'SELECT pg_advisory_lock(7)', 'SELECT pg_try_advisory_lock(7)',
  'COMMIT', 'SAVEPOINT sp', 'RELEASE SAVEPOINT sp', 'ROLLBACK', "PREPARE TRANSACTION 'p'", 'BEGIN',
  'DO $$ BEGIN DELETE FROM t; END $$', 'CALL cleanup()', 'COPY t FROM STDIN', 'TRUNCATE t', 'DROP TABLE t',
  "SELECT set_config('search_path', '', false)", 'SELECT lo_create(0)', "SELECT dblink_exec('db', 'DELETE FROM t')",
  'CREATE INDEX i ON t (v)', 'GRANT ALL ON t TO PUBLIC', 'LOCK TABLE t', 'SELECT * FROM t FOR UPDATE',
];

export const disguisedWrites: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...DISGUISED), fc.constantFrom(
  (s: string) => s,
  (s: string) => `/* harmless read */ ${s}`,
  (s: string) => `-- just a comment\n${s}`,
  (s: string) => `SELECT 1; ${s}`,
  (s: string) => `SELECT $q$; ${s.replaceAll('$', '')}; $q$; ${s}`,
  (s: string) => `SELECT 'x;y'; ${s.toLowerCase()}`,
  (s: string) => `  ${s}  ;`,
)).map(([sql, wrap]) => wrap(sql));
