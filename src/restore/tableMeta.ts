/**
 * What a restore script needs to know of each table it writes, from the catalog: its key, its
 * columns' types, and the foreign keys that reference it (an action that writes, a SQLite
 * unique key that names its rows) — on Postgres and SQLite.
 */
import type { TableInfo } from '../capture/stateReader.ts';
import type { Session } from '../session/session.ts';
import { displayIdent, quoteSqliteIdent, unquoteIdent } from '../capture/sqliteState.ts';
import type { ReferencingKey } from './restoreScript.ts';

export interface TableMeta {
  readonly generated: ReadonlySet<string>;
  readonly identityAlways: ReadonlySet<string>;
  readonly triggers: readonly { name: string; enabled: string }[];
  readonly rules: readonly string[];
  readonly parents: readonly string[];
  /** Without a primary key: the columns (as SQL) of a unique key over NOT NULL columns that names its rows, or `null`. */
  readonly uniqueKey: readonly string[] | null;
  /** Foreign keys referencing the table whose actions write rows: columns by name (as SQL); `null` parent columns: its primary key. */
  readonly referencedBy: readonly {
    child: string;
    childColumns: string[];
    /** Postgres: how the key's own action compares each column (ri_triggers.c). */
    comparisons?: ReferencingKey['comparisons'];
    parentColumns: string[] | null;
    writesOnDelete: boolean;
    writesOnUpdate: boolean;
  }[];
}

/** Per table named in $1 (as `schema.table`, quoted as needed): its columns, triggers, rules, parents, the foreign keys that write it, a unique key. */
const POSTGRES_META_SQL = `SELECT pg_catalog.format('%I.%I', n.nspname, c.relname) AS id,
       (SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object('name', pg_catalog.format('%I', a.attname),
               'generated', a.attgenerated <> '', 'identity', a.attidentity::text)), '[]')
          FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
       (SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object('name', pg_catalog.format('%I', tg.tgname), 'enabled', tg.tgenabled::text)), '[]')
          FROM pg_catalog.pg_trigger tg WHERE tg.tgrelid = c.oid AND NOT tg.tgisinternal AND tg.tgenabled <> 'D') AS triggers,
       (SELECT coalesce(pg_catalog.json_agg(rw.rulename::text), '[]') FROM pg_catalog.pg_rewrite rw
         WHERE rw.ev_class = c.oid AND rw.rulename <> '_RETURN') AS rules,
       (SELECT coalesce(pg_catalog.json_agg(DISTINCT pg_catalog.format('%I.%I', pn.nspname, p.relname)), '[]')
          FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class p ON p.oid = k.confrelid
          JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
         WHERE k.conrelid = c.oid AND k.contype = 'f' AND k.confrelid <> c.oid) AS parents,
       (SELECT coalesce(pg_catalog.json_agg(DISTINCT pg_catalog.jsonb_build_object(
                 'child', pg_catalog.format('%I.%I', fn.nspname, fc.relname),
                 'childColumns', (SELECT pg_catalog.json_agg(pg_catalog.format('%I', a.attname) ORDER BY u.ord)
                    FROM pg_catalog.unnest(f.conkey) WITH ORDINALITY AS u(attnum, ord)
                    JOIN pg_catalog.pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = u.attnum),
                 'parentColumns', (SELECT pg_catalog.json_agg(pg_catalog.format('%I', a.attname) ORDER BY u.ord)
                    FROM pg_catalog.unnest(f.confkey) WITH ORDINALITY AS u(attnum, ord)
                    JOIN pg_catalog.pg_attribute a ON a.attrelid = f.confrelid AND a.attnum = u.attnum),
                 'comparisons', (SELECT pg_catalog.json_agg(pg_catalog.json_build_object(
                      'operator', pg_catalog.format('%I.%s', opn.nspname, o.oprname),
                      'left', pg_catalog.format('%I.%I', ln.nspname, lt.typname),
                      'right', pg_catalog.format('%I.%I', rn.nspname, rt.typname),
                      'collation', (SELECT pg_catalog.format('%I.%I', cn.nspname, co.collname)
                                      FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                                     WHERE co.oid = pa.attcollation)) ORDER BY u.ord)
                    FROM pg_catalog.unnest(f.conpfeqop) WITH ORDINALITY AS u(opr, ord)
                    JOIN pg_catalog.pg_operator o ON o.oid = u.opr JOIN pg_catalog.pg_namespace opn ON opn.oid = o.oprnamespace
                    JOIN pg_catalog.pg_type lt ON lt.oid = o.oprleft JOIN pg_catalog.pg_namespace ln ON ln.oid = lt.typnamespace
                    JOIN pg_catalog.pg_type rt ON rt.oid = o.oprright JOIN pg_catalog.pg_namespace rn ON rn.oid = rt.typnamespace
                    JOIN pg_catalog.pg_attribute pa ON pa.attrelid = f.confrelid AND pa.attnum = f.confkey[u.ord]),
                 'writesOnDelete', f.confdeltype IN ('c', 'n', 'd'),
                 'writesOnUpdate', f.confupdtype IN ('c', 'n', 'd'))), '[]')
          FROM pg_catalog.pg_constraint f JOIN pg_catalog.pg_class fc ON fc.oid = f.conrelid
          JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
         WHERE f.confrelid = c.oid AND f.contype = 'f'
           AND (f.confdeltype IN ('c', 'n', 'd') OR f.confupdtype IN ('c', 'n', 'd'))) AS referenced_by,
       (SELECT pg_catalog.json_agg(pg_catalog.format('%I', a.attname) ORDER BY k.ord)
          FROM (SELECT i.indkey, i.indnkeyatts FROM pg_catalog.pg_index i
                 WHERE i.indrelid = c.oid AND i.indisunique AND i.indisvalid AND i.indpred IS NULL AND i.indexprs IS NULL
                   AND NOT EXISTS (SELECT FROM pg_catalog.unnest(i.indkey::int2[]) WITH ORDINALITY AS x(attnum, ord)
                                     JOIN pg_catalog.pg_attribute na ON na.attrelid = c.oid AND na.attnum = x.attnum
                                    WHERE x.ord <= i.indnkeyatts AND NOT na.attnotnull)
                 ORDER BY i.indnkeyatts, i.indexrelid LIMIT 1) AS u
          CROSS JOIN LATERAL pg_catalog.unnest(u.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
         WHERE k.ord <= u.indnkeyatts) AS unique_key
     FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE pg_catalog.format('%I.%I', n.nspname, c.relname) = ANY ($1::text[])`;

export async function postgresMeta(session: Session, ids: readonly string[]): Promise<Map<string, TableMeta>> {
  const rows = await session.query<{
    id: string;
    columns: { name: string; generated: boolean; identity: string }[];
    triggers: { name: string; enabled: string }[];
    rules: string[];
    parents: string[];
    referenced_by: TableMeta['referencedBy'];
    unique_key: string[] | null;
  }>(POSTGRES_META_SQL, [ids]);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        generated: new Set(r.columns.filter((c) => c.generated).map((c) => c.name)),
        identityAlways: new Set(r.columns.filter((c) => c.identity === 'a').map((c) => c.name)),
        triggers: r.triggers,
        rules: r.rules,
        parents: r.parents,
        referencedBy: r.referenced_by,
        uniqueKey: r.unique_key,
      },
    ]),
  );
}

export async function sqliteMeta(session: Session, ids: readonly string[]): Promise<Map<string, TableMeta>> {
  const out = new Map<string, TableMeta>();
  for (const id of ids) {
    const name = unquoteIdent(id);
    const columns = await session.query<{ name: string; hidden: number }>('SELECT name, hidden FROM pragma_table_xinfo(?)', [name]);
    const triggers = await session.query<{ name: string }>("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?", [
      name,
    ]);
    const parents = await session.query<{ parent: string }>('SELECT DISTINCT "table" AS parent FROM pragma_foreign_key_list(?)', [name]);
    // Every table's foreign keys that name this one (SQLite compares table names without regard to case).
    const referencing = await session.query<{
      child: string;
      id: number;
      from: string;
      to: string | null;
      on_delete: string;
      on_update: string;
    }>(
      `SELECT m.name AS child, f.id, f."from", f."to", f.on_delete, f.on_update FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
        WHERE m.type = 'table' AND lower(f."table") = lower(?) ORDER BY m.name, f.id, f.seq`,
      [name],
    );
    out.set(id, {
      generated: new Set(columns.filter((c) => c.hidden === 2 || c.hidden === 3).map((c) => quoteSqliteIdent(c.name))),
      identityAlways: new Set(),
      // SQLite cannot disable a trigger for one transaction: a table with one is not restored by a script.
      triggers: triggers.map((t) => ({ name: t.name, enabled: 'O' })),
      rules: [],
      parents: parents.map((p) => displayIdent(p.parent)).filter((p) => p !== id),
      referencedBy: sqliteReferencing(referencing),
      uniqueKey: await sqliteUniqueKey(session, name),
    });
  }
  return out;
}

/** A SQLite table's first unique index (fewest columns) over NOT NULL columns, without expressions or a WHERE: its columns as SQL. */
async function sqliteUniqueKey(session: Session, name: string): Promise<string[] | null> {
  const indexes = await session.query<{ name: string }>(
    `SELECT l.name FROM pragma_index_list(?) l WHERE l."unique" = 1 AND l.partial = 0
      ORDER BY (SELECT count(*) FROM pragma_index_info(l.name)), l.name`,
    [name],
  );
  for (const index of indexes) {
    const columns = await session.query<{ name: string | null; notnull: number }>(
      `SELECT i.name, coalesce((SELECT c."notnull" FROM pragma_table_info(?) c WHERE c.name = i.name), 0) AS "notnull"
         FROM pragma_index_info(?) i ORDER BY i.seqno`,
      [name, index.name],
    );
    const names = columns.flatMap((c) => (c.name !== null && Number(c.notnull) === 1 ? [c.name] : []));
    if (columns.length > 0 && names.length === columns.length) return names.map(quoteSqliteIdent);
  }
  return null;
}

const WRITING_ACTIONS = new Set(['CASCADE', 'SET NULL', 'SET DEFAULT']);

/** SQLite's foreign-key rows (one per column) grouped into keys, those whose actions write rows kept. */
function sqliteReferencing(
  rows: readonly { child: string; id: number; from: string; to: string | null; on_delete: string; on_update: string }[],
): TableMeta['referencedBy'] {
  const keys = new Map<string, TableMeta['referencedBy'][number] & { childColumns: string[]; parentColumns: string[] | null }>();
  for (const r of rows) {
    const id = `${r.child}\u0000${r.id}`;
    let key = keys.get(id);
    if (!key) {
      key = {
        child: quoteSqliteIdent(r.child),
        childColumns: [],
        parentColumns: r.to === null ? null : [],
        writesOnDelete: WRITING_ACTIONS.has(r.on_delete.toUpperCase()),
        writesOnUpdate: WRITING_ACTIONS.has(r.on_update.toUpperCase()),
      };
      keys.set(id, key);
    }
    key.childColumns.push(quoteSqliteIdent(r.from));
    if (r.to !== null) key.parentColumns?.push(quoteSqliteIdent(r.to));
  }
  return [...keys.values()].filter((k) => k.writesOnDelete || k.writesOnUpdate);
}

/** The table's positions of a referencing key's referenced columns (its primary key where it names none); `null`: a column not found. */
export function referencedPositions(table: TableInfo, columns: readonly string[] | null): number[] | null {
  if (columns === null) return table.key ? [...table.key] : null;
  const positions = columns.map((c) => table.columns.findIndex((col) => col.sqlName === c));
  return positions.some((p) => p < 0) ? null : positions;
}
