/** A parent table and a child that inherits it (on SQLite two plain tables): writes through the parent reach the child's rows. */
import fc from 'fast-check';
import { z } from 'zod';
import { quoteIdent as q } from '../sqlText.ts';
import { deleteRow, ids, insertItem, pickId, updateQty } from './actions.ts';
import { worldKind } from './kind.ts';
import { idArb, inheritedRows, labelArb, qtyArb, rowsOf, uniqueFirst } from './rows.ts';
import { insert, ITEM_COLUMNS, itemsTable } from './sql.ts';

export const inheritance = worldKind({
  schema: z
    .strictObject({ kind: z.literal('inheritance'), rows: inheritedRows, childRows: inheritedRows })
    .refine((o) => uniqueFirst([...o.rows, ...o.childRows]), 'a parent and a child row share an id'),
  arbitrary: rowsOf(fc.tuple(idArb, labelArb, qtyArb), 8).chain((all) =>
    fc.nat({ max: all.length }).map((split) => ({ kind: 'inheritance' as const, rows: all.slice(0, split), childRows: all.slice(split) })),
  ),
  render: (object, n, dialect) => {
    const child =
      dialect === 'postgres'
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
  },
  tables: (n) => [n.vehicles, n.trucks],
  actions: [
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
});
