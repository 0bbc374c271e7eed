/** The statements actions are made of: a fresh row, an update or delete of a picked one, what a trigger fires. */
import { quoteIdent as q, quoteText, type Dialect } from '../sqlText.ts';
import type { ActionStatement, ObjectAction, StatementNeed } from './kind.ts';

export const freshId = (a: ObjectAction) => 500 + a.value;
/** The id of an existing row, or one no row has (the statement then touches nothing). */
export const pickId = (ids: readonly number[], a: ObjectAction) => (ids.length === 0 ? 9999 : ids[a.pick % ids.length]!);
export const ids = (rows: readonly (readonly [number, ...unknown[]])[]) => rows.map((r) => r[0]);
export const stmt = (sql: string, ...needs: StatementNeed[]): ActionStatement => ({ sql, needs });
export const UPDATE: StatementNeed = { kind: 'UPDATE' };
export const DELETE: StatementNeed = { kind: 'DELETE' };
export const insertItem = (table: string, a: ObjectAction, extra: Record<string, string> = {}) =>
  stmt(
    `INSERT INTO ${q(table)} (${['id', 'label', 'qty', ...Object.keys(extra)].map(q).join(', ')}) VALUES (${[freshId(a), quoteText(`new ${a.value}`), a.value, ...Object.values(extra)].join(', ')});`,
  );
export const updateQty = (table: string, rowId: number, a: ObjectAction) =>
  stmt(`UPDATE ${q(table)} SET "qty" = ${a.value} WHERE "id" = ${rowId};`, UPDATE);
export const deleteRow = (table: string, rowId: number) => stmt(`DELETE FROM ${q(table)} WHERE "id" = ${rowId};`, DELETE);
/** The statements with what they fire named as a need: the trigger function on Postgres, the trigger for this kind of write (`<fn> insert` …) on SQLite. */
export const firing = (
  fn: string,
  on: 'insert' | 'update' | 'delete',
  dialect: Dialect,
  statements: ActionStatement[],
): ActionStatement[] => {
  const fired = dialect === 'postgres' ? fn : `${fn} ${on}`;
  return statements.map((s) => ({ ...s, needs: [...s.needs, { kind: 'FUNCTION', function: fired }] }));
};
