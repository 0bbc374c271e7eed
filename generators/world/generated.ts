/** A stored generated column (quantity × price), computed by the database on every write. */
import fc from 'fast-check';
import { z } from 'zod';
import { quoteIdent as q } from '../sqlText.ts';
import { freshId, ids, pickId, stmt, UPDATE } from './actions.ts';
import { worldKind } from './kind.ts';
import { id, idArb, rowsOf, uniqueFirst } from './rows.ts';
import { INT, insert } from './sql.ts';

const priceText = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

export const generated = worldKind({
  schema: z.strictObject({
    kind: z.literal('generated'),
    rows: z
      .array(z.tuple([id, z.number().int().min(-1000).max(1000), z.number().int().min(0).max(100_000)]))
      .max(6)
      .refine(uniqueFirst, 'two rows share an id'),
  }),
  arbitrary: rowsOf(fc.tuple(idArb, fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 100_000 }))).map((rows) => ({
    kind: 'generated' as const,
    rows,
  })),
  render: (object, n, dialect) => {
    const pg = dialect === 'postgres';
    return [
      `CREATE TABLE ${q(n.priced)} ("id" ${INT[dialect]} PRIMARY KEY, "qty" ${INT[dialect]} NOT NULL, "price" ${pg ? 'numeric(10,2)' : 'NUMERIC'} NOT NULL, "total" ${pg ? 'numeric' : 'NUMERIC'} GENERATED ALWAYS AS ("qty" * "price") STORED);`,
      insert(
        n.priced,
        ['id', 'qty', 'price'],
        object.rows.map(([i, qt, cents]) => [i, qt, priceText(cents)]),
      ),
    ].join('\n');
  },
  tables: (n) => [n.priced],
  actions: [
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
});
