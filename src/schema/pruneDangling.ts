import type { DataRow, SchemaModel } from './schemaModel.ts';

const keyOf = (row: DataRow, columns: readonly string[]) => JSON.stringify(columns.map((c) => row[c] ?? null));

/**
 * Leaves out, until none is left, every row whose foreign key names a row the state does not hold
 * (a row of a cycle whose parent was left out); returns how many.
 */
export function pruneDangling(model: SchemaModel, state: Record<string, DataRow[]>): number {
  let removed = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const table of model.tables) {
      const rows = state[table.id];
      if (!rows) continue;
      const kept = rows.filter((row) =>
        table.foreignKeys.every((fk) => {
          if (fk.columns.some((c) => row[c] === null || row[c] === undefined)) return true;
          const wanted = keyOf(row, fk.columns);
          return (state[fk.references] ?? []).some((p) => keyOf(p, fk.referencedColumns) === wanted);
        }),
      );
      if (kept.length < rows.length) {
        removed += rows.length - kept.length;
        state[table.id] = kept;
        changed = true;
      }
    }
  }
  return removed;
}
