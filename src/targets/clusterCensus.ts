/**
 * A census of what belongs to a whole Postgres server rather than to one database: roles and
 * their memberships and settings, databases, tablespaces, comments and labels on shared
 * objects, replication slots and origins, subscriptions, parameter privileges, and this
 * database's prepared transactions. Taken at the start of a transaction that runs user SQL (the
 * clone source's load, an apply batch) and again before its end, in one REPEATABLE READ
 * snapshot, so the two differ only by what the transaction itself did. Replication slots and
 * prepared transactions are no catalog rows under MVCC: a rollback does not take them back, so
 * they are also compared between the start of a rehearsal and its end.
 */
import type { Session } from './target.ts';

/** A role's name as this snapshot sees it (its oid when the snapshot has no such role). */
const ROLE_NAME = (oid: string) => `coalesce((SELECT r.rolname::text FROM pg_catalog.pg_roles r WHERE r.oid = ${oid}), ${oid}::text)`;

/** One part of the census: what it counts, the catalog it reads, and each row as text. */
const PARTS: readonly {
  readonly what: string;
  readonly catalog: string;
  readonly row: string;
  readonly where?: string;
  readonly outlivesRollback?: true;
}[] = [
  {
    what: 'role',
    catalog: 'pg_roles',
    row: "t.rolname || ' ' || concat_ws(',', t.rolsuper, t.rolinherit, t.rolcreaterole, t.rolcreatedb, t.rolcanlogin, t.rolreplication, t.rolbypassrls, t.rolconnlimit, t.rolvaliduntil)",
  },
  // Names through pg_roles, not regrole or pg_get_userbyid: those look a role up outside the
  // snapshot, so a role another session drops meanwhile would read as changed.
  {
    what: 'role membership',
    catalog: 'pg_auth_members',
    row: `${ROLE_NAME('t.roleid')} || ' in ' || ${ROLE_NAME('t.member')} || ' admin=' || t.admin_option`,
  },
  // A database another session is dropping is marked so in place (datconnlimit -2), which every
  // snapshot sees at once; the load cannot drop one (DROP DATABASE cannot run in a transaction).
  {
    what: 'database',
    catalog: 'pg_database',
    row: `t.datname || ' owner=' || ${ROLE_NAME('t.datdba')} || ' acl=' || coalesce(t.datacl::text, '') || ' template=' || t.datistemplate || ' connections=' || t.datallowconn || '/' || CASE t.datconnlimit WHEN -2 THEN -1 ELSE t.datconnlimit END`,
  },
  {
    what: 'tablespace',
    catalog: 'pg_tablespace',
    row: `t.spcname || ' owner=' || ${ROLE_NAME('t.spcowner')} || ' acl=' || coalesce(t.spcacl::text, '') || ' options=' || coalesce(t.spcoptions::text, '')`,
  },
  { what: 'role or database setting', catalog: 'pg_db_role_setting', row: "t.setdatabase || '/' || t.setrole || ' ' || t.setconfig::text" },
  { what: 'comment on a shared object', catalog: 'pg_shdescription', row: "t.classoid || '/' || t.objoid || ' ' || t.description" },
  {
    what: 'security label on a shared object',
    catalog: 'pg_shseclabel',
    row: "t.classoid || '/' || t.objoid || ' ' || t.provider || ' ' || t.label",
  },
  { what: 'replication origin', catalog: 'pg_replication_origin', row: 't.roname' },
  { what: 'subscription', catalog: 'pg_subscription', row: 't.subname' },
  { what: 'parameter privilege', catalog: 'pg_parameter_acl', row: "t.parname || ' ' || coalesce(t.paracl::text, '')" },
  { what: 'replication slot', catalog: 'pg_replication_slots', row: 't.slot_name', outlivesRollback: true },
  {
    what: 'prepared transaction',
    catalog: 'pg_prepared_xacts',
    row: 't.gid',
    where: 't.database = pg_catalog.current_database()',
    outlivesRollback: true,
  },
];

export type Census = ReadonlyMap<string, ReadonlySet<string>>;

/** Per session: what the role may read does not change while it is connected. */
const STATEMENTS = new WeakMap<Session, Promise<string>>();

/** The census statement over the parts this role may read on this server (older servers lack some catalogs). */
function censusStatement(session: Session): Promise<string> {
  let statement = STATEMENTS.get(session);
  if (!statement) {
    statement = readableParts(session);
    STATEMENTS.set(session, statement);
    statement.catch(() => STATEMENTS.delete(session));
  }
  return statement;
}

async function readableParts(session: Session): Promise<string> {
  const readable = await session.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_catalog.pg_class c
      WHERE c.relnamespace = 'pg_catalog'::regnamespace AND c.relname = ANY ($1::text[])
        AND pg_catalog.has_table_privilege(c.oid, 'SELECT')`,
    [PARTS.map((p) => p.catalog)],
  );
  const names = new Set(readable.map((r) => r.name));
  return PARTS.filter((p) => names.has(p.catalog))
    .map((p) => `SELECT '${p.what}' AS what, ${p.row} AS item FROM pg_catalog.${p.catalog} AS t${p.where ? ` WHERE ${p.where}` : ''}`)
    .join('\nUNION ALL\n');
}

export async function takeCensus(session: Session, statement?: string): Promise<{ census: Census; statement: string }> {
  const sql = statement ?? (await censusStatement(session));
  const rows = await session.query<{ what: string; item: string | null }>(sql);
  const census = new Map<string, Set<string>>();
  for (const { what, item } of rows) {
    if (!census.has(what)) census.set(what, new Set());
    census.get(what)!.add(item ?? '');
  }
  return { census, statement: sql };
}

/** The parts a rollback does not take back (compared across a whole rehearsal). */
export const OUTLIVE_ROLLBACK: ReadonlySet<string> = new Set(PARTS.filter((p) => p.outlivesRollback).map((p) => p.what));

/**
 * What changed between two censuses, in words: `role added or changed: x`. `only`: the parts to
 * compare (default: all).
 */
export function censusChanges(before: Census, after: Census, only?: ReadonlySet<string>): string[] {
  const changes: string[] = [];
  for (const what of new Set([...before.keys(), ...after.keys()])) {
    if (only && !only.has(what)) continue;
    const was = before.get(what) ?? new Set<string>();
    const now = after.get(what) ?? new Set<string>();
    for (const item of now) if (!was.has(item)) changes.push(`${what} added or changed: ${item.split(' ')[0]}`);
    for (const item of was) if (!now.has(item)) changes.push(`${what} removed or changed: ${item.split(' ')[0]}`);
  }
  return changes;
}
