/**
 * A key column of a non-default collation, with an index over it: on Postgres the default, "C",
 * "POSIX" and "und-x-icu"; on SQLite BINARY, NOCASE, RTRIM and BINARY again.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { quoteIdent as q, quoteText } from '../sqlText.ts';
import { DELETE, stmt } from './actions.ts';
import { worldKind } from './kind.ts';
import { fold, labelArb, qty, qtyArb, text } from './rows.ts';
import { INT, insert, TEXT } from './sql.ts';

/** The collations a `collation` object draws, per backend, by index. */
export const COLLATIONS = {
  postgres: [null, 'C', 'POSIX', 'und-x-icu'],
  sqlite: ['BINARY', 'NOCASE', 'RTRIM', 'BINARY'],
} as const;

export const collation = worldKind({
  schema: z.strictObject({
    kind: z.literal('collation'),
    collation: z.number().int().min(0).max(3),
    rows: z
      .array(z.tuple([text, qty]))
      .max(6)
      .refine((rows) => new Set(rows.map((r) => fold(r[0]))).size === rows.length, 'two names are equal under a collation'),
  }),
  arbitrary: fc
    .record({
      collation: fc.nat({ max: 3 }),
      rows: fc.uniqueArray(
        fc.tuple(fc.oneof(fc.constantFrom('a', 'A', 'b', 'B', 'ä', 'Ä', 'z', 'Z', ' a', 'é', 'e\u0301', '10', '9', 'ß'), labelArb), qtyArb),
        { maxLength: 6, selector: (r) => fold(r[0]) },
      ),
    })
    .map((o) => ({ kind: 'collation' as const, ...o })),
  render: (object, n, dialect) => {
    const name = COLLATIONS[dialect][object.collation] ?? null;
    const collate = name === null ? '' : ` COLLATE ${q(name)}`;
    return [
      `CREATE TABLE ${q(n.collated)} ("name" ${TEXT[dialect]}${collate} PRIMARY KEY, "qty" ${INT[dialect]});`,
      `CREATE INDEX ${q(`${n.collated} by qty and name`)} ON ${q(n.collated)} ("qty", "name");`,
      insert(n.collated, ['name', 'qty'], object.rows),
    ].join('\n');
  },
  tables: (n) => [n.collated],
  actions: [
    {
      name: 'insert a name',
      fresh: true,
      render: (_, n, a) => [stmt(`INSERT INTO ${q(n.collated)} ("name", "qty") VALUES ('new ${a.value}', ${a.pick});`)],
    },
    {
      name: 'delete a name',
      render: (o, n, a) => [
        stmt(
          `DELETE FROM ${q(n.collated)} WHERE "name" = ${o.rows.length === 0 ? "'none'" : quoteText(o.rows[a.pick % o.rows.length]![0])};`,
          DELETE,
        ),
      ],
    },
    {
      name: "change the name column's collation",
      schemaChange: true,
      render: (o, n, _a, d) => {
        const other = COLLATIONS[d][(o.collation + 1) % COLLATIONS[d].length] ?? null;
        // SQLite cannot alter a column.
        return d === 'postgres'
          ? [stmt(`ALTER TABLE ${q(n.collated)} ALTER COLUMN "name" TYPE text COLLATE ${q(other ?? 'default')};`)]
          : [];
      },
    },
  ],
});
