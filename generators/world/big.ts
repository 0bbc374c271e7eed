/** One table of 100,000–300,000 rows filled by the database itself from a recipe (so it shrinks by the recipe, not row by row). */
import fc from 'fast-check';
import { z } from 'zod';
import { quoteIdent as q } from '../sqlText.ts';
import { DELETE, stmt, UPDATE } from './actions.ts';
import { worldKind } from './kind.ts';
import { itemsTable } from './sql.ts';

export const BIG_ROWS = { min: 100_000, max: 300_000 } as const;

export const big = worldKind({
  schema: z.strictObject({
    kind: z.literal('big'),
    rows: z.number().int().min(BIG_ROWS.min).max(BIG_ROWS.max),
    seed: z.number().int().min(1).max(9999),
    nullEvery: z.number().int().min(2).max(50),
  }),
  arbitrary: fc
    .record({
      rows: fc.integer({ min: BIG_ROWS.min, max: BIG_ROWS.max }),
      seed: fc.integer({ min: 1, max: 9999 }),
      nullEvery: fc.integer({ min: 2, max: 50 }),
    })
    .map((o) => ({ kind: 'big' as const, ...o })),
  render: ({ rows, seed, nullEvery }, n, dialect) => {
    const fill =
      dialect === 'postgres'
        ? `INSERT INTO ${q(n.big)} ("id", "label", "qty") SELECT i, to_hex(i::bigint * ${seed}) || '-' || (i % 97), CASE WHEN i % ${nullEvery} = 0 THEN NULL ELSE (i::bigint * ${seed}) % 1000 END FROM generate_series(1, ${rows}) AS i;`
        : `INSERT INTO ${q(n.big)} ("id", "label", "qty") WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${rows}) SELECT i, printf('%x-%d', i * ${seed}, i % 97), CASE WHEN i % ${nullEvery} = 0 THEN NULL ELSE (i * ${seed}) % 1000 END FROM s;`;
    return [itemsTable(n.big, dialect), fill].join('\n');
  },
  tables: (n) => [n.big],
  actions: [
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
});
