/**
 * A Postgres clone's schema (PGlite or a server) from its catalog, in one query: ordinary and
 * partitioned tables of user schemas (a partition's rows are routed through its parent, so
 * partitions are not tables of their own here), their columns, unique indexes, foreign keys,
 * CHECKs and triggers. Objects of extensions are left out.
 */
import type { Session } from '../session/session.ts';
import { BASE_OUTPUT, BASE_TYPE } from '../capture/postgresBaseType.ts';

/** Runs `read` in a read-only transaction whose search path is the server's catalog alone. */
export async function readPinned<T>(session: Session, read: () => Promise<T>): Promise<T> {
  await session.exec('BEGIN READ ONLY; SET LOCAL search_path = pg_catalog');
  try {
    return await read();
  } finally {
    await session.exec('ROLLBACK');
  }
}
import { referenceOrder, type ColumnModel, type SchemaModel, type TableModel, type ValueCategory } from './schemaModel.ts';
import { defined } from '../util/defined.ts';

const USER_TABLES = `
  SELECT c.oid, pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS id
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
     AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
     AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`;

/** Column names of `attnums` of relation `rel`, in order, as a JSON array. */
const names = (rel: string, attnums: string) => `
  (SELECT coalesce(json_agg(na.attname ORDER BY nu.o), '[]'::json)
     FROM unnest(${attnums}) WITH ORDINALITY nu(n, o)
     JOIN pg_catalog.pg_attribute na ON na.attrelid = ${rel} AND na.attnum = nu.n)`;

/**
 * The table or one of its partitions: a key or foreign key a dump declares on each partition
 * (pagila's `payment_p2022_*`) holds for the rows routed there, so the generator keeps to it
 * for all of the table's rows (stricter than needed where only some partitions declare it).
 */
const inTree = (rel: string) => `(${rel} = t.oid OR ${rel} IN (SELECT pt.relid FROM pg_catalog.pg_partition_tree(t.oid) pt))`;

const SCHEMA_QUERY = `
WITH t AS (${USER_TABLES})
SELECT coalesce(json_agg(json_build_object(
  'id', t.id,
  'columns', (SELECT coalesce(json_agg(json_build_object(
       'name', a.attname,
       'type', pg_catalog.format_type(a.atttypid, a.atttypmod),
       'typtype', ty.typtype,
       'category', coalesce(bt.typcategory, ty.typcategory),
       'base', coalesce(bt.typname, ty.typname),
       'typmod', CASE WHEN ty.typtype = 'd' THEN ty.typtypmod ELSE a.atttypmod END,
       'not_null', a.attnotnull OR (ty.typtype = 'd' AND ty.typnotnull),
       'has_default', a.atthasdef OR (ty.typtype = 'd' AND ty.typdefault IS NOT NULL),
       'generated', a.attgenerated <> '',
       'identity', a.attidentity <> '',
       'domain', CASE WHEN ty.typtype = 'd' THEN pg_catalog.format_type(ty.oid, NULL) END,
       'labels', (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e
                   WHERE e.enumtypid = coalesce(bt.oid, ty.oid)),
       'read', json_build_object('bindAs', pg_catalog.format_type(base.t, base.m), 'output', ${BASE_OUTPUT})
     ) ORDER BY a.attnum), '[]'::json)
     FROM pg_catalog.pg_attribute a
     JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
     LEFT JOIN pg_catalog.pg_type bt ON ty.typtype = 'd' AND bt.oid = ty.typbasetype
     ${BASE_TYPE('a')}
    WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped),
  'primary_key', (SELECT ${names('t.oid', 'i.indkey::int2[]')} FROM pg_catalog.pg_index i
                   WHERE i.indrelid = t.oid AND i.indisprimary),
  'uniques', (SELECT coalesce(json_agg(${names('i.indrelid', 'i.indkey::int2[]')} ORDER BY i.indrelid <> t.oid, i.indexrelid), '[]'::json)
                FROM pg_catalog.pg_index i
               WHERE ${inTree('i.indrelid')} AND i.indisunique AND i.indexprs IS NULL AND i.indpred IS NULL
                 AND NOT (0 = ANY (i.indkey::int2[]))),
  'foreign_keys', (SELECT coalesce(json_agg(json_build_object(
       'name', k.conname,
       'columns', ${names('k.conrelid', 'k.conkey')},
       'references', pg_catalog.quote_ident(rn.nspname) || '.' || pg_catalog.quote_ident(r.relname),
       'referenced_columns', ${names('k.confrelid', 'k.confkey')},
       'on_delete', k.confdeltype, 'on_update', k.confupdtype,
       'declared', json_build_object(
         'table', pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(c.relname),
         'constraint', pg_catalog.quote_ident(kn.nspname) || '.' || pg_catalog.quote_ident(k.conname),
         'deferrable', k.condeferrable)) ORDER BY k.conname), '[]'::json)
     FROM pg_catalog.pg_constraint k
     JOIN pg_catalog.pg_class r ON r.oid = k.confrelid
     JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace
     JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
     JOIN pg_catalog.pg_namespace cn ON cn.oid = c.relnamespace
     JOIN pg_catalog.pg_namespace kn ON kn.oid = k.connamespace
    WHERE ${inTree('k.conrelid')} AND k.contype = 'f' AND k.conparentid = 0),
  'checks', (SELECT coalesce(json_agg(pg_catalog.pg_get_constraintdef(k.oid) ORDER BY k.conname), '[]'::json)
               FROM pg_catalog.pg_constraint k WHERE k.conrelid = t.oid AND k.contype = 'c'),
  'triggers', (SELECT coalesce(json_agg(g.tgname ORDER BY g.tgname), '[]'::json)
                 FROM pg_catalog.pg_trigger g WHERE g.tgrelid = t.oid AND NOT g.tgisinternal)
) ORDER BY t.id), '[]'::json)::text AS doc FROM t`;

interface RawColumn {
  name: string;
  type: string;
  typtype: string;
  category: string;
  base: string;
  typmod: number;
  not_null: boolean;
  has_default: boolean;
  generated: boolean;
  identity: boolean;
  domain: string | null;
  labels: string[] | null;
  read: { bindAs: string; output: string | null };
}

interface RawTable {
  id: string;
  columns: RawColumn[];
  primary_key: string[] | null;
  uniques: string[][];
  foreign_keys: {
    name: string;
    columns: string[];
    references: string;
    referenced_columns: string[];
    on_delete: string;
    on_update: string;
    declared: { table: string; constraint: string; deferrable: boolean };
  }[];
  checks: string[];
  triggers: string[];
}

const ACTIONS: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };
const INT_BYTES: Record<string, number> = { int2: 2, int4: 4, int8: 8 };

function category(c: RawColumn): ValueCategory {
  if (c.labels && c.labels.length > 0) return 'enum';
  if (c.base in INT_BYTES) return 'integer';
  if (c.base === 'numeric') return 'numeric';
  if (c.base === 'float4' || c.base === 'float8') return 'float';
  if (c.base === 'bool') return 'boolean';
  if (c.base === 'date') return 'date';
  if (c.base === 'timestamp' || c.base === 'timestamptz') return 'timestamp';
  if (c.base === 'time' || c.base === 'timetz') return 'time';
  if (c.category === 'S') return 'text';
  return 'other';
}

function column(c: RawColumn): ColumnModel {
  const textual = c.base === 'varchar' || c.base === 'bpchar';
  return {
    name: c.name,
    type: c.type,
    category: category(c),
    notNull: c.not_null,
    hasDefault: c.has_default,
    generated: c.generated,
    identity: c.identity,
    maxLength: textual && c.typmod > 4 ? c.typmod - 4 : null,
    intBytes: INT_BYTES[c.base] ?? null,
    enumLabels: c.labels && c.labels.length > 0 ? c.labels : null,
    domain: c.domain,
    ...(c.read.output ? { read: c.read } : {}),
  };
}

function distinctBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Read with nothing on the search path but the server's own catalog: an operator or function the
 * clone defines in its public schema is never what the query's names reach.
 */
export async function introspectPostgres(session: Session): Promise<SchemaModel> {
  const [row] = await readPinned(session, () => session.query<{ doc: string }>(SCHEMA_QUERY));
  const raw = JSON.parse(defined(row, 'the schema').doc) as RawTable[];
  const tables: TableModel[] = raw.map((t) => ({
    id: t.id,
    sqlName: t.id,
    columns: t.columns.map(column),
    primaryKey: t.primary_key && t.primary_key.length > 0 ? t.primary_key : null,
    uniques: distinctBy(
      t.uniques.filter((u) => u.length > 0),
      (u) => u.join('\0'),
    ),
    foreignKeys: distinctBy(t.foreign_keys, (k) => JSON.stringify([k.columns, k.references, k.referenced_columns])).map((k) => ({
      name: k.name,
      columns: k.columns,
      references: k.references,
      referencedColumns: k.referenced_columns,
      onDelete: ACTIONS[k.on_delete] ?? k.on_delete,
      onUpdate: ACTIONS[k.on_update] ?? k.on_update,
      declared: k.declared,
    })),
    checks: t.checks,
    triggers: t.triggers,
  }));
  return { dialect: 'postgres', tables: referenceOrder(tables) };
}
