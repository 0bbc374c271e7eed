import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { captureFingerprint, compareFingerprints, type Clone } from '../../src/index.ts';
import { describeEachTarget } from '../support/targets.ts';

describeEachTarget('target conformance', (target, name) => {
  const clones: Clone[] = [];
  const fresh = async () => {
    const clone = await target().createClone();
    clones.push(clone);
    return clone;
  };
  afterAll(async () => {
    for (const c of clones) await c.dispose();
  });

  it('makes a clone that records it is disposable and engine-made', async () => {
    const clone = await fresh();
    expect(clone.isolation).toMatchObject({ kind: 'clone', is_production: false, created_by_engine: true });
    expect(clone.isolation.method.length).toBeGreaterThan(0);
    const empty = await captureFingerprint(clone.state);
    expect(Object.keys(empty.tables)).toEqual([]);
    expect(empty.top_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('dispose removes the clone and only the clone', async () => {
    const clone = await target().createClone();
    const where = clone.isolation.location;
    if (name === 'postgres') {
      const url = process.env.REHEARSE_PG_URL ?? '';
      const admin = new pg.Client(url);
      await admin.connect();
      const exists = async () => (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [where])).rowCount;
      expect(where).toMatch(/^rehearse_[0-9a-f]{16}$/);
      expect(await exists()).toBe(1);
      await clone.dispose();
      expect(await exists()).toBe(0);
      await admin.end();
    } else if (name === 'sqlite') {
      expect(existsSync(where)).toBe(true);
      await clone.dispose();
      expect(existsSync(dirname(where))).toBe(false);
    } else {
      await clone.dispose();
      await expect(clone.session.query('SELECT 1')).rejects.toThrow();
    }
    await clone.dispose(); // twice is harmless
  });

  it('captures read-only: a write inside the capture transaction is refused', async () => {
    const clone = await fresh();
    await clone.session.exec('CREATE TABLE w (id int PRIMARY KEY)');
    // Qualified: the capture transaction pins search_path to pg_catalog on Postgres.
    const qualified = name === 'sqlite' ? 'main.w' : 'public.w';
    await expect(clone.state.readOnly(() => clone.session.exec(`INSERT INTO ${qualified} VALUES (1)`)))
      .rejects.toThrow(/read.?only|readonly/i);
    expect(await clone.session.query('SELECT count(*) AS n FROM w')).toEqual([{ n: name === 'sqlite' ? 0 : expect.anything() }]);
    expect(clone.session.inTransaction()).toBe(false);
  });

  it('entry equals exit, and a capture inside an open transaction sees it and leaves it open', async () => {
    const clone = await fresh();
    await clone.session.exec("CREATE TABLE o (id int PRIMARY KEY, v text); INSERT INTO o VALUES (1, 'a')");
    const before = await captureFingerprint(clone.state);
    expect((await captureFingerprint(clone.state)).top_hash).toBe(before.top_hash);
    await clone.session.exec("BEGIN; INSERT INTO o VALUES (2, 'b')");
    const during = await captureFingerprint(clone.state);
    expect(clone.session.inTransaction()).toBe(true);
    expect(during.tables[during.backend === 'sqlite' ? 'o' : 'public.o']?.rows).toBe(2);
    // The transaction is still usable after the capture's savepoint.
    await clone.session.exec("INSERT INTO o VALUES (3, 'c'); ROLLBACK");
    expect((await captureFingerprint(clone.state)).top_hash).toBe(before.top_hash);
  });

  it('compare names the differing table, sequence and schema object', async () => {
    const clone = await fresh();
    const seq = clone.capabilities.standaloneSequences ? 'CREATE SEQUENCE s;' : '';
    await clone.session.exec(`CREATE TABLE c (id int PRIMARY KEY, v text); CREATE TABLE u (id int PRIMARY KEY); ${seq}
      INSERT INTO c VALUES (1, 'a'), (2, 'b')`);
    const before = await captureFingerprint(clone.state);
    const bump = clone.capabilities.standaloneSequences ? "SELECT nextval('s');" : '';
    await clone.session.exec(`UPDATE c SET v = 'B' WHERE id = 2; CREATE INDEX c_v ON c (v); ${bump}`);
    const diff = compareFingerprints(before, await captureFingerprint(clone.state));
    expect(diff.tables.map((t) => t.id)).toEqual([name === 'sqlite' ? 'c' : 'public.c']);
    expect(diff.schemaObjects.map((o) => o.id)).toEqual([name === 'sqlite' ? 'index c_v' : 'index public.c_v']);
    if (clone.capabilities.standaloneSequences) expect(diff.sequences.map((s) => s.id)).toEqual(['public.s']);
  });
});
