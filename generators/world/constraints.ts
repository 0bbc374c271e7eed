/** Named CHECK and UNIQUE constraints the rows (and the batch's writes) keep. */
import fc from 'fast-check';
import { z } from 'zod';
import { quoteIdent as q, quoteText } from '../sqlText.ts';
import { ids, insertItem, pickId, stmt, UPDATE } from './actions.ts';
import { worldKind } from './kind.ts';
import { baseRows, idArb, labelArb } from './rows.ts';
import { INT, insert, ITEM_COLUMNS, itemsTable } from './sql.ts';

export const constraints = worldKind({
  schema: z.strictObject({
    kind: z.literal('constraints'),
    rows: baseRows
      .refine((rows) => new Set(rows.map((r) => r[1])).size === rows.length, 'two rows share a label')
      .refine((rows) => rows.every((r) => r[2] === null || r[2] >= 0), 'a quantity below 0'),
  }),
  arbitrary: fc
    .uniqueArray(fc.tuple(idArb, labelArb, fc.option(fc.nat({ max: 1000 }), { freq: 4 })), {
      maxLength: 6,
      selector: (r) => r[0],
    })
    .map((rows) => rows.filter((r, i) => rows.findIndex((o) => o[1] === r[1]) === i))
    .map((rows) => ({ kind: 'constraints' as const, rows })),
  render: (object, n, dialect) =>
    [
      itemsTable(n.checked, dialect, [`CONSTRAINT ${q(`${n.checked} label unique`)} UNIQUE ("label")`, `CHECK ("qty" >= 0)`]).replace(
        `"qty" ${INT[dialect]}`,
        `"qty" ${INT[dialect]} CONSTRAINT ${q(`${n.checked} qty cap`)} CHECK ("qty" <= 1000)`,
      ),
      insert(n.checked, ITEM_COLUMNS, object.rows),
    ].join('\n'),
  tables: (n) => [n.checked],
  actions: [
    { name: 'insert a row the constraints accept', fresh: true, render: (_, n, a) => [insertItem(n.checked, a)] },
    {
      name: 'update under the UNIQUE constraint',
      fresh: true,
      render: (o, n, a) => [
        stmt(`UPDATE ${q(n.checked)} SET "label" = ${quoteText(`changed ${a.value}`)} WHERE "id" = ${pickId(ids(o.rows), a)};`, UPDATE),
      ],
    },
  ],
});
