/** The SQL world objects are written in: literals, the common items table, trigger functions, deterministic noise. */
import { hex, quoteIdent as q, quoteText, type Dialect } from '../sqlText.ts';

export const lit = (v: number | string | null): string => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : quoteText(v));
const values = (rows: readonly (readonly (number | string | null)[])[]) => rows.map((r) => `(${r.map(lit).join(', ')})`).join(', ');
export const insert = (table: string, columns: readonly string[], rows: readonly (readonly (number | string | null)[])[]) =>
  rows.length === 0 ? '' : `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${values(rows)};`;

/** Deterministic incompressible-looking text or bytes of a given length, from a seed (TOAST stores it out of line). */
export function noise(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-';
const ALPHABET_CODES = Buffer.from(ALPHABET, 'latin1');
/** `noise` as text of the alphabet (each byte mapped in place: a large value is tens of thousands of characters). */
export function noiseText(seed: number, length: number): string {
  const bytes = noise(seed, length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = ALPHABET_CODES[bytes[i]! % ALPHABET_CODES.length]!;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}
export const bytesLit = (bytes: Uint8Array, dialect: Dialect) =>
  dialect === 'postgres' ? `'\\x${hex(bytes)}'::bytea` : `x'${hex(bytes)}'`;

export function arrayLit(items: readonly (number | string | null)[] | null, type: 'integer' | 'text', dialect: Dialect): string {
  if (items === null) return 'NULL';
  if (dialect === 'sqlite') return quoteText(JSON.stringify(items));
  return items.length === 0 ? `'{}'::${type}[]` : `ARRAY[${items.map(lit).join(', ')}]::${type}[]`;
}

/** A Postgres trigger function and its row trigger, both named `fn`. */
export function pgTrigger(fn: string, body: string, table: string, timing: string): string {
  return [
    `CREATE FUNCTION ${q(fn)}() RETURNS trigger LANGUAGE plpgsql AS $body$BEGIN ${body} END$body$;`,
    `CREATE TRIGGER ${q(fn)} ${timing} ON ${q(table)} FOR EACH ROW EXECUTE FUNCTION ${q(fn)}();`,
  ].join('\n');
}

export const INT = { postgres: 'integer', sqlite: 'INTEGER' } as const;
export const TEXT = { postgres: 'text', sqlite: 'TEXT' } as const;

/** A table of id, label, qty, plus `extra` column definitions. */
export function itemsTable(name: string, dialect: Dialect, extra: readonly string[] = [], key = `PRIMARY KEY ("id")`): string {
  const columns = [`"id" ${INT[dialect]} NOT NULL`, `"label" ${TEXT[dialect]} NOT NULL`, `"qty" ${INT[dialect]}`, ...extra];
  return `CREATE TABLE ${q(name)} (${[...columns, key].join(', ')});`;
}
export const ITEM_COLUMNS = ['id', 'label', 'qty'] as const;
