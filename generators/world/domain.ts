/** Columns of domains with CHECKs (on SQLite CHECK constraints on INTEGER and TEXT columns). */
import fc from 'fast-check';
import { z } from 'zod';
import { quoteIdent as q } from '../sqlText.ts';
import { freshId, ids, pickId, stmt, UPDATE } from './actions.ts';
import { worldKind } from './kind.ts';
import { id, idArb, noNul, rowsOf, text, uniqueFirst } from './rows.ts';
import { INT, insert } from './sql.ts';

export const domain = worldKind({
  schema: z.strictObject({
    kind: z.literal('domain'),
    rows: z
      .array(
        z.tuple([
          id,
          z.number().int().min(1).max(1_000_000).nullable(),
          text.refine((s) => [...s].length >= 1 && [...s].length <= 8, 'a code is 1–8 characters').nullable(),
        ]),
      )
      .max(6)
      .refine(uniqueFirst, 'two rows share an id'),
  }),
  arbitrary: rowsOf(
    fc.tuple(
      idArb,
      fc.option(fc.integer({ min: 1, max: 1_000_000 }), { freq: 4 }),
      fc.option(
        fc.oneof(
          fc.constantFrom('A', 'zz-9', 'ÅÄÖ', 'é', '12345678'),
          fc.string({ minLength: 1, maxLength: 8 }).filter((s) => noNul(s) && [...s].length <= 8),
        ),
        { freq: 4 },
      ),
    ),
  ).map((rows) => ({ kind: 'domain' as const, rows })),
  render: (object, n, dialect) => {
    const pg = dialect === 'postgres';
    const amount = pg ? q(n.positive) : `INTEGER CHECK ("amount" > 0)`;
    const code = pg ? q(n.code) : `TEXT CHECK (length("code") BETWEEN 1 AND 8)`;
    return [
      pg ? `CREATE DOMAIN ${q(n.positive)} AS integer CHECK (VALUE > 0);` : '',
      pg ? `CREATE DOMAIN ${q(n.code)} AS text CHECK (char_length(VALUE) BETWEEN 1 AND 8);` : '',
      `CREATE TABLE ${q(n.amounts)} ("id" ${INT[dialect]} PRIMARY KEY, "amount" ${amount}, "code" ${code});`,
      insert(n.amounts, ['id', 'amount', 'code'], object.rows),
    ].join('\n');
  },
  tables: (n) => [n.amounts],
  actions: [
    {
      name: 'insert values of the domains',
      fresh: true,
      render: (_, n, a) => [
        stmt(`INSERT INTO ${q(n.amounts)} ("id", "amount", "code") VALUES (${freshId(a)}, ${a.value + 1}, 'c${a.value}');`),
      ],
    },
    {
      name: 'update a value of a domain',
      render: (o, n, a) => [stmt(`UPDATE ${q(n.amounts)} SET "amount" = ${a.value + 1} WHERE "id" = ${pickId(ids(o.rows), a)};`, UPDATE)],
    },
    {
      name: "drop a domain's CHECK",
      schemaChange: true,
      render: (_, n, _a, d) =>
        d === 'postgres' ? [stmt(`ALTER DOMAIN ${q(n.positive)} DROP CONSTRAINT ${q(`${n.positive}_check`)};`)] : [],
    },
  ],
});
