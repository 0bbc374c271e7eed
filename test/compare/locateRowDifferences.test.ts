import { afterAll, expect, it } from 'vitest';
import { captureFingerprint, compareFingerprints, type Clone } from '../../src/index.ts';
import { DEFAULT_LOCATE_OPTIONS, locateRowDifferences, type RowLocation } from '../../src/suite.ts';
import { describeEachTarget } from '../support/targets.ts';

const ROWS = 5000;

describeEachTarget('row location by key-range bisection', (target, name) => {
  const clones: Clone[] = [];
  afterAll(async () => {
    for (const c of clones) await c.dispose();
  });

  const pair = async (setup: string) => {
    const sides = [await target().createClone(), await target().createClone()] as const;
    clones.push(...sides);
    for (const side of sides) await side.ownerSession.exec(setup);
    return sides;
  };
  const bigTable =
    name === 'sqlite'
      ? `WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < ${ROWS})
       INSERT INTO big SELECT CASE WHEN i % 2 = 0 THEN 'Zone' ELSE 'alpha' END, i, 'n' || i FROM g`
      : `INSERT INTO big SELECT CASE WHEN i % 2 = 0 THEN 'Zone' ELSE 'alpha' END, i, 'n' || i FROM generate_series(1, ${ROWS}) AS g(i)`;

  it('finds exactly the changed, deleted and inserted rows of a keyed table without reading it all', async () => {
    // Mixed-case text in a composite key: ranges must follow byte order (COLLATE "C") on both sides.
    const [before, after] = await pair(`CREATE TABLE big (region text, id int, note text, PRIMARY KEY (region, id)); ${bigTable}`);
    await after.ownerSession.exec(`UPDATE big SET note = 'changed' WHERE id = 1234;
      DELETE FROM big WHERE id = 4001; INSERT INTO big VALUES ('alpha', 999999, 'new')`);
    const fpBefore = await captureFingerprint(before.state);
    const fpAfter = await captureFingerprint(after.state);
    const diff = compareFingerprints(fpBefore, fpAfter);
    expect(diff.tables).toHaveLength(1);
    const table = (await before.state.listTables({ schemas: null })).find((t) => t.id.endsWith('big'))!;
    const found = await locateRowDifferences(table, before.state, after.state);
    expect(found.truncated).toBe(false);
    expect(found.differences).toHaveLength(3);
    const summary = found.differences.map((d) => `${d.before?.cells[1] ?? '-'}>${d.after?.cells[1] ?? '-'}`).sort();
    expect(summary).toEqual(['->999999', '1234>1234', '4001>-'].sort());
    // Bisection hashes ranges rather than fetching rows: far fewer ranges than rows.
    expect(found.rangesCompared).toBeLessThan(ROWS / 20);
    expect(found.rendered).toMatch(/\+.*changed/);
    expect(found.rendered).toMatch(/-.*n1234/);
  });

  /** The change run on `after` between two marks of its transaction counter, where its backend keeps them. */
  const changed = async (after: Clone, change: string) => {
    const since = await after.state.writeMark?.();
    await after.ownerSession.exec(change);
    const until = await after.state.writeMark?.();
    return since && until ? { since, until } : undefined;
  };
  /** `before id>after id:after note`, unquoted (SQLite renders text quoted), sorted. */
  const summary = (found: RowLocation) =>
    found.differences
      .map((d) => `${d.before?.cells[1] ?? '-'}>${d.after?.cells[1] ?? '-'}:${d.after?.cells[2] ?? '-'}`.replaceAll('"', ''))
      .sort();

  it('finds the rows a change wrote from the rows themselves where the backend marks them, reading no range', async () => {
    const [before, after] = await pair(`CREATE TABLE big (region text, id int, note text, PRIMARY KEY (region, id)); ${bigTable}`);
    // A row written with the values it had is written, not changed: it is no difference.
    const window = await changed(
      after,
      `UPDATE big SET note = 'changed' WHERE id = 1234; UPDATE big SET note = note WHERE id = 77;
      INSERT INTO big VALUES ('Zone', 999999, 'new')`,
    );
    const table = (await before.state.listTables({ schemas: null })).find((t) => t.id.endsWith('big'))!;
    const found = await locateRowDifferences(table, before.state, after.state, DEFAULT_LOCATE_OPTIONS, {
      beforeRows: ROWS,
      afterRows: ROWS + 1,
      window,
    });
    expect(summary(found)).toEqual(['->999999:new', '1234>1234:changed']);
    expect(found.truncated).toBe(false);
    // Postgres names the rows by xmin: no range is hashed. SQLite has no such mark: it bisects, from the known counts down.
    if (name === 'sqlite') expect(window).toBeUndefined();
    else expect(window).toBeDefined();
    if (name === 'sqlite') expect(found.rangesCompared).toBeGreaterThan(0);
    else expect(found.rangesCompared).toBe(0);
  });

  it('bisects where rows left the table (a delete, a key changed): the written rows alone do not name them', async () => {
    for (const change of [
      `DELETE FROM big WHERE id = 4001; UPDATE big SET note = 'changed' WHERE id = 1234`,
      `UPDATE big SET id = 999998 WHERE id = 5; UPDATE big SET note = 'changed' WHERE id = 1234`,
    ]) {
      const [before, after] = await pair(`CREATE TABLE big (region text, id int, note text, PRIMARY KEY (region, id)); ${bigTable}`);
      const window = await changed(after, change);
      const table = (await before.state.listTables({ schemas: null })).find((t) => t.id.endsWith('big'))!;
      const afterRows = (await captureFingerprint(after.state)).tables[table.id]!.rows;
      const found = await locateRowDifferences(table, before.state, after.state, DEFAULT_LOCATE_OPTIONS, {
        beforeRows: ROWS,
        afterRows,
        window,
      });
      expect(summary(found)).toEqual(
        change.startsWith('DELETE') ? ['1234>1234:changed', '4001>-:-'] : ['->999998:n5', '1234>1234:changed', '5>-:-'],
      );
      expect(found.rangesCompared).toBeGreaterThan(0);
      // The whole table is known to differ: its own digests are not taken again (a range compared is a part of it).
      const unknown = await locateRowDifferences(table, before.state, after.state);
      expect(summary(unknown)).toEqual(summary(found));
      expect(found.rangesCompared).toBe(unknown.rangesCompared - 1);
    }
  });

  it('diffs a keyless table as a multiset, counting duplicates', async () => {
    const [before, after] = await pair("CREATE TABLE bag (v text); INSERT INTO bag VALUES ('x'), ('x'), ('y')");
    await after.ownerSession.exec("DELETE FROM bag WHERE v = 'y'; INSERT INTO bag VALUES ('x')");
    const table = (await before.state.listTables({ schemas: null })).find((t) => t.id.endsWith('bag'))!;
    const found = await locateRowDifferences(table, before.state, after.state);
    expect(found.differences.map((d) => (d.before ? `-${d.before.cells[0]}` : `+${d.after!.cells[0]}`)).sort()).toEqual(
      ['+"x"', '-"y"'].map((s) => (name === 'sqlite' ? s : s.replaceAll('"', ''))).sort(),
    );
  });

  it('reports nothing for equal tables', async () => {
    const [before, after] = await pair('CREATE TABLE same (id int PRIMARY KEY); INSERT INTO same VALUES (1), (2)');
    const table = (await before.state.listTables({ schemas: null }))[0]!;
    const found = await locateRowDifferences(table, before.state, after.state);
    expect(found.differences).toEqual([]);
    expect(found.rangesCompared).toBe(1);
  });
});

describeEachTarget(
  'rows read by key',
  (target) => {
    it('reads the rows of 1,200 composite keys, and the session goes on answering (and failing) as before', async () => {
      const clone = await target().createClone();
      try {
        await clone.ownerSession.exec(`CREATE TABLE pairs (a int, b text, note text, PRIMARY KEY (a, b));
          INSERT INTO pairs SELECT i, 'b' || i, 'n' || i FROM generate_series(1, 3000) AS g(i);
          CREATE TABLE child (a int, b text, FOREIGN KEY (a, b) REFERENCES pairs); INSERT INTO child VALUES (7, 'b7')`);
        const table = (await clone.state.listTables({ schemas: null })).find((t) => t.id === 'public.pairs')!;
        // Every other key of 2,400 exists: 1,200 rows, in key order.
        const keys = Array.from({ length: 2400 }, (_, i) => [String(i + 1), i % 2 === 0 ? `b${i + 1}` : `it's not ${i}`]);
        const rows = await clone.state.readOnly(() => clone.state.rowsWithKeys!(table, keys));
        expect(rows).toHaveLength(1200);
        expect(rows[0]!.cells).toEqual(['1', 'b1', 'n1']);
        expect(rows.at(-1)!.cells).toEqual(['2399', 'b2399', 'n2399']);
        // PGlite stopped answering a few statements after a `(k…) IN (…)` of 500 keys: a refused DELETE then came back as no result.
        await clone.session.exec('BEGIN; SAVEPOINT s');
        await expect(clone.session.runStatement("DELETE FROM pairs WHERE a = 7 AND b = 'b7'")).rejects.toThrow(/foreign key/);
        await clone.session.exec('ROLLBACK TO SAVEPOINT s; ROLLBACK');
        expect(await clone.session.query('SELECT 1 AS answering')).toEqual([{ answering: 1 }]);
      } finally {
        await clone.dispose();
      }
    });
  },
  ['pglite', 'postgres'],
);
