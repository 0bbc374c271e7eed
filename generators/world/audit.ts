/** A table whose triggers write every insert, update and delete to an audit log with a sequence of its own. */
import { z } from 'zod';
import { quoteIdent as q, quoteText } from '../sqlText.ts';
import { deleteRow, firing, ids, insertItem, pickId, stmt, updateQty } from './actions.ts';
import { worldKind } from './kind.ts';
import { baseRows, baseRowsArb } from './rows.ts';
import { insert, ITEM_COLUMNS, itemsTable, pgTrigger } from './sql.ts';

export const audit = worldKind({
  schema: z.strictObject({ kind: z.literal('audit'), rows: baseRows }),
  arbitrary: baseRowsArb.map((rows) => ({ kind: 'audit' as const, rows })),
  render: (object, n, dialect) => {
    const log =
      dialect === 'postgres'
        ? `CREATE TABLE ${q(n.auditLog)} ("seq" bigserial PRIMARY KEY, "op" text NOT NULL, "row_id" integer, "at_qty" integer);`
        : `CREATE TABLE ${q(n.auditLog)} ("seq" INTEGER PRIMARY KEY AUTOINCREMENT, "op" TEXT NOT NULL, "row_id" INTEGER, "at_qty" INTEGER);`;
    const write = (op: string, row: 'NEW' | 'OLD') =>
      `INSERT INTO ${q(n.auditLog)} ("op", "row_id", "at_qty") VALUES (${op}, ${row}."id", ${row}."qty");`;
    const triggers =
      dialect === 'postgres'
        ? pgTrigger(
            n.auditFn,
            `IF TG_OP = 'DELETE' THEN ${write('TG_OP', 'OLD')} RETURN OLD; END IF; ${write('TG_OP', 'NEW')} RETURN NEW;`,
            n.audited,
            'AFTER INSERT OR UPDATE OR DELETE',
          )
        : (['INSERT', 'UPDATE', 'DELETE'] as const)
            .map(
              (op) =>
                `CREATE TRIGGER ${q(`${n.auditFn} ${op.toLowerCase()}`)} AFTER ${op} ON ${q(n.audited)} BEGIN ${write(`'${op}'`, op === 'DELETE' ? 'OLD' : 'NEW')} END;`,
            )
            .join('\n');
    return [itemsTable(n.audited, dialect), log, triggers, insert(n.audited, ITEM_COLUMNS, object.rows)].join('\n');
  },
  tables: (n) => [n.audited, n.auditLog],
  actions: [
    {
      name: 'insert (the trigger writes the audit log and moves its sequence)',
      fresh: true,
      render: (_, n, a, d) => firing(n.auditFn, 'insert', d, [insertItem(n.audited, a)]),
    },
    { name: 'update (audited)', render: (o, n, a, d) => firing(n.auditFn, 'update', d, [updateQty(n.audited, pickId(ids(o.rows), a), a)]) },
    { name: 'delete (audited)', render: (o, n, a, d) => firing(n.auditFn, 'delete', d, [deleteRow(n.audited, pickId(ids(o.rows), a))]) },
    {
      name: 'disable the audit trigger',
      schemaChange: true,
      render: (_, n, _a, d) => [
        stmt(
          d === 'postgres' ? `ALTER TABLE ${q(n.audited)} DISABLE TRIGGER ${q(n.auditFn)};` : `DROP TRIGGER ${q(`${n.auditFn} insert`)};`,
        ),
      ],
    },
    {
      name: "move the audit log's counter (sqlite_sequence on SQLite)",
      schemaChange: true,
      render: (_, n, a, d) => [
        stmt(
          d === 'postgres'
            ? `SELECT setval(pg_get_serial_sequence(${quoteText(q(n.auditLog))}, 'seq'), ${a.value + 100});`
            : // sqlite_sequence has no unique name: INSERT OR REPLACE added a second row, which SQLite never advances.
              `UPDATE sqlite_sequence SET seq = ${a.value + 100} WHERE name = ${quoteText(n.auditLog)};`,
        ),
      ],
    },
  ],
});
