/** Integer and text array columns, NULL elements and empty arrays included (on SQLite JSON text). */
import fc from 'fast-check';
import { z } from 'zod';
import { quoteIdent as q } from '../sqlText.ts';
import { freshId, ids, pickId, stmt, UPDATE } from './actions.ts';
import { worldKind } from './kind.ts';
import { id, idArb, labelArb, rowsOf, text, uniqueFirst } from './rows.ts';
import { arrayLit, INT } from './sql.ts';

export const arrays = worldKind({
  schema: z.strictObject({
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
  arbitrary: rowsOf(
    fc.tuple(
      idArb,
      fc.option(fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { freq: 4 }), { maxLength: 4 }), { freq: 4 }),
      fc.option(fc.array(fc.option(labelArb, { freq: 4 }), { maxLength: 4 }), { freq: 4 }),
    ),
  ).map((rows) => ({ kind: 'arrays' as const, rows })),
  render: (object, n, dialect) => {
    const pg = dialect === 'postgres';
    const rows = object.rows.map(([i, ints, tags]) => `(${i}, ${arrayLit(ints, 'integer', dialect)}, ${arrayLit(tags, 'text', dialect)})`);
    return [
      `CREATE TABLE ${q(n.arrays)} ("id" ${INT[dialect]} PRIMARY KEY, "ints" ${pg ? 'integer[]' : 'TEXT'}, "tags" ${pg ? 'text[]' : 'TEXT'});`,
      rows.length ? `INSERT INTO ${q(n.arrays)} ("id", "ints", "tags") VALUES ${rows.join(', ')};` : '',
    ].join('\n');
  },
  tables: (n) => [n.arrays],
  actions: [
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
});
