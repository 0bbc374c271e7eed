/**
 * SQLite's PRAGMAs are judged by their name as SQLite reads it — schema-qualified, quoted four
 * ways, with comments between — from allow-lists: a clone source may set the clone's own settings
 * and read; a batch may only read.
 */
import { describe, expect, it } from 'vitest';
import { loadParser } from '../../src/sql/parser.ts';
import { checkBoundary } from '../../src/boundary/checkBoundary.ts';
import { parsePragma, pragmaInBatchRefusal, pragmaInSourceRefusal } from '../../src/boundary/sqlitePragma.ts';
import { checkCloneSource } from '../../src/source/cloneSource.ts';

const DIRECTORY = 'names a directory outside the clone';

/** Spellings of one pragma SQLite reads alike: each must be judged as the plain one is. */
const SPELLINGS = [
  "PRAGMA temp_store_directory = '/tmp/x'",
  "pragma TEMP_STORE_DIRECTORY='/tmp/x'",
  "PRAGMA main.temp_store_directory = '/tmp/x'",
  'PRAGMA "temp_store_directory" = \'/tmp/x\'',
  "PRAGMA [temp_store_directory] = '/tmp/x'",
  "PRAGMA `temp_store_directory` = '/tmp/x'",
  "PRAGMA 'temp_store_directory' = '/tmp/x'",
  'PRAGMA "main"."temp_store_directory"(\'/tmp/x\')',
  "PRAGMA /* a comment */ main /* another */ . -- and a line\n temp_store_directory = '/tmp/x'",
  "  -- first a comment\nPRAGMA temp.temp_store_directory = '/tmp/x'",
];

describe('a PRAGMA, as SQLite reads it', () => {
  it.each(SPELLINGS)('%s names temp_store_directory', (sql) => {
    expect(parsePragma(sql)).toMatchObject({ name: 'temp_store_directory' });
  });

  it('reads the schema, the name, an assignment or an argument', () => {
    expect(parsePragma('PRAGMA table_info(t)')).toEqual({ schema: null, name: 'table_info', assigns: false, argument: true });
    expect(parsePragma('PRAGMA Main.User_Version = 3')).toEqual({ schema: 'main', name: 'user_version', assigns: true, argument: false });
    expect(parsePragma('PRAGMA "a""b"')).toEqual({ schema: null, name: 'a"b', assigns: false, argument: false });
    expect(parsePragma('SELECT 1')).toBeNull();
    expect(parsePragma('"PRAGMA" x')).toBeNull();
    expect(parsePragma('PRAGMA')).toBeNull();
  });

  it.each([
    ...SPELLINGS.map((sql) => [sql, DIRECTORY] as const),
    ["PRAGMA data_store_directory = '/tmp/y'", DIRECTORY],
    ['PRAGMA writable_schema = ON', 'lets SQL write the schema table itself'],
    ['PRAGMA trusted_schema = ON', "changes which functions the schema's own SQL may call"],
    ['PRAGMA schema_version = 99', 'sets the counter SQLite checks its schema against'],
    ['PRAGMA soft_heap_limit = 1', "changes the whole process's memory limit"],
    ['PRAGMA other.user_version = 1', "acts on schema other, which is not the clone's"],
    ['PRAGMA no_such_pragma', 'is not on the allow-list of PRAGMAs a clone source may run (docs/boundary.md)'],
    ['PRAGMA foreign_keys = ON', null],
    ['PRAGMA main.user_version = 7', null],
    ['PRAGMA journal_mode = WAL', null],
    ['PRAGMA table_info("My Table")', null],
    ['PRAGMA schema_version', null],
  ] as const)('in a clone source: %s', (sql, refusal) => {
    expect(pragmaInSourceRefusal(parsePragma(sql)!)).toBe(refusal);
  });

  it.each([
    ['PRAGMA table_info(t)', null],
    ['PRAGMA main.index_list("t")', null],
    ['PRAGMA integrity_check', null],
    ['PRAGMA foreign_keys', null],
    ['PRAGMA user_version', null],
    ['PRAGMA foreign_keys = OFF', 'changes a setting (a batch may only read one)'],
    ['PRAGMA foreign_keys(0)', 'changes a setting (a batch may only read one)'],
    ['PRAGMA "user_version" = 5', 'changes a setting (a batch may only read one)'],
    ["PRAGMA main.temp_store_directory = '/tmp/x'", DIRECTORY],
    ['PRAGMA no_such_pragma', 'is not on the allow-list of PRAGMAs a batch may read'],
  ] as const)('in a batch: %s', (sql, refusal) => {
    expect(pragmaInBatchRefusal(parsePragma(sql)!)).toBe(refusal);
  });
});

describe('the checks that use it', () => {
  it('refuses each spelling in a clone source, naming the line', () => {
    for (const sql of SPELLINGS) {
      // The line of the keyword: a comment before it is no part of the statement.
      const line = 2 + (sql.slice(0, sql.search(/pragma/i)).match(/\n/g)?.length ?? 0);
      expect(() => checkCloneSource(`CREATE TABLE t (a);\n${sql};\n`, 'src.sql', 'sqlite', [])).toThrow(
        new RegExp(`^src\\.sql:${line}: PRAGMA temp_store_directory ${DIRECTORY}$`),
      );
    }
    const ok = checkCloneSource('PRAGMA foreign_keys = ON;\nPRAGMA "user_version" = 4;\nCREATE TABLE t (a);\n', 'ok.sql', 'sqlite', []);
    expect([...ok.entries()].map((e) => e.verdict)).toEqual([
      { action: 'run', kind: 'PRAGMA foreign_keys' },
      { action: 'run', kind: 'PRAGMA user_version' },
      { action: 'run', kind: 'CREATE' },
    ]);
  });

  it('a batch may read with a PRAGMA, never set one', async () => {
    await loadParser();
    const result = await checkBoundary(
      'PRAGMA table_info(t);\nPRAGMA main.foreign_keys = OFF;\nPRAGMA "temp_store_directory" = \'/tmp/x\';\n',
      'sqlite',
      { allow: ['INSERT'], justified: [] },
    );
    expect(result.statements.map((s) => s.class.kind)).toEqual(['READ', 'PRAGMA foreign_keys', 'PRAGMA temp_store_directory']);
    expect(result.violations.map((v) => [v.statement, v.reason])).toEqual([
      [2, 'a PRAGMA that changes a setting (a batch may only read one)'],
      [3, `a PRAGMA that ${DIRECTORY}`],
    ]);
  });

  it('a batch may not run PRAGMA optimize, as a statement or as a table (an attacker’s review: it ran ANALYZE, READY); a clone source may', async () => {
    await loadParser();
    const OPTIMIZE =
      "runs ANALYZE, which writes SQLite's statistics tables (sqlite_stat1, sqlite_stat4): no capture reads them, and no rollback of production's undoes them";
    const result = await checkBoundary(
      'PRAGMA optimize;\nPRAGMA main.optimize(65538);\nSELECT * FROM pragma_optimize WHERE arg = 65538;\nSELECT * FROM main."PRAGMA_OPTIMIZE";\nSELECT name FROM pragma_table_list;\nSELECT * FROM pragma_journal_mode;\n',
      'sqlite',
      { allow: ['INSERT'], justified: [] },
    );
    expect(result.violations.map((v) => [v.statement, v.reason])).toEqual([
      [1, `a PRAGMA that ${OPTIMIZE}`],
      [2, `a PRAGMA that ${OPTIMIZE}`],
      [3, `it reads pragma_optimize, PRAGMA optimize as a table, which ${OPTIMIZE}`],
      [4, `it reads pragma_optimize, PRAGMA optimize as a table, which ${OPTIMIZE}`],
    ]);
    expect(pragmaInSourceRefusal(parsePragma('PRAGMA optimize')!)).toBeNull();
  });
});
