/**
 * A census of what belongs to a whole Postgres server rather than to one database: roles, their
 * passwords (a superuser's census), memberships and settings, databases, tablespaces, comments and labels on shared
 * objects, replication slots and origins, subscriptions, parameter privileges, prepared
 * transactions, the settings `ALTER SYSTEM` wrote (`pg_file_settings`, superusers only), and the
 * large objects of the database it is read in. Every part a session may read is read in one
 * statement. Read on a session of its own that is not in a transaction (a server target's
 * connecting role), it sees every other session's committed work: what the load or the batch
 * started elsewhere. Read inside the transaction that runs user SQL, it sees what that
 * transaction did and has not committed. The engine compares both around the load and the batch,
 * and the first against the last between RX-0 and RX-5.
 *
 * The statement names every catalog and function with its schema and applies no operator, so a
 * session whose search path reaches the user's objects still runs only the server's own code.
 */
import { CLONE_ROLE_NAME, SCRATCH_DATABASE_NAME } from './cloneRoles.ts';
import type { Session } from '../session/session.ts';
import { preparedBlock } from '../session/preparedStatements.ts';

/** A role's name as this statement's snapshot sees it (its oid when there is no such role). */
const ROLE_NAME = (oid: string) =>
  `coalesce((SELECT r.rolname::text FROM pg_catalog.pg_roles r WHERE r.oid OPERATOR(pg_catalog.=) ${oid}), ${oid}::text)`;
const csv = (...parts: string[]) => `pg_catalog.concat_ws(',', ${parts.join(', ')})`;
const words = (...parts: string[]) => `pg_catalog.concat_ws(' ', ${parts.join(', ')})`;

/** One part of the census: what it counts, the catalog it reads, and each row as text (its subject first). */
interface CensusPart {
  readonly what: string;
  readonly catalog: string;
  readonly row: string;
  /** Items that are another clone's own scratch database or roles, made by another rehearsal (see `censusChanges`). */
  readonly otherClones?: RegExp;
  /** The function the catalog reads through, which its role must also be allowed to run. */
  readonly through?: string;
  /** Which rows count (a condition on `t`, with no operator). */
  readonly where?: string;
}

const CLONE_ROLE = CLONE_ROLE_NAME.source.slice(1, -1);
const SCRATCH = SCRATCH_DATABASE_NAME.source.slice(1, -1);

const PARTS: readonly CensusPart[] = [
  {
    what: 'role',
    catalog: 'pg_roles',
    // super, inherit, createrole, createdb, login, replication, bypassrls, connection limit, valid until (left out when none)
    row: words(
      't.rolname::text',
      csv(
        't.rolsuper::text',
        't.rolinherit::text',
        't.rolcreaterole::text',
        't.rolcreatedb::text',
        't.rolcanlogin::text',
        't.rolreplication::text',
        't.rolbypassrls::text',
        't.rolconnlimit::text',
        't.rolvaliduntil::text',
      ),
    ),
    // Logging in or not: a clone's roles are made NOLOGIN just before they are dropped.
    otherClones: new RegExp(`^${CLONE_ROLE} false,true,false,false,(true|false),false,(true|false),-1$`),
  },
  {
    // A role's password (a hash of the verifier, never the verifier): pg_authid, which only a superuser may read.
    what: 'role password',
    catalog: 'pg_authid',
    row: words('t.rolname::text', 'pg_catalog.md5(t.rolpassword)'),
    // Roles with a password only: one set, changed or removed is a change.
    where: 't.rolpassword IS NOT NULL',
    // Another rehearsal's roles have passwords of its own (this clone's count: `censusChanges`' `own`).
    otherClones: new RegExp(`^${CLONE_ROLE} [0-9a-f]{32}$`),
  },
  {
    what: 'role membership',
    catalog: 'pg_auth_members',
    row: words(ROLE_NAME('t.roleid'), "'in'", ROLE_NAME('t.member'), "pg_catalog.concat('admin=', t.admin_option::text)"),
    otherClones: new RegExp(`^(${CLONE_ROLE} in \\S+|pg_(read|write)_all_data in ${CLONE_ROLE}) admin=(true|false)$`),
  },
  // A database another session is dropping is marked so in place (datconnlimit -2), which every
  // snapshot sees at once: it reads as the database it was until it is gone.
  {
    what: 'database',
    catalog: 'pg_database',
    row: words(
      't.datname::text',
      `pg_catalog.concat('owner=', ${ROLE_NAME('t.datdba')})`,
      "pg_catalog.concat('acl=', t.datacl)",
      "pg_catalog.concat('template=', t.datistemplate::text)",
      "pg_catalog.concat('connections=', t.datallowconn::text, '/', greatest(t.datconnlimit, -1))",
    ),
    // As a server target makes them (no grants of their own, not a template, open to connections): one its owner changed is counted.
    otherClones: new RegExp(`^${SCRATCH} owner=${CLONE_ROLE} acl= template=false connections=true/-1$`),
  },
  {
    what: 'tablespace',
    catalog: 'pg_tablespace',
    row: words(
      't.spcname::text',
      `pg_catalog.concat('owner=', ${ROLE_NAME('t.spcowner')})`,
      "pg_catalog.concat('acl=', t.spcacl)",
      "pg_catalog.concat('options=', t.spcoptions)",
    ),
  },
  {
    what: 'role or database setting',
    catalog: 'pg_db_role_setting',
    row: words("pg_catalog.concat(t.setdatabase, '/', t.setrole)", 't.setconfig::text'),
  },
  {
    what: 'comment on a shared object',
    catalog: 'pg_shdescription',
    row: words("pg_catalog.concat(t.classoid, '/', t.objoid)", 't.description'),
  },
  {
    what: 'security label on a shared object',
    catalog: 'pg_shseclabel',
    row: words("pg_catalog.concat(t.classoid, '/', t.objoid)", 't.provider', 't.label'),
  },
  { what: 'replication origin', catalog: 'pg_replication_origin', row: 't.roname' },
  { what: 'subscription', catalog: 'pg_subscription', row: 't.subname::text' },
  { what: 'parameter privilege', catalog: 'pg_parameter_acl', row: words('t.parname', 't.paracl::text') },
  { what: 'replication slot', catalog: 'pg_replication_slots', row: words('t.slot_name::text', 't.database::text') },
  { what: 'prepared transaction', catalog: 'pg_prepared_xacts', row: words('t.gid', "pg_catalog.concat('database=', t.database)") },
  {
    what: 'server setting written by ALTER SYSTEM or a configuration file',
    catalog: 'pg_file_settings',
    through: 'pg_catalog.pg_show_all_file_settings()',
    row: words(
      "pg_catalog.concat(t.sourcefile, ':', t.sourceline)",
      "pg_catalog.concat(t.name, '=', t.setting)",
      "pg_catalog.concat('applied=', t.applied::text)",
      't.error',
    ),
  },
  {
    what: 'large object',
    catalog: 'pg_largeobject_metadata',
    row: words('t.oid::text', `pg_catalog.concat('owner=', ${ROLE_NAME('t.lomowner')})`, "pg_catalog.concat('acl=', t.lomacl)"),
  },
];

export type Census = ReadonlyMap<string, ReadonlySet<string>>;

/** A session of the engine's own that keeps statements prepared (PgClientSession). */
export interface PreparingSession extends Session {
  queryPrepared<T>(name: string, sql: string): Promise<T[]>;
}

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
    `SELECT c.relname::text AS name FROM pg_catalog.pg_class c
      WHERE c.relnamespace OPERATOR(pg_catalog.=) 'pg_catalog'::pg_catalog.regnamespace
        AND c.relname OPERATOR(pg_catalog.=) ANY ($1::pg_catalog.name[])
        AND pg_catalog.has_table_privilege(c.oid, 'SELECT')`,
    [PARTS.map((p) => p.catalog)],
  );
  const through = PARTS.flatMap((p) => (p.through ? [p.through] : []));
  const runnable = new Set(
    (
      await session.query<{ fn: string }>(
        `SELECT f AS fn FROM pg_catalog.unnest($1::text[]) AS f
          WHERE pg_catalog.to_regprocedure(f) IS NOT NULL AND pg_catalog.has_function_privilege(f, 'EXECUTE')`,
        [through],
      )
    ).map((r) => r.fn),
  );
  const names = new Set(
    readable.filter((r) => !PARTS.some((p) => p.catalog === r.name && p.through && !runnable.has(p.through))).map((r) => r.name),
  );
  return PARTS.filter((p) => names.has(p.catalog))
    .map((p) => `SELECT '${p.what}' AS what, ${p.row} AS item FROM pg_catalog.${p.catalog} AS t${p.where ? ` WHERE ${p.where}` : ''}`)
    .join('\nUNION ALL\n');
}

/** The census as `session` sees it now (in its transaction, if one is open): every part its role may read, empty ones too. */
export async function takeCensus(session: Session | PreparingSession, options: { prepared?: boolean } = {}): Promise<Census> {
  const statement = await censusStatement(session);
  type Row = { what: string; item: string | null };
  const rows =
    options.prepared && 'queryPrepared' in session
      ? await session.queryPrepared<Row>('rehearse_census', statement)
      : await preparedBlock(session).run<Row>(statement);
  const census = new Map<string, Set<string>>(partsIn(statement).map((what) => [what, new Set()]));
  for (const { what, item } of rows) {
    let items = census.get(what);
    if (!items) census.set(what, (items = new Set()));
    items.add(item ?? '');
  }
  return census;
}

/** The parts a census statement reads (the rest its role may not read). */
function partsIn(statement: string): string[] {
  return PARTS.filter((p) => statement.includes(`pg_catalog.${p.catalog} AS t`)).map((p) => p.what);
}

/**
 * What changed between two censuses, in words: `role added or changed: x`. The scratch
 * databases and roles other rehearsals make and drop meanwhile — named as a server target names
 * them, with exactly the attributes it gives them — are no change; anything else another session
 * does is one, since a census cannot tell who did it. What it says of `own` — the clone's own
 * database and roles (`Clone.censusOwn`) — always counts.
 */
export function censusChanges(before: Census, after: Census, own: ReadonlySet<string> = new Set()): string[] {
  const changes: string[] = [];
  for (const what of new Set([...before.keys(), ...after.keys()])) {
    const otherClones = PARTS.find((p) => p.what === what)?.otherClones;
    const counted = (item: string) => own.has(item.split(' ')[0] ?? '') || !otherClones?.test(item);
    const was = before.get(what) ?? new Set<string>();
    const now = after.get(what) ?? new Set<string>();
    for (const item of now) if (!was.has(item) && counted(item)) changes.push(`${what} added or changed: ${item.split(' ')[0]}`);
    for (const item of was) if (!now.has(item) && counted(item)) changes.push(`${what} removed or changed: ${item.split(' ')[0]}`);
  }
  return changes;
}
