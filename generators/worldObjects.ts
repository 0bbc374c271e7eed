/**
 * The objects real databases hold beside plain tables, as parts of a before-state: views (one
 * with an INSERT rule), materialized views (populated and not, stale), triggers that write an
 * audit table and triggers that change the row being written, partitioned tables (range and
 * list, with and without a default partition), inheritance, enums, domains with CHECKs, arrays,
 * generated columns, CHECK and UNIQUE constraints, a web of foreign keys (CASCADE, SET NULL,
 * deferrable), row-level security (with FORCE), non-default collations, TOASTed values and, now
 * and then, one table of 100,000–300,000 rows filled by the database itself from a recipe (so it
 * shrinks by the recipe, not row by row).
 *
 * Each object is self-contained — its own tables and rows — and named after its place in the
 * state (`o1 …`, `o2 …`), with mixed case, spaces and quotes. One model, rendered per backend;
 * what SQLite lacks is mapped, per kind:
 *
 * | kind | SQLite |
 * |---|---|
 * | view | a view with an INSTEAD OF INSERT trigger for the rule |
 * | matview | a plain view (SQLite has no materialized views) |
 * | audit, rowTrigger | AFTER triggers (SQLite's triggers cannot change NEW) |
 * | partitioned | one plain table |
 * | inheritance | two plain tables |
 * | enum, domain | CHECK constraints on TEXT and INTEGER columns |
 * | arrays | JSON text |
 * | rls | a plain table |
 * | collation | BINARY, NOCASE, RTRIM (and BINARY again) for default, "C", "POSIX", "und-x-icu" |
 *
 * Each kind has actions, the statements an apply batch runs on it (an insert through the view's
 * rule, a row moved across partitions, a cascading delete, a trigger-written row …).
 */
import fc from 'fast-check';
import { z } from 'zod';
import { hex, quoteIdent as q, quoteText, type Dialect } from './sqlText.ts';

const noNul = (s: string) => !s.includes('\u0000');
const text = z.string().refine(noNul, 'text holds a NUL');
const id = z.number().int().min(-50).max(400);
const qty = z.number().int().min(-5).max(1000).nullable();
const baseRow = z.tuple([id, text, qty]);
const uniqueFirst = <T extends readonly unknown[]>(rows: readonly T[]) => new Set(rows.map((r) => r[0])).size === rows.length;
const baseRows = z.array(baseRow).max(6).refine(uniqueFirst, 'two rows share an id');
const inheritedRows = z.array(baseRow).max(8);
const pick = z.number().int().min(0).max(9).nullable();
const fold = (name: string) => name.toLowerCase().trimEnd();

/** The collations a `collation` object draws, per backend, by index. */
export const COLLATIONS = {
  postgres: [null, 'C', 'POSIX', 'und-x-icu'],
  sqlite: ['BINARY', 'NOCASE', 'RTRIM', 'BINARY'],
} as const;

export const BIG_ROWS = { min: 100_000, max: 300_000 } as const;

export const worldObjectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('view'), rows: baseRows }),
  z
    .strictObject({ kind: z.literal('matview'), rows: baseRows, populated: z.boolean(), stale: z.number().int().min(0).max(2) })
    .refine((o) => o.stale <= o.rows.length, 'more stale rows than rows'),
  z.strictObject({ kind: z.literal('audit'), rows: baseRows }),
  z.strictObject({ kind: z.literal('rowTrigger'), rows: baseRows }),
  z.strictObject({ kind: z.literal('partitioned'), by: z.enum(['range', 'list']), withDefault: z.boolean(), rows: baseRows }),
  z
    .strictObject({ kind: z.literal('inheritance'), rows: inheritedRows, childRows: inheritedRows })
    .refine((o) => uniqueFirst([...o.rows, ...o.childRows]), 'a parent and a child row share an id'),
  z
    .strictObject({
      kind: z.literal('enum'),
      labels: z
        .array(text.refine((s) => s.length > 0 && Buffer.byteLength(s) <= 63, 'an enum label is 1–63 bytes'))
        .min(1)
        .max(4)
        .refine((l) => new Set(l).size === l.length, 'two labels are the same'),
      keyed: z.boolean(),
      rows: z
        .array(z.tuple([id, z.number().int().min(0).max(3).nullable()]))
        .max(6)
        .refine(uniqueFirst, 'two rows share an id'),
    })
    .refine((o) => o.rows.every(([, m]) => (m === null ? !o.keyed : m < o.labels.length)), 'a row names no label (or NULL in a key)'),
  z.strictObject({
    kind: z.literal('domain'),
    rows: z
      .array(
        z.tuple([
          id,
          z.number().int().min(1).max(1_000_000).nullable(),
          text.refine((s) => [...s].length >= 1 && [...s].length <= 8, 'a code is 1–8 characters').nullable(),
        ]),
      )
      .max(6)
      .refine(uniqueFirst, 'two rows share an id'),
  }),
  z.strictObject({
    kind: z.literal('arrays'),
    rows: z
      .array(
        z.tuple([
          id,
          z.array(z.number().int().min(-1000).max(1000).nullable()).max(4).nullable(),
          z.array(text.nullable()).max(4).nullable(),
        ]),
      )
      .max(6)
      .refine(uniqueFirst, 'two rows share an id'),
  }),
  z.strictObject({
    kind: z.literal('generated'),
    rows: z
      .array(z.tuple([id, z.number().int().min(-1000).max(1000), z.number().int().min(0).max(100_000)]))
      .max(6)
      .refine(uniqueFirst, 'two rows share an id'),
  }),
  z.strictObject({
    kind: z.literal('constraints'),
    rows: baseRows
      .refine((rows) => new Set(rows.map((r) => r[1])).size === rows.length, 'two rows share a label')
      .refine((rows) => rows.every((r) => r[2] === null || r[2] >= 0), 'a quantity below 0'),
  }),
  z.strictObject({
    kind: z.literal('fkWeb'),
    deferrable: z.boolean(),
    parents: baseRows,
    children: z
      .array(z.tuple([id, pick]))
      .max(6)
      .refine(uniqueFirst, 'two children share an id'),
    notes: z
      .array(z.tuple([id, pick, pick]))
      .max(6)
      .refine(uniqueFirst, 'two notes share an id'),
  }),
  z.strictObject({ kind: z.literal('rls'), force: z.boolean(), rows: baseRows }),
  z.strictObject({
    kind: z.literal('collation'),
    collation: z.number().int().min(0).max(3),
    rows: z
      .array(z.tuple([text, qty]))
      .max(6)
      .refine((rows) => new Set(rows.map((r) => fold(r[0]))).size === rows.length, 'two names are equal under a collation'),
  }),
  z.strictObject({
    kind: z.literal('toast'),
    rows: z
      .array(
        z.tuple([
          id,
          z.number().int().min(0).max(40_000).nullable(),
          z.number().int().min(0).max(20_000).nullable(),
          z
            .number()
            .int()
            .min(0)
            .max(2 ** 31 - 1),
        ]),
      )
      .max(3)
      .refine(uniqueFirst, 'two rows share an id'),
  }),
  z.strictObject({
    kind: z.literal('big'),
    rows: z.number().int().min(BIG_ROWS.min).max(BIG_ROWS.max),
    seed: z.number().int().min(1).max(9999),
    nullEvery: z.number().int().min(2).max(50),
  }),
]);

export type WorldObject = z.infer<typeof worldObjectSchema>;
export type WorldObjectKind = WorldObject['kind'];
type Of<K extends WorldObjectKind> = Extract<WorldObject, { kind: K }>;

// ---------------------------------------------------------------------------------------------
// Generators

const labelArb = fc
  .oneof(fc.constantFrom('', 'a', 'B', 'Ärger', "it's", 'two words', 'trailing ', 'NULL'), fc.string({ maxLength: 6 }))
  .filter(noNul);
const qtyArb = fc.option(fc.integer({ min: -5, max: 1000 }), { freq: 4 });
const rowsOf = <T extends readonly unknown[]>(row: fc.Arbitrary<T>, maxLength = 6) =>
  fc.uniqueArray(row, { maxLength, selector: (r) => r[0] });
const idArb = fc.integer({ min: -50, max: 400 });
const baseRowsArb = rowsOf(fc.tuple(idArb, labelArb, qtyArb));
const pickArb = fc.option(fc.nat({ max: 9 }), { freq: 4 });

const arbitraries: { [K in WorldObjectKind]: fc.Arbitrary<Of<K>> } = {
  view: baseRowsArb.map((rows) => ({ kind: 'view', rows })),
  matview: fc
    .record({ rows: baseRowsArb, populated: fc.boolean(), stale: fc.nat({ max: 2 }) })
    .map(({ rows, populated, stale }) => ({ kind: 'matview', rows, populated, stale: Math.min(stale, rows.length) })),
  audit: baseRowsArb.map((rows) => ({ kind: 'audit', rows })),
  rowTrigger: baseRowsArb.map((rows) => ({ kind: 'rowTrigger', rows })),
  partitioned: fc
    .record({ by: fc.constantFrom('range' as const, 'list' as const), withDefault: fc.boolean(), rows: baseRowsArb })
    .map((o) => ({ kind: 'partitioned', ...o })),
  inheritance: rowsOf(fc.tuple(idArb, labelArb, qtyArb), 8).chain((all) =>
    fc.nat({ max: all.length }).map((split) => ({ kind: 'inheritance', rows: all.slice(0, split), childRows: all.slice(split) })),
  ),
  enum: fc
    .uniqueArray(
      fc.oneof(fc.constantFrom('sad', 'Happy', 'so so', "it's", 'ÄÖ', 'z', 'a'), fc.string({ minLength: 1, maxLength: 10 }).filter(noNul)),
      { minLength: 1, maxLength: 4 },
    )
    .chain((labels) =>
      fc
        .boolean()
        .chain((keyed) =>
          rowsOf(
            fc.tuple(idArb, keyed ? fc.nat({ max: labels.length - 1 }) : fc.option(fc.nat({ max: labels.length - 1 }), { freq: 4 })),
          ).map((rows) => ({ kind: 'enum', labels, keyed, rows })),
        ),
    ),
  domain: rowsOf(
    fc.tuple(
      idArb,
      fc.option(fc.integer({ min: 1, max: 1_000_000 }), { freq: 4 }),
      fc.option(
        fc.oneof(
          fc.constantFrom('A', 'zz-9', 'ÅÄÖ', 'é', '12345678'),
          fc.string({ minLength: 1, maxLength: 8 }).filter((s) => noNul(s) && [...s].length <= 8),
        ),
        { freq: 4 },
      ),
    ),
  ).map((rows) => ({ kind: 'domain', rows })),
  arrays: rowsOf(
    fc.tuple(
      idArb,
      fc.option(fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { freq: 4 }), { maxLength: 4 }), { freq: 4 }),
      fc.option(fc.array(fc.option(labelArb, { freq: 4 }), { maxLength: 4 }), { freq: 4 }),
    ),
  ).map((rows) => ({ kind: 'arrays', rows })),
  generated: rowsOf(fc.tuple(idArb, fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 100_000 }))).map((rows) => ({
    kind: 'generated',
    rows,
  })),
  constraints: fc
    .uniqueArray(fc.tuple(idArb, labelArb, fc.option(fc.nat({ max: 1000 }), { freq: 4 })), {
      maxLength: 6,
      selector: (r) => r[0],
    })
    .map((rows) => rows.filter((r, i) => rows.findIndex((o) => o[1] === r[1]) === i))
    .map((rows) => ({ kind: 'constraints', rows })),
  fkWeb: fc
    .record({
      deferrable: fc.boolean(),
      parents: baseRowsArb,
      children: rowsOf(fc.tuple(idArb, pickArb)),
      notes: rowsOf(fc.tuple(idArb, pickArb, pickArb)),
    })
    .map((o) => ({ kind: 'fkWeb', ...o })),
  rls: fc.record({ force: fc.boolean(), rows: baseRowsArb }).map((o) => ({ kind: 'rls', ...o })),
  collation: fc
    .record({
      collation: fc.nat({ max: 3 }),
      rows: fc.uniqueArray(
        fc.tuple(fc.oneof(fc.constantFrom('a', 'A', 'b', 'B', 'ä', 'Ä', 'z', 'Z', ' a', 'é', 'e\u0301', '10', '9', 'ß'), labelArb), qtyArb),
        { maxLength: 6, selector: (r) => fold(r[0]) },
      ),
    })
    .map((o) => ({ kind: 'collation', ...o })),
  toast: fc
    .uniqueArray(
      fc.tuple(
        idArb,
        fc.option(fc.oneof(fc.integer({ min: 8_193, max: 40_000 }), fc.nat({ max: 100 })), { freq: 4 }),
        fc.option(fc.oneof(fc.integer({ min: 8_193, max: 20_000 }), fc.nat({ max: 100 })), { freq: 4 }),
        fc.nat({ max: 2 ** 31 - 1 }),
      ),
      { maxLength: 3, selector: (r) => r[0] },
    )
    .map((rows) => ({ kind: 'toast', rows })),
  big: fc
    .record({
      rows: fc.integer({ min: BIG_ROWS.min, max: BIG_ROWS.max }),
      seed: fc.integer({ min: 1, max: 9999 }),
      nullEvery: fc.integer({ min: 2, max: 50 }),
    })
    .map((o) => ({ kind: 'big', ...o })),
};

export const WORLD_OBJECT_KINDS = Object.keys(arbitraries) as WorldObjectKind[];

/** One object of any kind; the big table now and then (1 in 60), so a run meets it without paying for it every case. */
export const worldObject: fc.Arbitrary<WorldObject> = fc.oneof(
  ...WORLD_OBJECT_KINDS.filter((k) => k !== 'big').map((k) => ({ weight: 4, arbitrary: arbitraries[k] as fc.Arbitrary<WorldObject> })),
  { weight: 1, arbitrary: arbitraries.big as fc.Arbitrary<WorldObject> },
);

/** One object of the given kind. */
export const worldObjectOf = <K extends WorldObjectKind>(kind: K): fc.Arbitrary<Of<K>> => arbitraries[kind] as fc.Arbitrary<Of<K>>;

// ---------------------------------------------------------------------------------------------
// Names and values

/** The names of an object's relations, from its place in the state. */
export function objectNames(index: number) {
  const p = `o${index + 1}`;
  return {
    items: `${p} Items`,
    view: `${p} Items View`,
    rule: `${p} via view`,
    matview: `${p} Sales Summary`,
    audited: `${p} Audited`,
    auditLog: `${p} Audit "Log"`,
    auditFn: `${p} audit`,
    stamped: `${p} Stamped`,
    stampFn: `${p} stamp`,
    events: `${p} Events`,
    vehicles: `${p} Vehicles`,
    trucks: `${p} Trucks`,
    mood: `${p} Mood`,
    moods: `${p} Moods`,
    positive: `${p} Positive`,
    code: `${p} Code`,
    amounts: `${p} Amounts`,
    arrays: `${p} Arrays`,
    priced: `${p} Priced`,
    checked: `${p} Checked`,
    parent: `${p} Parent`,
    child: `${p} Child`,
    note: `${p} Note`,
    secured: `${p} Secured`,
    policy: `${p} positive only`,
    collated: `${p} Collated`,
    toasted: `${p} Toasted`,
    big: `${p} Big`,
  };
}

const lit = (v: number | string | null): string => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : quoteText(v));
const values = (rows: readonly (readonly (number | string | null)[])[]) => rows.map((r) => `(${r.map(lit).join(', ')})`).join(', ');
const insert = (table: string, columns: readonly string[], rows: readonly (readonly (number | string | null)[])[]) =>
  rows.length === 0 ? '' : `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${values(rows)};`;

/** Deterministic incompressible-looking text or bytes of a given length, from a seed (TOAST stores it out of line). */
export function noise(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-';
export const noiseText = (seed: number, length: number) => Array.from(noise(seed, length), (b) => ALPHABET[b % ALPHABET.length]).join('');
const bytesLit = (bytes: Uint8Array, dialect: Dialect) => (dialect === 'postgres' ? `'\\x${hex(bytes)}'::bytea` : `x'${hex(bytes)}'`);

const REGIONS = ['north', 'south', 'East West', 'west'] as const;
const regionOf = (rowId: number) => REGIONS[((rowId % 4) + 4) % 4]!;

function arrayLit(items: readonly (number | string | null)[] | null, type: 'integer' | 'text', dialect: Dialect): string {
  if (items === null) return 'NULL';
  if (dialect === 'sqlite') return quoteText(JSON.stringify(items));
  return items.length === 0 ? `'{}'::${type}[]` : `ARRAY[${items.map(lit).join(', ')}]::${type}[]`;
}

const priceText = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

function pgTrigger(fn: string, body: string, table: string, timing: string): string {
  return [
    `CREATE FUNCTION ${q(fn)}() RETURNS trigger LANGUAGE plpgsql AS $body$BEGIN ${body} END$body$;`,
    `CREATE TRIGGER ${q(fn)} ${timing} ON ${q(table)} FOR EACH ROW EXECUTE FUNCTION ${q(fn)}();`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Rendering

const INT = { postgres: 'integer', sqlite: 'INTEGER' } as const;
const TEXT = { postgres: 'text', sqlite: 'TEXT' } as const;

/** A table of id, label, qty, plus `extra` column definitions. */
function itemsTable(name: string, dialect: Dialect, extra: readonly string[] = [], key = `PRIMARY KEY ("id")`): string {
  const columns = [`"id" ${INT[dialect]} NOT NULL`, `"label" ${TEXT[dialect]} NOT NULL`, `"qty" ${INT[dialect]}`, ...extra];
  return `CREATE TABLE ${q(name)} (${[...columns, key].join(', ')});`;
}
const ITEM_COLUMNS = ['id', 'label', 'qty'] as const;

/** The SQL that makes one object, with its rows, in a fresh database. */
export function renderWorldObject(object: WorldObject, index: number, dialect: Dialect): string {
  const n = objectNames(index);
  const pg = dialect === 'postgres';
  switch (object.kind) {
    case 'view': {
      const rule = pg
        ? `CREATE RULE ${q(n.rule)} AS ON INSERT TO ${q(n.view)} DO INSTEAD INSERT INTO ${q(n.items)} ("id", "label", "qty") VALUES (NEW."id", NEW."label" || ' (via view)', NEW."qty");`
        : `CREATE TRIGGER ${q(n.rule)} INSTEAD OF INSERT ON ${q(n.view)} BEGIN INSERT INTO ${q(n.items)} ("id", "label", "qty") VALUES (NEW."id", NEW."label" || ' (via view)', NEW."qty"); END;`;
      return [
        itemsTable(n.items, dialect),
        insert(n.items, ITEM_COLUMNS, object.rows),
        `CREATE VIEW ${q(n.view)} AS SELECT "id", "label", "qty" FROM ${q(n.items)} WHERE "qty" IS NULL OR "qty" >= 0;`,
        rule,
      ].join('\n');
    }
    case 'matview': {
      const fresh = object.rows.slice(0, object.rows.length - object.stale);
      const stale = object.rows.slice(object.rows.length - object.stale);
      const query = `SELECT "label", count(*) AS "n", sum("qty") AS "total" FROM ${q(n.items)} GROUP BY "label"`;
      return [
        itemsTable(n.items, dialect),
        insert(n.items, ITEM_COLUMNS, fresh),
        pg
          ? `CREATE MATERIALIZED VIEW ${q(n.matview)} AS ${query}${object.populated ? '' : ' WITH NO DATA'};`
          : `CREATE VIEW ${q(n.matview)} AS ${query};`,
        insert(n.items, ITEM_COLUMNS, stale),
      ].join('\n');
    }
    case 'audit': {
      const log = pg
        ? `CREATE TABLE ${q(n.auditLog)} ("seq" bigserial PRIMARY KEY, "op" text NOT NULL, "row_id" integer, "at_qty" integer);`
        : `CREATE TABLE ${q(n.auditLog)} ("seq" INTEGER PRIMARY KEY AUTOINCREMENT, "op" TEXT NOT NULL, "row_id" INTEGER, "at_qty" INTEGER);`;
      const write = (op: string, row: 'NEW' | 'OLD') =>
        `INSERT INTO ${q(n.auditLog)} ("op", "row_id", "at_qty") VALUES (${op}, ${row}."id", ${row}."qty");`;
      const triggers = pg
        ? pgTrigger(
            n.auditFn,
            `IF TG_OP = 'DELETE' THEN ${write('TG_OP', 'OLD')} RETURN OLD; END IF; ${write('TG_OP', 'NEW')} RETURN NEW;`,
            n.audited,
            'AFTER INSERT OR UPDATE OR DELETE',
          )
        : (['INSERT', 'UPDATE', 'DELETE'] as const)
            .map(
              (op) =>
                `CREATE TRIGGER ${q(`${n.auditFn} ${op.toLowerCase()}`)} AFTER ${op} ON ${q(n.audited)} BEGIN ${write(`'${op}'`, op === 'DELETE' ? 'OLD' : 'NEW')} END;`,
            )
            .join('\n');
      return [itemsTable(n.audited, dialect), log, triggers, insert(n.audited, ITEM_COLUMNS, object.rows)].join('\n');
    }
    case 'rowTrigger': {
      const table = itemsTable(n.stamped, dialect, [`"touched" ${INT[dialect]} NOT NULL DEFAULT 0`]);
      const triggers = pg
        ? pgTrigger(
            n.stampFn,
            `NEW."label" := upper(NEW."label"); NEW."touched" := CASE WHEN TG_OP = 'UPDATE' THEN OLD."touched" + 1 ELSE 0 END; RETURN NEW;`,
            n.stamped,
            'BEFORE INSERT OR UPDATE',
          )
        : // The insert trigger's own UPDATE must not count as an update: the update trigger watches "qty" only.
          [
            `CREATE TRIGGER ${q(`${n.stampFn} insert`)} AFTER INSERT ON ${q(n.stamped)} BEGIN UPDATE ${q(n.stamped)} SET "label" = upper("label") WHERE "id" = NEW."id"; END;`,
            `CREATE TRIGGER ${q(`${n.stampFn} update`)} AFTER UPDATE OF "qty" ON ${q(n.stamped)} BEGIN UPDATE ${q(n.stamped)} SET "label" = upper("label"), "touched" = OLD."touched" + 1 WHERE "id" = NEW."id"; END;`,
          ].join('\n');
      return [table, triggers, insert(n.stamped, ITEM_COLUMNS, object.rows)].join('\n');
    }
    case 'partitioned': {
      const list = object.by === 'list';
      const rows = object.rows.map(([i, l, qt]) => [i, l, qt, regionOf(i)] as const);
      const columns = [...ITEM_COLUMNS, 'region'];
      if (!pg) {
        return [
          itemsTable(n.events, dialect, [`"region" TEXT NOT NULL`], list ? `PRIMARY KEY ("id", "region")` : `PRIMARY KEY ("id")`),
          insert(n.events, columns, rows),
        ].join('\n');
      }
      const parent = `${itemsTable(n.events, dialect, [`"region" text NOT NULL`], list ? `PRIMARY KEY ("id", "region")` : `PRIMARY KEY ("id")`).replace(/;$/, '')} PARTITION BY ${list ? 'LIST ("region")' : 'RANGE ("id")'};`;
      const part = (suffix: string, bound: string) => `CREATE TABLE ${q(`${n.events} ${suffix}`)} PARTITION OF ${q(n.events)} ${bound};`;
      const parts = list
        ? [
            part('north', `FOR VALUES IN ('north')`),
            part('south', `FOR VALUES IN ('south')`),
            object.withDefault ? part('rest', 'DEFAULT') : part('East and west', `FOR VALUES IN ('East West', 'west')`),
          ]
        : [
            part('below zero', 'FOR VALUES FROM (MINVALUE) TO (0)'),
            part('low', 'FOR VALUES FROM (0) TO (100)'),
            object.withDefault ? part('rest', 'DEFAULT') : part('high', 'FOR VALUES FROM (100) TO (MAXVALUE)'),
          ];
      return [parent, ...parts, insert(n.events, columns, rows)].join('\n');
    }
    case 'inheritance': {
      const child = pg
        ? `CREATE TABLE ${q(n.trucks)} ("payload" integer) INHERITS (${q(n.vehicles)});`
        : itemsTable(n.trucks, dialect, [`"payload" INTEGER`]);
      return [
        itemsTable(n.vehicles, dialect),
        child,
        insert(n.vehicles, ITEM_COLUMNS, object.rows),
        insert(
          n.trucks,
          [...ITEM_COLUMNS, 'payload'],
          object.childRows.map(([i, l, qt]) => [i, l, qt, i * 3]),
        ),
      ].join('\n');
    }
    case 'enum': {
      const labels = object.labels.map(quoteText).join(', ');
      const type = pg ? q(n.mood) : `TEXT CHECK ("mood" IN (${labels}))`;
      const key = object.keyed ? `PRIMARY KEY ("mood", "id")` : `PRIMARY KEY ("id")`;
      return [
        pg ? `CREATE TYPE ${q(n.mood)} AS ENUM (${labels});` : '',
        `CREATE TABLE ${q(n.moods)} ("id" ${INT[dialect]} NOT NULL, "mood" ${type}${object.keyed ? ' NOT NULL' : ''}, ${key});`,
        insert(
          n.moods,
          ['id', 'mood'],
          object.rows.map(([i, m]) => [i, m === null ? null : object.labels[m]!]),
        ),
      ].join('\n');
    }
    case 'domain': {
      const amount = pg ? q(n.positive) : `INTEGER CHECK ("amount" > 0)`;
      const code = pg ? q(n.code) : `TEXT CHECK (length("code") BETWEEN 1 AND 8)`;
      return [
        pg ? `CREATE DOMAIN ${q(n.positive)} AS integer CHECK (VALUE > 0);` : '',
        pg ? `CREATE DOMAIN ${q(n.code)} AS text CHECK (char_length(VALUE) BETWEEN 1 AND 8);` : '',
        `CREATE TABLE ${q(n.amounts)} ("id" ${INT[dialect]} PRIMARY KEY, "amount" ${amount}, "code" ${code});`,
        insert(n.amounts, ['id', 'amount', 'code'], object.rows),
      ].join('\n');
    }
    case 'arrays': {
      const rows = object.rows.map(
        ([i, ints, tags]) => `(${i}, ${arrayLit(ints, 'integer', dialect)}, ${arrayLit(tags, 'text', dialect)})`,
      );
      return [
        `CREATE TABLE ${q(n.arrays)} ("id" ${INT[dialect]} PRIMARY KEY, "ints" ${pg ? 'integer[]' : 'TEXT'}, "tags" ${pg ? 'text[]' : 'TEXT'});`,
        rows.length ? `INSERT INTO ${q(n.arrays)} ("id", "ints", "tags") VALUES ${rows.join(', ')};` : '',
      ].join('\n');
    }
    case 'generated':
      return [
        `CREATE TABLE ${q(n.priced)} ("id" ${INT[dialect]} PRIMARY KEY, "qty" ${INT[dialect]} NOT NULL, "price" ${pg ? 'numeric(10,2)' : 'NUMERIC'} NOT NULL, "total" ${pg ? 'numeric' : 'NUMERIC'} GENERATED ALWAYS AS ("qty" * "price") STORED);`,
        insert(
          n.priced,
          ['id', 'qty', 'price'],
          object.rows.map(([i, qt, cents]) => [i, qt, priceText(cents)]),
        ),
      ].join('\n');
    case 'constraints':
      return [
        itemsTable(n.checked, dialect, [`CONSTRAINT ${q(`${n.checked} label unique`)} UNIQUE ("label")`, `CHECK ("qty" >= 0)`]).replace(
          `"qty" ${INT[dialect]}`,
          `"qty" ${INT[dialect]} CONSTRAINT ${q(`${n.checked} qty cap`)} CHECK ("qty" <= 1000)`,
        ),
        insert(n.checked, ITEM_COLUMNS, object.rows),
      ].join('\n');
    case 'fkWeb': {
      const at = <T>(list: readonly T[], p: number | null) => (p === null || list.length === 0 ? null : list[p % list.length]!);
      const parentIds = object.parents.map((r) => r[0]);
      const childIds = object.children.map((r) => r[0]);
      const deferred = object.deferrable ? ' DEFERRABLE INITIALLY DEFERRED' : '';
      return [
        `CREATE TABLE ${q(n.parent)} ("id" ${INT[dialect]} PRIMARY KEY, "label" ${TEXT[dialect]} NOT NULL, "qty" ${INT[dialect]});`,
        `CREATE TABLE ${q(n.child)} ("id" ${INT[dialect]} PRIMARY KEY, "parent_id" ${INT[dialect]} REFERENCES ${q(n.parent)} ("id") ON DELETE CASCADE);`,
        `CREATE TABLE ${q(n.note)} ("id" ${INT[dialect]} PRIMARY KEY, "parent_id" ${INT[dialect]} REFERENCES ${q(n.parent)} ("id") ON DELETE SET NULL${deferred}, "child_id" ${INT[dialect]} REFERENCES ${q(n.child)} ("id") ON DELETE CASCADE);`,
        insert(n.parent, ITEM_COLUMNS, object.parents),
        insert(
          n.child,
          ['id', 'parent_id'],
          object.children.map(([i, p]) => [i, at(parentIds, p)]),
        ),
        insert(
          n.note,
          ['id', 'parent_id', 'child_id'],
          object.notes.map(([i, p, c]) => [i, at(parentIds, p), at(childIds, c)]),
        ),
      ].join('\n');
    }
    case 'rls':
      return [
        itemsTable(n.secured, dialect),
        insert(n.secured, ITEM_COLUMNS, object.rows),
        pg ? `ALTER TABLE ${q(n.secured)} ENABLE ROW LEVEL SECURITY;` : '',
        pg && object.force ? `ALTER TABLE ${q(n.secured)} FORCE ROW LEVEL SECURITY;` : '',
        pg ? `CREATE POLICY ${q(n.policy)} ON ${q(n.secured)} USING ("qty" IS NOT NULL AND "qty" > 0);` : '',
      ].join('\n');
    case 'collation': {
      const collation = COLLATIONS[dialect][object.collation] ?? null;
      const collate = collation === null ? '' : ` COLLATE ${q(collation)}`;
      return [
        `CREATE TABLE ${q(n.collated)} ("name" ${TEXT[dialect]}${collate} PRIMARY KEY, "qty" ${INT[dialect]});`,
        `CREATE INDEX ${q(`${n.collated} by qty and name`)} ON ${q(n.collated)} ("qty", "name");`,
        insert(n.collated, ['name', 'qty'], object.rows),
      ].join('\n');
    }
    case 'toast': {
      const rows = object.rows.map(
        ([i, textLen, bytesLen, seed]) =>
          `(${i}, ${textLen === null ? 'NULL' : quoteText(noiseText(seed, textLen))}, ${bytesLen === null ? 'NULL' : bytesLit(noise(seed + 1, bytesLen), dialect)})`,
      );
      return [
        `CREATE TABLE ${q(n.toasted)} ("id" ${INT[dialect]} PRIMARY KEY, "body" ${TEXT[dialect]}, "blob" ${pg ? 'bytea' : 'BLOB'});`,
        rows.length ? `INSERT INTO ${q(n.toasted)} ("id", "body", "blob") VALUES ${rows.join(', ')};` : '',
      ].join('\n');
    }
    case 'big': {
      const { rows, seed, nullEvery } = object;
      const fill = pg
        ? `INSERT INTO ${q(n.big)} ("id", "label", "qty") SELECT i, to_hex(i::bigint * ${seed}) || '-' || (i % 97), CASE WHEN i % ${nullEvery} = 0 THEN NULL ELSE (i::bigint * ${seed}) % 1000 END FROM generate_series(1, ${rows}) AS i;`
        : `INSERT INTO ${q(n.big)} ("id", "label", "qty") WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${rows}) SELECT i, printf('%x-%d', i * ${seed}, i % 97), CASE WHEN i % ${nullEvery} = 0 THEN NULL ELSE (i * ${seed}) % 1000 END FROM s;`;
      return [itemsTable(n.big, dialect), fill].join('\n');
    }
  }
}

/** The tables (not views) an object's rows live in, to read it back. */
export function objectTables(object: WorldObject, index: number): string[] {
  const n = objectNames(index);
  const of: Record<WorldObjectKind, string[]> = {
    view: [n.items],
    matview: [n.items],
    audit: [n.audited, n.auditLog],
    rowTrigger: [n.stamped],
    partitioned: [n.events],
    inheritance: [n.vehicles, n.trucks],
    enum: [n.moods],
    domain: [n.amounts],
    arrays: [n.arrays],
    generated: [n.priced],
    constraints: [n.checked],
    fkWeb: [n.parent, n.child, n.note],
    rls: [n.secured],
    collation: [n.collated],
    toast: [n.toasted],
    big: [n.big],
  };
  return of[object.kind];
}

// ---------------------------------------------------------------------------------------------
// Actions: what an apply batch does to an object

/**
 * What a statement needs justified in a plan: a kind (UPDATE, DELETE), a write to a view by name,
 * or a function of the database's own it runs (a Postgres trigger's function, a SQLite trigger).
 */
export type StatementNeed =
  | { readonly kind: 'UPDATE' | 'DELETE' | 'UPSERT' }
  | { readonly kind: 'VIEW'; readonly view: string }
  | { readonly kind: 'FUNCTION'; readonly function: string };

/** One SQL statement of an action, and what the plan must justify for it. */
export interface ActionStatement {
  readonly sql: string;
  readonly needs: readonly StatementNeed[];
}

/** An action on an object: which (by index into the kind's list), on which row (`pick`), with which small number (`value`, also the new id's offset). */
export const objectActionSchema = z.strictObject({
  action: z.number().int().min(0),
  pick: z.number().int().min(0).max(99),
  value: z.number().int().min(0).max(99),
});
export type ObjectAction = z.infer<typeof objectActionSchema>;

interface ActionSpec<O extends WorldObject> {
  readonly name: string;
  /** Writes a new id (500 + value): two such actions on one object in a batch must differ in `value`. */
  readonly fresh?: boolean;
  /**
   * A change of the object's definition, not its rows (a refresh, a disabled trigger, a policy, an enum label): drawn by the
   * change generator for the capture to see, never in an apply batch (the boundary refuses DDL). Renders to nothing on a
   * backend without the object.
   */
  readonly schemaChange?: boolean;
  /** false: a change of the rows a batch never makes (a REFRESH: the boundary refuses it), drawn for the capture only. */
  readonly inBatches?: false;
  readonly render: (object: O, n: ReturnType<typeof objectNames>, a: ObjectAction, dialect: Dialect) => ActionStatement[];
}

const freshId = (a: ObjectAction) => 500 + a.value;
/** The id of an existing row, or one no row has (the statement then touches nothing). */
const pickId = (ids: readonly number[], a: ObjectAction) => (ids.length === 0 ? 9999 : ids[a.pick % ids.length]!);
const ids = (rows: readonly (readonly [number, ...unknown[]])[]) => rows.map((r) => r[0]);
const stmt = (sql: string, ...needs: StatementNeed[]): ActionStatement => ({ sql, needs });
const UPDATE: StatementNeed = { kind: 'UPDATE' };
const DELETE: StatementNeed = { kind: 'DELETE' };
const insertItem = (table: string, a: ObjectAction, extra: Record<string, string> = {}) =>
  stmt(
    `INSERT INTO ${q(table)} (${['id', 'label', 'qty', ...Object.keys(extra)].map(q).join(', ')}) VALUES (${[freshId(a), quoteText(`new ${a.value}`), a.value, ...Object.values(extra)].join(', ')});`,
  );
const updateQty = (table: string, rowId: number, a: ObjectAction) =>
  stmt(`UPDATE ${q(table)} SET "qty" = ${a.value} WHERE "id" = ${rowId};`, UPDATE);
const deleteRow = (table: string, rowId: number) => stmt(`DELETE FROM ${q(table)} WHERE "id" = ${rowId};`, DELETE);
/** The statements with what they fire named as a need: the trigger function on Postgres, the trigger for this kind of write (`<fn> insert` …) on SQLite. */
const firing = (fn: string, on: 'insert' | 'update' | 'delete', dialect: Dialect, statements: ActionStatement[]): ActionStatement[] => {
  const fired = dialect === 'postgres' ? fn : `${fn} ${on}`;
  return statements.map((s) => ({ ...s, needs: [...s.needs, { kind: 'FUNCTION', function: fired }] }));
};

const ACTIONS: { [K in WorldObjectKind]: readonly ActionSpec<Of<K>>[] } = {
  view: [
    {
      name: 'insert through the view (its rule or INSTEAD OF trigger writes the table)',
      fresh: true,
      render: (_, n, a, d) => [
        {
          ...insertItem(n.view, a),
          // On SQLite the INSTEAD OF trigger is a trigger of the database's own, named as one.
          needs: [{ kind: 'VIEW', view: n.view }, ...(d === 'sqlite' ? [{ kind: 'FUNCTION' as const, function: n.rule }] : [])],
        },
      ],
    },
    { name: 'update the table under the view', render: (o, n, a) => [updateQty(n.items, pickId(ids(o.rows), a), a)] },
    { name: 'delete from the table under the view', render: (o, n, a) => [deleteRow(n.items, pickId(ids(o.rows), a))] },
  ],
  matview: [
    { name: 'insert under the materialized view (it goes stale)', fresh: true, render: (_, n, a) => [insertItem(n.items, a)] },
    { name: 'delete under the materialized view', render: (o, n, a) => [deleteRow(n.items, pickId(ids(o.rows), a))] },
    {
      name: 'refresh the materialized view',
      inBatches: false,
      render: (_, n, _a, d) => (d === 'postgres' ? [stmt(`REFRESH MATERIALIZED VIEW ${q(n.matview)};`)] : []),
    },
  ],
  audit: [
    {
      name: 'insert (the trigger writes the audit log and moves its sequence)',
      fresh: true,
      render: (_, n, a, d) => firing(n.auditFn, 'insert', d, [insertItem(n.audited, a)]),
    },
    { name: 'update (audited)', render: (o, n, a, d) => firing(n.auditFn, 'update', d, [updateQty(n.audited, pickId(ids(o.rows), a), a)]) },
    { name: 'delete (audited)', render: (o, n, a, d) => firing(n.auditFn, 'delete', d, [deleteRow(n.audited, pickId(ids(o.rows), a))]) },
    {
      name: 'disable the audit trigger',
      schemaChange: true,
      render: (_, n, _a, d) => [
        stmt(
          d === 'postgres' ? `ALTER TABLE ${q(n.audited)} DISABLE TRIGGER ${q(n.auditFn)};` : `DROP TRIGGER ${q(`${n.auditFn} insert`)};`,
        ),
      ],
    },
    {
      name: "move the audit log's counter (sqlite_sequence on SQLite)",
      schemaChange: true,
      render: (_, n, a, d) => [
        stmt(
          d === 'postgres'
            ? `SELECT setval(pg_get_serial_sequence(${quoteText(q(n.auditLog))}, 'seq'), ${a.value + 100});`
            : `INSERT OR REPLACE INTO sqlite_sequence (name, seq) VALUES (${quoteText(n.auditLog)}, ${a.value + 100});`,
        ),
      ],
    },
  ],
  rowTrigger: [
    {
      name: 'insert (the trigger changes the row written)',
      fresh: true,
      render: (_, n, a, d) => firing(n.stampFn, 'insert', d, [insertItem(n.stamped, a)]),
    },
    {
      name: 'update (the trigger counts it)',
      render: (o, n, a, d) => firing(n.stampFn, 'update', d, [updateQty(n.stamped, pickId(ids(o.rows), a), a)]),
    },
  ],
  partitioned: [
    {
      name: 'insert, routed to a partition',
      fresh: true,
      render: (_, n, a) => [insertItem(n.events, a, { region: quoteText(regionOf(freshId(a))) })],
    },
    {
      name: 'move a row across partitions',
      fresh: true,
      render: (o, n, a) => {
        const rowId = pickId(ids(o.rows), a);
        if (o.by === 'list')
          return [stmt(`UPDATE ${q(n.events)} SET "region" = ${quoteText(regionOf(rowId + 1))} WHERE "id" = ${rowId};`, UPDATE)];
        const moved = rowId < 100 ? freshId(a) : -100 - a.value;
        return [stmt(`UPDATE ${q(n.events)} SET "id" = ${moved} WHERE "id" = ${rowId};`, UPDATE)];
      },
    },
    { name: 'delete from a partition', render: (o, n, a) => [deleteRow(n.events, pickId(ids(o.rows), a))] },
  ],
  inheritance: [
    { name: 'insert into the child', fresh: true, render: (_, n, a) => [insertItem(n.trucks, a, { payload: String(a.pick) })] },
    {
      name: 'update through the parent (reaches the child)',
      render: (o, n, a) => [updateQty(n.vehicles, pickId([...ids(o.rows), ...ids(o.childRows)], a), a)],
    },
    {
      name: 'delete through the parent (reaches the child)',
      render: (o, n, a) => [deleteRow(n.vehicles, pickId([...ids(o.rows), ...ids(o.childRows)], a))],
    },
  ],
  enum: [
    {
      name: 'insert an enum value',
      fresh: true,
      render: (o, n, a) => [
        stmt(`INSERT INTO ${q(n.moods)} ("id", "mood") VALUES (${freshId(a)}, ${quoteText(o.labels[a.pick % o.labels.length]!)});`),
      ],
    },
    {
      name: 'change an enum value',
      render: (o, n, a) => [
        stmt(
          `UPDATE ${q(n.moods)} SET "mood" = ${quoteText(o.labels[a.value % o.labels.length]!)} WHERE "id" = ${pickId(ids(o.rows), a)};`,
          UPDATE,
        ),
      ],
    },
    {
      name: 'add an enum label',
      schemaChange: true,
      render: (o, n, a, d) =>
        d === 'postgres' ? [stmt(`ALTER TYPE ${q(n.mood)} ADD VALUE ${quoteText(`added ${a.value} ${o.labels.length}`)};`)] : [],
    },
  ],
  domain: [
    {
      name: 'insert values of the domains',
      fresh: true,
      render: (_, n, a) => [
        stmt(`INSERT INTO ${q(n.amounts)} ("id", "amount", "code") VALUES (${freshId(a)}, ${a.value + 1}, 'c${a.value}');`),
      ],
    },
    {
      name: 'update a value of a domain',
      render: (o, n, a) => [stmt(`UPDATE ${q(n.amounts)} SET "amount" = ${a.value + 1} WHERE "id" = ${pickId(ids(o.rows), a)};`, UPDATE)],
    },
    {
      name: "drop a domain's CHECK",
      schemaChange: true,
      render: (_, n, _a, d) =>
        d === 'postgres' ? [stmt(`ALTER DOMAIN ${q(n.positive)} DROP CONSTRAINT ${q(`${n.positive}_check`)};`)] : [],
    },
  ],
  arrays: [
    {
      name: 'insert arrays',
      fresh: true,
      render: (_, n, a, d) => [
        stmt(
          `INSERT INTO ${q(n.arrays)} ("id", "ints", "tags") VALUES (${freshId(a)}, ${arrayLit([a.value, null], 'integer', d)}, ${arrayLit([`t${a.pick}`], 'text', d)});`,
        ),
      ],
    },
    {
      name: 'replace an array',
      render: (o, n, a, d) => [
        stmt(
          `UPDATE ${q(n.arrays)} SET "ints" = ${arrayLit(a.value % 2 ? [] : [a.value, a.pick], 'integer', d)} WHERE "id" = ${pickId(ids(o.rows), a)};`,
          UPDATE,
        ),
      ],
    },
  ],
  generated: [
    {
      name: 'insert (the generated column is computed)',
      fresh: true,
      render: (_, n, a) => [
        stmt(`INSERT INTO ${q(n.priced)} ("id", "qty", "price") VALUES (${freshId(a)}, ${a.pick}, ${priceText(a.value * 7)});`),
      ],
    },
    {
      name: 'update what the generated column is computed from',
      render: (o, n, a) => [
        stmt(`UPDATE ${q(n.priced)} SET "qty" = "qty" + ${a.value + 1} WHERE "id" = ${pickId(ids(o.rows), a)};`, UPDATE),
      ],
    },
  ],
  constraints: [
    { name: 'insert a row the constraints accept', fresh: true, render: (_, n, a) => [insertItem(n.checked, a)] },
    {
      name: 'update under the UNIQUE constraint',
      fresh: true,
      render: (o, n, a) => [
        stmt(`UPDATE ${q(n.checked)} SET "label" = ${quoteText(`changed ${a.value}`)} WHERE "id" = ${pickId(ids(o.rows), a)};`, UPDATE),
      ],
    },
  ],
  fkWeb: [
    {
      name: 'delete a parent (children cascade, notes set NULL)',
      render: (o, n, a) => [deleteRow(n.parent, pickId(ids(o.parents), a))],
    },
    {
      name: 'insert a note before its parent (deferred), or after it',
      fresh: true,
      render: (o, n, a) => {
        const note = stmt(`INSERT INTO ${q(n.note)} ("id", "parent_id") VALUES (${freshId(a)}, ${freshId(a)});`);
        const parent = stmt(`INSERT INTO ${q(n.parent)} ("id", "label") VALUES (${freshId(a)}, 'late parent');`);
        return o.deferrable ? [note, parent] : [parent, note];
      },
    },
    { name: 'delete a child (its notes cascade)', render: (o, n, a) => [deleteRow(n.child, pickId(ids(o.children), a))] },
  ],
  rls: [
    { name: 'insert under row-level security', fresh: true, render: (_, n, a) => [insertItem(n.secured, a)] },
    {
      name: 'update a row the policy hides',
      render: (o, n, a) => [stmt(`UPDATE ${q(n.secured)} SET "qty" = -1 WHERE "id" = ${pickId(ids(o.rows), a)};`, UPDATE)],
    },
    {
      name: 'widen the policy',
      schemaChange: true,
      render: (_, n, _a, d) => (d === 'postgres' ? [stmt(`ALTER POLICY ${q(n.policy)} ON ${q(n.secured)} USING (true);`)] : []),
    },
  ],
  collation: [
    {
      name: 'insert a name',
      fresh: true,
      render: (_, n, a) => [stmt(`INSERT INTO ${q(n.collated)} ("name", "qty") VALUES ('new ${a.value}', ${a.pick});`)],
    },
    {
      name: 'delete a name',
      render: (o, n, a) => [
        stmt(
          `DELETE FROM ${q(n.collated)} WHERE "name" = ${o.rows.length === 0 ? "'none'" : quoteText(o.rows[a.pick % o.rows.length]![0])};`,
          DELETE,
        ),
      ],
    },
    {
      name: "change the name column's collation",
      schemaChange: true,
      render: (o, n, _a, d) => {
        const other = COLLATIONS[d][(o.collation + 1) % COLLATIONS[d].length] ?? null;
        // SQLite cannot alter a column.
        return d === 'postgres'
          ? [stmt(`ALTER TABLE ${q(n.collated)} ALTER COLUMN "name" TYPE text COLLATE ${q(other ?? 'default')};`)]
          : [];
      },
    },
  ],
  toast: [
    {
      name: 'replace a large value with another',
      render: (o, n, a) => [
        stmt(
          `UPDATE ${q(n.toasted)} SET "body" = ${quoteText(noiseText(a.value, 9_000 + a.pick))} WHERE "id" = ${pickId(ids(o.rows), a)};`,
          UPDATE,
        ),
      ],
    },
    {
      name: 'insert a large value',
      fresh: true,
      render: (_, n, a, d) => [
        stmt(
          `INSERT INTO ${q(n.toasted)} ("id", "body", "blob") VALUES (${freshId(a)}, ${quoteText(noiseText(a.pick, 8_500))}, ${bytesLit(noise(a.value, 9_000), d)});`,
        ),
      ],
    },
    {
      name: 'clear a large value',
      render: (o, n, a) => [stmt(`UPDATE ${q(n.toasted)} SET "blob" = NULL WHERE "id" = ${pickId(ids(o.rows), a)};`, UPDATE)],
    },
    {
      name: 'append to a large value (past its first 8 kB)',
      render: (o, n, a) => [
        stmt(`UPDATE ${q(n.toasted)} SET "body" = "body" || ${quoteText(`+${a.value}`)} WHERE "id" = ${pickId(ids(o.rows), a)};`, UPDATE),
      ],
    },
  ],
  big: [
    {
      name: 'delete every k-th row of the big table',
      render: (_, n, a) => [stmt(`DELETE FROM ${q(n.big)} WHERE "id" % ${a.value + 7} = ${a.pick % (a.value + 7)};`, DELETE)],
    },
    {
      name: 'update every k-th row of the big table',
      render: (_, n, a) => [stmt(`UPDATE ${q(n.big)} SET "qty" = NULL WHERE "id" % ${a.value + 7} = ${a.pick % (a.value + 7)};`, UPDATE)],
    },
    {
      name: 'insert past the end of the big table',
      fresh: true,
      render: (o, n, a) => [
        stmt(`INSERT INTO ${q(n.big)} ("id", "label", "qty") VALUES (${o.rows + 1 + a.value}, 'appended', ${a.pick});`),
      ],
    },
  ],
};

const specs = (object: WorldObject) => ACTIONS[object.kind] as readonly ActionSpec<WorldObject>[];

/** How many actions an object's kind has. */
export const actionCount = (object: WorldObject) => specs(object).length;
/** The action's name, for explanations. */
export const actionName = (object: WorldObject, action: number) => specs(object)[action]?.name ?? `action ${action}`;
/** Whether the action changes the object's definition (drawn for the capture only, never in a batch). */
export const actionIsSchemaChange = (object: WorldObject, action: number) => specs(object)[action]?.schemaChange === true;
/** Whether a batch may hold the action (not a definition change, not a REFRESH). */
export const actionInBatches = (object: WorldObject, action: number) => {
  const spec = specs(object)[action];
  return spec !== undefined && !spec.schemaChange && spec.inBatches !== false;
};
/** Whether the action writes a new id (500 + value). */
export const actionIsFresh = (object: WorldObject, action: number) => specs(object)[action]?.fresh === true;

/** The statements of one action on the object at `index` of the state. */
export function renderObjectAction(object: WorldObject, index: number, a: ObjectAction, dialect: Dialect): ActionStatement[] {
  const spec = specs(object)[a.action];
  if (!spec) throw new Error(`${object.kind} has no action ${a.action}`);
  return spec.render(object, objectNames(index), a, dialect);
}

/** An action on the given object: a batch's (rows only), or with `schemaChanges` any (the change generator's). */
export function objectAction(object: WorldObject, schemaChanges = false): fc.Arbitrary<ObjectAction> {
  const actions = specs(object).flatMap((_, i) => (schemaChanges || actionInBatches(object, i) ? [i] : []));
  return fc.record({ action: fc.constantFrom(...actions), pick: fc.nat({ max: 99 }), value: fc.nat({ max: 99 }) });
}
