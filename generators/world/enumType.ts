/** A column of an enum type (on SQLite TEXT with a CHECK), keyed by it or not. */
import fc from 'fast-check';
import { z } from 'zod';
import { quoteIdent as q, quoteText } from '../sqlText.ts';
import { freshId, ids, pickId, stmt, UPDATE } from './actions.ts';
import { worldKind } from './kind.ts';
import { id, idArb, noNul, rowsOf, text, uniqueFirst } from './rows.ts';
import { INT, insert } from './sql.ts';

export const enumType = worldKind({
  schema: z
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
  arbitrary: fc
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
          ).map((rows) => ({ kind: 'enum' as const, labels, keyed, rows })),
        ),
    ),
  render: (object, n, dialect) => {
    const pg = dialect === 'postgres';
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
  },
  tables: (n) => [n.moods],
  actions: [
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
});
