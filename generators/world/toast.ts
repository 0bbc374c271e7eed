/** Values large enough for Postgres to store out of line (TOAST): text and bytes of deterministic noise. */
import fc from 'fast-check';
import { z } from 'zod';
import { quoteIdent as q, quoteText } from '../sqlText.ts';
import { freshId, ids, pickId, stmt, UPDATE } from './actions.ts';
import { worldKind } from './kind.ts';
import { id, idArb, uniqueFirst } from './rows.ts';
import { bytesLit, INT, noise, noiseText, TEXT } from './sql.ts';

export const toast = worldKind({
  schema: z.strictObject({
    kind: z.literal('toast'),
    rows: z
      .array(
        z.tuple([
          id,
          z.number().int().min(0).max(40_000).nullable(),
          z.number().int().min(0).max(20_000).nullable(),
          z
            .number()
            .int()
            .min(0)
            .max(2 ** 31 - 1),
        ]),
      )
      .max(3)
      .refine(uniqueFirst, 'two rows share an id'),
  }),
  arbitrary: fc
    .uniqueArray(
      fc.tuple(
        idArb,
        fc.option(fc.oneof(fc.integer({ min: 8_193, max: 40_000 }), fc.nat({ max: 100 })), { freq: 4 }),
        fc.option(fc.oneof(fc.integer({ min: 8_193, max: 20_000 }), fc.nat({ max: 100 })), { freq: 4 }),
        fc.nat({ max: 2 ** 31 - 1 }),
      ),
      { maxLength: 3, selector: (r) => r[0] },
    )
    .map((rows) => ({ kind: 'toast' as const, rows })),
  render: (object, n, dialect) => {
    const rows = object.rows.map(
      ([i, textLen, bytesLen, seed]) =>
        `(${i}, ${textLen === null ? 'NULL' : quoteText(noiseText(seed, textLen))}, ${bytesLen === null ? 'NULL' : bytesLit(noise(seed + 1, bytesLen), dialect)})`,
    );
    return [
      `CREATE TABLE ${q(n.toasted)} ("id" ${INT[dialect]} PRIMARY KEY, "body" ${TEXT[dialect]}, "blob" ${dialect === 'postgres' ? 'bytea' : 'BLOB'});`,
      rows.length ? `INSERT INTO ${q(n.toasted)} ("id", "body", "blob") VALUES ${rows.join(', ')};` : '',
    ].join('\n');
  },
  tables: (n) => [n.toasted],
  actions: [
    {
      name: 'replace a large value with another',
      render: (o, n, a) => [
        stmt(
          `UPDATE ${q(n.toasted)} SET "body" = ${quoteText(noiseText(a.value, 9_000 + a.pick))} WHERE "id" = ${pickId(ids(o.rows), a)};`,
          UPDATE,
        ),
      ],
    },
    {
      name: 'insert a large value',
      fresh: true,
      render: (_, n, a, d) => [
        stmt(
          `INSERT INTO ${q(n.toasted)} ("id", "body", "blob") VALUES (${freshId(a)}, ${quoteText(noiseText(a.pick, 8_500))}, ${bytesLit(noise(a.value, 9_000), d)});`,
        ),
      ],
    },
    {
      name: 'clear a large value',
      render: (o, n, a) => [stmt(`UPDATE ${q(n.toasted)} SET "blob" = NULL WHERE "id" = ${pickId(ids(o.rows), a)};`, UPDATE)],
    },
    {
      name: 'append to a large value (past its first 8 kB)',
      render: (o, n, a) => [
        stmt(`UPDATE ${q(n.toasted)} SET "body" = "body" || ${quoteText(`+${a.value}`)} WHERE "id" = ${pickId(ids(o.rows), a)};`, UPDATE),
      ],
    },
  ],
});
