/**
 * A SQLite clone's schema from its own pragmas: columns by declared type (SQLite's affinity
 * rules), keys and unique indexes, foreign keys, and the CHECKs and triggers its schema text holds.
 */
import type Database from 'better-sqlite3';
import { displayIdent, type TableXinfoRow } from '../targets/sqliteState.ts';
import { quoteIdent } from '../util/quoteIdent.ts';
import { referenceOrder, type ColumnModel, type SchemaModel, type TableModel, type ValueCategory } from './schemaModel.ts';

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

export function introspectSqlite(db: Database.Database): SchemaModel {
  const names = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
    .all() as { name: string; sql: string | null }[];
  const tables: TableModel[] = names.map(({ name, sql }) => {
    const info = db.prepare('SELECT * FROM pragma_table_xinfo(?) ORDER BY cid').all(name) as TableXinfoRow[];
    const columns: ColumnModel[] = info.map((c) => {
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
    });
    const pk = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const indexes = db.prepare('SELECT name, "unique", partial FROM pragma_index_list(?)').all(name) as {
      name: string;
      unique: number;
      partial: number;
    }[];
    const uniques = indexes
      .filter((i) => i.unique === 1 && i.partial === 0)
      .map((i) =>
        (db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').all(i.name) as { name: string | null }[]).map((c) => c.name),
      )
      .filter((cols): cols is string[] => cols.length > 0 && cols.every((c) => c !== null));
    if (pk.length > 0 && !uniques.some((u) => u.join('\0') === pk.join('\0'))) uniques.unshift(pk);
    const fkRows = db.prepare('SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq').all(name) as {
      id: number;
      table: string;
      from: string;
      to: string | null;
      on_update: string;
      on_delete: string;
    }[];
    const byId = new Map<number, typeof fkRows>();
    for (const r of fkRows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
    const foreignKeys = [...byId.entries()].map(([id, rows]) => {
      const parent = rows[0]!.table;
      // A foreign key naming no columns references the parent's primary key.
      const parentPk = (
        db.prepare('SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').all(parent) as { name: string }[]
      ).map((c) => c.name);
      return {
        name: `${name}_fk${id}`,
        columns: rows.map((r) => r.from),
        references: displayIdent(canonicalTable(names, parent)),
        referencedColumns: rows.map((r, i) => r.to ?? parentPk[i]!),
        onDelete: rows[0]!.on_delete,
        onUpdate: rows[0]!.on_update,
      };
    });
    const triggers = (
      db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? ORDER BY name`).all(name) as { name: string }[]
    ).map((t) => t.name);
    return {
      id: displayIdent(name),
      sqlName: quoteIdent(name),
      columns,
      primaryKey: pk.length > 0 ? pk : null,
      uniques,
      foreignKeys,
      checks: sql && /\bCHECK\s*\(/i.test(sql) ? [sql.slice(sql.search(/\bCHECK\s*\(/i))] : [],
      triggers,
    };
  });
  return { dialect: 'sqlite', tables: referenceOrder(tables) };
}

/** A foreign key names its parent as written; SQLite matches table names without regard to ASCII case. */
function canonicalTable(tables: readonly { name: string }[], written: string): string {
  return (
    tables.find((t) => t.name === written)?.name ?? tables.find((t) => t.name.toLowerCase() === written.toLowerCase())?.name ?? written
  );
}
