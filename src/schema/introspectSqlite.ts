/**
 * A SQLite clone's schema from its own pragmas: columns by declared type (SQLite's affinity
 * rules), keys and unique indexes, foreign keys, and the CHECKs and triggers its schema text holds.
 */
import type { Session } from '../session/session.ts';
import { displayIdent, type TableXinfoRow } from '../capture/sqliteState.ts';
import { quoteIdent } from '../util/quoteIdent.ts';
import {
  referenceOrder,
  type ColumnModel,
  type ForeignKeyModel,
  type SchemaModel,
  type TableModel,
  type ValueCategory,
} from './schemaModel.ts';
import { defined } from '../util/defined.ts';

/** SQLite's affinity rules (datatype3.html, 3.1), with the date and boolean names real schemas use. */
function category(declared: string): ValueCategory {
  const t = declared.toUpperCase();
  if (t.includes('INT')) return 'integer';
  if (/CHAR|CLOB|TEXT/.test(t)) return 'text';
  if (t === '' || t.includes('BLOB')) return 'other';
  if (/REAL|FLOA|DOUB/.test(t)) return 'float';
  if (t.includes('BOOL')) return 'boolean';
  if (t.includes('DATETIME') || t.includes('TIMESTAMP')) return 'timestamp';
  if (t.includes('DATE')) return 'date';
  return 'numeric';
}

export async function introspectSqlite(session: Session): Promise<SchemaModel> {
  const names = await session.query<{ name: string; sql: string | null }>(
    `SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
  );
  const tables: TableModel[] = [];
  for (const { name, sql } of names) {
    const info = await session.query<TableXinfoRow>('SELECT * FROM pragma_table_xinfo(?) ORDER BY cid', [name]);
    const pk = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const triggers = (
      await session.query<{ name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? ORDER BY name`, [name])
    ).map((t) => t.name);
    tables.push({
      id: displayIdent(name),
      sqlName: quoteIdent(name),
      columns: info.map(columnModel),
      primaryKey: pk.length > 0 ? pk : null,
      uniques: await uniqueKeys(session, name, pk),
      foreignKeys: await foreignKeys(session, name, names),
      checks: sql && /\bCHECK\s*\(/i.test(sql) ? [sql.slice(sql.search(/\bCHECK\s*\(/i))] : [],
      triggers,
    });
  }
  return { dialect: 'sqlite', tables: referenceOrder(tables) };
}

/** A column by its declared type and its row of `pragma_table_xinfo`. */
function columnModel(c: TableXinfoRow): ColumnModel {
  const length = /\(\s*(\d+)\s*\)/.exec(c.type);
  const cat = category(c.type);
  return {
    name: c.name,
    type: c.type,
    category: cat,
    // An INTEGER PRIMARY KEY is the rowid: never NULL once stored.
    notNull: c.notnull === 1 || c.pk > 0,
    hasDefault: c.dflt_value !== null,
    generated: c.hidden === 2 || c.hidden === 3,
    identity: false,
    maxLength: cat === 'text' && length ? Number(length[1]) : null,
    intBytes: cat === 'integer' ? 8 : null,
    enumLabels: null,
    domain: null,
  };
}

/** The table's unique keys: its unique indexes without a predicate over columns (not expressions), the primary key first. */
async function uniqueKeys(session: Session, name: string, pk: readonly string[]): Promise<string[][]> {
  const indexes = await session.query<{ name: string; unique: number; partial: number }>(
    'SELECT name, "unique", partial FROM pragma_index_list(?)',
    [name],
  );
  const uniques: string[][] = [];
  for (const i of indexes.filter((x) => x.unique === 1 && x.partial === 0)) {
    const cols = (await session.query<{ name: string | null }>('SELECT name FROM pragma_index_info(?) ORDER BY seqno', [i.name])).map(
      (c) => c.name,
    );
    if (cols.length > 0 && cols.every((c) => c !== null)) uniques.push(cols as string[]);
  }
  if (pk.length > 0 && !uniques.some((u) => u.join('\0') === pk.join('\0'))) uniques.unshift([...pk]);
  return uniques;
}

/** The table's foreign keys, the columns each references (its parent's primary key where it names none). */
async function foreignKeys(session: Session, name: string, tables: readonly { name: string }[]): Promise<ForeignKeyModel[]> {
  const fkRows = await session.query<{
    id: number;
    table: string;
    from: string;
    to: string | null;
    on_update: string;
    on_delete: string;
  }>('SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq', [name]);
  const byId = new Map<number, typeof fkRows>();
  for (const r of fkRows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  const keys: ForeignKeyModel[] = [];
  for (const [id, rows] of byId.entries()) {
    const first = defined(rows[0], `foreign key ${id} of ${name}`);
    const parent = first.table;
    // A foreign key naming no columns references the parent's primary key.
    const parentPk = (
      await session.query<{ name: string }>('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk', [parent])
    ).map((c) => c.name);
    keys.push({
      name: `${name}_fk${id}`,
      columns: rows.map((r) => r.from),
      references: displayIdent(canonicalTable(tables, parent)),
      referencedColumns: rows.map((r, i) => r.to ?? defined(parentPk[i], `column ${i + 1} of the primary key of ${parent}`)),
      onDelete: first.on_delete,
      onUpdate: first.on_update,
    });
  }
  return keys;
}

/** A foreign key names its parent as written; SQLite matches table names without regard to ASCII case. */
function canonicalTable(tables: readonly { name: string }[], written: string): string {
  return (
    tables.find((t) => t.name === written)?.name ?? tables.find((t) => t.name.toLowerCase() === written.toLowerCase())?.name ?? written
  );
}
