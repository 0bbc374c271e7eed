/** The kept-clone slot of clone reuse, over sessions the test controls (no database). */
import { expect, it } from 'vitest';
import { ReusableClone, type FreshRecord } from '../../src/targets/reuse.ts';
import type { Session } from '../../src/session/session.ts';

const COUNT_SQL = 'count the catalogs';
const fresh: FreshRecord = {
  horizon: '100',
  rows: new Map([
    ['pg_class', 400],
    ['pg_prepared_xacts', 0],
  ]),
  countSql: COUNT_SQL,
};

interface Fake {
  readonly name: string;
  counts: { catalog: string; n: string; newer: string }[];
  failReset: boolean;
  resetDelayMs: number;
  readonly statements: string[];
}
const fake = (name: string, change: Partial<Fake> = {}): Fake => ({
  name,
  counts: [
    { catalog: 'pg_class', n: '400', newer: '0' },
    { catalog: 'pg_prepared_xacts', n: '0', newer: '0' },
  ],
  failReset: false,
  resetDelayMs: 0,
  statements: [],
  ...change,
});
const sessionOf = (f: Fake): Session => ({
  // The count runs prepared (session/preparedStatements.ts): the check finds nothing prepared, the PREPARE is an exec.
  query: async <T>(sql: string) => (sql.startsWith('EXECUTE rehearse_catalog_') ? f.counts : []) as T[],
  exec: async (sql: string) => {
    f.statements.push(sql);
    if (sql.startsWith('DO $reset$')) {
      await new Promise((r) => setTimeout(r, f.resetDelayMs));
      if (f.failReset) throw new Error('reset failed');
    }
  },
  inTransaction: () => false,
  runStatement: async (sql: string) => void f.statements.push(sql),
});

function slot() {
  const destroyed: string[] = [];
  const reuse = new ReusableClone<Fake>({
    sessionOf,
    destroy: async (f) => {
      destroyed.push(f.name);
    },
    instanceWide: true,
  });
  return { reuse, destroyed };
}

it('keeps a reset clone and hands it out while its catalogs are as when fresh', async () => {
  const { reuse, destroyed } = slot();
  const a = fake('a');
  await reuse.keep(a, fresh);
  expect(a.statements.some((s) => s.startsWith('DO $reset$'))).toBe(true);
  expect((await reuse.take())?.resource).toBe(a);
  expect(await reuse.take()).toBeNull(); // handed out once
  expect(destroyed).toEqual([]);
});

it('destroys a kept clone whose catalogs changed (a row written since, or a count changed) instead of handing it out', async () => {
  for (const counts of [
    [
      { catalog: 'pg_class', n: '400', newer: '1' },
      { catalog: 'pg_prepared_xacts', n: '0', newer: '0' },
    ],
    [
      { catalog: 'pg_class', n: '399', newer: '0' },
      { catalog: 'pg_prepared_xacts', n: '0', newer: '0' },
    ],
    [
      { catalog: 'pg_class', n: '400', newer: '0' },
      { catalog: 'pg_prepared_xacts', n: '0', newer: '1' },
    ],
    [{ catalog: 'pg_class', n: '400', newer: '0' }],
  ]) {
    const { reuse, destroyed } = slot();
    const a = fake('a');
    await reuse.keep(a, fresh);
    a.counts = counts;
    expect(await reuse.take()).toBeNull();
    expect(destroyed).toEqual(['a']);
  }
});

it('destroys a clone whose reset fails, and one disposed while the slot is taken', async () => {
  const { reuse, destroyed } = slot();
  await reuse.keep(fake('broken', { failReset: true }), fresh);
  expect(destroyed).toEqual(['broken']);
  const [slow, quick] = [fake('slow', { resetDelayMs: 30 }), fake('quick')];
  await Promise.all([reuse.keep(slow, fresh), reuse.keep(quick, fresh)]);
  expect(destroyed).toEqual(['broken', 'quick']);
  expect((await reuse.take())?.resource).toBe(slow);
});

it('close waits for a reset under way and destroys what it kept', async () => {
  const { reuse, destroyed } = slot();
  const keeping = reuse.keep(fake('slow', { resetDelayMs: 30 }), fresh);
  await reuse.close();
  await keeping;
  expect(destroyed).toEqual(['slow']);
  expect(await reuse.take()).toBeNull();
});

it('keeps nothing after close: a clone disposed late is destroyed', async () => {
  const { reuse, destroyed } = slot();
  await reuse.close();
  await reuse.keep(fake('late'), fresh);
  expect(destroyed).toEqual(['late']);
  expect(await reuse.take()).toBeNull();
});

it('keepLater returns at once; the next take waits for the reset, and close for every keep begun so', async () => {
  const { reuse, destroyed } = slot();
  const slow = fake('slow', { resetDelayMs: 40 });
  reuse.keepLater(slow, fresh);
  // Nothing is reset yet when keepLater returns; take waits for it.
  expect(slow.statements.filter((s) => s.startsWith('DO $reset$'))).toEqual([]);
  expect((await reuse.take())?.resource).toBe(slow);
  expect(slow.statements.some((s) => s.startsWith('DO $reset$'))).toBe(true);
  // A second keep while one is under way is a destroy; close waits for both.
  reuse.keepLater(fake('first', { resetDelayMs: 40 }), fresh);
  reuse.keepLater(fake('second', { resetDelayMs: 40, failReset: true }), fresh);
  await reuse.close();
  expect(destroyed.sort()).toEqual(['first', 'second']);
});
