/**
 * What a Postgres server target does on the server as the connecting role: the role checked once
 * (a server that cannot keep user code from it is refused), scratch databases and the two roles
 * made for each created, logged in as, replaced and dropped — and only those it made — the
 * extensions a plan names created, and the census read on a connection of its own.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { takeCensus, type Census } from './clusterCensus.ts';
import { APPLY_ROLE_GRANTS, createCloneRolesSql, newRoleSecret, type RoleSecret } from './cloneRoles.ts';
import { describeServer, explainConnectionError, hbaLineFor } from './postgresConnection.ts';
import { TargetError } from './target.ts';
import { createExtensionSql } from './postgresClone.ts';
import { PgClientSession } from '../session/pgClientSession.ts';
import { bestEffort } from '../util/bestEffort.ts';
import { firstLine } from '../util/errors.ts';
import { quoteIdent } from '../util/quoteIdent.ts';

/** A clone's role that logs in: its name and password. */
export interface RoleLogin {
  readonly name: string;
  readonly secret: RoleSecret;
}

/** A scratch database this target made for a clone, its roles, and the clone's two sessions. */
export interface Scratch {
  readonly name: string;
  readonly owner: RoleLogin;
  readonly apply: RoleLogin;
  /** Whether the apply role bypasses row-level security (only a superuser can grant it). */
  readonly bypassrls: boolean;
  /** Logged in as the apply role: the batch and every capture. */
  readonly session: PgClientSession;
  /** Logged in as the owner, opened when first used: the clone source's load. */
  readonly ownerSession: PgClientSession;
}

/** How many times a scratch database's DROP is tried before it is reported as left behind. */
const DROP_ATTEMPTS = 4;

/** A template this large or larger is copied with `STRATEGY FILE_COPY` (templateClause). */
const FILE_COPY_BYTES = 128 * 1024 * 1024;

/** What the connecting role may do on this server, read once per target. */
interface ConnectingRole {
  readonly name: string;
  readonly superuser: boolean;
  readonly version: number;
}

/** A name for a database this target makes (a clone's, a snapshot's): `rehearse_` and 16 random hex digits. */
const newDatabaseName = () => `rehearse_${randomBytes(8).toString('hex')}`;

export class ScratchDatabases {
  constructor(private readonly url: string) {}

  /** Databases this target created and has not dropped. */
  private readonly created = new Set<string>();

  /** Roles this target created and has not dropped, by the scratch database they were made for. */
  private readonly roles = new Map<string, readonly string[]>();

  private connecting: Promise<ConnectingRole> | null = null;

  /** The connecting role's own session for the census: idle between statements, so each sees every commit. */
  private censusSession: PgClientSession | null = null;

  /** A new connection as the connecting role; `database` defaults to the URL's. */
  private async adminClient(database?: string): Promise<pg.Client> {
    const url = new URL(this.url);
    if (database !== undefined) url.pathname = `/${database}`;
    // Nothing of anyone's on the path of what the engine runs as the connecting role.
    const client = new pg.Client({
      connectionString: url.toString(),
      connectionTimeoutMillis: 10_000,
      options: '-c search_path=pg_catalog',
    });
    client.on('error', () => {}); // a dropped admin connection is reported by the next query
    try {
      await client.connect();
    } catch (error) {
      await bestEffort('closing a Postgres connection', () => client.end());
      throw explainConnectionError(error, this.url, 'connect');
    }
    return client;
  }

  async asAdmin<T>(use: (admin: pg.Client) => Promise<T>): Promise<T> {
    const admin = await this.adminClient();
    try {
      return await use(admin);
    } finally {
      await bestEffort('closing a Postgres connection', () => admin.end());
    }
  }

  /** The connecting role, checked once: a server that cannot keep user code from it is refused. */
  private connectingRole(): Promise<ConnectingRole> {
    this.connecting ??= this.asAdmin(async (admin) => {
      const { rows } = await admin.query<{ name: string; superuser: boolean; createrole: boolean; createdb: boolean; version: string }>(
        `SELECT r.rolname AS name, r.rolsuper AS superuser, r.rolcreaterole AS createrole, r.rolcreatedb AS createdb,
                pg_catalog.current_setting('server_version_num') AS version
           FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) pg_catalog.current_user()`,
      );
      const me = rows[0];
      const where = `Postgres ${describeServer(this.url)}`;
      if (!me) throw new TargetError(`${where}: cannot read the connecting role`);
      const version = Number(me.version);
      if (version < 140000) {
        throw new TargetError(
          `${where}: PostgreSQL ${Math.floor(version / 10000)} is too old: the batch runs as a role of its own that reads and writes table data through pg_read_all_data and pg_write_all_data, which PostgreSQL 14 and later have`,
        );
      }
      if (!me.superuser && !(me.createrole && me.createdb)) {
        const may = [me.createdb ? null : 'databases', me.createrole ? null : 'roles'].filter((w) => w !== null).join(' or ');
        throw new TargetError(
          `${where}: role "${me.name}" may not create ${may}: each clone is a database of its own, loaded and rehearsed by two roles made for it (grant it CREATEDB and CREATEROLE, or name another server)`,
        );
      }
      return { name: me.name, superuser: me.superuser, version };
    }).catch((error: unknown) => {
      this.connecting = null;
      throw error;
    });
    return this.connecting;
  }

  /** The clone's two roles, as logins; the connecting role is made a member of the owner where it is no superuser (to create and drop its database). */
  private async createRoles(base: string, me: ConnectingRole): Promise<{ owner: RoleLogin; apply: RoleLogin }> {
    const owner = { name: `${base}_owner`, secret: newRoleSecret() };
    const apply = { name: `${base}_apply`, secret: newRoleSecret() };
    const sql = createCloneRolesSql({ owner: owner.name, apply: apply.name }, { owner: owner.secret, apply: apply.secret }, me.superuser);
    await this.asAdmin(async (admin) => {
      try {
        await admin.query(`BEGIN; ${sql}${me.superuser ? '' : ` GRANT ${quoteIdent(owner.name)} TO ${quoteIdent(me.name)};`} COMMIT;`);
      } catch (error) {
        await bestEffort('rolling back after a failed statement', () => admin.query('ROLLBACK'));
        throw new TargetError(
          `Postgres ${describeServer(this.url)}: cannot create the clone's roles as "${me.name}": ${firstLine(error)} (a role with CREATEROLE that is no superuser needs pg_read_all_data and pg_write_all_data WITH ADMIN OPTION on PostgreSQL 16 and later)`,
        );
      }
    });
    this.roles.set(base, [apply.name, owner.name]);
    return { owner, apply };
  }

  /** Creates a database owned by `owner` (from `template` if given); the name is recorded as this target's. */
  async createDatabase(name: string, owner: string, template: string | null): Promise<void> {
    await this.asAdmin(async (admin) => {
      try {
        await admin.query(
          `CREATE DATABASE ${name}${template ? await this.templateClause(admin, template) : ''} OWNER ${quoteIdent(owner)}`,
        );
      } catch (error) {
        const e = error as { code?: string };
        if (e.code === '42501') {
          const role = (await admin.query('SELECT current_user AS r').catch(() => ({ rows: [{ r: '?' }] }))).rows[0]?.r;
          throw new TargetError(
            `Postgres ${describeServer(this.url)}: cannot create a scratch database: role "${role}" may not create databases (grant it CREATEDB or name another server)`,
          );
        }
        if (e.code === '55006')
          throw new TargetError(`Postgres ${describeServer(this.url)}: cannot clone ${template}: other sessions are using it`);
        throw explainConnectionError(error, this.url, template ? `clone template database ${template}` : 'create a scratch database');
      }
    });
    this.created.add(name);
  }

  /**
   * ` TEMPLATE t`, copied file by file where that is faster: from PostgreSQL 15 a copy is written
   * to the WAL block by block unless `STRATEGY FILE_COPY` is named, which copies the files after a
   * checkpoint — slower for a small database (two checkpoints), much faster for a large one.
   */
  async templateClause(admin: pg.Client, template: string): Promise<string> {
    if ((await this.connectingRole()).version < 150000) return ` TEMPLATE ${template}`;
    const bytes = await admin
      .query<{ bytes: string | null }>(
        'SELECT pg_catalog.pg_database_size(d.oid)::text AS bytes FROM pg_catalog.pg_database d WHERE d.datname OPERATOR(pg_catalog.=) $1',
        [template],
      )
      .then(({ rows }) => Number(rows[0]?.bytes ?? 0));
    return bytes >= FILE_COPY_BYTES ? ` TEMPLATE ${template} STRATEGY FILE_COPY` : ` TEMPLATE ${template}`;
  }

  /** A connection to `database` logged in as one of a clone's roles. */
  async loginAs(role: RoleLogin, database: string): Promise<pg.Client> {
    const url = new URL(this.url);
    url.username = encodeURIComponent(role.name);
    url.password = encodeURIComponent(role.secret.password);
    url.pathname = `/${database}`;
    const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 10_000 });
    client.on('error', () => {});
    try {
      await client.connect();
    } catch (error) {
      await bestEffort('closing a Postgres connection', () => client.end());
      const code = (error as { code?: string }).code;
      if (code === '28000' || code === '28P01') {
        const { version } = await this.connectingRole();
        throw new TargetError(
          `Postgres ${describeServer(this.url)}: the clone's roles cannot log in (${firstLine(error)}): the clone source and the batch run on connections of their own, as roles made for the clone with a random password; add this line to pg_hba.conf above any line that matches them first, then reload the server (SELECT pg_reload_conf()): ${hbaLineFor(this.url, version)}`,
        );
      }
      throw explainConnectionError(
        error,
        this.url,
        `connect to scratch database ${database} as the clone's ${role.name.endsWith('_owner') ? 'owner' : 'apply role'}`,
      );
    }
    return client;
  }

  /** A new scratch database (from `template` if given), its roles, and the apply role's connection; all dropped if any step fails. */
  async newScratch(template: string | null): Promise<Scratch> {
    const me = await this.connectingRole();
    const name = newDatabaseName();
    let made: Scratch | null = null;
    try {
      const { owner, apply } = await this.createRoles(name, me);
      await this.createDatabase(name, owner.name, template);
      made = {
        name,
        owner,
        apply,
        bypassrls: me.superuser,
        session: new PgClientSession(() => this.loginAs(apply, name)),
        ownerSession: new PgClientSession(() => this.loginAs(owner, name)),
      };
      // Logged in now: a server that will not let the roles in says so before anything is loaded.
      await made.session.query('SELECT 1');
      return made;
    } catch (error) {
      await bestEffort(`dropping scratch database ${name}`, () => this.dropScratch(made ?? { name, session: null, ownerSession: null }));
      throw error;
    }
  }

  /** The census as the connecting role sees it now, outside any transaction. */
  async outsideCensus(): Promise<Census> {
    this.censusSession ??= new PgClientSession(() => this.adminClient());
    try {
      // This connection is the target's own (no user SQL runs on it): its census is planned once.
      return await takeCensus(this.censusSession, { prepared: true });
    } catch (error) {
      // A connection that broke is opened again for the next census.
      await this.censusSession.disconnect();
      throw error;
    }
  }

  /** Extensions the plan names, created in the clone as the connecting role before the clone source loads (docs/boundary.md). */
  async createExtensionsIn(database: string, names: readonly { name: string; schema: string }[]): Promise<void> {
    if (names.length === 0) return;
    const admin = await this.adminClient(database);
    try {
      for (const { name, schema } of names) {
        await admin.query(createExtensionSql(name, schema));
      }
    } finally {
      await bestEffort('closing a Postgres connection', () => admin.end());
    }
  }

  /** Drops a database this target created — and only such a database — after closing `session` on it. */
  async dropDatabase(name: string, session: PgClientSession | null): Promise<void> {
    if (!this.created.has(name)) throw new Error(`refusing to drop ${name}: this target did not create it`);
    await session?.disconnect();
    // DROP … IF EXISTS is safe to repeat: a busy server (no connection slot free, a drop that
    // timed out) gets a few more tries before the database is reported as left behind.
    await retried(
      () => this.asAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
      async (error) => {
        // A database its owner made a template (code of the clone's own can) is dropped once it is none.
        if (/template/.test(firstLine(error)))
          await this.asAdmin((admin) => admin.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE false`)).catch(() => {});
      },
    );
    this.created.delete(name);
  }

  /** Drops a clone's database, then its roles (which own nothing anywhere else once it is gone). */
  async dropScratch(
    scratch: Pick<Scratch, 'name'> & { session: PgClientSession | null; ownerSession: PgClientSession | null },
  ): Promise<void> {
    const { name } = scratch;
    await scratch.ownerSession?.disconnect();
    const roles = this.roles.get(name);
    // Disarmed first, before the database's drop (which may fail), so that a role the drop cannot remove (it came to own
    // something in another database, or its database could not be dropped) is left unable to log in and without its
    // grants: a password it set itself opens nothing.
    if (roles) await retried(() => this.asAdmin((admin) => this.disarm(admin, roles)));
    if (this.created.has(name)) await this.dropDatabase(name, scratch.session);
    else await scratch.session?.disconnect();
    if (!roles) return;
    const list = roles.map(quoteIdent).join(', ');
    await this.asAdmin(async (admin) => {
      try {
        await admin.query(`DROP ROLE IF EXISTS ${list}`);
      } catch (error) {
        throw new TargetError(
          `Postgres ${describeServer(this.url)}: the clone's roles ${roles.join(', ')} could not be dropped (${firstLine(error)}); they are left unable to log in and without pg_read_all_data or pg_write_all_data — drop what they own (REASSIGN OWNED/DROP OWNED in each database named) and then the roles`,
        );
      }
    });
    this.roles.delete(name);
  }

  /** The clone's roles that exist, made unable to log in, with no password and without the apply role's grants. */
  private async disarm(admin: pg.Client, roles: readonly string[]): Promise<void> {
    const present = (await admin.query<{ r: string }>('SELECT rolname AS r FROM pg_catalog.pg_roles WHERE rolname = ANY ($1)', [roles]))
      .rows;
    for (const { r } of present) await admin.query(`ALTER ROLE ${quoteIdent(r)} NOLOGIN PASSWORD NULL`);
    if (present.length > 0)
      await admin.query(`REVOKE ${APPLY_ROLE_GRANTS.join(', ')} FROM ${present.map((p) => quoteIdent(p.r)).join(', ')}`);
  }

  /** A copy of the scratch database (a snapshot), owned by its owner, and a session on it as its apply role. */
  async copyOf(scratch: Scratch): Promise<{ name: string; session: PgClientSession }> {
    const name = newDatabaseName();
    await this.createDatabase(name, scratch.owner.name, scratch.name);
    return { name, session: new PgClientSession(() => this.loginAs(scratch.apply, name)) };
  }

  /** Replaces database `name` with a copy of `template` (a snapshot), owned by `owner`. */
  async replaceDatabase(name: string, template: string, owner: string): Promise<void> {
    await this.asAdmin(async (admin) => {
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}${await this.templateClause(admin, template)} OWNER ${quoteIdent(owner)}`);
    });
  }

  /** The extensions of `names` the server does not have. */
  async missingExtensions(names: readonly string[]): Promise<string[]> {
    if (names.length === 0) return [];
    return this.asAdmin(async (admin) => {
      const { rows } = await admin.query<{ name: string }>(
        'SELECT name FROM pg_catalog.pg_available_extensions WHERE name OPERATOR(pg_catalog.=) ANY ($1::text[])',
        [names],
      );
      const available = new Set(rows.map((r) => r.name));
      return names.filter((n) => !available.has(n));
    });
  }

  /** Drops every database and role this target made and has not dropped, and closes the census connection. */
  async close(): Promise<void> {
    for (const name of [...this.created]) {
      if (this.roles.has(name)) continue;
      await bestEffort(`dropping scratch database ${name}`, () => this.dropDatabase(name, null));
    }
    for (const name of [...this.roles.keys()]) {
      await bestEffort(`dropping scratch database ${name} and its roles`, () =>
        this.dropScratch({ name, session: null, ownerSession: null }),
      );
    }
    await this.censusSession?.disconnect();
    this.censusSession = null;
  }
}

/** `work`, tried again on a busy server (no connection slot free, a statement that timed out) up to DROP_ATTEMPTS times; `before` each retry. */
async function retried<T>(work: () => Promise<T>, before: (error: unknown) => Promise<void> = async () => {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= DROP_ATTEMPTS) throw error;
      await before(error);
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
