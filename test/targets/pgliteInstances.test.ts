/**
 * PGlite's instance slot on its own: one running instance per clone, the clone and its
 * snapshots taking turns; what an image keeps (logged and unlogged tables, sequences exactly),
 * when an image is taken and when a snapshot borrows the clone's instance; the pristine data
 * directory and its disk cache.
 */
import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyInto, copyOutOf, InstanceSlot, LazyPgliteSession } from '../../src/targets/pgliteInstances.ts';
import { PGLITE_APPLY_ROLE, pristineDataDir } from '../../src/targets/pglitePristine.ts';

const targets = (process.env.REHEARSE_TARGETS ?? '').split(',').filter(Boolean);
const wanted = targets.length === 0 || targets.includes('pglite');

/** A fresh instance from the (cached) pristine data directory: no initdb per test. */
const fresh = async () => PGlite.create({ loadDataDir: await pristineDataDir() });

/** A start function that counts the instances it starts. */
function counting() {
  const started: PGlite[] = [];
  const start = async (dataDir: File | Blob) => {
    const db = await PGlite.create({ loadDataDir: dataDir });
    started.push(db);
    return db;
  };
  return { started, start };
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe.runIf(wanted)('the PGlite instance slot', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'rehearse-pristine-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('keeps one instance running; a session put away keeps its tables, unlogged ones and sequences exactly', async () => {
    const { started, start } = counting();
    const slot = new InstanceSlot();
    const clone = new LazyPgliteSession(slot, start, await fresh());
    expect(clone.inTransaction()).toBe(false);
    await clone.exec(`
      CREATE TABLE "Logged" (id serial PRIMARY KEY, v text);
      CREATE UNLOGGED TABLE u (id int, v text);
      CREATE UNLOGGED TABLE u_empty (id int);
      CREATE UNLOGGED SEQUENCE us START 40;
      INSERT INTO "Logged" (v) VALUES ('a'), ('b');
      INSERT INTO u VALUES (1, 'one'), (2, NULL);
      SELECT nextval('us'), nextval('us');`);
    const image = await clone.snapshot();
    expect(image.unlogged).toEqual({
      tables: [
        { name: 'public.u', copy: expect.any(Uint8Array) },
        { name: 'public.u_empty', copy: expect.any(Uint8Array) },
      ],
      sequences: [{ name: 'public.us', last_value: '41', is_called: true }],
    });
    expect(text(image.unlogged.tables[0]!.copy)).toBe('1\tone\n2\t\\N\n');
    expect(image.unlogged.tables[1]!.copy.length).toBe(0);

    // A second session takes the slot: the clone's instance is closed, its image kept.
    const other = new LazyPgliteSession(slot, start, image);
    expect(await other.query('SELECT count(*)::int AS n FROM u')).toEqual([{ n: 2 }]);
    expect(clone.running).toBeNull();
    expect(started).toHaveLength(1);
    await other.exec("INSERT INTO u VALUES (3, 'other')");

    // Back to the clone: started from its image, unlogged rows and sequences put back.
    expect(await clone.query('SELECT id, v FROM u ORDER BY id')).toEqual([
      { id: 1, v: 'one' },
      { id: 2, v: null },
    ]);
    expect(await clone.query(`SELECT nextval('us')::int AS n, nextval('"Logged_id_seq"')::int AS l`)).toEqual([{ n: 42, l: 3 }]);
    expect(other.running).toBeNull();
    expect(started).toHaveLength(2);

    // A trigger on the unlogged table does not fire when its rows are put back.
    await clone.exec(`
      CREATE TABLE audit (n int);
      CREATE FUNCTION log_u() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit VALUES (NEW.id); RETURN NEW; END $$;
      CREATE TRIGGER u_log AFTER INSERT ON u FOR EACH ROW EXECUTE FUNCTION log_u();`);
    await other.query('SELECT 1');
    expect(await clone.query('SELECT count(*)::int AS n FROM audit')).toEqual([{ n: 0 }]);
    expect(await clone.query('SELECT count(*)::int AS n FROM u')).toEqual([{ n: 2 }]);
    expect(await clone.query("SELECT current_setting('session_replication_role') AS r")).toEqual([{ r: 'origin' }]);
    // The sequence went on from 42 and was put back at it: no values lost, none pre-logged.
    expect(await clone.query(`SELECT nextval('us')::int AS n`)).toEqual([{ n: 43 }]);

    await clone.close();
    await other.close();
    await expect(clone.query('SELECT 1')).rejects.toThrow('this PGlite clone has been disposed');
  });

  it('a snapshot borrows the clone while it is unchanged, then starts its own; put away, it takes no image', async () => {
    const { started, start } = counting();
    const slot = new InstanceSlot();
    const clone = new LazyPgliteSession(slot, start, await fresh());
    await clone.exec('CREATE TABLE t (v int); INSERT INTO t VALUES (1)');
    const image = await clone.snapshot();
    const snap = new LazyPgliteSession(slot, start, image, true);
    expect(slot.holding(image)).toBe(clone.running);
    expect(await snap.instance()).toBe(clone.running);
    expect(await snap.query('SELECT v FROM t')).toEqual([{ v: 1 }]);
    expect(started).toHaveLength(0);

    await clone.exec('INSERT INTO t VALUES (2)');
    expect(slot.holding(image)).toBeNull();
    expect(clone.runningAt(image)).toBeNull();
    // Now the snapshot needs its own instance: the clone is put away, with an image of its change.
    expect(await snap.query('SELECT v FROM t ORDER BY v')).toEqual([{ v: 1 }]);
    expect(started).toHaveLength(1);
    expect(clone.running).toBeNull();
    expect(snap.runningAt(image)).toBe(snap.running);
    // The snapshot's own writes (a read-only session is never imaged) are gone when it is put away.
    await snap.exec('INSERT INTO t VALUES (9)');
    expect(await clone.query('SELECT v FROM t ORDER BY v')).toEqual([{ v: 1 }, { v: 2 }]);
    expect(snap.running).toBeNull();
    expect(await snap.query('SELECT v FROM t ORDER BY v')).toEqual([{ v: 1 }]);

    // resetTo drops what changed: the clone starts again from the snapshot's image.
    await clone.resetTo(image);
    expect(clone.running).toBeNull();
    expect(await clone.query('SELECT v FROM t ORDER BY v')).toEqual([{ v: 1 }]);
    expect(clone.runningAt(image)).toBeNull(); // query() counts as a write: it may have changed
    await clone.close();
    await snap.close();
    expect(slot.holding(image)).toBeNull();
  });

  it('an open transaction cannot be put away; a closed session lets go of the slot', async () => {
    const { start } = counting();
    const slot = new InstanceSlot();
    const clone = new LazyPgliteSession(slot, start, await fresh());
    await clone.exec('CREATE TABLE t (v int)');
    const image = await clone.snapshot();
    await clone.exec('BEGIN');
    expect(clone.inTransaction()).toBe(true);
    const other = new LazyPgliteSession(slot, start, image);
    await expect(other.query('SELECT 1')).rejects.toThrow('a PGlite clone with an open transaction cannot be put away');
    await clone.exec('ROLLBACK');
    await clone.close();
    // The slot is free: the other session starts without putting anyone away.
    expect(await other.query('SELECT count(*)::int AS n FROM t')).toEqual([{ n: 0 }]);
    await other.putAway();
    expect(other.running).toBeNull();
    await other.putAway(); // nothing running: nothing to do
    await other.close();
  });

  it('copies out and in through the blob device, counting rows', async () => {
    const db = await fresh();
    try {
      await db.exec('CREATE TABLE t (id int, v text)');
      await copyInto(db, 'COPY t FROM stdin', new TextEncoder().encode('1\ta\n2\tb\n'));
      const chunks: Uint8Array[] = [];
      expect(await copyOutOf(db, 'COPY (SELECT * FROM t ORDER BY id) TO STDOUT', (c) => chunks.push(c))).toBe(2);
      expect(text(Buffer.concat(chunks))).toBe('1\ta\n2\tb\n');
      const none: Uint8Array[] = [];
      expect(await copyOutOf(db, 'COPY (SELECT * FROM t WHERE false) to stdout', (c) => none.push(c))).toBe(0);
      expect(Buffer.concat(none).length).toBe(0);
    } finally {
      await db.close();
    }
  });

  it('takes streamed COPY data in parts where several COPYs are one, and whole where a statement trigger would tell', async () => {
    const db = await fresh();
    try {
      await db.exec(`CREATE TABLE t (id int, v text);
        CREATE TABLE fired (n int);
        CREATE TABLE u (id int, v text);
        CREATE FUNCTION count_statement() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO fired VALUES (1); RETURN NULL; END $$;
        CREATE TRIGGER once AFTER INSERT ON u FOR EACH STATEMENT EXECUTE FUNCTION count_statement();`);
      // Chunks of whole lines, as a streamed clone source hands them on; parts of 8 bytes: a COPY for every chunk or two.
      const lines = Array.from({ length: 50 }, (_, i) => `${i}\tv${i}\n`);
      const chunks = () => lines.map((line) => new TextEncoder().encode(line));
      await copyInto(db, 'COPY public.t (id, v) FROM stdin;', chunks(), 8);
      await copyInto(db, 'COPY public.u (id, v) FROM stdin;', chunks(), 8);
      const rows = await db.query<{ t: number; u: number; fired: number; same: boolean }>(
        `SELECT (SELECT count(*) FROM t)::int AS t, (SELECT count(*) FROM u)::int AS u, (SELECT count(*) FROM fired)::int AS fired,
                (SELECT array_agg(id ORDER BY id) FROM t) = (SELECT array_agg(g) FROM generate_series(0, 49) g) AS same`,
      );
      // Every row in; the statement trigger fired once, as for the one COPY a psql load runs.
      expect(rows.rows[0]).toEqual({ t: 50, u: 50, fired: 1, same: true });
    } finally {
      await db.close();
    }
  });

  it('makes the pristine data directory once, with the apply role, and caches it whole', async () => {
    const cache = join(scratch, 'a', 'b', 'pristine.tar');
    const made = await pristineDataDir(cache);
    expect(existsSync(cache)).toBe(true);
    expect(readdirSync(join(scratch, 'a', 'b'))).toEqual(['pristine.tar']); // no partial file left
    const db = await PGlite.create({ loadDataDir: made });
    try {
      // The apply role as on a server whose connecting role is a superuser: it reads through row-level security.
      expect(
        await db.query('SELECT rolname, rolcanlogin, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1', [PGLITE_APPLY_ROLE]),
      ).toMatchObject({
        rows: [{ rolname: PGLITE_APPLY_ROLE, rolcanlogin: false, rolsuper: false, rolbypassrls: true }],
      });
    } finally {
      await db.close();
    }
    // Read from the cache when it is there: its bytes, whatever they are.
    writeFileSync(cache, 'cached bytes');
    expect(await (await pristineDataDir(cache)).text()).toBe('cached bytes');
    // A cache that cannot be written (its folder is a file): made in memory all the same.
    const blocked = join(scratch, 'afile');
    writeFileSync(blocked, '');
    const inMemory = await pristineDataDir(join(blocked, 'pristine.tar'));
    expect(inMemory.size).toBeGreaterThan(1_000_000);
    expect(existsSync(join(blocked, 'pristine.tar'))).toBe(false);
  });
});
