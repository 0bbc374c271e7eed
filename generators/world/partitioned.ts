/** A table partitioned by range of id or by list of region, with or without a default partition; on SQLite one plain table. */
import fc from 'fast-check';
import { z } from 'zod';
import { quoteIdent as q, quoteText } from '../sqlText.ts';
import { deleteRow, freshId, ids, insertItem, pickId, stmt, UPDATE } from './actions.ts';
import { worldKind } from './kind.ts';
import { baseRows, baseRowsArb } from './rows.ts';
import { insert, ITEM_COLUMNS, itemsTable } from './sql.ts';

const REGIONS = ['north', 'south', 'East West', 'west'] as const;
const regionOf = (rowId: number) => REGIONS[((rowId % 4) + 4) % 4]!;

export const partitioned = worldKind({
  schema: z.strictObject({ kind: z.literal('partitioned'), by: z.enum(['range', 'list']), withDefault: z.boolean(), rows: baseRows }),
  arbitrary: fc
    .record({ by: fc.constantFrom('range' as const, 'list' as const), withDefault: fc.boolean(), rows: baseRowsArb })
    .map((o) => ({ kind: 'partitioned' as const, ...o })),
  render: (object, n, dialect) => {
    const list = object.by === 'list';
    const rows = object.rows.map(([i, l, qt]) => [i, l, qt, regionOf(i)] as const);
    const columns = [...ITEM_COLUMNS, 'region'];
    const key = list ? `PRIMARY KEY ("id", "region")` : `PRIMARY KEY ("id")`;
    if (dialect === 'sqlite')
      return [itemsTable(n.events, dialect, [`"region" TEXT NOT NULL`], key), insert(n.events, columns, rows)].join('\n');
    const parent = `${itemsTable(n.events, dialect, [`"region" text NOT NULL`], key).replace(/;$/, '')} PARTITION BY ${list ? 'LIST ("region")' : 'RANGE ("id")'};`;
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
  },
  tables: (n) => [n.events],
  actions: [
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
});
