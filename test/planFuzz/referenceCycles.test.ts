/**
 * States of a schema whose foreign keys form a cycle (Sakila's store ↔ staff, both NOT NULL and
 * not deferrable), reference their own table, or are deferrable: drawn with every key pointing at
 * a row of the state, and loaded by copy on every target — over the source's rows, whatever the
 * order — with the rows in the database equal to the state and the schema as it was.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { buildState, stateRecipe } from '../../generators/planState.ts';
import { captureFingerprint } from '../../src/capture/captureFingerprint.ts';
import { WHOLE_DATABASE } from '../../src/capture/stateReader.ts';
import { loadCloneSourceText } from '../../src/suite.ts';
import { introspectPostgres } from '../../src/schema/introspectPostgres.ts';
import { introspectSqlite } from '../../src/schema/introspectSqlite.ts';
import { stateRows, type DataState, type SchemaModel } from '../../src/schema/schemaModel.ts';
import { loadState, readSequences, sampleRows } from '../../src/schema/stateLoad.ts';
import type { Clone } from '../../src/targets/target.ts';
import { describeEachTarget } from '../support/targets.ts';

const SOURCE = {
  postgres: `
CREATE TABLE store (store_id integer PRIMARY KEY, manager_staff_id integer NOT NULL UNIQUE, note text);
CREATE TABLE staff (staff_id integer PRIMARY KEY, store_id integer NOT NULL REFERENCES store, boss integer REFERENCES staff);
CREATE TABLE payment (id integer PRIMARY KEY, staff_id integer NOT NULL REFERENCES staff DEFERRABLE INITIALLY DEFERRED);
`,
  sqlite: `
PRAGMA defer_foreign_keys = ON;
CREATE TABLE store (store_id INTEGER PRIMARY KEY, manager_staff_id INTEGER NOT NULL UNIQUE REFERENCES staff, note TEXT);
CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES store, boss INTEGER REFERENCES staff);
CREATE TABLE payment (id INTEGER PRIMARY KEY, staff_id INTEGER NOT NULL REFERENCES staff DEFERRABLE INITIALLY DEFERRED);
`,
};
// The source's own rows: a store managed by a staff member of its own, a payment.
const ROWS = `
INSERT INTO store VALUES (1, 1, 'main'), (2, 2, NULL);
INSERT INTO staff VALUES (1, 1, NULL), (2, 2, 1);
INSERT INTO payment VALUES (1, 2);
`;

async function rowsOf(clone: Clone, model: SchemaModel): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of model.tables) {
    const list = t.columns.map((c, i) => `CAST(${c.name} AS TEXT) AS c${i}`).join(', ');
    const rows = await clone.session.query<Record<string, string | null>>(`SELECT ${list} FROM ${t.sqlName}`);
    out[t.id] = rows.map((r) => JSON.stringify(t.columns.map((_, i) => r[`c${i}`] ?? null))).sort();
  }
  return out;
}

function expected(model: SchemaModel, state: DataState): Record<string, string[]> {
  return Object.fromEntries(
    model.tables.map((t) => [t.id, (state[t.id] ?? []).map((r) => JSON.stringify(t.columns.map((c) => r[c.name] ?? null))).sort()]),
  );
}

describeEachTarget('states of a schema with a foreign-key cycle', (target, name) => {
  it('are drawn whole and load on a clone holding rows, with the rows as drawn and the schema unchanged', async () => {
    const clone = await target().createClone();
    try {
      const postgres = name !== 'sqlite';
      // The cycle's key, NOT DEFERRABLE, comes after the rows, as in a dump.
      const source = postgres
        ? `${SOURCE.postgres}${ROWS}ALTER TABLE store ADD FOREIGN KEY (manager_staff_id) REFERENCES staff;`
        : `${SOURCE.sqlite}${ROWS}`;
      await loadCloneSourceText(clone, source, 'before.sql');
      const model = postgres ? await introspectPostgres(clone.session) : await introspectSqlite(clone.session);
      const samples = await sampleRows(clone, model, 10);
      const sequences = await readSequences(clone);
      const schemaBefore = (await captureFingerprint(clone.state, WHOLE_DATABASE)).schema_hash;
      const recipe = stateRecipe(model, { maxRowsPerTable: 6 });
      let cycleStates = 0;
      for (const [i, drawn] of fc.sample(recipe, { seed: 11, numRuns: 25 }).entries()) {
        const { state } = buildState(model, samples, drawn);
        const loaded = await loadState(clone, model, state, sequences);
        expect(loaded.refused, `state ${i}: ${loaded.refusals.join('; ')}`).toBe(0);
        expect(await rowsOf(clone, model), `state ${i}`).toEqual(expected(model, state));
        if ((state.store?.length ?? state['public.store']?.length ?? 0) > 0 && stateRows(state) > 2) cycleStates++;
      }
      // Some states hold both sides of the cycle (what the generator used to leave empty).
      expect(cycleStates).toBeGreaterThan(5);
      expect((await captureFingerprint(clone.state, WHOLE_DATABASE)).schema_hash).toBe(schemaBefore);
      // A state whose rows name a row it does not hold loads without them, counted.
      const storeId = model.tables.find((t) => t.id.endsWith('store'))!.id;
      const staffId = model.tables.find((t) => t.id.endsWith('staff'))!.id;
      const dangling = await loadState(
        clone,
        model,
        {
          [storeId]: [{ store_id: '7', manager_staff_id: '7', note: null }],
          [staffId]: [
            { staff_id: '7', store_id: '7', boss: null },
            { staff_id: '8', store_id: '9', boss: '7' },
          ],
        },
        sequences,
      );
      expect(dangling.refused).toBe(1);
      expect(dangling.refusals.join('\n')).toMatch(/FOREIGN KEY|foreign key/);
      expect((await rowsOf(clone, model))[staffId]).toEqual([JSON.stringify(['7', '7', null])]);
      expect((await captureFingerprint(clone.state, WHOLE_DATABASE)).schema_hash).toBe(schemaBefore);
    } finally {
      await clone.dispose();
    }
  }, 120_000);
});
