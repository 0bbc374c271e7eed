/**
 * Random before-states: 1–4 tables of the column types real databases hold, keyed, composite-keyed
 * or keyless (with duplicates), with serial columns, standalone sequences and identifiers that
 * need quoting — one model, rendered for Postgres and for SQLite. Types SQLite lacks are mapped
 * (documented per type below); values it cannot hold (NaN) are left out on SQLite.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { worldObject, type WorldObject } from './worldObjects.ts';

export const COLUMN_TYPES = ['int', 'bigint', 'numeric', 'float8', 'text', 'bytea', 'boolean', 'timestamptz', 'jsonb', 'json'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** A value as the model holds it; rendered to a literal per backend. The schema is its one definition (and its domain). */
const bytes = z.instanceof(Uint8Array);

export const modelValueSchema = z.discriminatedUnion('t', [
  z.strictObject({ t: z.literal('null') }),
  z.strictObject({
    t: z.literal('int'),
    v: z
      .bigint()
      .min(-(2n ** 63n))
      .max(2n ** 63n - 1n),
  }),
  z.strictObject({ t: z.literal('numeric'), v: z.string().regex(/^-?\d+(\.\d{1,4})?$/) }),
  z.strictObject({ t: z.literal('float'), v: z.custom<number>((v) => typeof v === 'number', 'expected a number') }),
  z.strictObject({ t: z.literal('text'), v: z.string().refine((s) => !s.includes('\u0000'), 'text holds a NUL') }),
  z.strictObject({ t: z.literal('bytes'), v: bytes.refine((b) => b.length <= 8, 'more than 8 bytes') }),
  z.strictObject({ t: z.literal('bool'), v: z.boolean() }),
  z.strictObject({ t: z.literal('time'), v: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}\+00$/) }),
  z.strictObject({
    t: z.literal('json'),
    v: z.string().refine((s) => {
      try {
        JSON.parse(s);
        return true;
      } catch {
        return false;
      }
    }, 'not JSON'),
  }),
]);

export type ModelValue = z.infer<typeof modelValueSchema>;

export interface ColumnModel {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
}

export interface TableModel {
  readonly name: string;
  readonly columns: readonly ColumnModel[];
  /** How many leading columns form the primary key (0: keyless). */
  readonly keyColumns: number;
  /** Adds a generated column `rid` on Postgres: serial, or an identity column with `identity`. */
  readonly serial: boolean;
  readonly identity?: boolean;
  /**
   * A foreign key from this table's `ref` column (its last) to the first table's single-column key,
   * `ON DELETE CASCADE`. Existing rows reference existing keys; generated changes write NULL there,
   * so no generated batch can violate it.
   */
  readonly references?: number;
  readonly rows: readonly (readonly ModelValue[])[];
}

export interface BeforeStateModel {
  readonly tables: readonly TableModel[];
  readonly sequences: readonly { readonly name: string; readonly calls: number }[];
  /** Views, triggers, partitions, enums … each with its own tables (see worldObjects.ts); absent in fixtures older than them. */
  readonly objects?: readonly WorldObject[];
}

/** Identifiers plain and awkward: spaces, quotes, reserved words, mixed case, non-ASCII. */
export const identifier = fc.oneof(
  fc.constantFrom('a', 'b', 'c', 'value', 'amount', 'note'),
  fc.constantFrom('order', 'select', 'User', 'Mixed Case', 'with "quote"', 'straße', 'name with space', 'ключ', '日付'),
);

const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });

const valueFor: Record<ColumnType, fc.Arbitrary<ModelValue>> = {
  int: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map((v) => ({ t: 'int', v: BigInt(v) }) as const),
  bigint: fc.oneof(int64, fc.constantFrom(2n ** 53n, 2n ** 53n + 1n, 2n ** 63n - 1n, -(2n ** 63n))).map((v) => ({ t: 'int', v }) as const),
  numeric: fc.tuple(fc.integer({ min: -999999, max: 999999 }), fc.integer({ min: 0, max: 4 })).map(([n, scale]) => {
    const digits = Math.abs(n)
      .toString()
      .padStart(scale + 1, '0');
    const text = `${n < 0 ? '-' : ''}${scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`}`;
    return { t: 'numeric', v: text } as const;
  }),
  float8: fc.oneof(fc.double(), fc.constantFrom(-0, 0, Number.NaN, Infinity, -Infinity, 0.1)).map((v) => ({ t: 'float', v }) as const),
  text: fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('', '<null>', 'trailing ', 'caf\u00e9', 'cafe\u0301', '\u{1F600}', "it's", 'back\\slash'),
    )
    .filter((s) => !s.includes('\u0000'))
    .map((v) => ({ t: 'text', v }) as const),
  bytea: fc.uint8Array({ maxLength: 8 }).map((v) => ({ t: 'bytes', v }) as const),
  boolean: fc.boolean().map((v) => ({ t: 'bool', v }) as const),
  timestamptz: fc.integer({ min: 0, max: 4_102_444_800 }).chain((s) =>
    fc.integer({ min: 0, max: 999_999 }).map((us) => {
      const iso = new Date(s * 1000).toISOString().slice(0, 19).replace('T', ' ');
      return { t: 'time', v: `${iso}.${String(us).padStart(6, '0')}+00` } as const;
    }),
  ),
  jsonb: fc.jsonValue({ maxDepth: 2 }).map((v) => ({ t: 'json', v: JSON.stringify(v) }) as const),
  json: fc.jsonValue({ maxDepth: 2 }).map((v) => ({ t: 'json', v: JSON.stringify(v) }) as const),
};

const NULL: ModelValue = { t: 'null' };

/** NaN only where NULL is allowed: SQLite stores NaN as NULL, so NOT NULL would refuse it. */
const notNullFloat = valueFor.float8.filter((v) => !(v.t === 'float' && Number.isNaN(v.v)));

export function valueArbitrary(column: ColumnModel): fc.Arbitrary<ModelValue> {
  if (!column.nullable) return column.type === 'float8' ? notNullFloat : valueFor[column.type];
  return fc.oneof({ weight: 1, arbitrary: fc.constant(NULL) }, { weight: 4, arbitrary: valueFor[column.type] });
}

const KEY_TYPES: readonly ColumnType[] = ['int', 'bigint', 'text'];

export const tableModel = (name: string): fc.Arbitrary<TableModel> =>
  fc
    .record({
      keyColumns: fc.constantFrom(0, 1, 1, 2),
      keyTypes: fc.array(fc.constantFrom(...KEY_TYPES), { minLength: 2, maxLength: 2 }),
      others: fc.uniqueArray(fc.record({ name: identifier, type: fc.constantFrom(...COLUMN_TYPES), nullable: fc.boolean() }), {
        minLength: 1,
        maxLength: 4,
        selector: (c) => c.name,
      }),
      serial: fc.boolean(),
    })
    .chain(({ keyColumns, keyTypes, others, serial }) => {
      const keys: ColumnModel[] = Array.from({ length: keyColumns }, (_, i) => ({
        name: `k${i + 1}`,
        type: keyTypes[i]!,
        nullable: false,
      }));
      const columns = [...keys, ...others];
      const row = fc.tuple(...columns.map(valueArbitrary));
      const rows =
        keyColumns === 0
          ? // Keyless: duplicates are part of the state.
            fc
              .array(row, { maxLength: 6 })
              .chain((rs) =>
                rs.length === 0
                  ? fc.constant(rs)
                  : fc.option(fc.nat({ max: rs.length - 1 })).map((i) => (i === null ? rs : [...rs, rs[i]!])),
              )
          : fc.uniqueArray(row, { maxLength: 6, selector: (r) => keyText(r.slice(0, keyColumns)) });
      return rows.map((rs) => ({ name, columns, keyColumns, serial, rows: rs }));
    });

/** Keys compared as SQLite and Postgres compare them (both by value; text byte-exact). */
export function keyText(values: readonly ModelValue[]): string {
  return JSON.stringify(values.map((v) => ('v' in v ? String(v.v) : null)));
}

/** Gives a table a `ref` column referencing the first table's key, pointing each row at an existing key or NULL. */
function withForeignKey(table: TableModel, parent: TableModel, picks: readonly number[]): TableModel {
  const keyType = parent.columns[0]!.type;
  const ref: ColumnModel = { name: 'ref', type: keyType, nullable: true };
  const rows = table.rows.map((r, i) => {
    const pick = picks[i % Math.max(1, picks.length)] ?? -1;
    const target = pick >= 0 && parent.rows.length > 0 ? parent.rows[pick % parent.rows.length]![0]! : NULL;
    return [...r, target];
  });
  return { ...table, columns: [...table.columns, ref], rows, references: 0 };
}

export const beforeState: fc.Arbitrary<BeforeStateModel> = fc
  .record({
    tableNames: fc.uniqueArray(
      fc.oneof(
        fc.constantFrom('orders', 'people', 'ledger'),
        identifier.map((i) => `t ${i}`),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    sequences: fc.uniqueArray(fc.record({ name: fc.constantFrom('counter', 'Mixed Seq'), calls: fc.nat({ max: 3 }) }), {
      maxLength: 2,
      selector: (s) => s.name,
    }),
    identity: fc.boolean(),
    foreignKeys: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    picks: fc.array(fc.integer({ min: -1, max: 5 }), { maxLength: 8 }),
    objects: fc.oneof(
      { weight: 1, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.array(worldObject, { minLength: 1, maxLength: 2 }) },
    ),
  })
  .chain(({ tableNames, sequences, identity, foreignKeys, picks, objects }) =>
    fc.tuple(...tableNames.map(tableModel)).map((generated) => {
      const parent = generated[0]!;
      const tables = generated.map((t, i) => {
        const table = t.serial && identity ? { ...t, identity: true } : t;
        return i > 0 && parent.keyColumns === 1 && foreignKeys[i - 1] ? withForeignKey(table, parent, picks) : table;
      });
      return { tables, sequences, objects };
    }),
  );

/** A state of real-world objects beside one empty plain table (a state holds at least one table). */
export const stateOfObjects = (objects: readonly WorldObject[]): BeforeStateModel => ({
  tables: [{ name: 'plain', columns: [{ name: 'a', type: 'int', nullable: true }], keyColumns: 0, serial: false, rows: [] }],
  sequences: [],
  objects,
});

/** The keyed subset of a state's tables. */
export const keyedTables = (state: BeforeStateModel) => state.tables.filter((t) => t.keyColumns > 0);
