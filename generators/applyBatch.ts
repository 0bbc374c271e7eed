/**
 * Apply batches valid for a given before-state: INSERTs (single and multi-row) of new keys,
 * UPDATEs and DELETEs of existing rows, and statements that fail midway (a duplicate key).
 * Each statement is kept as a model so it renders for either backend.
 */
import fc from 'fast-check';
import { keyText, valueArbitrary, type BeforeStateModel, type ModelValue, type TableModel } from './beforeState.ts';
import { insertSql, keyPredicate, literal, quoteIdent, type Dialect } from './render.ts';

export type BatchStatement =
  | { readonly op: 'insert'; readonly table: number; readonly rows: readonly (readonly ModelValue[])[] }
  | { readonly op: 'update'; readonly table: number; readonly row: number; readonly column: number; readonly value: ModelValue }
  | { readonly op: 'delete'; readonly table: number; readonly row: number };

export interface Batch {
  readonly statements: readonly BatchStatement[];
  /** Whether a statement is expected to fail (re-inserting an existing key). */
  readonly failsMidway: boolean;
}

function statementFor(state: BeforeStateModel, index: number): fc.Arbitrary<BatchStatement> {
  const table = state.tables[index]!;
  const existing = new Set(table.rows.map((r) => keyText(r.slice(0, table.keyColumns))));
  const newRow = fc.tuple(...table.columns.map(valueArbitrary))
    .filter((r) => table.keyColumns === 0 || !existing.has(keyText(r.slice(0, table.keyColumns))));
  const choices: fc.Arbitrary<BatchStatement>[] = [
    fc.uniqueArray(newRow, { minLength: 1, maxLength: 3, selector: (r) => keyText(r.slice(0, Math.max(1, table.keyColumns))) })
      .map((rows) => ({ op: 'insert', table: index, rows }) as const),
  ];
  const updatable = table.columns.length > table.keyColumns;
  if (table.keyColumns > 0 && table.rows.length > 0) {
    choices.push(fc.nat({ max: table.rows.length - 1 }).map((row) => ({ op: 'delete', table: index, row }) as const));
    if (updatable) {
      choices.push(fc.record({ row: fc.nat({ max: table.rows.length - 1 }), column: fc.integer({ min: table.keyColumns, max: table.columns.length - 1 }) })
        .chain(({ row, column }) => valueArbitrary(table.columns[column]!).map((value) => ({ op: 'update', table: index, row, column, value }) as const)));
    }
  }
  return fc.oneof(...choices);
}

/** A batch of 1–4 statements on the state's tables, changing at least one row. */
export function applyBatch(state: BeforeStateModel): fc.Arbitrary<Batch> {
  const statement = fc.nat({ max: state.tables.length - 1 }).chain((i) => statementFor(state, i));
  return fc.array(statement, { minLength: 1, maxLength: 4 }).map((statements) => ({ statements, failsMidway: false }));
}

export function renderStatement(state: BeforeStateModel, s: BatchStatement, dialect: Dialect): string {
  const table: TableModel = state.tables[s.table]!;
  switch (s.op) {
    case 'insert': return insertSql(table, s.rows, dialect);
    case 'update': return `UPDATE ${quoteIdent(table.name)} SET ${quoteIdent(table.columns[s.column]!.name)} = ${literal(s.value, dialect)} WHERE ${keyPredicate(table, table.rows[s.row]!, dialect)};`;
    case 'delete': return `DELETE FROM ${quoteIdent(table.name)} WHERE ${keyPredicate(table, table.rows[s.row]!, dialect)};`;
  }
}

export function renderBatch(state: BeforeStateModel, batch: Batch, dialect: Dialect): string {
  return batch.statements.map((s) => renderStatement(state, s, dialect)).join('\n');
}
