/**
 * State capture for SQLite. SQLite runs in-process, so "in the database" and "streaming" are
 * the same thing here: rows are iterated one at a time and hashed as they pass.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type {
  CaptureScope,
  KeyRange,
  KeyValue,
  RelationInfo,
  RowImage,
  SchemaObject,
  SequenceState,
  StateReader,
  TableDigest,
  TableInfo,
} from './stateReader.ts';
import { requireKey, tableInScope, keyColumns } from './stateReader.ts';
import { sha256Tagged } from './hashing.ts';
import { quoteIdent } from '../util/quoteIdent.ts';
import { defined } from '../util/defined.ts';

const SAVEPOINT = 'rehearse_capture';
const HASH_CHUNK = 64 * 1024;

export const quoteSqliteIdent: (name: string) => string = quoteIdent;

/** The readable id of a name: bare when it is a plain identifier, quoted otherwise. */
/** One row of `pragma_table_xinfo`: a column of a table (`hidden` 2 or 3: a generated column). */
export interface TableXinfoRow {
  readonly cid: number;
  readonly name: string;
  readonly type: string;
  readonly notnull: number;
  readonly dflt_value: string | null;
  readonly pk: number;
  readonly hidden: number;
}

/** A name as `displayIdent` shows it, back to the name itself. */
export function unquoteIdent(id: string): string {
  return id.startsWith('"') ? id.slice(1, -1).replaceAll('""', '"') : id;
}

export function displayIdent(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : quoteSqliteIdent(name);
}

/**
 * SQL for the type-tagged, length-prefixed encoding of one column's value, by storage class:
 * `N` (NULL), `I<int64>;`, `R<17 significant digits>;` (`-0` kept: an untyped column stores
 * it), `T<UTF-8 byte length>:<text>` (no normalization), `B<length>:<hex>`. Built in SQL so
 * that one string per row, not one value per column, crosses into JavaScript.
 */
export function sqliteValueEncoding(column: string): string {
  return `CASE typeof(${column})
    WHEN 'null' THEN 'N'
    WHEN 'integer' THEN 'I' || ${column} || ';'
    WHEN 'real' THEN 'R' || CASE WHEN ${column} = 0 AND atan2(${column}, -1) < 0 THEN '-0' ELSE printf('%!.17g', ${column}) END || ';'
    WHEN 'text' THEN 'T' || length(CAST(${column} AS BLOB)) || ':' || ${column}
    ELSE 'B' || length(${column}) || ':' || hex(${column}) END`;
}

/**
 * Text read into JavaScript holding U+FFFD: it may stand for bytes that are not UTF-8 (two
 * different values read alike), so what it came from is read again as bytes.
 */
const mayHideBytes = (text: string): boolean => text.includes('\uFFFD');

/** A text value whose bytes are not the UTF-8 of the string JavaScript read: the expression that makes them (`null`: it is). */
function textOfBytes(value: unknown, bytes: unknown): string | null {
  if (typeof value !== 'string' || !(bytes instanceof Uint8Array)) return null;
  const exact = Buffer.from(bytes);
  return exact.equals(Buffer.from(value, 'utf8')) ? null : `CAST(x'${exact.toString('hex')}' AS TEXT)`;
}

/** A value as a diff shows it: strings quoted, numbers bare (a REAL with its point), blobs as hex. */
export function renderSqliteValue(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return JSON.stringify(value);
  // Integers arrive as bigints: a number is a REAL, written so that SQLite reads it back as one (1.0, not 1).
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : /^-?\d+$/.test(String(value)) ? `${value}.0` : String(value);
  if (value instanceof Uint8Array) return `x'${Buffer.from(value).toString('hex')}'`;
  return String(value);
}

export class SqliteStateReader implements StateReader {
  readonly backend = 'sqlite' as const;

  constructor(private readonly db: () => Database.Database) {}

  /** The queries every capture repeats (catalog, table digests), prepared once per database connection. */
  private readonly catalog = new WeakMap<Database.Database, Map<string, Database.Statement>>();
  private prepared(db: Database.Database, sql: string): Database.Statement {
    let statements = this.catalog.get(db);
    if (!statements) this.catalog.set(db, (statements = new Map()));
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  }

  async readOnly<T>(read: () => Promise<T>): Promise<T> {
    const db = this.db();
    const nested = db.inTransaction;
    db.exec(nested ? `SAVEPOINT ${SAVEPOINT}` : 'BEGIN');
    this.prepared(db, 'PRAGMA query_only = ON').run();
    try {
      return await read();
    } finally {
      this.prepared(db, 'PRAGMA query_only = OFF').run();
      db.exec(nested ? `ROLLBACK TO ${SAVEPOINT}; RELEASE ${SAVEPOINT}` : 'ROLLBACK');
    }
  }

  async listTables(scope: CaptureScope): Promise<TableInfo[]> {
    const db = this.db();
    const names = (
      this.prepared(db, `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
        .pluck()
        .all() as string[]
    ).filter((name) => tableInScope(scope, displayIdent(name)));
    return names.map((name) => {
      const info = this.prepared(db, `SELECT name, type, pk FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid`).all(name) as {
        name: string;
        type: string;
        pk: number;
      }[];
      const keyed = info
        .map((c, i) => ({ pk: c.pk, i }))
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk);
      return {
        id: displayIdent(name),
        sqlName: quoteSqliteIdent(name),
        columns: info.map((c) => ({ name: displayIdent(c.name), sqlName: quoteSqliteIdent(c.name), type: c.type, collatable: false })),
        key: keyed.length > 0 ? keyed.map((c) => c.i) : null,
        populated: true,
      };
    });
  }

  async relations(_scope: CaptureScope): Promise<RelationInfo[]> {
    const entries = this.prepared(
      this.db(),
      `SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
    ).all() as { type: 'table' | 'view'; name: string }[];
    return entries.map(({ type, name }) => ({
      id: displayIdent(name),
      schema: null,
      name,
      kind: type,
      holds: type === 'table' ? [displayIdent(name)] : [],
    }));
  }

  async schemaObjects(_scope: CaptureScope): Promise<SchemaObject[]> {
    const db = this.db();
    const entries = this.prepared(
      db,
      `SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name`,
    ).all() as { type: string; name: string; tbl_name: string; sql: string | null }[];
    const objects: SchemaObject[] = entries.map((e) => ({ id: `${e.type} ${displayIdent(e.name)}`, definition: e.sql ?? '' }));
    for (const table of entries.filter((e) => e.type === 'table')) {
      const columns = this.prepared(db, 'SELECT * FROM pragma_table_xinfo(?) ORDER BY cid').all(table.name) as TableXinfoRow[];
      for (const c of columns) {
        objects.push({
          id: `column ${displayIdent(table.name)}.${displayIdent(c.name)}`,
          definition: `position=${c.cid + 1} type=${c.type} not_null=${c.notnull === 1} default=${c.dflt_value ?? ''} pk=${c.pk} hidden=${c.hidden}`,
        });
      }
    }
    return objects;
  }

  async sequences(_scope: CaptureScope): Promise<SequenceState[]> {
    const db = this.db();
    const present = this.prepared(db, `SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_sequence'`).get();
    if (!present) return [];
    const rows = this.prepared(db, 'SELECT name, seq FROM sqlite_sequence ORDER BY name, rowid').safeIntegers(true).all() as {
      name: string;
      seq: bigint | null;
    }[];
    // SQLite advances the first row of a table's name; a second hid a sequence that moved (an attacker's review).
    const twice = rows.find((r, i) => i > 0 && rows[i - 1]?.name === r.name);
    if (twice)
      throw new Error(
        `sqlite_sequence holds more than one row for ${displayIdent(twice.name)}: SQLite advances one of them, and a capture cannot say which a change moved`,
      );
    return rows.map((r) => ({ id: displayIdent(r.name), last_value: String(r.seq ?? 0), is_called: true }));
  }

  /**
   * The table's rows encoded in SQL, hashed. Read as JavaScript strings, a text value that is not
   * valid UTF-8 would arrive with U+FFFD in place of its bytes, and two different values alike (an
   * attacker's review): a table where any row came back holding U+FFFD is read again as bytes
   * (`CAST(… AS BLOB)`), which hash as the strings' UTF-8 does wherever the text is valid.
   */
  async tableDigest(table: TableInfo, range: KeyRange): Promise<TableDigest> {
    const { where, params } = rangePredicate(table, range);
    const encoded = table.columns.map((c) => sqliteValueEncoding(c.sqlName)).join(' || ') || "''";
    const order = table.key ? ` ORDER BY ${orderBy(table)}` : '';
    const fast = this.digestRows(`SELECT ${encoded} FROM ${table.sqlName} ${where}${order}`, params, table.key !== null);
    if (fast !== null) return fast;
    return defined(
      this.digestRows(`SELECT CAST(${encoded} AS BLOB) FROM ${table.sqlName} ${where}${order}`, params, table.key !== null),
      'a digest read as bytes',
    );
  }

  /** Keyed: one running hash over the rows in key order. Keyless: a multiset hash (exact sum of per-row sha256), so duplicates count and order (unspecified for ties in SQLite) does not. `null`: a row held U+FFFD (read it as bytes). */
  private digestRows(sql: string, params: readonly unknown[], keyed: boolean): TableDigest | null {
    let rows = 0;
    if (keyed) {
      const hash = createHash('sha256');
      let chunk = '';
      for (const row of this.iterateEncoded(sql, params)) {
        rows++;
        // Read as bytes (a table read again: rare), each row goes to the hash as it comes.
        if (typeof row !== 'string') hash.update(row);
        else if (mayHideBytes(row)) return null;
        else if ((chunk += row).length >= HASH_CHUNK) {
          hash.update(chunk, 'utf8');
          chunk = '';
        }
      }
      hash.update(chunk, 'utf8');
      return { rows, digest: `sha256:${hash.digest('hex')}` };
    }
    let sum = 0n;
    for (const row of this.iterateEncoded(sql, params)) {
      rows++;
      if (typeof row === 'string' && mayHideBytes(row)) return null;
      sum += BigInt(`0x${createHash('sha256').update(row).digest('hex')}`);
    }
    return { rows, digest: sha256Tagged(`${rows}|${sum}`) };
  }

  async keySplits(table: TableInfo, range: KeyRange, parts: number): Promise<KeyValue[]> {
    const columns = keyColumns(table);
    const { where, params } = rangePredicate(table, range);
    const db = this.db();
    const count = Number(
      db
        .prepare(`SELECT count(*) FROM ${table.sqlName} ${where}`)
        .pluck()
        .get(...params),
    );
    const step = Math.max(1, Math.ceil(count / parts));
    const keys = columns.map((c) => c.sqlName).join(', ');
    return [
      ...this.iterate(
        `SELECT ${keys} FROM (SELECT ${keys}, row_number() OVER (ORDER BY ${orderBy(table)}) AS rn
         FROM ${table.sqlName} ${where}) WHERE rn % ${step} = 0 ORDER BY rn`,
        params,
      ),
    ];
  }

  /**
   * The rows, each cell as a diff shows it and a restore script writes it back. A text value that
   * is not valid UTF-8 arrives in JavaScript with U+FFFD in place of its bytes: where any did,
   * the rows are read again with each text's bytes beside it, and such a value is the expression
   * that makes exactly those bytes, `CAST(x'ff' AS TEXT)`.
   */
  async rows(table: TableInfo, range: KeyRange): Promise<RowImage[]> {
    const { where, params } = rangePredicate(table, range);
    const order = table.key ? `ORDER BY ${orderBy(table)}` : '';
    const select = (extra: string) => `SELECT ${columnList(table)}${extra} FROM ${table.sqlName} ${where} ${order}`;
    const read = [...this.iterate(select(''), params)];
    const replaced = read.some((row) => row.some((v) => typeof v === 'string' && mayHideBytes(v)));
    const bytes = replaced
      ? table.columns.map((c) => `, CASE WHEN typeof(${c.sqlName}) = 'text' THEN CAST(${c.sqlName} AS BLOB) END`).join('')
      : '';
    const n = table.columns.length;
    return (replaced ? [...this.iterate(select(bytes), params)] : read).map((row) => ({
      key: (table.key ?? []).map((p) => row[p]),
      cells: row.slice(0, n).map((v, i) => textOfBytes(v, row[n + i]) ?? renderSqliteValue(v)),
    }));
  }

  async streamRowsBare(table: TableInfo): Promise<number> {
    let rows = 0;
    for (const _row of this.iterate(`SELECT * FROM ${table.sqlName}`, [])) rows++;
    return rows;
  }

  /** Every capture of a clone reads its tables with the same statements: prepared once per connection. */
  private iterateEncoded(sql: string, params: readonly unknown[]): IterableIterator<string | Buffer> {
    return this.prepared(this.db(), sql)
      .pluck(true)
      .iterate(...params) as IterableIterator<string | Buffer>;
  }

  private iterate(sql: string, params: readonly unknown[]): IterableIterator<unknown[]> {
    return this.db()
      .prepare(sql)
      .raw(true)
      .safeIntegers(true)
      .iterate(...params) as IterableIterator<unknown[]>;
  }
}

function columnList(table: TableInfo): string {
  return table.columns.map((c) => c.sqlName).join(', ') || 'NULL';
}

function orderBy(table: TableInfo): string {
  return keyColumns(table)
    .map((c) => `${c.sqlName} COLLATE BINARY`)
    .join(', ');
}

function rangePredicate(table: TableInfo, range: KeyRange): { where: string; params: unknown[] } {
  if (range.after === null && range.upTo === null) return { where: '', params: [] };
  const key = requireKey(table);
  const left = `(${keyColumns(table)
    .map((c) => `${c.sqlName} COLLATE BINARY`)
    .join(', ')})`;
  const marks = `(${key.map(() => '?').join(', ')})`;
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (range.after !== null) {
    clauses.push(`${left} > ${marks}`);
    params.push(...range.after);
  }
  if (range.upTo !== null) {
    clauses.push(`${left} <= ${marks}`);
    params.push(...range.upTo);
  }
  return { where: `WHERE ${clauses.join(' AND ')}`, params };
}
