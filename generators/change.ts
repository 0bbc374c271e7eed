/**
 * The change generator: a before-state and one change to it — an update, an insert, a delete, an
 * index, a sequence step, a look-alike value or a column-boundary shift — the cases a capture
 * must see (capture.detects-every-change). Its schema is the type's one definition and its domain.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { changeValue } from './applyBatch.ts';
import { beforeState, keyText, modelValueSchema, type ColumnModel, type ModelValue } from './beforeState.ts';
import { objectAction, objectActionSchema } from './worldObjects.ts';

export const changeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('update'),
    table: z.number().int().min(0),
    row: z.number().int().min(0),
    column: z.number().int().min(0),
    value: modelValueSchema,
    from: modelValueSchema.optional(),
  }),
  z.strictObject({ kind: z.literal('insert'), table: z.number().int().min(0), row: z.array(modelValueSchema).readonly() }),
  z.strictObject({ kind: z.literal('delete'), table: z.number().int().min(0), row: z.number().int().min(0) }),
  z.strictObject({ kind: z.literal('index'), table: z.number().int().min(0), column: z.number().int().min(0) }),
  z.strictObject({ kind: z.literal('nextval') }),
  z.strictObject({
    kind: z.literal('shift'),
    table: z.number().int().min(0),
    row: z.number().int().min(0),
    column: z.number().int().min(0),
  }),
  /** One action on one of the state's objects (worldObjects.ts): a row through a view, a cascade, a trigger-written row … */
  objectActionSchema.extend({ kind: z.literal('object'), object: z.number().int().min(0) }),
]);

export type Change = z.infer<typeof changeSchema>;

const TWO_53 = 2n ** 53n;
const NULL: ModelValue = { t: 'null' };
const text = (v: string): ModelValue => ({ t: 'text', v });

const int = (v: number): ModelValue => ({ t: 'int', v: BigInt(v) });

/**
 * Values for two adjacent columns, before and after, whose text runs together the same: a capture
 * that concatenates columns without a separator cannot tell them apart.
 */
export function shiftPair(
  left: ColumnModel['type'],
  right: ColumnModel['type'],
): readonly [readonly [ModelValue, ModelValue], readonly [ModelValue, ModelValue]] | null {
  const isText = (t: string) => t === 'text';
  const isInt = (t: string) => t === 'int' || t === 'bigint';
  if (isText(left) && isText(right))
    return [
      [text('ab'), text('c')],
      [text('a'), text('bc')],
    ];
  if (isInt(left) && isInt(right))
    return [
      [int(12), int(3)],
      [int(1), int(23)],
    ];
  if (isText(left) && isInt(right))
    return [
      [text('a1'), int(2)],
      [text('a'), int(12)],
    ];
  if (isInt(left) && isText(right))
    return [
      [int(1), text('2a')],
      [int(12), text('a')],
    ];
  return null;
}

/**
 * Pairs of values a capture could confuse, per column type: NULL and '<null>', 'NULL' or '',
 * -0 and 0, 2^53 and 2^53 + 1, NFC and NFD, a trailing space, 1.0 and 1.00, json spacing, the
 * empty value and NULL, one microsecond. The classic capture bugs live between these.
 */
export function lookalikePairs(column: ColumnModel): (readonly [ModelValue, ModelValue])[] {
  const pairs: (readonly [ModelValue, ModelValue])[] = [];
  const nullable = column.nullable;
  switch (column.type) {
    case 'text':
      if (nullable) pairs.push([NULL, text('<null>')], [text('<null>'), NULL], [NULL, text('')], [text('NULL'), NULL]);
      pairs.push([text('ab'), text('ab ')], [text('caf\u00e9'), text('cafe\u0301')]);
      break;
    case 'float8':
      pairs.push(
        [
          { t: 'float', v: 0 },
          { t: 'float', v: -0 },
        ],
        [
          { t: 'float', v: -0 },
          { t: 'float', v: 0 },
        ],
      );
      break;
    case 'bigint':
      pairs.push(
        [
          { t: 'int', v: TWO_53 },
          { t: 'int', v: TWO_53 + 1n },
        ],
        [
          { t: 'int', v: -TWO_53 - 1n },
          { t: 'int', v: -TWO_53 },
        ],
      );
      break;
    case 'int':
      if (nullable) pairs.push([NULL, { t: 'int', v: 0n }]);
      break;
    case 'numeric':
      pairs.push([
        { t: 'numeric', v: '1.0' },
        { t: 'numeric', v: '1.00' },
      ]);
      break;
    case 'json':
      pairs.push([
        { t: 'json', v: '{"a":1}' },
        { t: 'json', v: '{"a": 1}' },
      ]);
      break;
    case 'bytea':
      if (nullable) pairs.push([NULL, { t: 'bytes', v: new Uint8Array() }]);
      break;
    case 'boolean':
      if (nullable) pairs.push([NULL, { t: 'bool', v: false }]);
      break;
    case 'timestamptz':
      pairs.push([
        { t: 'time', v: '2024-01-01 00:00:00.000000+00' },
        { t: 'time', v: '2024-01-01 00:00:00.000001+00' },
      ]);
      break;
    default:
  }
  return pairs;
}

/** A before-state and one change of it: the values a capture must tell apart. */
export const stateAndChange = beforeState.chain((state) => {
  const changes: fc.Arbitrary<Change>[] = [];
  state.tables.forEach((t, table) => {
    // Postgres refuses a btree index on json (no equality operator): the one legitimate refusal, left out.
    const indexable = t.columns.map((c, i) => (c.type === 'json' ? -1 : i)).filter((i) => i >= 0);
    if (indexable.length > 0) changes.push(fc.constantFrom(...indexable).map((column) => ({ kind: 'index', table, column }) as const));
    // One more row is a change for keyed and keyless tables alike (a multiset gains an element).
    const existing = new Set(t.rows.map((r) => keyText(r.slice(0, t.keyColumns))));
    changes.push(
      fc
        .tuple(...t.columns.map((_, i) => changeValue(t, i)))
        .filter((r) => t.keyColumns === 0 || !existing.has(keyText(r.slice(0, t.keyColumns))))
        .map((row) => ({ kind: 'insert', table, row }) as const),
    );
    // One more copy of an existing row of a keyless table: a multiset, not a set.
    if (t.keyColumns === 0 && t.rows.length > 0) {
      changes.push(fc.nat({ max: t.rows.length - 1 }).map((i) => ({ kind: 'insert', table, row: t.rows[i]! }) as const));
    }
    if (t.keyColumns > 0) {
      if (t.rows.length > 0) {
        changes.push(fc.nat({ max: t.rows.length - 1 }).map((row) => ({ kind: 'delete', table, row }) as const));
        if (t.columns.length > t.keyColumns) {
          changes.push(
            fc
              .record({ row: fc.nat({ max: t.rows.length - 1 }), column: fc.integer({ min: t.keyColumns, max: t.columns.length - 1 }) })
              .chain(({ row, column }) => changeValue(t, column).map((value) => ({ kind: 'update', table, row, column, value }) as const)),
          );
        }
        // A look-alike pair set into an existing row: the value first, then its look-alike.
        const changeable = (column: number) => column >= t.keyColumns && !(t.references !== undefined && t.columns[column]!.name === 'ref');
        const alike = t.columns.flatMap((c, column) =>
          changeable(column) ? lookalikePairs(c).map(([from, value]) => ({ column, from, value })) : [],
        );
        if (alike.length > 0) {
          const pair = fc
            .record({ row: fc.nat({ max: t.rows.length - 1 }), pick: fc.constantFrom(...alike) })
            .map(({ row, pick }) => ({ kind: 'update', table, row, column: pick.column, value: pick.value, from: pick.from }) as const);
          changes.push(pair, pair, pair);
        }
        // A boundary shift between two adjacent columns.
        const shifts = t.columns.flatMap((c, column) =>
          changeable(column) && column + 1 < t.columns.length && changeable(column + 1) && shiftPair(c.type, t.columns[column + 1]!.type)
            ? [column]
            : [],
        );
        if (shifts.length > 0) {
          const shiftsAt = fc
            .record({ row: fc.nat({ max: t.rows.length - 1 }), column: fc.constantFrom(...shifts) })
            .map(({ row, column }) => ({ kind: 'shift', table, row, column }) as const);
          changes.push(shiftsAt, shiftsAt, shiftsAt, shiftsAt);
        }
      }
    }
  });
  if (state.sequences.length > 0) changes.push(fc.constant({ kind: 'nextval' } as const));
  (state.objects ?? []).forEach((o, object) => {
    const action = objectAction(o, true).map((a) => ({ kind: 'object', object, ...a }) as const);
    changes.push(action, action);
  });
  return fc.oneof(...changes).map((change) => ({ state, change }));
});
