/** The SQLite boundary's catalog: the connection's function list is read again whenever it is not the last one read. */
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { readSqliteCatalog } from '../../src/boundary/sqliteCatalog.ts';
import { SqliteSession } from '../../src/targets/sqlite.ts';

it('reads the functions of each connection: a program-defined one is seen, and not on the next plain connection', async () => {
  const plain = () => new SqliteSession(new Database(':memory:'));
  const abs = (await readSqliteCatalog(plain())).functions({ schema: null, name: 'abs' });
  expect(abs.length).toBeGreaterThan(0);
  expect(abs.every((f) => f.origin.kind === 'builtin')).toBe(true);
  expect((await readSqliteCatalog(plain())).functions({ schema: null, name: 'rehearse_own' })).toEqual([]);
  const own = new Database(':memory:');
  own.function('rehearse_own', () => 1);
  expect((await readSqliteCatalog(new SqliteSession(own))).functions({ schema: null, name: 'rehearse_own' })).toEqual([
    expect.objectContaining({ name: 'rehearse_own', origin: { kind: 'user' }, volatility: 'v' }),
  ]);
  expect((await readSqliteCatalog(plain())).functions({ schema: null, name: 'rehearse_own' })).toEqual([]);
  // What one read holds is shared: nothing may change it.
  expect(Object.isFrozen(abs)).toBe(true);
});
