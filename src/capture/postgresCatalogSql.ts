/**
 * The catalog reads of a Postgres capture, as SQL: the schema objects and their definitions, the
 * relations in scope, their names. `<scope>` in each stands for the capture's scope (`withScope`).
 */
import type { CaptureScope, RelationKind } from './stateReader.ts';
import { BASE_OUTPUT, BASE_TYPE } from './postgresBaseType.ts';

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
export const RELATIONS_SQL = `WITH ${SCOPED_NAMESPACES}, ${CLASSES}
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
export const RELATION_NAMES_SQL = `WITH RECURSIVE ${SCOPED_NAMESPACES}, ${CLASSES},
tree AS (SELECT c.oid AS root, c.oid AS rel FROM cls c
         UNION ALL SELECT tree.root, i.inhrelid FROM tree JOIN pg_catalog.pg_inherits i ON i.inhparent = tree.rel)
SELECT coalesce(json_agg(json_build_array(c.qname, ns.nspname, c.relname, c.relkind::text,
         (SELECT coalesce(json_agg(d.qname ORDER BY d.qname COLLATE "C"), '[]') FROM tree JOIN cls d ON d.oid = tree.rel
           WHERE tree.root = c.oid AND d.relkind IN ('r', 'm')))
       ORDER BY c.qname COLLATE "C"), '[]')::text AS relations
  FROM cls c JOIN ns ON ns.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'm', 'v', 'f')`;

export const RELATION_KINDS: Readonly<Record<string, RelationKind>> = {
  r: 'table',
  p: 'partitioned table',
  m: 'materialized view',
  v: 'view',
  f: 'foreign table',
};

/** Every schema object in scope, as one JSON array of `[id, definition]`. */
export const SCHEMA_OBJECTS_JSON_SQL = `SELECT coalesce(json_agg(json_build_array(o.id, o.def)), '[]')::text AS objects FROM (${SCHEMA_OBJECTS_SQL}) AS o`;

/** A catalog statement with the scope written in as a literal, so that it takes no parameters. */
export function withScope(sql: string, scope: CaptureScope): string {
  const literal = scope.schemas === null ? 'NULL::text' : `'${JSON.stringify(scope.schemas).replaceAll("'", "''")}'::text`;
  return sql.replaceAll(SCOPE, literal);
}
