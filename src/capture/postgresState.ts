/**
 * State capture for every Postgres backend (server, PGlite, testcontainers): catalog reads (their
 * SQL in postgresCatalogSql.ts), the in-database content hash, key-range bisection primitives (the
 * SQL of key order and ranges in postgresKeyRanges.ts). Only the session differs.
 */
import type {
  CaptureScope,
  ColumnInfo,
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
import { requireKey, tableInScope, columnAt, keyColumns } from './stateReader.ts';
import { createHash } from 'node:crypto';
import { sha256Tagged } from './hashing.ts';
import type { CopyOutSession } from '../session/session.ts';
import { preparedBlock, type Block } from '../session/preparedStatements.ts';
import { bestEffort } from '../util/bestEffort.ts';
import { defined } from '../util/defined.ts';
import { RELATIONS_SQL, RELATION_NAMES_SQL, RELATION_KINDS, SCHEMA_OBJECTS_JSON_SQL, withScope } from './postgresCatalogSql.ts';
import { bindType, from, inlineRangePredicate, keyExpressions, literalOf, orderBy, rangePredicate, textOf } from './postgresKeyRanges.ts';
import { objectIdOf } from './postgresBaseType.ts';

/** Pinned for every capture so that a value's text form depends on the value alone. */
const PINNED_SETTINGS = [
  'SET LOCAL transaction_read_only = on',
  "SET LOCAL TimeZone = 'UTC'",
  'SET LOCAL extra_float_digits = 3',
  "SET LOCAL bytea_output = 'hex'",
  "SET LOCAL DateStyle = 'ISO, YMD'",
  "SET LOCAL IntervalStyle = 'postgres'",
  "SET LOCAL lc_monetary = 'C'",
  'SET LOCAL standard_conforming_strings = on',
  // Every row, whatever the policies say; a role that cannot bypass them gets an error, never fewer rows.
  'SET LOCAL row_security = off',
  // Catalog functions then qualify every user name, whatever the caller's search_path was.
  'SET LOCAL search_path = pg_catalog',
].join('; ');

const SAVEPOINT = 'rehearse_capture';

interface Relations {
  readonly tables: TableInfo[];
  /** Ids of the materialized views whose key is a unique index (checked for NULLs before use). */
  readonly matviewKeys: ReadonlySet<string>;
  readonly sequences: string[];
}

export interface PostgresReaderOptions {
  /** Rows per COPY when the session buffers COPY output; `Infinity` streams a table in one COPY. */
  readonly copyPageRows: number;
  /**
   * Roles made for this clone, each with the name its schema objects show it by (owners and
   * privileges): a server's random per-clone names read as PGlite's fixed ones, so the same
   * source captures alike on every run.
   */
  readonly roleNames?: readonly (readonly [made: string, shown: string])[];
}

/**
 * Where COPY output is buffered, a page also holds about this many bytes at most: rows of large
 * values (TOAST, megabytes each) come in pages of fewer rows, so memory stays flat whatever the
 * rows hold.
 */
const PAGE_BYTES = 32 * 1024 * 1024;

export class PostgresStateReader implements StateReader {
  readonly backend = 'postgres' as const;

  /** The catalog statements, prepared once per session and checked once in every read-only block. */
  private catalog: Block;
  /** Catalog reads of the current read-only block, by scope: nothing can change them inside it. */
  private relationsRead = new Map<string, Promise<Relations>>();

  constructor(
    private readonly session: CopyOutSession,
    private readonly options: PostgresReaderOptions,
  ) {
    this.catalog = preparedBlock(session);
  }

  async readOnly<T>(read: () => Promise<T>): Promise<T> {
    const nested = this.session.inTransaction();
    const end = () => this.session.exec(nested ? `ROLLBACK TO SAVEPOINT ${SAVEPOINT}; RELEASE SAVEPOINT ${SAVEPOINT}` : 'ROLLBACK');
    this.relationsRead = new Map();
    this.catalog = preparedBlock(this.session);
    try {
      // One round trip: the transaction (or savepoint) and the pinned settings.
      await this.session.exec(
        `${nested ? `SAVEPOINT ${SAVEPOINT}` : 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY'}; ${PINNED_SETTINGS}`,
      );
    } catch (error) {
      // The start may have opened the transaction or savepoint before a setting failed: end it, keep the first error.
      await bestEffort('ending a COPY stream', () => end());
      throw error;
    }
    try {
      return await read();
    } finally {
      this.relationsRead = new Map();
      // Nothing was written; rolling back ends the read and restores the caller's settings.
      await end();
    }
  }

  async listTables(scope: CaptureScope): Promise<TableInfo[]> {
    const { tables, matviewKeys } = await this.capturedRelations(scope);
    // A unique index admits any number of NULLs: a materialized view is keyed by one only while
    // its key columns hold none, so that every key names one row and every key range holds it.
    const out: TableInfo[] = [];
    for (const table of tables) {
      if (!tableInScope(scope, table.id)) continue;
      const nullKey = matviewKeys.has(table.id) && table.populated && table.key !== null && (await this.keyHoldsNull(table, table.key));
      out.push(nullKey ? { ...table, key: null } : table);
    }
    return out;
  }

  private async keyHoldsNull(table: TableInfo, key: readonly number[]): Promise<boolean> {
    const [row] = await this.session.query<{ found: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${from(table)} AS t WHERE ${key.map((p) => `t.${columnAt(table, p).sqlName} IS NULL`).join(' OR ')}) AS found`,
    );
    return row?.found === true;
  }

  async relations(scope: CaptureScope): Promise<RelationInfo[]> {
    const [row] = await this.session.query<{ relations: string }>(withScope(RELATION_NAMES_SQL, scope));
    return (JSON.parse(defined(row, 'the relations').relations) as [string, string, string, string, string[]][]).map(
      ([id, schema, name, kind, holds]) => ({
        id,
        schema,
        name,
        kind: defined(RELATION_KINDS[kind], `the kind of relation ${kind}`),
        holds: holds.filter((h) => tableInScope(scope, h)),
      }),
    );
  }

  async schemaObjects(scope: CaptureScope): Promise<SchemaObject[]> {
    const [row] = await this.catalog.run<{ objects: string }>(withScope(SCHEMA_OBJECTS_JSON_SQL, scope));
    const names = this.options.roleNames ?? [];
    const shown = (def: string) => names.reduce((text, [made, as]) => text.replaceAll(made, as), def);
    return (JSON.parse(defined(row, 'the schema objects').objects) as [string, string | null][]).map(([id, def]) => ({
      id,
      definition: shown(def ?? ''),
    }));
  }

  async sequences(scope: CaptureScope): Promise<SequenceState[]> {
    const ids = (await this.capturedRelations(scope)).sequences;
    if (ids.length === 0) return [];
    const sql = ids
      .map((id, i) => `SELECT $${i + 1}::text AS id, last_value::text AS last_value, is_called::text AS is_called FROM ${id}`)
      .join(' UNION ALL ');
    const rows = await this.session.query<{ id: string; last_value: string; is_called: string }>(sql, ids);
    return rows.map((r) => ({ id: r.id, last_value: r.last_value, is_called: r.is_called === 'true' }));
  }

  /** The scope's tables (columns, key) and sequence ids, read once per read-only block. */
  private capturedRelations(scope: CaptureScope): Promise<Relations> {
    const text = withScope(RELATIONS_SQL, scope);
    let read = this.relationsRead.get(text);
    if (!read) {
      read = this.catalog.run<{ tables: string; sequences: string }>(text).then(([found]) => {
        const row = defined(found, 'the tables and sequences');
        type Column = [name: string, type: string, collatable: boolean, attnum: number, bindAs: string, output: string | null];
        type Row = { id: string; populated: boolean; matview: boolean; columns: Column[]; key: number[] | null };
        const rows = JSON.parse(row.tables) as Row[];
        const tables = rows.map(
          (t): TableInfo => ({
            id: t.id,
            sqlName: t.id,
            columns: t.columns.map(
              ([name, type, collatable, , bindAs, output]): ColumnInfo => ({
                name,
                sqlName: name,
                type,
                collatable,
                read: { bindAs, output },
              }),
            ),
            key: t.key ? t.key.map((n) => t.columns.findIndex((c) => c[3] === n)) : null,
            populated: t.populated,
          }),
        );
        const matviewKeys = new Set(rows.filter((t) => t.matview && t.key).map((t) => t.id));
        return { tables, matviewKeys, sequences: JSON.parse(row.sequences) as string[] };
      });
      this.relationsRead.set(text, read);
    }
    return read;
  }

  async tableDigest(table: TableInfo, range: KeyRange): Promise<TableDigest> {
    return table.key ? this.orderedDigest(table, range) : this.multisetDigest(table, range);
  }

  /**
   * Keyed tables: sha256 over the rows' COPY text in key order. COPY's text format is an
   * unambiguous encoding (tab-separated, `\N` for NULL, escapes for tab, newline, backslash)
   * of each value's output text under the pinned settings; the column types are hashed with
   * it by the caller. Read in key-ordered pages where the session buffers COPY output.
   */
  private async orderedDigest(table: TableInfo, range: KeyRange): Promise<TableDigest> {
    const hash = createHash('sha256');
    let bytes = 0;
    const consume = (chunk: Uint8Array) => {
      bytes += chunk.length;
      hash.update(chunk);
    };
    const columns = [...table.columns.map((c) => `t.${c.sqlName}`), ...table.columns.flatMap(objectIdOf)].join(', ');
    const paged = Number.isFinite(this.options.copyPageRows);
    let pageRows = paged ? await this.firstPageRows(table) : Number.POSITIVE_INFINITY;
    let rows = 0;
    let after = range.after;
    for (;;) {
      const boundary = paged ? await this.pageBoundary(table, { after, upTo: range.upTo }, pageRows) : null;
      const page = { after, upTo: boundary ?? range.upTo };
      const before = bytes;
      const copied = await this.session.copyOut(
        `COPY (SELECT ${columns} FROM ${from(table)} AS t ${inlineRangePredicate(table, page)} ORDER BY ${orderBy(table)}) TO STDOUT`,
        consume,
      );
      rows += copied;
      if (boundary === null) break;
      // The next page from what this one weighed.
      pageRows = this.pageRowsFor(copied, bytes - before);
      after = boundary;
    }
    return { rows, digest: `sha256:${hash.digest('hex')}` };
  }

  /** Rows per page for rows that weigh `bytes` per `rows` of COPY text. */
  private pageRowsFor(rows: number, bytes: number): number {
    const perRow = Math.max(1, bytes / Math.max(1, rows));
    return Math.max(1, Math.min(this.options.copyPageRows, Math.floor(PAGE_BYTES / perRow)));
  }

  /**
   * The first page's rows, from the table's size on disk (TOAST included): COPY text can be
   * several times larger (compressed values, bytea in hex), hence the margin.
   */
  private async firstPageRows(table: TableInfo): Promise<number> {
    const [size] = await this.catalog.run<{ bytes: string; tuples: string }>(
      `SELECT pg_catalog.pg_total_relation_size(c.oid)::text AS bytes, greatest(c.reltuples, 0)::bigint::text AS tuples
         FROM pg_catalog.pg_class c WHERE c.oid = $1::regclass`,
      [table.sqlName],
    );
    const bytes = Number(size?.bytes ?? 0);
    if (bytes * 4 <= PAGE_BYTES) return this.options.copyPageRows;
    let tuples = Number(size?.tuples ?? 0);
    if (tuples === 0) {
      const [count] = await this.session.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${from(table)} AS t`);
      tuples = Number(count?.n ?? 0);
    }
    return this.pageRowsFor(tuples, bytes * 4);
  }

  /** The last key of the next page of `pageRows`, or `null` when the rest of the range fits in one page. */
  private async pageBoundary(table: TableInfo, range: KeyRange, pageRows: number): Promise<KeyValue | null> {
    const key = requireKey(table);
    const { where, params } = rangePredicate(table, range);
    const rows = await this.session.query<Record<string, string>>(
      `SELECT ${keyColumns(table)
        .map((c, i) => `${textOf(c)} AS k${i}`)
        .join(', ')}
         FROM ${from(table)} AS t ${where} ORDER BY ${orderBy(table)} OFFSET ${pageRows - 1} LIMIT 2`,
      params,
    );
    // A second row means the range goes on past this page.
    const [last, next] = rows;
    return last && next ? key.map((_, i) => last[`k${i}`]) : null;
  }

  /**
   * Keyless tables: a multiset hash, the exact sum of per-row sha256 values in two 64-bit
   * lanes, computed in the database in constant memory. Duplicates count; order does not.
   */
  private async multisetDigest(table: TableInfo, range: KeyRange): Promise<TableDigest> {
    const { where, params } = rangePredicate(table, range);
    const values = [...table.columns.map(textOf), ...table.columns.flatMap(objectIdOf).map((oid) => `${oid}::text`)];
    const texts = values.map((v, i) => `${v} AS v${i}`).join(', ') || 'NULL AS v';
    // Type-tagged (N = NULL, V = value) and length-prefixed: no two rows share an encoding.
    const encoded = values.map((_, i) => `coalesce('V' || octet_length(v${i}) || ':' || v${i}, 'N')`).join(', ') || `''`;
    const sql = `SELECT count(*)::text AS n,
        coalesce(sum(('x' || substr(h, 1, 16))::bit(64)::bigint), 0)::text AS s1,
        coalesce(sum(('x' || substr(h, 17, 16))::bit(64)::bigint), 0)::text AS s2
      FROM (SELECT encode(sha256(convert_to(concat(${encoded}), 'UTF8')), 'hex') AS h
              FROM (SELECT ${texts} FROM ${from(table)} AS t ${where}) AS r) AS d`;
    const [row] = await this.session.query<{ n: string; s1: string; s2: string }>(sql, params);
    if (!row) throw new Error(`no digest row for ${table.id}`);
    return { rows: Number(row.n), digest: sha256Tagged(`${row.n}|${row.s1}|${row.s2}`) };
  }

  streamRowsBare(table: TableInfo): Promise<number> {
    return this.session.copyOut(`COPY (SELECT * FROM ${from(table)} AS t) TO STDOUT`, () => {});
  }

  async keySplits(table: TableInfo, range: KeyRange, parts: number): Promise<KeyValue[]> {
    const key = requireKey(table);
    const { where, params } = rangePredicate(table, range);
    const [count] = await this.session.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${from(table)} AS t ${where}`, params);
    const step = Math.max(1, Math.ceil(Number(count?.n ?? 0) / parts));
    const keyTexts = keyColumns(table)
      .map((c, i) => `${textOf(c)} AS k${i}`)
      .join(', ');
    const rows = await this.session.query<Record<string, string>>(
      `SELECT ${key.map((_, i) => `k${i}`).join(', ')} FROM (
         SELECT ${keyTexts}, row_number() OVER (ORDER BY ${orderBy(table)}) AS rn FROM ${from(table)} AS t ${where}) AS s
       WHERE rn % ${step} = 0 ORDER BY rn`,
      params,
    );
    return rows.map((r) => key.map((_, i) => r[`k${i}`]));
  }

  async rows(table: TableInfo, range: KeyRange): Promise<RowImage[]> {
    const { where, params } = rangePredicate(table, range);
    return this.rowImages(table, where, params);
  }

  /** The rows `where` selects, ordered by key where the table has one; `limit`: at most so many. */
  private async rowImages(table: TableInfo, where: string, params: unknown[], limit?: number): Promise<RowImage[]> {
    const key = table.key ?? [];
    const texts = table.columns.map((c, i) => `${textOf(c)} AS v${i}`).join(', ') || 'NULL AS v';
    const order = table.key ? `ORDER BY ${orderBy(table)}` : '';
    const rows = await this.session.query<Record<string, string | null>>(
      `SELECT ${texts} FROM ${from(table)} AS t ${where} ${order}${limit === undefined ? '' : ` LIMIT ${limit}`}`,
      params,
    );
    return rows.map((r) => {
      const cells = table.columns.map((_, i) => r[`v${i}`] ?? null);
      return { key: key.map((p) => cells[p]), cells };
    });
  }

  /**
   * The transaction counter: every transaction that starts after this mark has an id at or above
   * it (the current snapshot's xmax, with its epoch). Read outside a transaction.
   */
  async writeMark(): Promise<string> {
    const [row] = await this.session.query<{ xmax: string }>(
      'SELECT pg_catalog.txid_snapshot_xmax(pg_catalog.txid_current_snapshot())::text AS xmax',
    );
    return defined(row, 'the transaction counter').xmax;
  }

  /**
   * The rows whose version a transaction begun between the marks wrote (`xmin` in the window:
   * inserted or updated there), ordered by key, at most `limit + 1`; `null` where the relation
   * keeps no `xmin` or the window is not one the 32-bit `xmin` can tell. Any row another
   * transaction of the window wrote comes too: the caller compares them.
   */
  async rowsWritten(table: TableInfo, since: string, until: string, limit: number): Promise<RowImage[] | null> {
    const span = BigInt(until) - BigInt(since);
    if (span < 0n || span >= 2n ** 31n || !table.key) return null;
    const low = BigInt(since) % 2n ** 32n;
    const where = `WHERE ((t.xmin::text::bigint - ${low} + 4294967296) % 4294967296) < ${span}`;
    await this.session.exec('SAVEPOINT rehearse_written');
    try {
      const rows = await this.rowImages(table, where, [], limit + 1);
      await this.session.exec('RELEASE SAVEPOINT rehearse_written');
      return rows;
    } catch {
      await this.session.exec('ROLLBACK TO SAVEPOINT rehearse_written; RELEASE SAVEPOINT rehearse_written');
      return null;
    }
  }

  /** The rows with these keys (as `rows` hands keys back), ordered by key. */
  async rowsWithKeys(table: TableInfo, keys: readonly KeyValue[]): Promise<RowImage[]> {
    const columns = keyColumns(table);
    const out: RowImage[] = [];
    for (let start = 0; start < keys.length; start += KEYS_PER_READ) {
      // A list of VALUES, which the server reads as rows: `(k…) IN ((…), (…), …)` is one expression of hundreds of
      // comparisons, and after one of 500 PGlite stopped answering some statements later.
      const tuples = keys
        .slice(start, start + KEYS_PER_READ)
        .map((values) => `(${columns.map((c, i) => `${literalOf(values[i])}::${bindType(c)}`).join(', ')})`);
      out.push(
        ...(await this.rowImages(
          table,
          `WHERE (${keyExpressions(table).join(', ')}) IN (SELECT * FROM (VALUES ${tuples.join(', ')}) AS k)`,
          [],
        )),
      );
    }
    return out;
  }
}

/** Keys looked up in one statement (each a row of its VALUES list). */
const KEYS_PER_READ = 500;
