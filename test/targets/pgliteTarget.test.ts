/**
 * The PGlite target's clone operations, each with its exact outcome: refusals, the isolation
 * record, sessions and leftovers, sequence resets, snapshots and restores (the clone and its
 * snapshots take turns on one instance), extensions, and reuse.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { PgliteTarget } from '../../src/targets/pglite.ts';
import { pgliteLacks } from '../../src/targets/pgliteExtensions.ts';
import { TargetError } from '../../src/targets/target.ts';

const targets = (process.env.REHEARSE_TARGETS ?? '').split(',').filter(Boolean);
const wanted = targets.length === 0 || targets.includes('pglite');

describe('PGlite extensions', () => {
  it('knows which it has modules for', () => {
    expect(pgliteLacks(['plpgsql', 'pgcrypto', 'uuid-ossp', 'vector', 'postgis', 'hstore', 'timescaledb'])).toEqual([
      'postgis',
      'timescaledb',
    ]);
    expect(pgliteLacks([])).toEqual([]);
  });
});

describe.runIf(wanted)('the PGlite target', () => {
  const target = new PgliteTarget('pglite:');
  afterAll(() => target.close());

  it('keeps little WAL: a snapshot after writing some 60 MB of it leaves at most three segments of it, in the instance and in its image', async () => {
    const clone = await target.createClone();
    try {
      await clone.session.exec(
        "CREATE TABLE filled (id int PRIMARY KEY, filler char(84)); INSERT INTO filled SELECT i, '' FROM generate_series(1, 300000) AS g(i)",
      );
      const wal = async () => (await clone.session.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_catalog.pg_ls_waldir()'))[0]!.n;
      const written = await wal();
      expect(written).toBeGreaterThanOrEqual(4);
      const snapshot = await clone.snapshot();
      // At the default settings every segment stays (PGlite runs no checkpointer; a checkpoint recycles up to max_wal_size, 1 GB).
      expect(await wal()).toBeLessThanOrEqual(3);
      // The clone started again from the image holds the same rows, and as little WAL.
      await clone.session.exec('DELETE FROM filled');
      await clone.restore(snapshot);
      expect(await clone.session.query('SELECT count(*)::int AS n FROM filled')).toEqual([{ n: 300000 }]);
      expect(await wal()).toBeLessThanOrEqual(3);
      await clone.releaseSnapshot(snapshot);
    } finally {
      await clone.dispose();
    }
  });

  it('refuses what it cannot clone from, in one line', async () => {
    await expect(target.createClone({ templateDatabase: 'x' })).rejects.toThrow(
      new TargetError('target pglite:: a clone source of this kind needs a postgres:// target'),
    );
    await expect(target.createClone({ sqliteFile: '/x.sqlite' })).rejects.toThrow(
      new TargetError('target pglite:: a clone source of this kind needs a sqlite: target'),
    );
    await expect(target.createClone({ extensions: ['postgis', 'hstore', 'timescaledb'] })).rejects.toThrow(
      new TargetError('target pglite:: PGlite has no extension postgis, timescaledb'),
    );
    expect(await target.missingExtensions(['citext', 'postgis'])).toEqual(['postgis']);
  });

  it('makes a fresh instance per clone; sessions, leftovers, sequence resets, snapshots and restores', async () => {
    const clone = await target.createClone({ extensions: ['citext'] });
    expect(clone.isolation).toEqual({
      kind: 'clone',
      is_production: false,
      created_by_engine: true,
      method: 'fresh in-memory PGlite instance',
      location: expect.stringMatching(/^pglite-memory-[0-9a-f]{8}$/),
    });
    expect(clone.roles?.apply.name).toBe('rehearse_apply');
    expect(clone.roles?.owner.name).toBe('rehearse_owner');
    const s = clone.session;
    await s.exec('CREATE EXTENSION citext; CREATE TABLE t (id serial PRIMARY KEY, v citext)');
    expect(await s.query("INSERT INTO t (v) VALUES ($1) RETURNING id, v = 'ABC' AS same", ['abc'])).toEqual([{ id: 1, same: true }]);
    await s.runStatement("INSERT INTO t (v) VALUES ('x')");
    await expect(s.runStatement('SELECT 1; SELECT 2')).rejects.toThrow();
    expect(await clone.leftovers()).toEqual({ openTransaction: false, preparedTransactions: 0, advisoryLocks: 0 });
    await s.exec('BEGIN');
    await s.exec('SELECT pg_advisory_xact_lock(3)');
    expect(await clone.leftovers()).toEqual({ openTransaction: true, preparedTransactions: 0, advisoryLocks: 1 });
    await s.exec('ROLLBACK');

    await clone.resetSequence('public.t_id_seq', { last_value: '41', is_called: true });
    expect(await s.query("SELECT nextval('t_id_seq')::int AS n")).toEqual([{ n: 42 }]);

    const snapshot = await clone.snapshot();
    const tablesIn = async (state: typeof clone.state) =>
      state.readOnly(async () => (await state.listTables({ schemas: null })).map((t) => t.id));
    expect(await tablesIn(snapshot.state)).toEqual(['public.t']);
    await s.exec('DROP TABLE t; CREATE TABLE junk (x int)');
    expect(await tablesIn(clone.state)).toEqual(['public.junk']);
    await clone.restore(snapshot);
    expect(await tablesIn(clone.state)).toEqual(['public.t']);
    expect(await clone.session.query('SELECT count(*)::int AS n FROM t')).toEqual([{ n: 2 }]);
    const other = await target.createClone();
    await expect(clone.restore(await other.snapshot())).rejects.toThrow('not a snapshot of this PGlite clone');
    await other.dispose();
    await clone.dispose();
    await clone.dispose();
    // Disposed is disposed: a restored clone's session does not start its instance again.
    await expect(clone.session.query('SELECT 1')).rejects.toThrow('this PGlite clone has been disposed');
    await expect(snapshot.state.readOnly(async () => 1)).rejects.toThrow('this PGlite clone has been disposed');
  });

  it('drops an instance that stops answering (a switch back to its superuser and COPY … TO PROGRAM), never hanging on it or keeping it', async () => {
    const reusing = new PgliteTarget('pglite:', { reuseClones: true });
    try {
      const clone = await reusing.createClone();
      await clone.session.exec(`CREATE FUNCTION escape() RETURNS int LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_catalog.set_config('role', 'postgres', true); COPY (SELECT 1) TO PROGRAM 'true'; RETURN 1; END $$`);
      const broken = /^the PGlite instance stopped answering after this statement/;
      await expect(clone.session.runStatement('SELECT escape()')).rejects.toThrow(broken);
      // Nothing is sent to it again: the next read fails at once instead of holding the process.
      await expect(clone.session.query('SELECT 1')).rejects.toThrow(broken);
      await clone.dispose();
      const next = await reusing.createClone();
      expect(next.isolation.method).toBe('fresh in-memory PGlite instance');
      await next.dispose();
    } finally {
      await reusing.close();
    }
  });

  it('reuses a disposed clone when asked, saying so, once it is checked as good as fresh', async () => {
    const reusing = new PgliteTarget('pglite:', { reuseClones: true });
    try {
      const first = await reusing.createClone();
      await first.session.exec('CREATE TABLE left_over (id int)');
      await first.dispose();
      const second = await reusing.createClone();
      expect(second.isolation.method).toMatch(/^in-memory PGlite instance reused: reset after its last use and checked as good as fresh/);
      expect(await second.state.readOnly(() => second.state.listTables({ schemas: null }))).toEqual([]);
      await second.dispose();
    } finally {
      await reusing.close();
    }
  });
});
