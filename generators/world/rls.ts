/** Row-level security, with FORCE or without, and a policy that hides rows (on SQLite a plain table). */
import fc from 'fast-check';
import { z } from 'zod';
import { quoteIdent as q } from '../sqlText.ts';
import { ids, insertItem, pickId, stmt, UPDATE } from './actions.ts';
import { worldKind } from './kind.ts';
import { baseRows, baseRowsArb } from './rows.ts';
import { insert, ITEM_COLUMNS, itemsTable } from './sql.ts';

export const rls = worldKind({
  schema: z.strictObject({ kind: z.literal('rls'), force: z.boolean(), rows: baseRows }),
  arbitrary: fc.record({ force: fc.boolean(), rows: baseRowsArb }).map((o) => ({ kind: 'rls' as const, ...o })),
  render: (object, n, dialect) => {
    const pg = dialect === 'postgres';
    return [
      itemsTable(n.secured, dialect),
      insert(n.secured, ITEM_COLUMNS, object.rows),
      pg ? `ALTER TABLE ${q(n.secured)} ENABLE ROW LEVEL SECURITY;` : '',
      pg && object.force ? `ALTER TABLE ${q(n.secured)} FORCE ROW LEVEL SECURITY;` : '',
      pg ? `CREATE POLICY ${q(n.policy)} ON ${q(n.secured)} USING ("qty" IS NOT NULL AND "qty" > 0);` : '',
    ].join('\n');
  },
  tables: (n) => [n.secured],
  actions: [
    { name: 'insert under row-level security', fresh: true, render: (_, n, a) => [insertItem(n.secured, a)] },
    {
      name: 'update a row the policy hides',
      render: (o, n, a) => [stmt(`UPDATE ${q(n.secured)} SET "qty" = -1 WHERE "id" = ${pickId(ids(o.rows), a)};`, UPDATE)],
    },
    {
      name: 'widen the policy',
      schemaChange: true,
      render: (_, n, _a, d) => (d === 'postgres' ? [stmt(`ALTER POLICY ${q(n.policy)} ON ${q(n.secured)} USING (true);`)] : []),
    },
  ],
});
