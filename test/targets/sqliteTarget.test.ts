import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteTarget } from '../../src/targets/sqlite.ts';
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

  it('makes each clone a fresh file in a new directory of its own, removed on dispose (twice is harmless)', async () => {
    const target = new SqliteTarget('sqlite:dir', work);
    const clone = await target.createClone();
    expect(clone.isolation).toEqual({
      kind: 'clone',
      is_production: false,
      created_by_engine: true,
      method: 'fresh SQLite file in a new temporary directory',
      location: clone.isolation.location,
    });
    expect(dirname(dirname(clone.isolation.location))).toBe(work);
    expect(clone.isolation.location.endsWith('/clone.sqlite')).toBe(true);
    expect(await clone.session.query('PRAGMA synchronous')).toEqual([{ synchronous: 0 }]);
    await clone.dispose();
    await clone.dispose();
    expect(readdirSync(work).filter((n) => n.startsWith('rehearse-'))).toEqual([]);
    expect(clone.targetId).toBe('sqlite:dir');
    expect(clone.kind).toBe('sqlite');
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
  ])('%s: queries, statements, snapshots, restores, leftovers and sequence resets', async (_name, make) => {
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
    expect(await clone.session.query('PRAGMA synchronous')).toEqual([{ synchronous: 0 }]);
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
});
