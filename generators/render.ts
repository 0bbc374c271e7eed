/**
 * Renders a before-state model and apply batches as SQL for one backend. SQLite lacks some
 * types; they are mapped explicitly: integers, booleans (0/1) → INTEGER, numeric → NUMERIC,
 * float8 → REAL, bytea → BLOB, text, timestamptz and json(b) → TEXT. Left out on SQLite:
 * NaN (SQLite stores NULL), serial columns and standalone sequences (no such objects).
 */
import type { BeforeStateModel, ColumnModel, ColumnType, ModelValue, TableModel } from './beforeState.ts';

export type Dialect = 'postgres' | 'sqlite';

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteText = (text: string) => `'${text.replaceAll("'", "''")}'`;
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

const POSTGRES_TYPES: Record<ColumnType, string> = {
  int: 'integer', bigint: 'bigint', numeric: 'numeric', float8: 'double precision', text: 'text', bytea: 'bytea',
  boolean: 'boolean', timestamptz: 'timestamptz', jsonb: 'jsonb', json: 'json',
};
const SQLITE_TYPES: Record<ColumnType, string> = {
  int: 'INTEGER', bigint: 'INTEGER', numeric: 'NUMERIC', float8: 'REAL', text: 'TEXT', bytea: 'BLOB',
  boolean: 'INTEGER', timestamptz: 'TEXT', jsonb: 'TEXT', json: 'TEXT',
};

export function literal(value: ModelValue, dialect: Dialect): string {
  switch (value.t) {
    case 'null': return 'NULL';
    case 'int': return value.v.toString();
    case 'numeric': return dialect === 'postgres' ? quoteText(value.v) : value.v;
    case 'float': {
      const v = value.v;
      if (dialect === 'postgres') return quoteText(Number.isNaN(v) ? 'NaN' : Object.is(v, -0) ? '-0' : String(v));
      if (Number.isNaN(v)) return 'NULL';
      if (!Number.isFinite(v)) return v > 0 ? '9e999' : '-9e999';
      return Object.is(v, -0) ? '-0.0' : String(v).includes('e') || String(v).includes('.') ? String(v) : `${v}.0`;
    }
    case 'text': case 'time': case 'json': return quoteText(value.v);
    case 'bytes': return dialect === 'postgres' ? `'\\x${hex(value.v)}'` : `x'${hex(value.v)}'`;
    case 'bool': return dialect === 'postgres' ? String(value.v) : value.v ? '1' : '0';
  }
}

function columnSql(column: ColumnModel, dialect: Dialect): string {
  const type = (dialect === 'postgres' ? POSTGRES_TYPES : SQLITE_TYPES)[column.type];
  return `${quoteIdent(column.name)} ${type}${column.nullable ? '' : ' NOT NULL'}`;
}

export function insertSql(table: TableModel, rows: readonly (readonly ModelValue[])[], dialect: Dialect): string {
  const columns = table.columns.map((c) => quoteIdent(c.name)).join(', ');
  const values = rows.map((r) => `(${r.map((v) => literal(v, dialect)).join(', ')})`).join(', ');
  return `INSERT INTO ${quoteIdent(table.name)} (${columns}) VALUES ${values};`;
}

export function renderState(state: BeforeStateModel, dialect: Dialect): string {
  const out: string[] = [];
  for (const table of state.tables) {
    const columns = table.columns.map((c) => columnSql(c, dialect));
    if (table.serial && dialect === 'postgres') columns.push('"rid" serial');
    const key = table.columns.slice(0, table.keyColumns).map((c) => quoteIdent(c.name));
    if (key.length > 0) columns.push(`PRIMARY KEY (${key.join(', ')})`);
    out.push(`CREATE TABLE ${quoteIdent(table.name)} (${columns.join(', ')});`);
    if (table.rows.length > 0) out.push(insertSql(table, table.rows, dialect));
  }
  if (dialect === 'postgres') {
    for (const s of state.sequences) {
      out.push(`CREATE SEQUENCE ${quoteIdent(s.name)};`);
      for (let i = 0; i < s.calls; i++) out.push(`SELECT nextval('${quoteIdent(s.name).replaceAll("'", "''")}');`);
    }
  }
  return out.join('\n');
}

export function keyPredicate(table: TableModel, row: readonly ModelValue[], dialect: Dialect): string {
  return table.columns.slice(0, table.keyColumns).map((c, i) => `${quoteIdent(c.name)} = ${literal(row[i]!, dialect)}`).join(' AND ');
}
