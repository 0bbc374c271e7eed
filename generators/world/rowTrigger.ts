/** A table whose trigger changes the row being written (upper-cases its label, counts its updates); on SQLite AFTER triggers, which cannot change NEW. */
import { z } from 'zod';
import { quoteIdent as q } from '../sqlText.ts';
import { firing, ids, insertItem, pickId, updateQty } from './actions.ts';
import { worldKind } from './kind.ts';
import { baseRows, baseRowsArb } from './rows.ts';
import { INT, insert, ITEM_COLUMNS, itemsTable, pgTrigger } from './sql.ts';

export const rowTrigger = worldKind({
  schema: z.strictObject({ kind: z.literal('rowTrigger'), rows: baseRows }),
  arbitrary: baseRowsArb.map((rows) => ({ kind: 'rowTrigger' as const, rows })),
  render: (object, n, dialect) => {
    const table = itemsTable(n.stamped, dialect, [`"touched" ${INT[dialect]} NOT NULL DEFAULT 0`]);
    const triggers =
      dialect === 'postgres'
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
  },
  tables: (n) => [n.stamped],
  actions: [
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
});
