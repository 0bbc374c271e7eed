/**
 * Loading a SQLite clone source, each outcome exact: the report (statements run, what was
 * skipped), a trigger body joined across pieces, a statement SQLite cannot prepare (and the hint
 * when it is a Postgres script), one that fails as it runs, one that never ends — and after any
 * refusal, nothing of the load is left in the database.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadModule } from 'libpg-query';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { checkCloneSource } from '../../src/source/cloneSource.ts';
import { loadSqliteSource } from '../../src/source/loadSqliteSource.ts';
import { refuseAttachedDatabases } from '../../src/source/sqliteTemporary.ts';

beforeAll(() => loadModule());

let db: Database.Database;
afterEach(() => db?.close());

function load(text: string) {
  db = new Database(':memory:');
  return loadSqliteSource(db, checkCloneSource(text, 's.sql', 'sqlite', []));
}
const tables = () => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
const failure = (text: string) => {
  try {
    load(text);
  } catch (error) {
    return (error as Error).message;
  }
  return 'loaded';
};

it('runs every piece in one transaction, joins a trigger body SQLite calls incomplete, reports what it skipped', () => {
  const report = load(`BEGIN TRANSACTION;
CREATE TABLE t (a INTEGER);
CREATE TABLE log (a INTEGER);
CREATE TRIGGER tr AFTER INSERT ON t BEGIN
  INSERT INTO log SELECT CASE WHEN NEW.a > 1 THEN NEW.a END;
END;
INSERT INTO t VALUES (1), (2);
SELECT count(*) FROM t;
COMMIT;
`);
  expect(report).toEqual({
    statements: 5,
    copies: 0,
    skipped: [
      { line: 1, kind: 'BEGIN', reason: 'the clone source is loaded in one transaction of its own' },
      { line: 9, kind: 'COMMIT', reason: 'the clone source is loaded in one transaction of its own' },
    ],
  });
  expect(db.prepare('SELECT a FROM log ORDER BY a').pluck().all()).toEqual([null, 2]);
  expect(db.inTransaction).toBe(false);
});

it('refuses what SQLite cannot prepare, hinting at a Postgres script where it looks like one, and leaves nothing', () => {
  expect(failure('CREATE TABLE t (a);\nCREATE TABLE t (b);\n')).toBe('s.sql:2: SQLite cannot run this statement: table t already exists');
  expect(tables()).toEqual([]);
  expect(failure('CREATE TABLE t (a);\nSELECT 1 1;\n')).toBe('s.sql:2: SQLite cannot run this statement: near "1": syntax error');
  expect(tables()).toEqual([]);
  // A piece that starts with no statement keyword is refused before anything runs (the classifier reads it as SQLite does).
  expect(failure('CREATE TABLE t (a);\nSELEC 1;\n')).toBe(
    's.sql:2: SELEC is not a keyword a SQLite statement starts with, as SQLite reads it',
  );
  expect(failure("CREATE TABLE t (a);\nSET search_path = '';\n")).toBe(
    's.sql:2: SET is not a keyword a SQLite statement starts with, as SQLite reads it (this looks like a Postgres script: it needs a pglite: or postgres:// target)',
  );
  expect(tables()).toEqual([]);
  expect(failure('CREATE TABLE t (a);\n-- a dump\nCREATE SEQUENCE s START 1;\n')).toBe(
    's.sql:3: SQLite cannot run this statement: near "SEQUENCE": syntax error (this looks like a Postgres script: it needs a pglite: or postgres:// target)',
  );
  expect(failure("SELECT pg_catalog.set_config('search_path', '', false);\n")).toMatch(/this looks like a Postgres script/);
  expect(failure('CREATE TABLE t (a CHECK (a > 0));\nINSERT INTO t VALUES (-1);\n')).toBe(
    's.sql:2: INSERT failed: CHECK constraint failed: a > 0',
  );
  expect(tables()).toEqual([]);
  expect(db.inTransaction).toBe(false);
  expect(failure('CREATE TABLE t (a);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  SELECT CASE WHEN 1 THEN 2 END;\n')).toBe(
    's.sql:2: the statement starting here never ends',
  );
  expect(tables()).toEqual([]);
});

it.each([
  [
    'a temporary trigger on a table of the database',
    'CREATE TABLE t (a INTEGER);\nCREATE TEMP TRIGGER tr AFTER INSERT ON main.t BEGIN DELETE FROM t; END;\n',
    'trigger tr',
  ],
  ['a temporary table that a name would reach first', 'CREATE TABLE t (a INTEGER);\nCREATE TEMPORARY TABLE t (a INTEGER);\n', 'table t'],
  ['a temporary view named through its schema', 'CREATE TABLE t (a INTEGER);\nCREATE VIEW temp.v AS SELECT a FROM t;\n', 'view v'],
])('refuses %s: it lives in this connection only (found by an attacker’s review), and leaves nothing', (_what, text, object) => {
  expect(failure(text)).toBe(
    `s.sql: made a temporary object (${object}): it lives in this connection only, no database holds it, and a name the batch writes could reach it (a temporary table ahead of the table, a temporary trigger run unseen)`,
  );
  expect(tables()).toEqual([]);
  expect(db.prepare('SELECT count(*) FROM sqlite_temp_schema').pluck().get()).toBe(0);
});

it('refuses ATTACH however it is written, before anything runs: no file is made outside the clone (an attacker’s review)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-attach-'));
  try {
    const outside = join(dir, 'outside.db');
    for (const attach of [`ATTACH+'${outside}' AS x`, `attach-'${outside}'||'' AS x`, `ATTACH/**/'${outside}' AS x`]) {
      expect(failure(`CREATE TABLE t (a);\n${attach};\nCREATE TABLE x.stolen (v);\n`)).toBe(
        's.sql:2: ATTACH opens another database file, outside the clone',
      );
      expect(existsSync(outside)).toBe(false);
      expect(db.prepare('SELECT count(*) FROM pragma_database_list').pluck().get()).toBe(1);
    }
    // And a database attached however the classifier was passed: the load refuses to end with it attached.
    db = new Database(':memory:');
    db.exec(`ATTACH '${outside}' AS x`);
    expect(() => refuseAttachedDatabases(db, 's.sql')).toThrow(
      's.sql: attached another database (x): its tables are outside the clone, no capture reads them, and a name the batch writes could reach them',
    );
    db.exec('DETACH x');
    expect(() => refuseAttachedDatabases(db, 's.sql')).not.toThrow();
    db.exec('CREATE TEMP TABLE scratch (a)');
    expect(() => refuseAttachedDatabases(db, 's.sql')).not.toThrow();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
