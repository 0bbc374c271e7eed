/**
 * `rollback-rehearsal/generators`: the suite's generators as fast-check arbitraries, for a user's
 * own properties. Compose them as any arbitrary (`chain`, `map`, `filter`, `fc.record`):
 *
 * - random before-states (tables, keys, rows of every column type) and apply batches for one
 *   (`beforeState`, `applyBatch`), as SQL for SQLite or Postgres (`renderState`, `renderBatch`);
 * - before-states of a given schema — a clone's own, read from its catalog — built from its rows
 *   and their edges (`schemaOf`, `sampledRows`, `statesOf`), loaded into a clone (`loadDataState`);
 * - malformed gate requests and the control (`mutatedRequest`, `controlLayouts`), genuine and
 *   forged rollback proofs (`genuineProofs`, `forgedProofs`).
 */
import type fc from 'fast-check';
import type { Clone } from '../src/index.ts';
import { introspectPostgres, introspectSqlite, loadState, sampleRows, type DataState, type SchemaModel } from '../src/suite.ts';
import { buildState, stateRecipe } from './planState.ts';

export { applyBatch, renderBatch, type Batch, type BatchStatement } from './applyBatch.ts';
export {
  beforeState,
  COLUMN_TYPES,
  tableModel,
  valueArbitrary,
  type BeforeStateModel,
  type ColumnModel,
  type ColumnType,
  type ModelValue,
  type TableModel,
} from './beforeState.ts';
export { forgedProofs, genuineProofs } from './proofs.ts';
export { renderState, type Dialect } from './render.ts';
export { controlLayouts, mutatedRequest } from './requests.ts';
export type { DataRow, DataState, SchemaModel } from '../src/suite.ts';

/** The schema of a clone, read from its catalog: its tables, their columns, keys and foreign keys. */
export function schemaOf(clone: Clone): Promise<SchemaModel> {
  return clone.kind === 'sqlite' ? introspectSqlite(clone.session) : introspectPostgres(clone.session);
}

/** Up to `perTable` rows of each table of the clone: what `statesOf` draws rows and values from. */
export function sampledRows(clone: Clone, model: SchemaModel, perTable = 50): Promise<DataState> {
  return sampleRows(clone, model, perTable);
}

/**
 * Before-states of `model`: rows that keep its keys unique and its foreign keys pointing at rows
 * that exist, drawn from `samples` (whole rows, and column by column) and the values at the edges
 * (NULL where allowed, empty and long text, extreme numbers, one past the largest key).
 */
export function statesOf(model: SchemaModel, samples: DataState, options: { maxRowsPerTable?: number } = {}): fc.Arbitrary<DataState> {
  return stateRecipe(model, { maxRowsPerTable: options.maxRowsPerTable ?? 8 }).map((recipe) => buildState(model, samples, recipe).state);
}

/**
 * Replaces the clone's rows with `state` (by COPY where it can); what the database refuses (a
 * CHECK, a trigger) is left out and counted. Sequences stay as they are.
 */
export async function loadDataState(clone: Clone, model: SchemaModel, state: DataState): Promise<{ readonly refused: number }> {
  const result = await loadState(clone, model, state, {});
  return { refused: result.refused };
}
