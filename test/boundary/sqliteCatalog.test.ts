/** The SQLite boundary's catalog: the connection's function list is read again whenever it is not the last one read. */
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { readSqliteCatalog } from '../../src/boundary/sqliteCatalog.ts';
import { SqliteSession, SqliteTarget } from '../../src/targets/sqlite.ts';
import type { Session } from '../../src/session/session.ts';

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

it("reads the function list once for the connections that refuse a program's functions, and the same list as a plain one", async () => {
  const target = new SqliteTarget('m', ':memory:');
  const clones = [await target.createClone(), await target.createClone()];
  const reads: string[] = [];
  const counted = (session: Session): Session => ({
    ...session,
    builtinFunctionsOnly: session.builtinFunctionsOnly,
    query: (sql, params) => {
      reads.push(sql);
      return session.query(sql, params);
    },
  });
  const first = await readSqliteCatalog(counted(clones[0]!.session));
  const readFirst = reads.length;
  const second = await readSqliteCatalog(counted(clones[1]!.session));
  const plain = await readSqliteCatalog(new SqliteSession(new Database(':memory:')));
  for (const name of ['abs', 'geopoly_bbox', 'json_extract', 'random', 'rehearse_own'])
    expect([first.functions({ schema: null, name }), second.functions({ schema: null, name })]).toEqual([
      plain.functions({ schema: null, name }),
      plain.functions({ schema: null, name }),
    ]);
  // The second clone's catalog read its tables and no function list (the first's may have, or an earlier clone of this process).
  expect(reads.slice(readFirst).length).toBeGreaterThan(0);
  expect(reads.slice(readFirst).filter((sql) => sql.includes('pragma_function_list'))).toEqual([]);
  for (const clone of clones) await clone.dispose();
});
