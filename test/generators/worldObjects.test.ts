/**
 * Every kind of real-world object renders and runs on every target, with every one of its actions,
 * and the database then holds what the model says (rows routed, cascaded, audited, stamped, filled).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { applyBatch, statementParts } from '../../generators/applyBatch.ts';
import { beforeState, stateOfObjects, type BeforeStateModel } from '../../generators/beforeState.ts';
import { domainOf, beforeStateSchema, stateAndBatchSchema } from '../../generators/domains.ts';
import { renderState } from '../../generators/render.ts';
import { quoteIdent } from '../../generators/sqlText.ts';
import {
  actionCount,
  BIG_ROWS,
  objectNames,
  objectTables,
  renderObjectAction,
  WORLD_OBJECT_KINDS,
  worldObject,
  worldObjectOf,
  worldObjectSchema,
  type WorldObject,
  type WorldObjectKind,
} from '../../generators/worldObjects.ts';
import { ScratchPool } from '../../properties/harness/scratch.ts';
import { describeEachTarget } from '../support/targets.ts';

describe('world objects: the model', () => {
  it('every kind is drawn, and every drawn object is in its schema', () => {
    const sample = fc.sample(worldObject, { seed: 5, numRuns: 2000 });
    const kinds = new Set(sample.map((o) => o.kind));
    expect([...kinds].sort()).toEqual([...WORLD_OBJECT_KINDS].sort());
    const big = sample.filter((o) => o.kind === 'big').length;
    expect(big).toBeGreaterThan(0);
    expect(big).toBeLessThan(sample.length / 20); // now and then, not every case
    for (const o of sample) expect(worldObjectSchema.safeParse(o).error?.issues ?? []).toEqual([]);
  });

  it('before-states carry objects half the time, and states, batches and their object actions stay in their domains', () => {
    const pairs = fc.sample(
      beforeState.chain((s) => applyBatch(s).map((b) => ({ state: s, batch: b }))),
      { seed: 8, numRuns: 400 },
    );
    const withObjects = pairs.filter((p) => (p.state.objects?.length ?? 0) > 0).length;
    expect(withObjects).toBeGreaterThan(100);
    expect(pairs.filter((p) => p.batch.statements.some((s) => s.op === 'object')).length).toBeGreaterThan(50);
    const inDomain = domainOf(stateAndBatchSchema);
    for (const p of pairs) expect(inDomain(p)).toBeNull();
  });

  it('the domain refuses what the generator cannot make', () => {
    const inDomain = domainOf(beforeStateSchema);
    const base = stateOfObjects([{ kind: 'view', rows: [[1, 'a', 1]] }]);
    expect(inDomain(base)).toBeNull();
    expect(
      inDomain(
        stateOfObjects([
          {
            kind: 'view',
            rows: [
              [1, 'a', 1],
              [1, 'b', 2],
            ],
          },
        ]),
      ),
    ).toMatch(/share an id/);
    expect(inDomain(stateOfObjects([{ kind: 'big', rows: 10, seed: 1, nullEvery: 2 }]))).toMatch(/objects\.0\.rows/);
    expect(
      inDomain(
        stateOfObjects([
          {
            kind: 'collation',
            collation: 1,
            rows: [
              ['a', 1],
              ['A ', 2],
            ],
          },
        ]),
      ),
    ).toMatch(/equal under a collation/);
    expect(inDomain(stateOfObjects([{ kind: 'enum', labels: ['x'], keyed: true, rows: [[1, null]] }]))).toMatch(/NULL in a key/);
    const batchDomain = domainOf(stateAndBatchSchema);
    const view = stateOfObjects([{ kind: 'view', rows: [] }]);
    const action = { op: 'object', object: 0, action: 0, pick: 0, value: 3 } as const;
    expect(batchDomain({ state: view, batch: { statements: [action], failsMidway: false } })).toBeNull();
    expect(batchDomain({ state: view, batch: { statements: [action, action], failsMidway: false } })).toMatch(/same new key/);
    expect(batchDomain({ state: view, batch: { statements: [{ ...action, action: 9 }], failsMidway: false } })).toMatch(/no action 9/);
    expect(batchDomain({ state: view, batch: { statements: [{ ...action, object: 1 }], failsMidway: false } })).toMatch(/no object 1/);
  });

  it('an action that writes to a view asks the plan for a VIEW justification; updates and deletes for theirs', () => {
    const state = stateOfObjects([{ kind: 'view', rows: [[1, 'a', 1]] }]);
    const parts = [0, 1, 2].map((action) => statementParts(state, { op: 'object', object: 0, action, pick: 0, value: 1 }, 'postgres'));
    expect(parts.map((p) => p[0]!.needs)).toEqual([[{ kind: 'VIEW', view: 'o1 Items View' }], [{ kind: 'UPDATE' }], [{ kind: 'DELETE' }]]);
  });
});

/** Rows of a table, as text, sorted: what the database holds. */
async function rowsOf(scratch: { clone: { ownerSession: { query(sql: string): Promise<unknown[]> } } }, table: string): Promise<string[]> {
  const rows = await scratch.clone.ownerSession.query(`SELECT * FROM ${quoteIdent(table)}`);
  return rows
    .map((r) =>
      JSON.stringify(Object.values(r as object), (_, v) =>
        typeof v === 'bigint' ? String(v) : v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v,
      ),
    )
    .sort();
}

/** Every table's rows, one query after the other (a session is one connection). */
async function rowsOfAll(scratch: Parameters<typeof rowsOf>[0], tables: readonly string[]): Promise<string[][]> {
  const all: string[][] = [];
  for (const table of tables) all.push(await rowsOf(scratch, table));
  return all;
}

const count = async (scratch: Parameters<typeof rowsOf>[0], sql: string) =>
  Number(Object.values((await scratch.clone.ownerSession.query(sql))[0] as object)[0]);

describeEachTarget('world objects render and run', (target, name) => {
  const pool = new ScratchPool(target);
  afterAll(() => pool.close());
  const dialect = name === 'sqlite' ? 'sqlite' : 'postgres';

  const small = WORLD_OBJECT_KINDS.filter((k) => k !== 'big');
  it.each(small)('%s: objects and every action run, and the rows are the model’s', async (kind: WorldObjectKind) => {
    const objects = fc.sample(worldObjectOf(kind), { seed: 21, numRuns: 6 });
    let touched = 0;
    for (const object of objects) {
      await pool.withScratch(async (scratch) => {
        await scratch.exec(renderState(stateOfObjects([object]), dialect));
        const before = await rowsOfAll(scratch, objectTables(object, 0));
        // In one transaction, as a batch runs (a deferred foreign key is checked at COMMIT).
        await scratch.exec('BEGIN');
        for (let action = 0; action < actionCount(object); action++) {
          for (const part of renderObjectAction(object, 0, { action, pick: action + 1, value: action * 10 }, dialect)) {
            await scratch.exec(part.sql);
          }
        }
        await scratch.exec('COMMIT');
        const after = await rowsOfAll(scratch, objectTables(object, 0));
        if (JSON.stringify(after) !== JSON.stringify(before)) touched++;
      });
    }
    // Every object has at least one inserting action, so every object's rows change.
    expect(touched).toBe(objects.length);
  });

  it('what the database holds is what the objects say it does', async () => {
    const n = objectNames(0);
    await pool.withScratch(async (scratch) => {
      const audit: WorldObject = {
        kind: 'audit',
        rows: [
          [1, 'a', 1],
          [2, 'b', null],
        ],
      };
      await scratch.exec(renderState(stateOfObjects([audit]), dialect));
      expect(await count(scratch, `SELECT count(*) FROM ${quoteIdent(n.auditLog)}`)).toBe(2);
      for (const part of renderObjectAction(audit, 0, { action: 2, pick: 0, value: 0 }, dialect)) await scratch.exec(part.sql);
      expect(await count(scratch, `SELECT count(*) FROM ${quoteIdent(n.auditLog)} WHERE "op" = 'DELETE'`)).toBe(1);
    });
    await pool.withScratch(async (scratch) => {
      const stamped: WorldObject = { kind: 'rowTrigger', rows: [[1, 'abc', 1]] };
      await scratch.exec(renderState(stateOfObjects([stamped]), dialect));
      for (const part of renderObjectAction(stamped, 0, { action: 1, pick: 0, value: 4 }, dialect)) await scratch.exec(part.sql);
      expect(await rowsOf(scratch, n.stamped)).toEqual(['[1,"ABC",4,1]']);
    });
    await pool.withScratch(async (scratch) => {
      const web: WorldObject = {
        kind: 'fkWeb',
        deferrable: true,
        parents: [[1, 'p', null]],
        children: [[10, 0]],
        notes: [
          [20, 0, 0],
          [21, 0, null],
        ],
      };
      await scratch.exec(renderState(stateOfObjects([web]), dialect));
      for (const part of renderObjectAction(web, 0, { action: 0, pick: 0, value: 0 }, dialect)) await scratch.exec(part.sql);
      // The child cascades; the note on the child cascades with it; the note on the parent only is set NULL.
      expect(await rowsOf(scratch, n.child)).toEqual([]);
      expect(await rowsOf(scratch, n.note)).toEqual(['[21,null,null]']);
    });
    await pool.withScratch(async (scratch) => {
      const view: WorldObject = { kind: 'view', rows: [] };
      await scratch.exec(renderState(stateOfObjects([view]), dialect));
      for (const part of renderObjectAction(view, 0, { action: 0, pick: 0, value: 2 }, dialect)) await scratch.exec(part.sql);
      expect(await rowsOf(scratch, n.items)).toEqual(['[502,"new 2 (via view)",2]']);
    });
    if (dialect === 'postgres') {
      await pool.withScratch(async (scratch) => {
        const parted: WorldObject = {
          kind: 'partitioned',
          by: 'range',
          withDefault: false,
          rows: [
            [-3, 'a', 1],
            [5, 'b', 2],
            [150, 'c', 3],
          ],
        };
        await scratch.exec(renderState(stateOfObjects([parted]), dialect));
        expect(await count(scratch, `SELECT count(*) FROM ONLY ${quoteIdent(`${n.events} low`)}`)).toBe(1);
        for (const part of renderObjectAction(parted, 0, { action: 1, pick: 1, value: 3 }, dialect)) await scratch.exec(part.sql);
        expect(await count(scratch, `SELECT count(*) FROM ONLY ${quoteIdent(`${n.events} high`)}`)).toBe(2);
      });
      await pool.withScratch(async (scratch) => {
        const matview: WorldObject = {
          kind: 'matview',
          rows: [
            [1, 'a', 1],
            [2, 'a', 2],
          ],
          populated: true,
          stale: 1,
        };
        await scratch.exec(renderState(stateOfObjects([matview]), dialect));
        // Built before the stale row: one label, counted once.
        expect(await count(scratch, `SELECT "n" FROM ${quoteIdent(n.matview)}`)).toBe(1);
        expect(await count(scratch, `SELECT count(*) FROM ${quoteIdent(n.items)}`)).toBe(2);
      });
    }
  });

  it(`the big table is filled by the database from its recipe (${BIG_ROWS.min.toLocaleString('en')} rows)`, async () => {
    await pool.withScratch(async (scratch) => {
      const big: WorldObject = { kind: 'big', rows: BIG_ROWS.min, seed: 7, nullEvery: 10 };
      await scratch.exec(renderState(stateOfObjects([big]), dialect));
      const n = objectNames(0);
      expect(await count(scratch, `SELECT count(*) FROM ${quoteIdent(n.big)}`)).toBe(BIG_ROWS.min);
      expect(await count(scratch, `SELECT count(*) FROM ${quoteIdent(n.big)} WHERE "qty" IS NULL`)).toBe(BIG_ROWS.min / 10);
      const label = await scratch.clone.ownerSession.query(`SELECT "label" FROM ${quoteIdent(n.big)} WHERE "id" = 1000`);
      expect(label).toEqual([{ label: `${(7000).toString(16)}-${1000 % 97}` }]);
    });
  }, 120_000);
});
