import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { captureFingerprint, resolveTarget, type Clone, type Target } from '../../src/index.ts';
import { changedSinceFresh, recordFresh } from '../../src/targets/reuse.ts';
import { describeEachTarget, TARGETS } from '../support/targets.ts';
import { SERVER_FIXTURES } from '../support/serverFixtures.ts';

const REUSED = /reused: reset after its last use and checked as good as fresh/;

/** Everything a generated or dumped before-state can leave behind, and session state besides (as the clone's owner). */
const LEAVE_BEHIND = `
  CREATE SCHEMA app;
  CREATE TYPE app.mood AS ENUM ('a', 'b');
  CREATE DOMAIN positive AS int CHECK (VALUE > 0);
  CREATE TYPE pair AS (x int, y int);
  CREATE TYPE span AS RANGE (subtype = int4);
  CREATE TABLE app.t (id int PRIMARY KEY, m app.mood);
  CREATE TABLE orders (id serial PRIMARY KEY, n positive, note text DEFAULT 'x');
  CREATE TABLE ident (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
  CREATE TABLE keyless (v text);
  CREATE INDEX orders_note ON orders (note);
  CREATE SEQUENCE counter;
  CREATE VIEW v AS SELECT id FROM orders;
  CREATE MATERIALIZED VIEW mv AS SELECT id FROM orders;
  CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT $1';
  CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';
  CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
  CREATE TRIGGER orders_trg BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION trg();
  INSERT INTO orders (n) VALUES (1), (2); INSERT INTO keyless VALUES ('k');
  SELECT nextval('counter'); SELECT pg_catalog.lo_create(0);
  SET search_path = app, public; SET work_mem = '7MB';
  PREPARE theirs AS SELECT 1;
  SELECT pg_catalog.pg_advisory_lock(42);
  CREATE TEMP TABLE scratch (x int);`;

/** What a batch's own session can leave behind (on a server, the apply role's login). */
const SESSION_STATE = `SET search_path = app, public; SET work_mem = '6MB'; PREPARE mine AS SELECT 2;
  SELECT pg_catalog.pg_advisory_lock(43); CREATE TEMP TABLE mine (x int);`;

describeEachTarget(
  'clone reuse (Postgres backends)',
  (target, name) => {
    let empty: string;
    let freshSettings: unknown;
    const settingsOf = async (clone: Clone) =>
      (await clone.session.query("SELECT current_setting('search_path') AS path, current_setting('work_mem') AS mem"))[0];
    beforeAll(async () => {
      const fresh = await target().createClone();
      empty = (await captureFingerprint(fresh.state)).top_hash;
      freshSettings = await settingsOf(fresh);
      await fresh.dispose();
    });

    it('hands out the disposed clone again, reset: same empty state, no session state left, the check says so', async () => {
      const first = await target().createClone();
      await first.ownerSession.exec(LEAVE_BEHIND);
      await first.session.exec(SESSION_STATE);
      const firstLocation = first.isolation.location;
      await first.dispose();
      const second = await target().createClone();
      try {
        expect(second.isolation.method).toMatch(REUSED);
        if (name === 'postgres') expect(second.isolation.location).toBe(firstLocation);
        expect((await captureFingerprint(second.state)).top_hash).toBe(empty);
        expect(await settingsOf(second)).toEqual(freshSettings);
        for (const session of [second.session, second.ownerSession]) {
          expect(await session.query("SELECT 1 FROM pg_catalog.pg_prepared_statements WHERE name IN ('theirs', 'mine')")).toEqual([]);
          expect(await session.query("SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")).toEqual(
            [],
          );
        }
        expect(await second.session.query("SELECT 1 FROM pg_catalog.pg_class WHERE relpersistence = 't'")).toEqual([]);
        expect(await second.session.query('SELECT 1 FROM pg_catalog.pg_largeobject_metadata')).toEqual([]);
      } finally {
        await second.dispose();
      }
    });

    it('the freshness check names every catalog a clone wrote, and the reset clears them', async () => {
      const clone = await target().createClone();
      try {
        const fresh = await recordFresh(clone.session, name === 'pglite');
        expect(await changedSinceFresh(clone.session, fresh)).toEqual([]);
        await clone.ownerSession.exec('CREATE TABLE t (id int PRIMARY KEY)');
        const changed = await changedSinceFresh(clone.session, fresh);
        for (const catalog of ['pg_class', 'pg_attribute', 'pg_type', 'pg_constraint', 'pg_index', 'pg_depend']) {
          expect(changed.some((c) => c.startsWith(`${catalog}: `))).toBe(true);
        }
        // Removing a row that was there when new is a change too.
        await clone.ownerSession.exec('DROP TABLE t; DROP SCHEMA public CASCADE');
        expect((await changedSinceFresh(clone.session, fresh)).find((c) => c.startsWith('pg_namespace: '))).toMatch(/rows, was/);
      } finally {
        await clone.dispose();
      }
    });

    it('a clone the reset cannot bring back is thrown away, and the next clone is fresh', async () => {
      const first = await target().createClone();
      // Changes to objects that were there when the clone was new: the reset does not undo them.
      await first.ownerSession.exec("COMMENT ON SCHEMA public IS 'changed'; GRANT CREATE ON SCHEMA public TO PUBLIC");
      await first.dispose();
      const second = await target().createClone();
      try {
        expect(second.isolation.method).not.toMatch(REUSED);
        const [comment] = await second.session.query<{ c: string | null }>("SELECT obj_description('public'::regnamespace) AS c");
        expect(comment?.c).not.toBe('changed');
      } finally {
        await second.dispose();
      }
    });

    it('a clone whose reset fails (its session is gone) is not reused', async () => {
      const first = await target().createClone();
      await first.ownerSession.exec('CREATE TABLE t (id int)');
      // The session dies under the clone: the reset cannot run, so the clone must go.
      if (name === 'pglite') await (first.session as unknown as { running: { close(): Promise<void> } }).running.close();
      else await first.session.exec('SELECT pg_terminate_backend(pg_backend_pid())').catch(() => {});
      await first.dispose();
      const second = await target().createClone();
      try {
        expect(second.isolation.method).not.toMatch(REUSED);
        expect((await captureFingerprint(second.state)).top_hash).toBe(empty);
      } finally {
        await second.dispose();
      }
    });
  },
  ['pglite', 'postgres'],
  { reuseClones: true },
);

describeEachTarget('clone reuse on a server', () => {
  const url = TARGETS.find((t) => t.name === 'postgres')?.spec ?? '';
  let admin: pg.Client;
  let target: Target;
  beforeAll(async () => {
    admin = new pg.Client(url);
    await admin.connect();
    target = resolveTarget(url, { reuseClones: true });
  });
  afterAll(async () => {
    await target.close();
    await admin.end();
  });
  const exists = async (name: string) => (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;

  it('counts a catalog row written since the clone was new, however many transactions others start meanwhile', async () => {
    const plainTarget = resolveTarget(url);
    const clone = await plainTarget.createClone();
    try {
      const fresh = await recordFresh(clone.session, false);
      await clone.ownerSession.exec("COMMENT ON SCHEMA public IS 'written since'");
      // The check's snapshot is taken; other sessions then start transactions before it counts.
      await clone.session.exec('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await clone.session.query('SELECT 1');
      for (let i = 0; i < 5; i++) await admin.query('SELECT pg_catalog.txid_current()');
      const changed = await changedSinceFresh(clone.session, fresh);
      await clone.session.exec('ROLLBACK');
      expect(changed).toEqual(expect.arrayContaining([expect.stringMatching(/^pg_description: 1 row\(s\) written since/)]));
    } finally {
      await clone.dispose();
      await plainTarget.close();
    }
  });

  it('keeps the database on dispose, drops it on close; a template clone is never kept', async () => {
    const template = SERVER_FIXTURES.emptyTemplate;
    {
      const plain = await target.createClone();
      const kept = plain.isolation.location;
      await plain.dispose();
      expect(await exists(kept)).toBe(true);
      const fromTemplate = await target.createClone({ templateDatabase: template });
      expect(fromTemplate.isolation.location).not.toBe(kept);
      expect(fromTemplate.isolation.method).not.toMatch(REUSED);
      await fromTemplate.dispose();
      expect(await exists(fromTemplate.isolation.location)).toBe(false);
      await target.close();
      expect(await exists(kept)).toBe(false);
    }
  });
}, ['postgres']);
