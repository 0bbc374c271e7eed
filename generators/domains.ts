/**
 * What each generator can produce, as schemas. A stored fixture holds a value, not a seed; when a
 * generator changes, a fixture whose value today's generator could no longer produce is reported
 * as out of domain instead of being replayed as if it still meant something. (fast-check cannot
 * answer this itself: `canShrinkWithoutContext` is false for every chained arbitrary.)
 *
 * Each schema states the generator's constraints — types, ranges, index bounds, key uniqueness —
 * and each is tested against thousands of generated values, so it never refuses what the
 * generator makes.
 */
import { z } from 'zod';
import { FORGERY_KINDS } from './proofs.ts';
import { controlText, SEAL_TOKENS } from './requests.ts';
import canonicalize from 'canonicalize';
import { GRAMMAR_CASES, sideEffectStatements } from './effects.ts';
import {
  COLUMN_TYPES,
  keyText,
  modelValueSchema,
  type BeforeStateModel,
  type ColumnType,
  type ModelValue,
  type TableModel,
} from './beforeState.ts';
import { batchShape, insertsAreNew, type Batch } from './applyBatch.ts';
import { changeSchema } from './change.ts';
import { actionCount, actionInBatches, WORLD_OBJECT_KINDS, worldObjectSchema, type ObjectAction } from './worldObjects.ts';

/** A domain answers with the first reason a value is outside it, or null. */
export type Domain = (value: unknown) => string | null;

export function domainOf(schema: z.ZodType): Domain {
  return (value) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return null;
    const issue = parsed.error.issues[0]!;
    return `${issue.path.length ? issue.path.join('.') : '(value)'}: ${issue.message}`;
  };
}

const bytes = z.instanceof(Uint8Array);

const TAG_FOR: Record<ColumnType, ModelValue['t']> = {
  int: 'int',
  bigint: 'int',
  numeric: 'numeric',
  float8: 'float',
  text: 'text',
  bytea: 'bytes',
  boolean: 'bool',
  timestamptz: 'time',
  jsonb: 'json',
  json: 'json',
};

const columnSchema = z.strictObject({ name: z.string().min(1), type: z.enum(COLUMN_TYPES), nullable: z.boolean() });

/** A row fits its table: one value per column, each of the column's type, NULL only where allowed. */
function rowProblem(table: Pick<TableModel, 'columns'>, row: readonly ModelValue[]): string | null {
  if (row.length !== table.columns.length) return `a row has ${row.length} values for ${table.columns.length} columns`;
  for (const [i, value] of row.entries()) {
    const column = table.columns[i]!;
    if (value.t === 'null') {
      if (!column.nullable) return `column ${column.name} is NOT NULL but a row holds NULL`;
    } else if (value.t !== TAG_FOR[column.type]) {
      return `column ${column.name} (${column.type}) holds a ${value.t} value`;
    } else if (
      (column.type === 'int' && (value.v as bigint) > 2n ** 31n - 1n) ||
      (column.type === 'int' && (value.v as bigint) < -(2n ** 31n))
    ) {
      return `column ${column.name} (int) holds ${String(value.v)}, outside 32 bits`;
    } else if (!column.nullable && value.t === 'float' && Number.isNaN(value.v)) {
      return `column ${column.name} is NOT NULL but holds NaN`;
    }
  }
  return null;
}

const tableSchema = z
  .strictObject({
    name: z.string().min(1),
    columns: z.array(columnSchema).min(1).max(7),
    keyColumns: z.number().int().min(0).max(2),
    serial: z.boolean(),
    identity: z.literal(true).optional(),
    references: z.literal(0).optional(),
    rows: z.array(z.array(modelValueSchema)).max(7),
  })
  .superRefine((table, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    const keys = table.columns.slice(0, table.keyColumns);
    if (keys.some((c, i) => c.name !== `k${i + 1}` || c.nullable || !['int', 'bigint', 'text'].includes(c.type)))
      problem('key columns are k1, k2 … of int, bigint or text, NOT NULL');
    if (new Set(table.columns.map((c) => c.name)).size !== table.columns.length) problem('two columns share a name');
    if (table.references !== undefined && table.columns[table.columns.length - 1]?.name !== 'ref')
      problem('a foreign key without its ref column last');
    for (const row of table.rows) {
      const why = rowProblem(table as TableModel, row as ModelValue[]);
      if (why) return problem(why);
    }
    if (table.keyColumns > 0) {
      const seen = new Set(table.rows.map((r) => keyText((r as ModelValue[]).slice(0, table.keyColumns))));
      if (seen.size !== table.rows.length) problem('two rows share a key');
    }
  });

/** A before-state with at most `maxObjects` real-world objects (two in the before-state generator; one of each kind in capture.sees-every-object-change). */
const stateSchemaWith = (maxObjects: number) =>
  z
    .strictObject({
      tables: z.array(tableSchema).min(1).max(4),
      sequences: z.array(z.strictObject({ name: z.enum(['counter', 'Mixed Seq']), calls: z.number().int().min(0).max(3) })).max(2),
      objects: z.array(worldObjectSchema).max(maxObjects).optional(),
    })
    .superRefine((state, ctx) => {
      if (new Set(state.tables.map((t) => t.name)).size !== state.tables.length)
        ctx.addIssue({ code: 'custom', message: 'two tables share a name' });
      if (new Set(state.sequences.map((s) => s.name)).size !== state.sequences.length)
        ctx.addIssue({ code: 'custom', message: 'two sequences share a name' });
      if (state.tables[0]!.references !== undefined) ctx.addIssue({ code: 'custom', message: 'the first table references itself' });
      if (state.tables.some((t) => t.references !== undefined) && state.tables[0]!.keyColumns !== 1) {
        ctx.addIssue({ code: 'custom', message: 'a foreign key to a first table without a single-column key' });
      }
    });

export const beforeStateSchema = stateSchemaWith(2);
/** Every kind but the big table, once each. */
export const objectStateSchema = stateSchemaWith(WORLD_OBJECT_KINDS.length - 1);

/** The action is one the object's kind has. */
function objectActionProblem(state: BeforeStateModel, index: number, action: ObjectAction, schemaChanges: boolean): string | null {
  const object = state.objects?.[index];
  if (!object) return `no object ${index}`;
  if (action.action >= actionCount(object)) return `a ${object.kind} has no action ${action.action}`;
  if (!schemaChanges && !actionInBatches(object, action.action))
    return `a ${object.kind}'s action ${action.action} is never drawn in a batch`;
  return null;
}

/** The batch refers only to tables, rows and columns the state has, as the batch generator does. */
function batchProblem(state: BeforeStateModel, batch: Batch): string | null {
  const duplicates = batch.statements.filter((s) => s.op === 'duplicate').length;
  if (batch.failsMidway !== (batch.statements[0]?.op === 'duplicate') || duplicates > (batch.failsMidway ? 1 : 0)) {
    return 'failsMidway must match exactly one leading duplicate statement';
  }
  if (batch.statements.length > (batch.failsMidway ? 5 : 4)) return 'too many statements';
  for (const [i, s] of batch.statements.entries()) {
    const at = `statement ${i + 1}`;
    if (s.op === 'object') {
      const why = objectActionProblem(state, s.object, s, false);
      if (why) return `${at}: ${why}`;
      continue;
    }
    const table = state.tables[s.table];
    if (!table) return `${at}: no table ${s.table}`;
    const keyed = table.keyColumns > 0;
    if (s.op === 'insert' || s.op === 'upsert') {
      for (const row of s.op === 'insert' ? s.rows : [s.row]) {
        const why = rowProblem(table, row);
        if (why) return `${at}: ${why}`;
      }
      if (s.op === 'upsert' && !keyed) return `${at}: an upsert on a keyless table`;
      continue;
    }
    if (!keyed) return `${at}: a ${s.op} on a keyless table`;
    if (s.row >= table.rows.length) return `${at}: no row ${s.row}`;
    if (s.op === 'update') {
      if (s.column < table.keyColumns || s.column >= table.columns.length) return `${at}: column ${s.column} is a key or does not exist`;
      const why = rowProblem({ columns: [table.columns[s.column]!] }, [s.value]);
      if (why) return `${at}: ${why}`;
    }
  }
  if (!insertsAreNew(state, batch.statements)) return 'two statements write the same new key';
  return null;
}

export const stateAndBatchSchema = z.strictObject({ state: beforeStateSchema, batch: batchShape }).superRefine((v, ctx) => {
  const why = batchProblem(v.state as BeforeStateModel, v.batch as Batch);
  if (why) ctx.addIssue({ code: 'custom', message: why, path: ['batch'] });
});

export const stateAndChangeSchema = z
  .strictObject({ state: beforeStateSchema, change: changeSchema })
  .superRefine(({ state, change }, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message, path: ['change'] });
    if (change.kind === 'nextval') return void (state.sequences.length === 0 && problem('nextval without a sequence'));
    if (change.kind === 'object') {
      const why = objectActionProblem(state as BeforeStateModel, change.object, change, true);
      return void (why && problem(why));
    }
    const table = state.tables[change.table] as TableModel | undefined;
    if (!table) return problem(`no table ${change.table}`);
    if (change.kind === 'index' && (change.column >= table.columns.length || table.columns[change.column]!.type === 'json'))
      problem('no indexable column there');
    if (change.kind === 'insert') {
      const why = rowProblem(table, change.row as ModelValue[]);
      if (why) problem(why);
    }
    if (
      (change.kind === 'update' || change.kind === 'delete' || change.kind === 'shift') &&
      (table.keyColumns === 0 || change.row >= table.rows.length)
    )
      return problem(`no keyed row ${change.row}`);
    const shiftable = (type: string | undefined) => type === 'text' || type === 'int' || type === 'bigint';
    if (
      change.kind === 'shift' &&
      (change.column < table.keyColumns ||
        !shiftable(table.columns[change.column]?.type) ||
        !shiftable(table.columns[change.column + 1]?.type))
    ) {
      problem('a shift needs two adjacent non-key text or integer columns');
    }
    if (change.kind === 'update' && (change.column < table.keyColumns || change.column >= table.columns.length))
      return problem(`column ${change.column} is a key or does not exist`);
    if (change.kind === 'update') {
      for (const value of [change.value, change.from]) {
        const why = value === undefined ? null : rowProblem({ columns: [table.columns[change.column]!] }, [value as ModelValue]);
        if (why) problem(why);
      }
    }
  });

const sha256 = z.string().regex(/^sha256:[0-9a-f]{64}$/);
const proofEntry = z.strictObject({
  id: z.string().min(1).max(12),
  mode: z.enum(['txn', 'snapshot']),
  before_hash: sha256,
  after_apply_hash: sha256,
  after_rollback_hash: sha256,
  expected_hash: sha256,
  before_rows: z.record(z.string(), z.number().int().min(0)),
  after_rollback_rows: z.record(z.string(), z.number().int().min(0)),
  restored_match: z.literal(true),
  production_rollback_status: z.literal('NOT_APPLICABLE'),
  sequence_resets: z.array(z.never()).optional(),
});
export const genuineProofSchema = z.strictObject({
  format: z.enum(['rollback-proof/v1', 'rollback-proof/v2']),
  target: z.strictObject({ kind: z.literal('clone'), is_production: z.literal(false) }),
  entries: z.array(proofEntry).min(1).max(3),
});

/** Forged proofs are free-form by design (a forgery breaks the shape); the forgery must be one we make, with its own code. */
export const forgedProofSchema = z
  .strictObject({
    proof: z.record(z.string(), z.unknown()),
    forgery: z.enum(FORGERY_KINDS.map((k) => k.name) as [string, ...string[]]),
    code: z.string(),
  })
  .refine((f) => FORGERY_KINDS.some((k) => k.name === f.forgery && k.code === f.code), 'the code is not the one this forgery draws');

export const mutatedRequestSchema = z.strictObject({ mutation: z.string().min(1), bytes });
/** The control request, laid out any way JSON allows: the same document once parsed. */
export const controlLayoutSchema = bytes.refine((b) => {
  try {
    return canonicalize(JSON.parse(Buffer.from(b).toString('utf8'))) === canonicalize(JSON.parse(controlText()));
  } catch {
    return false;
  }
}, 'not the control request (laid out another way)');
export const sqlTextSchema = z.string().min(1);
export const sealTokenCaseSchema = z.strictObject({
  token: z.enum(SEAL_TOKENS as [string, ...string[]]),
  proof: genuineProofSchema,
  whole: z.boolean(),
});
export const orderCaseSchema = z
  .strictObject({ state: beforeStateSchema, seed: z.number().int().min(0) })
  .refine((v) => v.state.tables.every((t) => !t.serial), 'serial tables are left out of this property');
export const grammarCaseSchema = z.strictObject({
  server: z.number().int().min(15).max(18),
  statement: z
    .number()
    .int()
    .min(0)
    .max(GRAMMAR_CASES.length - 1),
});
export const sideEffectCaseSchema = z.strictObject({
  sb: stateAndBatchSchema,
  effect: z
    .number()
    .int()
    .min(0)
    .max(sideEffectStatements('t').length - 1),
  first: z.boolean(),
});

/** How a generated batch is wrapped as an executor (rehearsal.executor-as-written). */
export const executorCaseSchema = z.strictObject({
  sb: stateAndBatchSchema,
  stopsOnError: z.boolean(),
  /** 0: BEGIN; 1: START TRANSACTION (SQLite: BEGIN IMMEDIATE). */
  begin: z.number().int().min(0).max(1),
  /** 0: COMMIT; 1: END. */
  ending: z.number().int().min(0).max(1),
  /** A quiet client command (\echo, .print) before the BEGIN, and a comment before the batch. */
  chatty: z.boolean(),
});
