import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteSession, SqliteTarget } from '../../src/targets/sqlite.ts';
import { TargetError } from '../../src/targets/target.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-sqlite-target-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the SQLite target', () => {
  it('takes a directory for its scratch files, and refuses anything else, naming it', () => {
    const file = join(work, 'a-file');
    writeFileSync(file, '');
    expect(() => new SqliteTarget('sqlite:/nope', join(work, 'nope'))).toThrow(
      new TargetError(`target sqlite:/nope: ${join(work, 'nope')} does not exist (sqlite:PATH names a directory for scratch files)`),
    );
    expect(() => new SqliteTarget('sqlite:f', file)).toThrow(
      new TargetError(`target sqlite:f: ${file} is not a directory (sqlite:PATH names a directory for scratch files)`),
    );
    expect(() => new SqliteTarget('sqlite:f', file)).toThrow(TargetError);
  });

  it('makes each clone a fresh file in a directory the target made, removed on dispose (twice is harmless), the directory on close', async () => {
    const target = new SqliteTarget('sqlite:dir', work);
    const clone = await target.createClone();
    const other = await target.createClone();
    expect(clone.isolation).toEqual({
      kind: 'clone',
      is_production: false,
      created_by_engine: true,
      method: 'fresh SQLite file in a new temporary directory',
      location: clone.isolation.location,
    });
    const dir = dirname(clone.isolation.location);
    expect(dirname(dir)).toBe(work);
    expect(dir.startsWith(join(work, 'rehearse-'))).toBe(true);
    // Two clones at once: two files in the one directory.
    expect(dirname(other.isolation.location)).toBe(dir);
    expect(other.isolation.location).not.toBe(clone.isolation.location);
    expect(await clone.session.query('PRAGMA synchronous')).toEqual([{ synchronous: 0 }]);
    await clone.dispose();
    await clone.dispose();
    expect(readdirSync(dir)).toEqual([basename(other.isolation.location)]);
    await other.dispose();
    expect(readdirSync(dir)).toEqual([]);
    await target.close();
    expect(readdirSync(work).filter((n) => n.startsWith('rehearse-'))).toEqual([]);
    await target.close();
    expect(clone.targetId).toBe('sqlite:dir');
    expect(clone.kind).toBe('sqlite');
  });

  it('leaves nothing behind when the process exits with its target never closed', () => {
    const parent = mkdtempSync(join(work, 'exit-'));
    const script = join(parent, 'leave.mts');
    writeFileSync(
      script,
      `import { SqliteTarget } from ${JSON.stringify(join(import.meta.dirname, '../../src/targets/sqlite.ts'))};
const clone = await new SqliteTarget('sqlite:dir', ${JSON.stringify(parent)}).createClone();
await clone.session.exec('CREATE TABLE t (id INTEGER PRIMARY KEY)');
console.log(clone.isolation.location);`,
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().startsWith(join(parent, 'rehearse-'))).toBe(true);
    expect(readdirSync(parent)).toEqual(['leave.mts']);
  });

  it('holds its file alone, its journal in memory: no other connection reads it, no file beside it, a ROLLBACK undoes as ever', async () => {
    const target = new SqliteTarget('sqlite:dir', work);
    const clone = await target.createClone();
    const dir = dirname(clone.isolation.location);
    expect(await clone.session.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'memory' }]);
    expect(await clone.session.query('PRAGMA locking_mode')).toEqual([{ locking_mode: 'exclusive' }]);
    await clone.session.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, 2)');
    await clone.session.exec("BEGIN; UPDATE t SET v = 'x'; INSERT INTO t VALUES (2, 3)");
    expect(readdirSync(dir)).toEqual([basename(clone.isolation.location)]);
    await clone.session.exec('ROLLBACK');
    expect(await clone.session.query('SELECT id, v FROM t')).toEqual([{ id: 1, v: '2' }]);
    const outsider = new Database(clone.isolation.location, { timeout: 0 });
    expect(() => outsider.prepare('SELECT count(*) FROM t').get()).toThrow(/locked/);
    outsider.close();
    // A clone source that switches the journal to a file of its own: what it left beside the clone goes with it.
    await clone.session.exec('PRAGMA journal_mode = WAL; INSERT INTO t VALUES (3, 4)');
    expect(readdirSync(dir).length).toBeGreaterThan(1);
    await clone.dispose();
    expect(readdirSync(dir)).toEqual([]);
    await target.close();
  });

  it("refuses a program's functions on a clone's connection, restored or not: its functions are SQLite's own", async () => {
    for (const target of [new SqliteTarget('sqlite:dir', work), new SqliteTarget('m', ':memory:')]) {
      const clone = await target.createClone();
      const session = clone.session as SqliteSession;
      expect(session.builtinFunctionsOnly).toBe(true);
      expect(() => session.db.function('own', () => 1)).toThrow("a clone's SQLite connection defines no function");
      expect(() => session.db.aggregate('own', { step: () => 1 })).toThrow('defines no aggregate');
      expect(() => session.db.loadExtension('/nowhere')).toThrow('defines no extension');
      await clone.restore(await clone.snapshot());
      expect(session.builtinFunctionsOnly).toBe(true);
      expect(() => session.db.function('own', () => 1)).toThrow('defines no function');
      // A connection of anyone else's is not one.
      const own = session.db;
      session.db = new Database(':memory:');
      expect(session.builtinFunctionsOnly).toBe(false);
      session.db.close();
      session.db = own;
      await clone.dispose();
      await target.close();
    }
  });

  it('copies a source file, never opening it in place, on disk and in memory', async () => {
    const source = join(work, 'source.sqlite');
    const db = new Database(source);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1)');
    db.close();
    const before = readFileSync(source);
    for (const [target, method] of [
      [new SqliteTarget('sqlite:', work), 'fresh SQLite file in a new temporary directory, copied from the source file'],
      [new SqliteTarget('sqlite::memory:', ':memory:'), 'fresh in-memory SQLite database, copied from the source file'],
    ] as const) {
      const clone = await target.createClone({ sqliteFile: source });
      expect(clone.isolation.method).toBe(method);
      await clone.session.exec('INSERT INTO t VALUES (2)');
      expect(await clone.session.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 2 }]);
      await clone.dispose();
    }
    expect(readFileSync(source).equals(before)).toBe(true);
  });

  it('copies a source in WAL mode with its log: the transactions not yet in the file are in the clone, the source untouched', async () => {
    const source = join(work, 'live.sqlite');
    const writer = new Database(source);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, 'a')");
    writer.exec("INSERT INTO t VALUES (2, 'b')");
    const before = [readFileSync(source), readFileSync(`${source}-wal`)];
    for (const target of [new SqliteTarget('sqlite:', work), new SqliteTarget('sqlite::memory:', ':memory:')]) {
      const clone = await target.createClone({ sqliteFile: source });
      expect(await clone.session.query('SELECT id, v FROM t ORDER BY id')).toEqual([
        { id: 1, v: 'a' },
        { id: 2, v: 'b' },
      ]);
      await clone.dispose();
      await target.close();
    }
    expect([readFileSync(source), readFileSync(`${source}-wal`)]).toEqual(before);
    writer.close();
    // Closed, its log moved into the file: a file still in WAL mode, which an in-memory clone opens too.
    expect(readFileSync(source)[18]).toBe(2);
    const memory = await new SqliteTarget('sqlite::memory:', ':memory:').createClone({ sqliteFile: source });
    expect(await memory.session.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 2 }]);
    await memory.dispose();
  });

  it('refuses a template database, and has no extensions', async () => {
    const target = new SqliteTarget('sqlite::memory:', ':memory:');
    await expect(target.createClone({ templateDatabase: 'x' })).rejects.toThrow(
      new TargetError('target sqlite::memory:: a template database needs a Postgres target'),
    );
    expect(await target.missingExtensions(['pgcrypto', 'citext'])).toEqual(['pgcrypto', 'citext']);
    const clone = await target.createClone();
    expect(clone.isolation).toMatchObject({ method: 'fresh in-memory SQLite database', location: ':memory:' });
    await clone.dispose();
    await target.close();
  });

  it.each([
    ['in memory', () => new SqliteTarget('m', ':memory:')],
    ['on disk', () => new SqliteTarget('d', work)],
  ])('%s: queries, statements, snapshots, restores, leftovers and sequence resets', async (name, make) => {
    const clone = await make().createClone();
    const s = clone.session;
    await s.exec(
      'CREATE TABLE "My T" (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT); CREATE TABLE "a""b" (id INTEGER PRIMARY KEY AUTOINCREMENT)',
    );
    expect(await s.query('INSERT INTO "My T" (v) VALUES (?)', ['x'])).toEqual([]);
    expect(await s.query('SELECT v FROM "My T" WHERE id = ?', [1])).toEqual([{ v: 'x' }]);
    await s.runStatement('INSERT INTO "My T" (v) VALUES (\'y\')');
    await s.runStatement('SELECT 1');
    await expect(s.runStatement('SELECT 1; SELECT 2')).rejects.toThrow();
    expect(clone.isReadOnlyStatement!('SELECT 1')).toBe(true);
    expect(clone.isReadOnlyStatement!('DELETE FROM "My T"')).toBe(false);

    const snapshot = await clone.snapshot();
    expect(await snapshot.state.readOnly(async () => (await snapshot.state.listTables({ schemas: null })).map((t) => t.id))).toEqual([
      '"My T"',
      '"a""b"',
    ]);
    await s.exec('DELETE FROM "My T"');
    await clone.restore(snapshot);
    expect(await clone.session.query('SELECT count(*) AS n FROM "My T"')).toEqual([{ n: 2 }]);
    // Reopened as a clone: a file without durability it does not need (a database in memory writes no file).
    expect(await clone.session.query('PRAGMA synchronous')).toEqual([{ synchronous: name === 'on disk' ? 0 : 2 }]);
    expect(await clone.session.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'memory' }]);
    await expect(clone.restore({ state: snapshot.state } as never)).rejects.toThrow('not a snapshot of this SQLite clone');

    expect(await clone.leftovers()).toEqual({ openTransaction: false, preparedTransactions: 0, advisoryLocks: 0 });
    await clone.session.exec('BEGIN');
    expect(s.inTransaction()).toBe(clone.session.inTransaction());
    expect(await clone.leftovers()).toMatchObject({ openTransaction: true });
    await clone.session.exec('ROLLBACK');

    await clone.session.exec('INSERT INTO "a""b" DEFAULT VALUES');
    await clone.resetSequence('"My T"', { last_value: '7', is_called: true });
    await clone.resetSequence('"a""b"', { last_value: '9007199254740993', is_called: true });
    expect(await clone.session.query('SELECT name, CAST(seq AS TEXT) AS seq FROM sqlite_sequence ORDER BY name')).toEqual([
      { name: 'My T', seq: '7' },
      { name: 'a"b', seq: '9007199254740993' },
    ]);
    await clone.dispose();
  });

  it('runs a statement the boundary judged as judged, on the connection it judged it on, and a restored one anew', async () => {
    const target = new SqliteTarget('m', ':memory:');
    const clone = await target.createClone();
    await clone.session.exec('CREATE TABLE t (v INTEGER)');
    const insert = 'INSERT INTO t VALUES (1);';
    expect(clone.isReadOnlyStatement!(insert)).toBe(false);
    expect(clone.isReadOnlyStatement!('SELECT count(*) FROM t;')).toBe(true);
    const before = await clone.snapshot();
    await clone.session.runStatement(insert);
    await clone.session.runStatement(insert);
    expect(await clone.session.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 2 }]);
    // A statement judged on the connection a snapshot replaced is prepared again on the new one.
    await clone.restore(before);
    await clone.session.runStatement(insert);
    expect(await clone.session.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 1 }]);
    // Judged far past what is kept prepared, every statement still runs (prepared then).
    for (let i = 0; i < 300; i++) expect(clone.isReadOnlyStatement!(`INSERT INTO t VALUES (${i});`)).toBe(false);
    await clone.session.runStatement('INSERT INTO t VALUES (299);');
    expect(await clone.session.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 2 }]);
    await clone.dispose();
    await target.close();
  });
});
