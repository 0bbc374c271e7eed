import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { classifyBatch, parseBatch, type ClassifiedStatement, type ParsedStatement } from '../../src/boundary/classifyBatch.ts';
import { loadParser } from '../../src/sql/parser.ts';
import { checkBoundary } from '../../src/boundary/checkBoundary.ts';

beforeAll(() => loadParser());

const classify = (sql: string, dialect: 'postgres' | 'sqlite' = 'postgres') => {
  const result = classifyBatch(sql, dialect);
  if ('unreadable' in result) throw new Error(result.unreadable);
  return result;
};
const only = (sql: string, dialect: 'postgres' | 'sqlite' = 'postgres'): ClassifiedStatement => {
  const statements = classify(sql, dialect);
  expect(statements).toHaveLength(1);
  return statements[0]!;
};
const INSERT_ONLY = { allow: ['INSERT' as const], justified: [] };

describe('the mutation boundary classifies with the Postgres parser', () => {
  it.each([
    ['INSERT INTO t VALUES (1)', 'INSERT'],
    ['INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING', 'INSERT'],
    ['INSERT INTO t VALUES (1) ON CONFLICT (id) DO UPDATE SET v = 2', 'UPSERT'],
    ['UPDATE t SET v = 1', 'UPDATE'],
    ['DELETE FROM t', 'DELETE'],
    ['SELECT * FROM t', 'READ'],
    ['EXPLAIN DELETE FROM t', 'READ'],
    ['SHOW work_mem', 'READ'],
    ['DECLARE c CURSOR FOR SELECT * FROM t', 'READ'],
    ['FETCH 2 FROM c', 'READ'],
    ['MOVE c', 'READ'],
    ['CLOSE c', 'READ'],
  ])('%s is %s', (sql, kind) => {
    expect(only(sql).class).toEqual({ kind, violation: null });
  });

  it.each([
    ['CREATE TABLE x (a int)'],
    ['ALTER TABLE t ADD COLUMN z int'],
    ['DROP TABLE t'],
    ['TRUNCATE t'],
    ['GRANT SELECT ON t TO PUBLIC'],
    ['REVOKE SELECT ON t FROM PUBLIC'],
    ['CREATE INDEX i ON t (a)'],
    ['DROP INDEX i'],
    ['BEGIN'],
    ['COMMIT'],
    ['ROLLBACK'],
    ['SAVEPOINT s'],
    ['RELEASE SAVEPOINT s'],
    ["PREPARE TRANSACTION 'x'"],
    ['COPY t FROM STDIN'],
    ['DO $$ BEGIN DELETE FROM t; END $$'],
    ['CALL p()'],
    ['EXPLAIN ANALYZE DELETE FROM t'],
    ['EXPLAIN (ANALYZE) INSERT INTO t VALUES (1)'],
    ['WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d'],
    ['WITH d AS (UPDATE t SET v = 1 RETURNING *) INSERT INTO u SELECT * FROM d'],
    ['SELECT * INTO t2 FROM t'],
    ["SELECT setval('s', 5)"],
    ["SELECT nextval('s')"],
    ['SELECT pg_advisory_lock(1)'],
    ['SELECT pg_advisory_xact_lock(1)'],
    ['SELECT lo_unlink(1)'],
    ["SELECT dblink_exec('x', 'y')"],
    ["SELECT set_config('a.b', 'c', false)"],
    ["INSERT INTO t SELECT nextval('s')"],
    ["UPDATE t SET v = setval('s', 1)"],
    ['SET search_path = x'],
    ['LOCK TABLE t'],
    ['SELECT * FROM t FOR UPDATE'],
    ["NOTIFY ch, 'x'"],
    ['VACUUM t'],
    ['MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN DELETE'],
    ['REFRESH MATERIALIZED VIEW v'],
    ['SELECT public.pg_advisory_lock(1)'],
    ['DECLARE c CURSOR WITH HOLD FOR SELECT 1'],
    ["DECLARE c CURSOR FOR SELECT setval('s', 1)"],
    ["UPDATE pg_settings SET setting = 'off' WHERE name = 'standard_conforming_strings'"],
    ['DECLARE c CURSOR FOR SELECT * FROM t FOR UPDATE'],
  ])('%s is always a violation', (sql) => {
    expect(only(sql).class.violation).not.toBeNull();
  });

  it('sees a second statement hidden behind comments and dollar quotes, and is not fooled by a quoted one', () => {
    const statements = classify("INSERT INTO t VALUES ('a;b'); /* ; */ -- ;\nDELETE FROM t; SELECT $x$; DROP TABLE t; $x$");
    expect(statements.map((s) => s.class.kind)).toEqual(['INSERT', 'DELETE', 'READ']);
  });

  it('counts statement positions from 1, as policy justifications do', async () => {
    const sql = 'INSERT INTO t VALUES (1); UPDATE t SET v = 2; DELETE FROM t WHERE id = 3';
    expect((await checkBoundary(sql, 'postgres', INSERT_ONLY)).violations.map((v) => [v.statement, v.kind])).toEqual([
      [2, 'UPDATE'],
      [3, 'DELETE'],
    ]);
    const justified = {
      allow: ['INSERT' as const],
      justified: [
        { statement: 2, kind: 'UPDATE' as const, reason: 'fix a typo' },
        { statement: 3, kind: 'DELETE' as const, reason: 'dedupe' },
      ],
    };
    expect((await checkBoundary(sql, 'postgres', justified)).violations).toEqual([]);
    const wrongIndex = { allow: ['INSERT' as const], justified: [{ statement: 3, kind: 'UPDATE' as const, reason: 'off by one' }] };
    // The misplaced justification does not count, and is itself named: it justifies nothing.
    expect((await checkBoundary(sql, 'postgres', wrongIndex)).violations.map((v) => [v.statement, v.kind])).toEqual([
      [2, 'UPDATE'],
      [3, 'DELETE'],
      [3, 'JUSTIFICATION'],
    ]);
    expect((await checkBoundary('INSERT INTO t VALUES (1)', 'postgres', { allow: [], justified: [] })).violations).toHaveLength(1);
  });

  it('recognizes SQLite REPLACE only on SQLite, and only when justified', async () => {
    expect(only('REPLACE INTO t VALUES (1)', 'sqlite').class).toEqual({ kind: 'REPLACE', violation: null });
    expect(only('INSERT OR REPLACE INTO t VALUES (1)', 'sqlite').class.kind).toBe('REPLACE');
    expect(only('REPLACE INTO t VALUES (1)', 'postgres').class.violation).not.toBeNull();
    expect((await checkBoundary('REPLACE INTO t VALUES (1)', 'sqlite', INSERT_ONLY)).violations).toHaveLength(1);
  });

  it("refuses an UPDATE setting SQLite's rowid, which no capture reads (an attacker's review), and nothing else by that name", () => {
    for (const sql of [
      'UPDATE doc SET rowid = rowid + 1000 WHERE slug = 1',
      'UPDATE doc SET note = 1, _ROWID_ = 5',
      'UPDATE doc SET "oid" = 7',
      'INSERT INTO doc (slug) VALUES (1) ON CONFLICT (slug) DO UPDATE SET rowid = 9',
    ])
      expect(only(sql, 'sqlite').class.violation).toMatch(/sets the rowid, which no capture reads/);
    for (const sql of ['UPDATE doc SET note = rowid', 'SELECT rowid AS oid FROM doc', 'INSERT INTO doc (rowid, slug) VALUES (5, 1)'])
      expect(only(sql, 'sqlite').class.violation).toBeNull();
    expect(only('UPDATE doc SET oid = 7', 'postgres').class.violation).toBeNull();
  });

  it("checks SQLite's own readonly flag against the classification", async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
    const isReadOnly = (sql: string) => db.prepare(sql).readonly;
    expect((await checkBoundary('INSERT INTO t VALUES (1, 2); SELECT * FROM t', 'sqlite', INSERT_ONLY, { isReadOnly })).violations).toEqual(
      [],
    );
    // A statement the Postgres parser reads as a plain SELECT but that SQLite knows writes.
    const lying = (sql: string) => (sql.startsWith('SELECT') ? false : isReadOnly(sql));
    expect((await checkBoundary('SELECT * FROM t', 'sqlite', INSERT_ONLY, { isReadOnly: lying })).violations[0]!.reason).toMatch(
      /readonly flag/,
    );
    expect((await checkBoundary('INSERT INTO missing VALUES (1)', 'sqlite', INSERT_ONLY, { isReadOnly })).violations[0]!.reason).toMatch(
      /cannot prepare/,
    );
  });

  it('refuses a batch the scanner cannot read', () => {
    expect(classifyBatch("INSERT INTO t VALUES ('unterminated", 'postgres')).toHaveProperty('unreadable');
  });
});

describe('a statement SQLite reads otherwise than Postgres is refused on SQLite', () => {
  it.each([
    [
      'a comment inside a comment',
      "INSERT INTO t SELECT 1, 'a' WHERE false /* /* */ OR true ON CONFLICT (id) DO UPDATE SET v = 'x' -- */\n;",
      'a comment opened inside a comment',
    ],
    ['an E string with a backslash', "INSERT INTO t VALUES (1, E'\\' ON CONFLICT DO NOTHING --');", "an E'…' string with a backslash"],
    ['a subscript, a bracketed name to SQLite', 'SELECT v[1] FROM t;', 'a name in […]'],
    ['an operator with a backquote, a quoted name to SQLite', 'SELECT 1 ` 2;', 'a name in `…`'],
    ['a dollar quote', 'INSERT INTO t VALUES (1, $$x$$);', 'a $'],
    [
      'a carriage return in a -- comment',
      "INSERT INTO t VALUES (1,'a') --\r/*\nON CONFLICT (id) DO UPDATE SET v = 'changed' --*/\n;",
      'a carriage return in a -- comment',
    ],
    ['a REPLACE with a comment inside a comment', 'REPLACE INTO t VALUES (1, 2 /* /* */ */);', 'a comment opened inside a comment'],
  ])('%s', async (_what, sql, reason) => {
    await loadParser();
    const [statement] = parseBatch(sql, 'sqlite') as ParsedStatement[];
    expect(statement!.class.violation).toMatch(/^SQLite reads this statement otherwise: /);
    expect(statement!.class.violation).toContain(reason);
    // On Postgres, the same text is read as Postgres reads it.
    const [onPostgres] = parseBatch(sql.replace(/^REPLACE/, 'INSERT'), 'postgres') as ParsedStatement[];
    expect(onPostgres!.class.violation ?? '').not.toContain('SQLite reads');
  });

  it('reads alike what both read alike: quotes doubled, names in double quotes, comments one level deep, E strings without a backslash, PRAGMA names quoted SQLite’s ways', async () => {
    await loadParser();
    for (const sql of [
      `INSERT INTO "t" VALUES (1, 'it''s /* not a comment */ -- nor this');`,
      'INSERT INTO t VALUES (1, 2) /* a comment */; -- and another',
      "INSERT INTO t VALUES (1, E'plain');",
      'PRAGMA [table_info](t);',
    ]) {
      const statements = parseBatch(sql, 'sqlite') as ParsedStatement[];
      for (const s of statements) expect(s.class.violation ?? '').not.toContain('SQLite reads');
    }
  });
});
