/**
 * Rows of a clone's keyed tables, read and moved by plain SQL of the suite's own (not the engine's
 * capture): each row by where it lies (Postgres `ctid`, SQLite `rowid`), its key and its whole text;
 * a copy of each table kept in a temporary table, so that a row can be put back or set back as
 * another session would.
 */
import type { Session } from '../../src/index.ts';

export type Dialect = 'postgres' | 'sqlite';

export interface KeyedTable {
  /** The table's name as SQL (schema-qualified on Postgres). */
  readonly id: string;
  /** Where its copies lie: `shadowOf(table, 'before')`. */
  readonly index: number;
  /** The columns a row is re-inserted with (no generated column). */
  readonly insertable: readonly string[];
  /** The columns another session may set (not a key, not generated, not identity). */
  readonly settable: readonly string[];
  readonly keyColumns: readonly string[];
  readonly identityAlways: boolean;
  /** Its own triggers or rules: a write to it does more than write it. */
  readonly triggered: boolean;
}

export interface Row {
  readonly loc: string;
  readonly key: string;
  readonly text: string;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
/** `loc` (read by readRows, so a tid or an integer) as the condition naming its row. */
const at = (dialect: Dialect, loc: string, alias = '') =>
  dialect === 'postgres' ? `${alias}ctid = '${loc.replace(/[^(),0-9]/g, '')}'::tid` : `${alias}rowid = ${BigInt(loc)}`;

export const shadowOf = (table: KeyedTable, copy: 'before' | 'committed') => `rehearse_${copy}_${table.index}`;

/** Every table with a primary key (SQLite: every table; its rowid names a row), in a fixed order. */
export async function keyedTables(session: Session, dialect: Dialect): Promise<KeyedTable[]> {
  if (dialect === 'postgres') {
    const rows = await session.query<{
      id: string;
      key: string[] | null;
      insertable: string[];
      settable: string[] | null;
      identity_always: boolean;
      triggered: boolean;
    }>(`SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) AS id,
        (SELECT pg_catalog.json_agg(pg_catalog.format('%I', a.attname) ORDER BY pg_catalog.array_position(i.indkey::int2[], a.attnum))
           FROM pg_catalog.pg_index i JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
          WHERE i.indrelid = c.oid AND i.indisprimary) AS key,
        (SELECT pg_catalog.json_agg(pg_catalog.format('%I', a.attname) ORDER BY a.attnum) FROM pg_catalog.pg_attribute a
          WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS insertable,
        (SELECT pg_catalog.json_agg(pg_catalog.format('%I', a.attname) ORDER BY a.attnum) FROM pg_catalog.pg_attribute a
          WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' AND a.attidentity = ''
            AND NOT EXISTS (SELECT FROM pg_catalog.pg_index i WHERE i.indrelid = c.oid AND i.indisprimary AND a.attnum = ANY (i.indkey))) AS settable,
        EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attidentity = 'a') AS identity_always,
        EXISTS (SELECT FROM pg_catalog.pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal)
          OR EXISTS (SELECT FROM pg_catalog.pg_rewrite r WHERE r.ev_class = c.oid AND r.rulename <> '_RETURN') AS triggered
      FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast_)?temp'
      ORDER BY 1`);
    return rows
      .filter((r) => r.key !== null)
      .map((r, index) => ({
        id: r.id,
        index,
        insertable: r.insertable,
        settable: r.settable ?? [],
        keyColumns: r.key!,
        identityAlways: r.identity_always,
        triggered: r.triggered,
      }));
  }
  const names = await session.query<{ name: string; triggered: number }>(
    `SELECT name, EXISTS (SELECT 1 FROM sqlite_schema g WHERE g.type = 'trigger' AND g.tbl_name = s.name) AS triggered
       FROM sqlite_schema s WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
  );
  const out: KeyedTable[] = [];
  for (const [index, { name, triggered }] of names.entries()) {
    const columns = await session.query<{ name: string; pk: number; hidden: number }>(
      'SELECT name, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid',
      [name],
    );
    const plain = columns.filter((c) => c.hidden === 0);
    out.push({
      id: quote(name),
      index,
      insertable: plain.map((c) => quote(c.name)),
      settable: plain.filter((c) => Number(c.pk) === 0).map((c) => quote(c.name)),
      keyColumns: columns
        .filter((c) => Number(c.pk) > 0)
        .sort((a, b) => Number(a.pk) - Number(b.pk))
        .map((c) => quote(c.name)),
      identityAlways: false,
      triggered: Number(triggered) !== 0,
    });
  }
  return out;
}

/** SQLite: a row's columns as one text, each by `quote()` (exact: an integer's digits, a real's shortest round-trip form, a blob's hex). */
export const sqliteRowText = (columns: readonly string[], alias: string) =>
  columns.length === 0 ? "''" : columns.map((c) => `quote(${alias}.${c})`).join(" || ',' || ");

/** The rows of a table (or of its copy), by place, key and whole text. */
export async function readRows(session: Session, dialect: Dialect, table: KeyedTable, from: string = table.id): Promise<Row[]> {
  if (dialect === 'postgres') {
    const key = table.keyColumns.map((k) => `t.${k}`).join(', ');
    return session.query<Row>(`SELECT t.ctid::text AS loc, ROW(${key})::text AS key, t::text AS text FROM ONLY ${from} AS t`);
  }
  const key = table.keyColumns.length > 0 ? sqliteRowText(table.keyColumns, 't') : "'rowid ' || t.rowid";
  // The rowid as text: a JavaScript number would round one past 2^53 onto its neighbour.
  return session.query<Row>(
    `SELECT quote(t.rowid) AS loc, ${key} AS key, ${sqliteRowText(table.insertable, 't')} AS text FROM ${from} AS t`,
  );
}

/** Keeps a copy of every table as it is now, under `copy` (a temporary table the session alone sees). */
export async function keepCopies(session: Session, dialect: Dialect, tables: readonly KeyedTable[], copy: 'before' | 'committed') {
  for (const t of tables)
    await session.exec(`CREATE TEMP TABLE ${shadowOf(t, copy)} AS SELECT * FROM ${dialect === 'postgres' ? 'ONLY ' : ''}${t.id}`);
}

/** Runs one write; an error (a constraint, a row another references) is `false`, with nothing changed. */
async function attempt(session: Session, sql: string): Promise<boolean> {
  await session.exec('BEGIN');
  try {
    await session.exec(sql);
    await session.exec('COMMIT');
    return true;
  } catch {
    await session.exec('ROLLBACK');
    return false;
  }
}

const pg = (dialect: Dialect) => dialect === 'postgres';

/** Deletes the row at `loc`, committed. */
export const deleteRow = (session: Session, dialect: Dialect, table: KeyedTable, loc: string) =>
  attempt(session, `DELETE FROM ${pg(dialect) ? 'ONLY ' : ''}${table.id} WHERE ${at(dialect, loc)}`);

/** Inserts the row at `loc` of a copy of the table, committed. */
export const insertFromCopy = (session: Session, dialect: Dialect, table: KeyedTable, copy: 'before' | 'committed', loc: string) => {
  const columns = table.insertable.join(', ');
  const overriding = pg(dialect) && table.identityAlways ? ' OVERRIDING SYSTEM VALUE' : '';
  return attempt(
    session,
    `INSERT INTO ${table.id} (${columns})${overriding} SELECT ${columns} FROM ${shadowOf(table, copy)} WHERE ${at(dialect, loc)}`,
  );
};

/** Sets `columns` of the row at `loc` to those of the row at `from` of a copy, committed. */
export const setFromCopy = (
  session: Session,
  dialect: Dialect,
  table: KeyedTable,
  loc: string,
  copy: 'before' | 'committed',
  from: string,
  columns: readonly string[] = table.settable,
) =>
  attempt(
    session,
    `UPDATE ${pg(dialect) ? 'ONLY ' : ''}${table.id} SET ${columns
      .map((c) => `${c} = (SELECT s.${c} FROM ${shadowOf(table, copy)} AS s WHERE ${at(dialect, from, 's.')})`)
      .join(', ')} WHERE ${at(dialect, loc)}`,
  );

/** A psql (sqlite3) script run as its client runs it with ON_ERROR_STOP (.bail on): its error, or `null`. */
export async function runClientScript(session: Session, dialect: Dialect, script: string): Promise<string | null> {
  const meta = dialect === 'postgres' ? '\\' : '.';
  const body = script
    .split('\n')
    .filter((line) => !line.startsWith(meta))
    .join('\n');
  try {
    await session.exec(body);
    return null;
  } catch (error) {
    // The client ends its session there: the open transaction is rolled back (a driver may not
    // know yet that one is open, so it is always asked; with none, ROLLBACK is refused or warns).
    await session.exec('ROLLBACK').catch(() => {});
    return error instanceof Error ? error.message : String(error);
  }
}

/** A single-column foreign key between two keyed tables. */
export interface ForeignKey {
  readonly child: KeyedTable;
  readonly childColumn: string;
  readonly parent: KeyedTable;
  readonly parentColumn: string;
}

/** The single-column foreign keys among `tables`, whatever their actions. */
export async function foreignKeys(session: Session, dialect: Dialect, tables: readonly KeyedTable[]): Promise<ForeignKey[]> {
  const found =
    dialect === 'postgres'
      ? await session.query<{ child: string; child_column: string; parent: string; parent_column: string }>(
          `SELECT pg_catalog.format('%I.%I', cn.nspname, ch.relname) AS child, pg_catalog.format('%I', ca.attname) AS child_column,
                  pg_catalog.format('%I.%I', pn.nspname, pr.relname) AS parent, pg_catalog.format('%I', pa.attname) AS parent_column
             FROM pg_catalog.pg_constraint f
             JOIN pg_catalog.pg_class ch ON ch.oid = f.conrelid JOIN pg_catalog.pg_namespace cn ON cn.oid = ch.relnamespace
             JOIN pg_catalog.pg_class pr ON pr.oid = f.confrelid JOIN pg_catalog.pg_namespace pn ON pn.oid = pr.relnamespace
             JOIN pg_catalog.pg_attribute ca ON ca.attrelid = f.conrelid AND ca.attnum = f.conkey[1]
             JOIN pg_catalog.pg_attribute pa ON pa.attrelid = f.confrelid AND pa.attnum = f.confkey[1]
            WHERE f.contype = 'f' AND pg_catalog.array_length(f.conkey, 1) = 1
            ORDER BY 1, 2, 3`,
        )
      : await session.query<{ child: string; child_column: string; parent: string; parent_column: string | null }>(
          `SELECT '"' || replace(m.name, '"', '""') || '"' AS child, '"' || replace(f."from", '"', '""') || '"' AS child_column,
                  '"' || replace(f."table", '"', '""') || '"' AS parent,
                  CASE WHEN f."to" IS NULL THEN NULL ELSE '"' || replace(f."to", '"', '""') || '"' END AS parent_column
             FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' AND (SELECT count(*) FROM pragma_foreign_key_list(m.name) g WHERE g.id = f.id) = 1
            ORDER BY 1, 2, 3`,
        );
  const byName = (id: string) => tables.find((t) => t.id.toLowerCase() === id.toLowerCase());
  return found.flatMap((f) => {
    const child = byName(f.child);
    const parent = byName(f.parent);
    const parentColumn = f.parent_column ?? (parent?.keyColumns.length === 1 ? parent.keyColumns[0] : undefined);
    return child && parent && parentColumn ? [{ child, childColumn: f.child_column, parent, parentColumn }] : [];
  });
}

/** Sets the foreign key's column of the child row at `loc` to the parent column of the row at `parentLoc` of the parent's copy, committed. */
export const pointAt = (session: Session, dialect: Dialect, key: ForeignKey, loc: string, parentLoc: string) =>
  attempt(
    session,
    `UPDATE ${pg(dialect) ? 'ONLY ' : ''}${key.child.id} SET ${key.childColumn} = (SELECT s.${key.parentColumn} FROM ${shadowOf(key.parent, 'committed')} AS s WHERE ${at(dialect, parentLoc, 's.')}) WHERE ${at(dialect, loc)}`,
  );
