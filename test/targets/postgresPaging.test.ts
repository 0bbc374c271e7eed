import { afterAll, expect, it } from 'vitest';
import { FULL_RANGE } from '../../src/capture/stateReader.ts';
import { PostgresStateReader } from '../../src/capture/postgresState.ts';
import type { Clone } from '../../src/targets/target.ts';
import type { CopyOutSession } from '../../src/session/session.ts';
import { describeEachTarget } from '../support/targets.ts';

describeEachTarget(
  'Postgres capture in key-ordered COPY pages',
  (target) => {
    const clones: Clone[] = [];
    afterAll(async () => {
      for (const c of clones) await c.dispose();
    });

    it('gives the same digest whatever the page size, quotes in keys included', async () => {
      const clone = await target().createClone();
      clones.push(clone);
      await clone.ownerSession.exec(`CREATE TABLE p (k text, n int, v text, PRIMARY KEY (k, n));
      INSERT INTO p SELECT CASE i % 3 WHEN 0 THEN 'it''s' WHEN 1 THEN 'a\\b' ELSE 'Z' END, i, 'v' || i FROM generate_series(1, 100) AS g(i)`);
      const session = clone.session as CopyOutSession;
      const [table] = await clone.state.listTables({ schemas: null });
      const digestWith = (copyPageRows: number) => {
        const reader = new PostgresStateReader(session, { copyPageRows });
        return reader.readOnly(() => reader.tableDigest(table!, FULL_RANGE));
      };
      const whole = await digestWith(Number.POSITIVE_INFINITY);
      expect(whole.rows).toBe(100);
      for (const pageRows of [1, 7, 33, 99, 100, 101]) expect(await digestWith(pageRows)).toEqual(whole);
      await clone.ownerSession.exec("UPDATE p SET v = 'changed' WHERE n = 50");
      expect((await digestWith(7)).digest).not.toBe(whole.digest);
    });

    it('counts the rows a COPY streams from the rows themselves: newlines, tabs and backslashes in values included, every time', async () => {
      const clone = await target().createClone();
      clones.push(clone);
      await clone.ownerSession.exec(`CREATE TABLE r (id int PRIMARY KEY, v text);
      INSERT INTO r SELECT i, repeat(E'a\\nb\\tc\\\\d', 20) || i FROM generate_series(1, 20000) AS g(i)`);
      const session = clone.session as CopyOutSession;
      // Many chunks each time: the end of the stream and the server's row count arrive separately.
      for (let i = 0; i < 5; i++) {
        let bytes = 0;
        expect(await session.copyOut('COPY (SELECT * FROM r ORDER BY id) TO STDOUT', (chunk) => (bytes += chunk.length))).toBe(20000);
        expect(bytes).toBeGreaterThan(20000 * 100);
      }
    });
  },
  ['pglite', 'postgres'],
); // SQLite has no COPY

/** The session, with every COPY's row count and bytes recorded. */
function recordingCopies(session: CopyOutSession) {
  const pages: { rows: number; bytes: number }[] = [];
  const recording: CopyOutSession = Object.assign(Object.create(session) as CopyOutSession, {
    copyOut: async (sql: string, consume: (chunk: Uint8Array) => void) => {
      let bytes = 0;
      const rows = await session.copyOut(sql, (chunk) => {
        bytes += chunk.length;
        consume(chunk);
      });
      pages.push({ rows, bytes });
      return rows;
    },
  });
  return { pages, recording };
}

describeEachTarget(
  'Postgres capture of large rows in pages of at most 32 MB',
  (target) => {
    const clones: Clone[] = [];
    afterAll(async () => {
      for (const c of clones) await c.dispose();
    });

    const MB = 1024 * 1024;
    const PAGE_BYTES = 32 * MB;

    it('sizes the first page from the table on disk and the next ones from what a page weighed', async () => {
      const clone = await target().createClone();
      clones.push(clone);
      // 12 rows of 1 MB that do not compress (md5 text): about 12 MB on disk, over the 8 MB at
      // which a table is paged by size. No ANALYZE: the planner's row estimate is unknown, so the
      // first page is sized from a count.
      await clone.ownerSession.exec(`CREATE TABLE big (id int PRIMARY KEY, v text);
      ALTER TABLE big ALTER COLUMN v SET STORAGE EXTERNAL;
      INSERT INTO big SELECT i, (SELECT string_agg(md5(i::text || ':' || j), '') FROM generate_series(1, 32768) AS h(j))
        FROM generate_series(1, 12) AS g(i)`);
      const [table] = await clone.state.listTables({ schemas: null });
      const [size] = await clone.session.query<{ bytes: string; tuples: string }>(
        "SELECT pg_total_relation_size('big')::text AS bytes, greatest(reltuples, 0)::text AS tuples FROM pg_class WHERE oid = 'big'::regclass",
      );
      const bytes = Number(size!.bytes);
      expect(bytes).toBeGreaterThan(12 * MB);
      expect(size!.tuples).toBe('0');
      const { pages, recording } = recordingCopies(clone.session as CopyOutSession);
      const reader = new PostgresStateReader(recording, { copyPageRows: 1000 });
      const paged = await reader.readOnly(() => reader.tableDigest(table!, FULL_RANGE));
      const whole = new PostgresStateReader(clone.session as CopyOutSession, { copyPageRows: Number.POSITIVE_INFINITY });
      expect(paged).toEqual(await whole.readOnly(() => whole.tableDigest(table!, FULL_RANGE)));
      expect(paged.rows).toBe(12);
      // The first page: 32 MB over four times the on-disk bytes per row (COPY text may be larger
      // than what is stored); the next: 32 MB over what a row of the last page weighed in COPY text.
      const firstRows = Math.floor(PAGE_BYTES / ((bytes * 4) / 12));
      expect(pages[0]!.rows).toBe(firstRows);
      const perRow = pages[0]!.bytes / pages[0]!.rows;
      expect(firstRows).toBeLessThan(12);
      expect(pages[1]!.rows).toBe(Math.min(12 - firstRows, Math.floor(PAGE_BYTES / perRow)));
      expect(pages.reduce((n, p) => n + p.rows, 0)).toBe(12);
      for (const page of pages) expect(page.bytes).toBeLessThanOrEqual(PAGE_BYTES);
      expect(pages.length).toBe(1 + Math.ceil((12 - firstRows) / Math.floor(PAGE_BYTES / perRow)));

      // Analyzed, the estimate is used as is, and small pages keep their row limit.
      await clone.ownerSession.exec('ANALYZE big');
      const again = recordingCopies(clone.session as CopyOutSession);
      const analyzed = new PostgresStateReader(again.recording, { copyPageRows: 5 });
      expect(await analyzed.readOnly(() => analyzed.tableDigest(table!, FULL_RANGE))).toEqual(paged);
      expect(again.pages.map((p) => p.rows)).toEqual([5, 5, 2]);
    });

    it('keeps a small table to its row limit, and a row heavier than a page to a page of one', async () => {
      const clone = await target().createClone();
      clones.push(clone);
      await clone.ownerSession.exec(`CREATE TABLE small (id int PRIMARY KEY, v text);
      INSERT INTO small SELECT i, 'v' || i FROM generate_series(1, 10) AS g(i);
      CREATE TABLE huge (id int PRIMARY KEY, v text);
      ALTER TABLE huge ALTER COLUMN v SET STORAGE EXTERNAL;
      INSERT INTO huge SELECT i, (SELECT string_agg(md5(i::text || ':' || j), '') FROM generate_series(1, 1050000) AS h(j))
        FROM generate_series(1, 2) AS g(i);
      ANALYZE huge`);
      const tables = await clone.state.listTables({ schemas: null });
      const byName = (name: string) => tables.find((t) => t.id === `public.${name}`)!;
      const small = recordingCopies(clone.session as CopyOutSession);
      const smallReader = new PostgresStateReader(small.recording, { copyPageRows: 4 });
      expect((await smallReader.readOnly(() => smallReader.tableDigest(byName('small'), FULL_RANGE))).rows).toBe(10);
      expect(small.pages.map((p) => p.rows)).toEqual([4, 4, 2]);
      // Rows of about 33.6 MB each: more than a page, so one row per page.
      const huge = recordingCopies(clone.session as CopyOutSession);
      const hugeReader = new PostgresStateReader(huge.recording, { copyPageRows: 1000 });
      expect((await hugeReader.readOnly(() => hugeReader.tableDigest(byName('huge'), FULL_RANGE))).rows).toBe(2);
      expect(huge.pages.map((p) => p.rows)).toEqual([1, 1]);
    });
  },
  ['postgres'],
);
