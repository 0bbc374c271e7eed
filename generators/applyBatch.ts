/**
 * Apply batches for a given before-state: INSERTs (single and multi-row) of new keys, UPDATEs
 * and DELETEs of existing rows, `INSERT … ON CONFLICT DO UPDATE`, and — when asked — a statement
 * that fails midway (re-inserting an existing key). Statements are models, rendered per backend.
 */
import fc from 'fast-check';
import { keyText, modelValueSchema, valueArbitrary, type BeforeStateModel, type ModelValue, type TableModel } from './beforeState.ts';
import { insertSql, keyPredicate, literal, quoteIdent, type Dialect } from './render.ts';
import { z } from 'zod';
import { actionIsFresh, objectAction, objectActionSchema, renderObjectAction, type ActionStatement } from './worldObjects.ts';

/** One statement of a batch (a duplicate re-inserts an existing row: a primary-key violation). The schema is the type's one definition. */
const statementSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('insert'),
    table: z.number().int().min(0),
    rows: z.array(z.array(modelValueSchema).readonly()).min(1).max(3).readonly(),
  }),
  z.strictObject({
    op: z.literal('update'),
    table: z.number().int().min(0),
    row: z.number().int().min(0),
    column: z.number().int().min(0),
    value: modelValueSchema,
  }),
  z.strictObject({ op: z.literal('delete'), table: z.number().int().min(0), row: z.number().int().min(0) }),
  z.strictObject({ op: z.literal('upsert'), table: z.number().int().min(0), row: z.array(modelValueSchema).readonly() }),
  z.strictObject({ op: z.literal('duplicate'), table: z.number().int().min(0), row: z.number().int().min(0) }),
  /** An action on one of the state's objects (worldObjects.ts): one or two SQL statements. */
  objectActionSchema.extend({ op: z.literal('object'), object: z.number().int().min(0) }),
]);

/** A batch; `failsMidway` says a statement is built to fail (a duplicate key), so the apply must stop there. */
export const batchShape = z.strictObject({ statements: z.array(statementSchema).min(1).max(5).readonly(), failsMidway: z.boolean() });

export type BatchStatement = z.infer<typeof statementSchema>;
export type Batch = z.infer<typeof batchShape>;

/** A column's values in generated changes; a foreign-key column only ever gets NULL (see beforeState). */
export function changeValue(table: TableModel, column: number): fc.Arbitrary<ModelValue> {
  const model = table.columns[column]!;
  return table.references !== undefined && model.name === 'ref' ? fc.constant({ t: 'null' } as const) : valueArbitrary(model);
}

function statementFor(state: BeforeStateModel, index: number): fc.Arbitrary<BatchStatement> {
  const table = state.tables[index]!;
  const existing = new Set(table.rows.map((r) => keyText(r.slice(0, table.keyColumns))));
  const newRow = fc
    .tuple(...table.columns.map((_, i) => changeValue(table, i)))
    .filter((r) => table.keyColumns === 0 || !existing.has(keyText(r.slice(0, table.keyColumns))));
  const choices: fc.Arbitrary<BatchStatement>[] = [
    fc
      .uniqueArray(newRow, { minLength: 1, maxLength: 3, selector: (r) => keyText(r.slice(0, Math.max(1, table.keyColumns))) })
      .map((rows) => ({ op: 'insert', table: index, rows }) as const),
  ];
  const updatable = table.columns.length > table.keyColumns;
  if (table.keyColumns > 0 && table.rows.length > 0) {
    choices.push(fc.nat({ max: table.rows.length - 1 }).map((row) => ({ op: 'delete', table: index, row }) as const));
    // An upsert over an existing key, or a new one.
    const existingRow = fc
      .constantFrom(...table.rows)
      .map((row) => row.map((v, i) => (table.references !== undefined && table.columns[i]!.name === 'ref' ? ({ t: 'null' } as const) : v)));
    choices.push(fc.oneof(existingRow, newRow).map((row) => ({ op: 'upsert', table: index, row }) as const));
    if (updatable) {
      choices.push(
        fc
          .record({
            row: fc.nat({ max: table.rows.length - 1 }),
            column: fc.integer({ min: table.keyColumns, max: table.columns.length - 1 }),
          })
          .chain(({ row, column }) =>
            changeValue(table, column).map((value) => ({ op: 'update', table: index, row, column, value }) as const),
          ),
      );
    }
  }
  return fc.oneof(...choices);
}

/** An action on one of the state's objects. */
function objectStatement(state: BeforeStateModel): fc.Arbitrary<BatchStatement> {
  const objects = state.objects ?? [];
  return fc
    .nat({ max: objects.length - 1 })
    .chain((object) => objectAction(objects[object]!).map((a) => ({ op: 'object', object, ...a }) as const));
}

/** A batch of 1–4 statements on the state's tables and objects; some fail midway where a keyed table has a row. */
export function applyBatch(state: BeforeStateModel): fc.Arbitrary<Batch> {
  const onTables = fc.nat({ max: state.tables.length - 1 }).chain((i) => statementFor(state, i));
  const statement = state.objects?.length ? fc.oneof(onTables, objectStatement(state)) : onTables;
  const failing = state.tables.flatMap((t, table) => (t.keyColumns > 0 && t.rows.length > 0 ? [table] : []));
  const valid = fc
    .array(statement, { minLength: 1, maxLength: 4 })
    .filter((statements) => insertsAreNew(state, statements))
    .map((statements): Batch => ({ statements, failsMidway: false }));
  if (failing.length === 0) return valid;
  const broken = fc.tuple(valid, fc.constantFrom(...failing), fc.nat()).map(([b, table, n]): Batch => {
    const duplicate: BatchStatement = { op: 'duplicate', table, row: n % state.tables[table]!.rows.length };
    // Before the rest, so no earlier statement of the batch can have removed the row it repeats.
    return { statements: [duplicate, ...b.statements], failsMidway: true };
  });
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: broken });
}

/**
 * No INSERT repeats a key an earlier INSERT or upsert of the same batch wrote (keys within one statement are unique already),
 * and no two actions on one object write the same new id.
 */
export function insertsAreNew(state: BeforeStateModel, statements: readonly BatchStatement[]): boolean {
  const written = new Set<string>();
  for (const s of statements) {
    if (s.op === 'object') {
      const object = state.objects?.[s.object];
      if (!object || !actionIsFresh(object, s.action)) continue;
      const key = `object ${s.object}:${s.value}`;
      if (written.has(key)) return false;
      written.add(key);
      continue;
    }
    if (s.op !== 'insert' && s.op !== 'upsert') continue;
    const table = state.tables[s.table]!;
    if (table.keyColumns === 0) continue;
    const rows = s.op === 'insert' ? s.rows : [s.row];
    for (const row of rows) {
      const key = `${s.table}:${keyText(row.slice(0, table.keyColumns))}`;
      if (s.op === 'insert' && written.has(key)) return false;
      written.add(key);
    }
  }
  return true;
}

const NEEDS: Record<Exclude<BatchStatement['op'], 'object'>, ActionStatement['needs']> = {
  insert: [],
  duplicate: [],
  update: [{ kind: 'UPDATE' }],
  delete: [{ kind: 'DELETE' }],
  upsert: [{ kind: 'UPSERT' }],
};

/** The SQL statements one batch statement renders to (an object's action may take two), each with what a plan must justify. */
export function statementParts(state: BeforeStateModel, s: BatchStatement, dialect: Dialect): ActionStatement[] {
  if (s.op === 'object') return renderObjectAction(state.objects![s.object]!, s.object, s, dialect);
  return [{ sql: renderStatement(state, s, dialect), needs: NEEDS[s.op] }];
}

/** One batch statement as SQL (an object's action may be two statements). */
export function renderStatement(state: BeforeStateModel, s: BatchStatement, dialect: Dialect): string {
  if (s.op === 'object')
    return statementParts(state, s, dialect)
      .map((p) => p.sql)
      .join('\n');
  const table: TableModel = state.tables[s.table]!;
  switch (s.op) {
    case 'insert':
      return insertSql(table, s.rows, dialect);
    case 'update':
      return `UPDATE ${quoteIdent(table.name)} SET ${quoteIdent(table.columns[s.column]!.name)} = ${literal(s.value, dialect)} WHERE ${keyPredicate(table, table.rows[s.row]!, dialect)};`;
    case 'delete':
      return `DELETE FROM ${quoteIdent(table.name)} WHERE ${keyPredicate(table, table.rows[s.row]!, dialect)};`;
    case 'duplicate':
      return insertSql(table, [table.rows[s.row]!], dialect);
    case 'upsert': {
      const keys = table.columns
        .slice(0, table.keyColumns)
        .map((c) => quoteIdent(c.name))
        .join(', ');
      const rest = table.columns.slice(table.keyColumns).map((c) => `${quoteIdent(c.name)} = excluded.${quoteIdent(c.name)}`);
      const action = rest.length > 0 ? `DO UPDATE SET ${rest.join(', ')}` : 'DO NOTHING';
      return `${insertSql(table, [s.row], dialect).replace(/;$/, '')} ON CONFLICT (${keys}) ${action};`;
    }
  }
}

export function renderBatch(state: BeforeStateModel, batch: Batch, dialect: Dialect): string {
  return batch.statements.map((s) => renderStatement(state, s, dialect)).join('\n');
}
