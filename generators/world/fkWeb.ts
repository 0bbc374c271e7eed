/** A web of foreign keys: children that cascade, notes set NULL (deferrable or not) and cascading from a child. */
import fc from 'fast-check';
import { z } from 'zod';
import { quoteIdent as q } from '../sqlText.ts';
import { deleteRow, freshId, ids, pickId, stmt } from './actions.ts';
import { worldKind } from './kind.ts';
import { baseRows, baseRowsArb, id, idArb, pick, pickArb, rowsOf, uniqueFirst } from './rows.ts';
import { INT, insert, ITEM_COLUMNS, TEXT } from './sql.ts';

export const fkWeb = worldKind({
  schema: z.strictObject({
    kind: z.literal('fkWeb'),
    deferrable: z.boolean(),
    parents: baseRows,
    children: z
      .array(z.tuple([id, pick]))
      .max(6)
      .refine(uniqueFirst, 'two children share an id'),
    notes: z
      .array(z.tuple([id, pick, pick]))
      .max(6)
      .refine(uniqueFirst, 'two notes share an id'),
  }),
  arbitrary: fc
    .record({
      deferrable: fc.boolean(),
      parents: baseRowsArb,
      children: rowsOf(fc.tuple(idArb, pickArb)),
      notes: rowsOf(fc.tuple(idArb, pickArb, pickArb)),
    })
    .map((o) => ({ kind: 'fkWeb' as const, ...o })),
  render: (object, n, dialect) => {
    const at = <T>(list: readonly T[], p: number | null) => (p === null || list.length === 0 ? null : list[p % list.length]!);
    const parentIds = object.parents.map((r) => r[0]);
    const childIds = object.children.map((r) => r[0]);
    const deferred = object.deferrable ? ' DEFERRABLE INITIALLY DEFERRED' : '';
    return [
      `CREATE TABLE ${q(n.parent)} ("id" ${INT[dialect]} PRIMARY KEY, "label" ${TEXT[dialect]} NOT NULL, "qty" ${INT[dialect]});`,
      `CREATE TABLE ${q(n.child)} ("id" ${INT[dialect]} PRIMARY KEY, "parent_id" ${INT[dialect]} REFERENCES ${q(n.parent)} ("id") ON DELETE CASCADE);`,
      `CREATE TABLE ${q(n.note)} ("id" ${INT[dialect]} PRIMARY KEY, "parent_id" ${INT[dialect]} REFERENCES ${q(n.parent)} ("id") ON DELETE SET NULL${deferred}, "child_id" ${INT[dialect]} REFERENCES ${q(n.child)} ("id") ON DELETE CASCADE);`,
      insert(n.parent, ITEM_COLUMNS, object.parents),
      insert(
        n.child,
        ['id', 'parent_id'],
        object.children.map(([i, p]) => [i, at(parentIds, p)]),
      ),
      insert(
        n.note,
        ['id', 'parent_id', 'child_id'],
        object.notes.map(([i, p, c]) => [i, at(parentIds, p), at(childIds, c)]),
      ),
    ].join('\n');
  },
  tables: (n) => [n.parent, n.child, n.note],
  actions: [
    {
      name: 'delete a parent (children cascade, notes set NULL)',
      render: (o, n, a) => [deleteRow(n.parent, pickId(ids(o.parents), a))],
    },
    {
      name: 'insert a note before its parent (deferred), or after it',
      fresh: true,
      render: (o, n, a) => {
        const note = stmt(`INSERT INTO ${q(n.note)} ("id", "parent_id") VALUES (${freshId(a)}, ${freshId(a)});`);
        const parent = stmt(`INSERT INTO ${q(n.parent)} ("id", "label") VALUES (${freshId(a)}, 'late parent');`);
        return o.deferrable ? [note, parent] : [parent, note];
      },
    },
    { name: 'delete a child (its notes cascade)', render: (o, n, a) => [deleteRow(n.child, pickId(ids(o.children), a))] },
  ],
});
