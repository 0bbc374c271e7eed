import { afterAll, expect, it } from 'vitest';
import { FULL_RANGE } from '../../src/capture/stateReader.ts';
import { PostgresStateReader } from '../../src/targets/postgresState.ts';
import type { Clone, CopyOutSession } from '../../src/targets/target.ts';
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
      await clone.session.exec(`CREATE TABLE p (k text, n int, v text, PRIMARY KEY (k, n));
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
      await clone.session.exec("UPDATE p SET v = 'changed' WHERE n = 50");
      expect((await digestWith(7)).digest).not.toBe(whole.digest);
    });

    it('counts the rows a COPY streams from the rows themselves: newlines, tabs and backslashes in values included, every time', async () => {
      const clone = await target().createClone();
      clones.push(clone);
      await clone.session.exec(`CREATE TABLE r (id int PRIMARY KEY, v text);
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
