import fc from 'fast-check';
import type { SuiteProperty } from './property.ts';

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

const wrapped = fc.tuple(fc.constantFrom(...DISGUISED), fc.constantFrom(
  (s: string) => s,
  (s: string) => `/* harmless read */ ${s}`,
  (s: string) => `-- just a comment\n${s}`,
  (s: string) => `SELECT 1; ${s}`,
  (s: string) => `SELECT $q$; ${s.replaceAll('$', '')}; $q$; ${s}`,
  (s: string) => `SELECT 'x;y'; ${s.toLowerCase()}`,
  (s: string) => `  ${s}  ;`,
)).map(([sql, wrap]) => wrap(sql));

/** Every disguised write or non-transactional effect is outside the mutation boundary. */
export const boundaryDisguisedWritesRefused: SuiteProperty<string> = {
  id: 'boundary.disguised-writes-refused',
  sentence: 'Every disguised write or non-transactional effect is outside the mutation boundary.',
  cost: 'pure',
  arbitrary: () => wrapped,
  check: async (sql, { engine }) => {
    await engine.loadParser();
    const statements = engine.classifyBatch(sql, 'postgres');
    return 'unreadable' in statements || statements.some((s) => s.class.violation !== null);
  },
};
