/**
 * State capture for every Postgres backend (server, PGlite, testcontainers): catalog queries,
 * the in-database content hash, key-range bisection primitives. Only the session differs.
 */
import type {
  CaptureScope,
  ColumnInfo,
  KeyRange,
  KeyValue,
  RelationInfo,
  RelationKind,
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
import { BASE_OUTPUT, BASE_TYPE, valueAsText } from './postgresBaseType.ts';
import { defined } from '../util/defined.ts';

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

/** Stands in a catalog statement's text for the scope, which is written in as a literal (`withScope`). */
const SCOPE = '<scope>';

/** In-scope user schemas: `${SCOPE}` is a JSON array of schema names, or NULL for all. */
const SCOPED_NAMESPACES = `ns AS (
  SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
    AND (${SCOPE} IS NULL OR n.nspname IN (SELECT json_array_elements_text(${SCOPE}::json)))
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e'))`;

const notExtensionMember = (catalog: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

const CLASSES = `cls AS (
  SELECT c.*, format('%I.%I', ns.nspname, c.relname) AS qname FROM pg_catalog.pg_class c JOIN ns ON ns.oid = c.relnamespace
  WHERE ${notExtensionMember('pg_catalog.pg_class', 'c.oid')})`;

const SCHEMA_OBJECTS_SQL = `WITH ${SCOPED_NAMESPACES}, ${CLASSES}
SELECT 'schema ' || format('%I', ns.nspname) AS id,
       'owner=' || pg_get_userbyid(n.nspowner) || ' acl=' || coalesce(n.nspacl::text, 'default') AS def
  FROM ns JOIN pg_catalog.pg_namespace n ON n.oid = ns.oid
UNION ALL
SELECT 'relation ' || c.qname,
       concat_ws(' ', 'kind=' || c.relkind::text, 'persistence=' || c.relpersistence::text, 'owner=' || pg_get_userbyid(c.relowner),
                 'rls=' || c.relrowsecurity, 'force_rls=' || c.relforcerowsecurity, 'replica_identity=' || c.relreplident::text,
                 'options=' || coalesce(c.reloptions::text, '{}'), 'partition_key=' || coalesce(pg_get_partkeydef(c.oid), ''),
                 'partition_bound=' || coalesce(pg_get_expr(c.relpartbound, c.oid), ''),
                 'inherits=' || (SELECT string_agg(format('%I.%I', pn.nspname, pc.relname), ',' ORDER BY i.inhseqno)
                                   FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
                                   JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid))
  FROM cls c WHERE c.relkind IN ('r', 'p', 'm', 'v', 'f', 'S')
UNION ALL
SELECT 'grant relation ' || c.qname, coalesce(c.relacl::text, 'default')
  FROM cls c WHERE c.relkind IN ('r', 'p', 'm', 'v', 'f', 'S')
UNION ALL
SELECT 'column ' || c.qname || '.' || format('%I', a.attname),
       concat_ws(' ', 'position=' || row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum),
                 'type=' || format_type(a.atttypid, a.atttypmod), 'not_null=' || a.attnotnull,
                 'default=' || coalesce(pg_get_expr(ad.adbin, ad.adrelid), ''), 'identity=' || a.attidentity::text,
                 'generated=' || a.attgenerated::text, 'collation=' || coalesce(co.collname, ''),
                 'acl=' || coalesce(a.attacl::text, 'default'))
  FROM cls c JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation AND a.attcollation <> ty.typcollation
  WHERE c.relkind IN ('r', 'p', 'm', 'v', 'f')
UNION ALL
SELECT 'constraint ' || c.qname || '.' || format('%I', con.conname), pg_get_constraintdef(con.oid)
  FROM cls c JOIN pg_catalog.pg_constraint con ON con.conrelid = c.oid
UNION ALL
SELECT 'index ' || c.qname, pg_get_indexdef(c.oid) || ' valid=' || i.indisvalid
  FROM cls c JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid WHERE c.relkind IN ('i', 'I')
UNION ALL
SELECT 'trigger ' || c.qname || '.' || format('%I', tg.tgname), pg_get_triggerdef(tg.oid) || ' enabled=' || tg.tgenabled::text
  FROM cls c JOIN pg_catalog.pg_trigger tg ON tg.tgrelid = c.oid WHERE NOT tg.tgisinternal
UNION ALL
SELECT 'view ' || c.qname, pg_get_viewdef(c.oid) FROM cls c WHERE c.relkind IN ('v', 'm')
UNION ALL
SELECT 'sequence ' || c.qname,
       concat_ws(' ', 'type=' || format_type(s.seqtypid, NULL), 'start=' || s.seqstart, 'increment=' || s.seqincrement,
                 'min=' || s.seqmin, 'max=' || s.seqmax, 'cache=' || s.seqcache, 'cycle=' || s.seqcycle)
  FROM cls c JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
UNION ALL
SELECT 'policy ' || c.qname || '.' || format('%I', p.polname),
       concat_ws(' ', 'cmd=' || p.polcmd::text, 'permissive=' || p.polpermissive, 'roles=' || p.polroles::text,
                 'using=' || coalesce(pg_get_expr(p.polqual, p.polrelid), ''),
                 'check=' || coalesce(pg_get_expr(p.polwithcheck, p.polrelid), ''))
  FROM cls c JOIN pg_catalog.pg_policy p ON p.polrelid = c.oid
UNION ALL
SELECT 'enum ' || format('%I.%I', ns.nspname, t.typname),
       (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder)::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid)
  FROM pg_catalog.pg_type t JOIN ns ON ns.oid = t.typnamespace
  WHERE t.typtype = 'e' AND ${notExtensionMember('pg_catalog.pg_type', 't.oid')}
UNION ALL
SELECT 'domain ' || format('%I.%I', ns.nspname, t.typname),
       concat_ws(' ', 'base=' || format_type(t.typbasetype, t.typtypmod), 'not_null=' || t.typnotnull,
                 'default=' || coalesce(t.typdefault, ''),
                 'checks=' || coalesce((SELECT json_agg(pg_get_constraintdef(con.oid) ORDER BY con.conname)::text
                                         FROM pg_catalog.pg_constraint con WHERE con.contypid = t.oid), '[]'))
  FROM pg_catalog.pg_type t JOIN ns ON ns.oid = t.typnamespace
  WHERE t.typtype = 'd' AND ${notExtensionMember('pg_catalog.pg_type', 't.oid')}
UNION ALL
SELECT 'function ' || format('%I.%I(%s)', ns.nspname, p.proname, pg_get_function_identity_arguments(p.oid)),
       pg_get_functiondef(p.oid) || ' acl=' || coalesce(p.proacl::text, 'default')
  -- The scope first (OFFSET 0 keeps the planner from checking every system function against pg_depend).
  FROM (SELECT p.* FROM pg_catalog.pg_proc p WHERE p.pronamespace IN (SELECT ns.oid FROM ns) AND p.prokind IN ('f', 'p') OFFSET 0) AS p
  JOIN ns ON ns.oid = p.pronamespace
  WHERE ${notExtensionMember('pg_catalog.pg_proc', 'p.oid')}`;

/**
 * Relations whose rows a capture reads — tables (each partition and inheritance child on its
 * own, read with ONLY, so a row is counted once) and materialized views — with their columns,
 * their key (the primary key; for a materialized view, the narrowest unique index on plain
 * columns) and whether a materialized view is populated; and the sequences in scope. JSON: one
 * statement for what `listTables` and `sequences` need.
 */
const RELATIONS_SQL = `WITH ${SCOPED_NAMESPACES}, ${CLASSES}
SELECT (SELECT coalesce(json_agg(json_build_object(
          'id', c.qname,
          'populated', c.relispopulated,
          'matview', c.relkind = 'm',
          'columns', (SELECT coalesce(json_agg(json_build_array(format('%I', a.attname), format_type(a.atttypid, a.atttypmod),
                                                                 ty.typcollation <> 0, a.attnum, format_type(base.t, base.m), ${BASE_OUTPUT})
                                                   ORDER BY a.attnum), '[]')
                        FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
                        ${BASE_TYPE('a')}
                       WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
          'key', CASE WHEN c.relkind = 'r' THEN
                   (SELECT json_agg(k.attnum ORDER BY k.ord)
                      FROM pg_catalog.pg_constraint con CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                     WHERE con.contype = 'p' AND con.conrelid = c.oid)
                 ELSE
                   (SELECT json_agg(k.attnum ORDER BY k.ord)
                      FROM (SELECT i.indkey, i.indnkeyatts FROM pg_catalog.pg_index i
                             WHERE i.indrelid = c.oid AND i.indisunique AND i.indisvalid AND i.indpred IS NULL AND i.indexprs IS NULL
                             ORDER BY i.indnkeyatts, i.indexrelid LIMIT 1) AS u
                      CROSS JOIN LATERAL unnest(u.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                     WHERE k.ord <= u.indnkeyatts)
                 END)
        ORDER BY c.qname COLLATE "C"), '[]')::text FROM cls c WHERE c.relkind IN ('r', 'm')) AS tables,
       (SELECT coalesce(json_agg(c.qname ORDER BY c.qname COLLATE "C"), '[]')::text FROM cls c WHERE c.relkind = 'S') AS sequences`;

/** Every relation in scope with the captured tables that hold its rows (partitions, inheritance children). */
const RELATION_NAMES_SQL = `WITH RECURSIVE ${SCOPED_NAMESPACES}, ${CLASSES},
tree AS (SELECT c.oid AS root, c.oid AS rel FROM cls c
         UNION ALL SELECT tree.root, i.inhrelid FROM tree JOIN pg_catalog.pg_inherits i ON i.inhparent = tree.rel)
SELECT coalesce(json_agg(json_build_array(c.qname, ns.nspname, c.relname, c.relkind::text,
         (SELECT coalesce(json_agg(d.qname ORDER BY d.qname COLLATE "C"), '[]') FROM tree JOIN cls d ON d.oid = tree.rel
           WHERE tree.root = c.oid AND d.relkind IN ('r', 'm')))
       ORDER BY c.qname COLLATE "C"), '[]')::text AS relations
  FROM cls c JOIN ns ON ns.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'm', 'v', 'f')`;

const RELATION_KINDS: Readonly<Record<string, RelationKind>> = {
  r: 'table',
  p: 'partitioned table',
  m: 'materialized view',
  v: 'view',
  f: 'foreign table',
};

/** Every schema object in scope, as one JSON array of `[id, definition]`. */
const SCHEMA_OBJECTS_JSON_SQL = `SELECT coalesce(json_agg(json_build_array(o.id, o.def)), '[]')::text AS objects FROM (${SCHEMA_OBJECTS_SQL}) AS o`;

interface Relations {
  readonly tables: TableInfo[];
  /** Ids of the materialized views whose key is a unique index (checked for NULLs before use). */
  readonly matviewKeys: ReadonlySet<string>;
  readonly sequences: string[];
}

/** A catalog statement with the scope written in as a literal, so that it takes no parameters. */
function withScope(sql: string, scope: CaptureScope): string {
  const literal = scope.schemas === null ? 'NULL::text' : `'${JSON.stringify(scope.schemas).replaceAll("'", "''")}'::text`;
  return sql.replaceAll(SCOPE, literal);
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
    const columns = table.columns.map((c) => `t.${c.sqlName}`).join(', ');
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
    const texts = table.columns.map((c, i) => `${textOf(c)} AS v${i}`).join(', ') || 'NULL AS v';
    // Type-tagged (N = NULL, V = value) and length-prefixed: no two rows share an encoding.
    const encoded = table.columns.map((_, i) => `coalesce('V' || octet_length(v${i}) || ':' || v${i}, 'N')`).join(', ') || `''`;
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

/**
 * A column's value as text, as its type's own output function writes it: a cast to text for the
 * server's own types (no one may add a cast from them), the output function itself for any
 * other (an enum, composite, range, an extension's type: a cast to text a user added never runs).
 */
function textOf(c: ColumnInfo): string {
  return valueAsText(`t.${c.sqlName}`, c.read);
}

/** The type a key value is bound as: a domain's base type, so that the domain's CHECK never runs. */
function bindType(c: ColumnInfo): string {
  return c.read?.bindAs ?? c.type;
}

/** A table's own rows: an inheritance parent's children are captured on their own. */
function from(table: TableInfo): string {
  return `ONLY ${table.sqlName}`;
}

function keyExpressions(table: TableInfo): string[] {
  return keyColumns(table).map((c) => {
    // A domain's key compares as its base type, which its bounds are bound as (a domain over an enum has no operators of its own).
    const value = c.read && c.read.bindAs !== c.type ? `t.${c.sqlName}::${c.read.bindAs}` : `t.${c.sqlName}`;
    return c.collatable ? `${value} COLLATE "C"` : value;
  });
}

function orderBy(table: TableInfo): string {
  return keyExpressions(table).join(', ');
}

/** `WHERE (k…) > (after…) AND (k…) <= (upTo…)`, key values bound as text and cast back. */
/** How a key value enters SQL: as a bind parameter, or inlined as a literal (COPY takes no parameters). */
type Bind = (value: unknown, type: string) => string;

function rangePredicate(table: TableInfo, range: KeyRange): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const where = rangeWhere(table, range, (value, type) => {
    params.push(value);
    return `$${params.length}::${type}`;
  });
  return { where, params };
}

function inlineRangePredicate(table: TableInfo, range: KeyRange): string {
  return rangeWhere(table, range, (value, type) => `${literalOf(value)}::${type}`);
}

/** A key value (its text) as a string literal, read with standard_conforming_strings on (the pinned settings). */
function literalOf(value: unknown): string {
  return `'${String(value).replaceAll("'", "''")}'`;
}

/** `WHERE (k…) > (after…) AND (k…) <= (upTo…)`, comparing text keys in byte order. */
function rangeWhere(table: TableInfo, range: KeyRange, bind: Bind): string {
  if (range.after === null && range.upTo === null) return '';
  const columns = keyColumns(table);
  const left = `(${keyExpressions(table).join(', ')})`;
  const bound = (values: KeyValue) => `(${columns.map((c, i) => bind(values[i], bindType(c))).join(', ')})`;
  const clauses: string[] = [];
  if (range.after !== null) clauses.push(`${left} > ${bound(range.after)}`);
  if (range.upTo !== null) clauses.push(`${left} <= ${bound(range.upTo)}`);
  return `WHERE ${clauses.join(' AND ')}`;
}
