/** A view over an items table, with an INSERT rule (on SQLite an INSTEAD OF INSERT trigger) that writes the table. */
import { quoteIdent as q } from '../sqlText.ts';
import { deleteRow, ids, insertItem, pickId, updateQty } from './actions.ts';
import { worldKind } from './kind.ts';
import { baseRows, baseRowsArb } from './rows.ts';
import { insert, ITEM_COLUMNS, itemsTable } from './sql.ts';
import { z } from 'zod';

export const view = worldKind({
  schema: z.strictObject({ kind: z.literal('view'), rows: baseRows }),
  arbitrary: baseRowsArb.map((rows) => ({ kind: 'view' as const, rows })),
  render: (object, n, dialect) => {
    const rule =
      dialect === 'postgres'
        ? `CREATE RULE ${q(n.rule)} AS ON INSERT TO ${q(n.view)} DO INSTEAD INSERT INTO ${q(n.items)} ("id", "label", "qty") VALUES (NEW."id", NEW."label" || ' (via view)', NEW."qty");`
        : `CREATE TRIGGER ${q(n.rule)} INSTEAD OF INSERT ON ${q(n.view)} BEGIN INSERT INTO ${q(n.items)} ("id", "label", "qty") VALUES (NEW."id", NEW."label" || ' (via view)', NEW."qty"); END;`;
    return [
      itemsTable(n.items, dialect),
      insert(n.items, ITEM_COLUMNS, object.rows),
      `CREATE VIEW ${q(n.view)} AS SELECT "id", "label", "qty" FROM ${q(n.items)} WHERE "qty" IS NULL OR "qty" >= 0;`,
      rule,
    ].join('\n');
  },
  tables: (n) => [n.items],
  actions: [
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
});
