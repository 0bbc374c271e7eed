import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { captureFingerprint, compareFingerprints, type Clone } from '../../src/index.ts';
import { DEFAULT_LOCATE_OPTIONS, locateRowDifferences } from '../../src/suite.ts';
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
      const others = readdirSync(dirname(where)).filter((f) => f !== basename(where));
      await clone.dispose();
      // The clone's file, and not the other clones' beside it (the directory the target made for them goes when it is closed).
      expect(existsSync(where)).toBe(false);
      expect(readdirSync(dirname(where))).toEqual(others);
    } else {
      await clone.dispose();
      await expect(clone.session.query('SELECT 1')).rejects.toThrow();
    }
    await clone.dispose(); // twice is harmless
  });

  it('captures read-only: a write inside the capture transaction is refused', async () => {
    const clone = await fresh();
    await clone.ownerSession.exec('CREATE TABLE w (id int PRIMARY KEY)');
    // Qualified: the capture transaction pins search_path to pg_catalog on Postgres.
    const qualified = name === 'sqlite' ? 'main.w' : 'public.w';
    await expect(clone.state.readOnly(() => clone.session.exec(`INSERT INTO ${qualified} VALUES (1)`))).rejects.toThrow(
      /read.?only|readonly/i,
    );
    expect(await clone.session.query('SELECT count(*) AS n FROM w')).toEqual([{ n: name === 'sqlite' ? 0 : expect.anything() }]);
    expect(clone.session.inTransaction()).toBe(false);
  });

  it('entry equals exit, and a capture inside an open transaction sees it and leaves it open', async () => {
    const clone = await fresh();
    await clone.ownerSession.exec("CREATE TABLE o (id int PRIMARY KEY, v text); INSERT INTO o VALUES (1, 'a')");
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
    await clone.ownerSession.exec(`CREATE TABLE c (id int PRIMARY KEY, v text); CREATE TABLE u (id int PRIMARY KEY); ${seq}
      INSERT INTO c VALUES (1, 'a'), (2, 'b')`);
    const before = await captureFingerprint(clone.state);
    const bump = clone.capabilities.standaloneSequences ? "SELECT nextval('s');" : '';
    await clone.ownerSession.exec(`UPDATE c SET v = 'B' WHERE id = 2; CREATE INDEX c_v ON c (v); ${bump}`);
    const diff = compareFingerprints(before, await captureFingerprint(clone.state));
    expect(diff.tables.map((t) => t.id)).toEqual([name === 'sqlite' ? 'c' : 'public.c']);
    expect(diff.schemaObjects.map((o) => o.id)).toEqual([name === 'sqlite' ? 'index c_v' : 'index public.c_v']);
    if (clone.capabilities.standaloneSequences) expect(diff.sequences.map((s) => s.id)).toEqual(['public.s']);
  });

  it('handles identifiers that need quoting, in capture and in bisection', async () => {
    const [left, right] = [await fresh(), await fresh()];
    const setup = `CREATE TABLE "Order Items" ("select" int, "a""b" text, "é" text, PRIMARY KEY ("select", "a""b"));
      INSERT INTO "Order Items" VALUES (1, 'x', 'one'), (2, 'Y', 'two'), (3, 'z', 'three')`;
    await left.ownerSession.exec(setup);
    await right.ownerSession.exec(`${setup}; UPDATE "Order Items" SET "é" = 'deux' WHERE "select" = 2`);
    const diff = compareFingerprints(await captureFingerprint(left.state), await captureFingerprint(right.state));
    expect(diff.tables.map((t) => t.id)).toEqual([name === 'sqlite' ? '"Order Items"' : 'public."Order Items"']);
    const [table] = await left.state.listTables({ schemas: null });
    const found = await locateRowDifferences(table!, left.state, right.state, { ...DEFAULT_LOCATE_OPTIONS, leafRows: 1, fanout: 2 });
    expect(found.differences).toHaveLength(1);
    expect(found.rendered).toMatch(/^-.*two"?$/m);
    expect(found.rendered).toMatch(/^\+.*deux"?$/m);
  });

  it('does not depend on the session search_path, even an empty one', async (context) => {
    const clone = await fresh();
    if (!clone.capabilities.schemas) return context.skip('no schemas on this backend, so no search_path');
    await clone.ownerSession.exec(`CREATE SCHEMA other; CREATE TYPE mood AS ENUM ('a', 'b');
      CREATE TABLE public.p (id int PRIMARY KEY, m mood DEFAULT 'a', n numeric DEFAULT 1.50);
      CREATE TABLE other.p (id int PRIMARY KEY); INSERT INTO public.p VALUES (1, 'b', 2.5)`);
    const normal = await captureFingerprint(clone.state);
    await clone.ownerSession.exec("SELECT pg_catalog.set_config('search_path', '', false)");
    const emptied = await captureFingerprint(clone.state);
    await clone.ownerSession.exec('SET search_path = other, public');
    const reordered = await captureFingerprint(clone.state);
    expect(emptied.top_hash).toBe(normal.top_hash);
    expect(reordered.top_hash).toBe(normal.top_hash);
    expect(Object.keys(normal.tables)).toEqual(['other.p', 'public.p']);
  });

  it('never runs a prepared catalog statement it did not prepare: deallocated or replaced, it is prepared again', async (context) => {
    const clone = await fresh();
    if (clone.state.backend !== 'postgres') return context.skip('no prepared catalog statements on this backend');
    await clone.ownerSession.exec(`CREATE TABLE public.t (id int PRIMARY KEY, v text); CREATE SEQUENCE public.s;
      INSERT INTO public.t VALUES (1, 'a'), (2, 'b')`);
    const honest = await captureFingerprint(clone.state);
    const ours = await clone.session.query<{ name: string }>(
      "SELECT name FROM pg_catalog.pg_prepared_statements WHERE name LIKE 'rehearse_catalog_%' ORDER BY name",
    );
    expect(ours.length).toBeGreaterThanOrEqual(2);
    // Deallocated between two captures (as `DEALLOCATE ALL` or `DISCARD ALL` in a batch would).
    await clone.session.exec('DEALLOCATE ALL');
    expect((await captureFingerprint(clone.state)).top_hash).toBe(honest.top_hash);
    // Replaced under the same names by statements that report an empty database.
    for (const { name: statement } of ours) {
      await clone.session.exec(
        `DEALLOCATE ${statement}; PREPARE ${statement} AS SELECT '[]'::text AS tables, '[]'::text AS sequences, '[]'::text AS objects`,
      );
    }
    const after = await captureFingerprint(clone.state);
    expect(after.top_hash).toBe(honest.top_hash);
    expect(Object.keys(after.tables)).toEqual(['public.t']);
    expect(Object.keys(after.sequences)).toEqual(['public.s']);
  });

  it('captures partitioned tables through their partitions, with views and triggers in the schema', async (context) => {
    const clone = await fresh();
    if (!clone.capabilities.schemas) return context.skip('SQLite has no partitioned tables');
    await clone.ownerSession.exec(`CREATE TABLE m (id int, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
      CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
      CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
      CREATE VIEW recent AS SELECT * FROM m WHERE at >= '2025-01-01';
      INSERT INTO m VALUES (1, '2024-05-01'), (2, '2025-05-01')`);
    const before = await captureFingerprint(clone.state);
    expect(Object.keys(before.tables)).toEqual(['public.m_2024', 'public.m_2025']);
    expect(before.schema_objects['view public.recent']).toContain('2025-01-01');
    expect(before.schema_objects['relation public.m']).toContain('partition_key=RANGE (at)');
    await clone.ownerSession.exec("UPDATE m SET id = 3 WHERE at = '2025-05-01'");
    const diff = compareFingerprints(before, await captureFingerprint(clone.state));
    expect(diff.tables.map((t) => t.id)).toEqual(['public.m_2025']);
  });
});
