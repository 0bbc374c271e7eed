/** The rows world objects hold: their checks (zod, for stored fixtures) and their arbitraries, shared by the kinds. */
import fc from 'fast-check';
import { z } from 'zod';

export const noNul = (s: string) => !s.includes('\u0000');
export const text = z.string().refine(noNul, 'text holds a NUL');
export const id = z.number().int().min(-50).max(400);
export const qty = z.number().int().min(-5).max(1000).nullable();
const baseRow = z.tuple([id, text, qty]);
export const uniqueFirst = <T extends readonly unknown[]>(rows: readonly T[]) => new Set(rows.map((r) => r[0])).size === rows.length;
/** Up to six rows of id, label, quantity, ids unique. */
export const baseRows = z.array(baseRow).max(6).refine(uniqueFirst, 'two rows share an id');
export const inheritedRows = z.array(baseRow).max(8);
/** An index into another list of rows (its length taken modulo), or none. */
export const pick = z.number().int().min(0).max(9).nullable();
/** A name as the loosest collation compares it (case and trailing spaces aside). */
export const fold = (name: string) => name.toLowerCase().trimEnd();

export const labelArb = fc
  .oneof(fc.constantFrom('', 'a', 'B', 'Ärger', "it's", 'two words', 'trailing ', 'NULL'), fc.string({ maxLength: 6 }))
  .filter(noNul);
export const qtyArb = fc.option(fc.integer({ min: -5, max: 1000 }), { freq: 4 });
export const rowsOf = <T extends readonly unknown[]>(row: fc.Arbitrary<T>, maxLength = 6) =>
  fc.uniqueArray(row, { maxLength, selector: (r) => r[0] });
export const idArb = fc.integer({ min: -50, max: 400 });
export const baseRowsArb = rowsOf(fc.tuple(idArb, labelArb, qtyArb));
export const pickArb = fc.option(fc.nat({ max: 9 }), { freq: 4 });
