/** A materialized view (on SQLite a plain view), populated or not, over rows some of which came after it (stale). */
import fc from 'fast-check';
import { z } from 'zod';
import { quoteIdent as q } from '../sqlText.ts';
import { deleteRow, ids, insertItem, pickId, stmt } from './actions.ts';
import { worldKind } from './kind.ts';
import { baseRows, baseRowsArb } from './rows.ts';
import { insert, ITEM_COLUMNS, itemsTable } from './sql.ts';

export const matview = worldKind({
  schema: z
    .strictObject({ kind: z.literal('matview'), rows: baseRows, populated: z.boolean(), stale: z.number().int().min(0).max(2) })
    .refine((o) => o.stale <= o.rows.length, 'more stale rows than rows'),
  arbitrary: fc
    .record({ rows: baseRowsArb, populated: fc.boolean(), stale: fc.nat({ max: 2 }) })
    .map(({ rows, populated, stale }) => ({ kind: 'matview' as const, rows, populated, stale: Math.min(stale, rows.length) })),
  render: (object, n, dialect) => {
    const fresh = object.rows.slice(0, object.rows.length - object.stale);
    const stale = object.rows.slice(object.rows.length - object.stale);
    const query = `SELECT "label", count(*) AS "n", sum("qty") AS "total" FROM ${q(n.items)} GROUP BY "label"`;
    return [
      itemsTable(n.items, dialect),
      insert(n.items, ITEM_COLUMNS, fresh),
      dialect === 'postgres'
        ? `CREATE MATERIALIZED VIEW ${q(n.matview)} AS ${query}${object.populated ? '' : ' WITH NO DATA'};`
        : `CREATE VIEW ${q(n.matview)} AS ${query};`,
      insert(n.items, ITEM_COLUMNS, stale),
    ].join('\n');
  },
  tables: (n) => [n.items],
  actions: [
    { name: 'insert under the materialized view (it goes stale)', fresh: true, render: (_, n, a) => [insertItem(n.items, a)] },
    { name: 'delete under the materialized view', render: (o, n, a) => [deleteRow(n.items, pickId(ids(o.rows), a))] },
    {
      name: 'refresh the materialized view',
      inBatches: false,
      render: (_, n, _a, d) => (d === 'postgres' ? [stmt(`REFRESH MATERIALIZED VIEW ${q(n.matview)};`)] : []),
    },
  ],
});
