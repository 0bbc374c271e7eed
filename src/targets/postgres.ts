/**
 * `postgres://…`: a server the user names. Each clone is a scratch database
 * `rehearse_<random>` this target creates and drops; it never drops anything it did not create.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { dropApplyRole, makeApplyRole, type ApplyRole } from './applyRole.ts';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { PostgresStateReader } from './postgresState.ts';
import { loadPostgresSource } from './source/loadSource.ts';
import { takeCensus } from './clusterCensus.ts';
import { postgresLeftovers, resetPostgresSequence } from './postgresClone.ts';
import { REUSED, ReusableClone, type ObtainedClone } from './reuse.ts';
import {
  TargetError,
  type Capabilities,
  type Clone,
  type CloneOptions,
  type CopyOutSession,
  type Snapshot,
  type Target,
  type TargetOptions,
} from './target.ts';
import { bestEffort } from '../util/bestEffort.ts';
import { firstLine } from '../util/errors.ts';

export const POSTGRES_CAPABILITIES: Capabilities = Object.freeze({
  dialect: 'postgres',
  schemas: true,
  transactionalDdl: true,
  singleConnection: false,
  streamingCopy: true,
  grants: true,
  enums: true,
  standaloneSequences: true,
});

export class PgClientSession implements CopyOutSession {
  /** Replaced when the clone reconnects (snapshot, restore). */
  constructor(public client: pg.Client) {}

  async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const result = await this.client.query(sql, params as unknown[]);
    return result.rows as T[];
  }

  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }

  async runStatement(sql: string): Promise<void> {
    // `queryMode` is in node-pg (8.12+) but not in its typings.
    await this.client.query({ text: sql, queryMode: 'extended' } as pg.QueryConfig);
  }

  inTransaction(): boolean {
    return this.client.getTransactionStatus() !== 'I';
  }

  /**
   * Streams a `COPY … TO STDOUT` (text format) and returns its row count, counted from the rows
   * themselves: one newline ends each row, and COPY escapes a newline inside a value. The stream's
   * own `rowCount` comes from CommandComplete, which can arrive after the stream has ended — read
   * then, it said 0 for a 1,000-row table now and then under load.
   */
  async copyOut(copyToStdout: string, consume: (chunk: Uint8Array) => void): Promise<number> {
    const stream = this.client.query(copyTo(copyToStdout));
    let rows = 0;
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) rows++;
      consume(bytes);
    }
    return rows;
  }

  async copyIn(copyFromStdin: string, data: Uint8Array): Promise<void> {
    await pipeline(Readable.from([Buffer.from(data)]), this.client.query(copyFrom(copyFromStdin)));
  }
}

/** `host:port/database` of a connection string, never its password. */
export function describeServer(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname && u.pathname !== '/' ? u.pathname : '/postgres'}`;
  } catch {
    return 'the named server';
  }
}

/** Turns a driver error into one line naming the server and the problem. */
export function explainConnectionError(error: unknown, url: string, doing: string): TargetError {
  const e = error as { code?: string; message?: string };
  const where = describeServer(url);
  const reason =
    e.code === 'ECONNREFUSED'
      ? 'connection refused (is the server running?)'
      : e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN'
        ? 'host not found'
        : e.code === 'ETIMEDOUT'
          ? 'connection timed out'
          : e.code === '28P01' || e.code === '28000'
            ? `authentication failed: ${e.message}`
            : e.code === '3D000'
              ? `${e.message}`
              : e.code === '42501'
                ? `permission denied: ${e.message}`
                : firstLine(error);
  return new TargetError(`Postgres ${where}: cannot ${doing}: ${reason}`);
}

/** A scratch database this target made, and the clone's connection to it. */
/** The apply role of scratch database `name`. */
const applyRoleName = (name: string) => `${name}_apply`;

interface Scratch {
  readonly name: string;
  readonly client: pg.Client;
  /** The role its apply batches run under (made with the database, dropped with it). */
  readonly role: ApplyRole;
}

/** How many times a scratch database's DROP is tried before it is reported as left behind. */
const DROP_ATTEMPTS = 4;

export class PostgresServerTarget implements Target {
  readonly kind = 'postgres' as const;
  readonly capabilities = POSTGRES_CAPABILITIES;
  private readonly created = new Set<string>();
  private readonly reuse = new ReusableClone<Scratch>(
    ({ client }) => new PgClientSession(client),
    async ({ name, client }) => {
      await bestEffort('closing a Postgres connection', () => client.end());
      await this.dropScratch(name);
    },
    false,
  );

  /** `reuseClones`: keep a disposed plain clone's database, reset, for the next clone (see reuse.ts). */
  constructor(
    readonly id: string,
    private readonly url: string,
    private readonly describedAs = 'server',
    private readonly options: TargetOptions = {},
  ) {}

  private async adminClient(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 10_000 });
    client.on('error', () => {}); // a dropped admin connection is reported by the next query
    try {
      await client.connect();
    } catch (error) {
      await bestEffort('closing a Postgres connection', () => client.end());
      throw explainConnectionError(error, this.url, 'connect');
    }
    return client;
  }

  private async createScratch(template: string | null): Promise<string> {
    const name = `rehearse_${randomBytes(8).toString('hex')}`;
    const admin = await this.adminClient();
    try {
      await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
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
    } finally {
      await bestEffort('closing a Postgres connection', () => admin.end());
    }
    this.created.add(name);
    return name;
  }

  /** A new scratch database (from `template` if given) and a connection to it; dropped if the connection fails. */
  private async newScratch(template: string | null): Promise<Scratch> {
    const name = await this.createScratch(template);
    try {
      const client = await this.connectTo(name);
      return { name, client, role: await makeApplyRole(new PgClientSession(client), applyRoleName(name)) };
    } catch (error) {
      await this.dropScratch(name);
      throw error;
    }
  }

  private async connectTo(name: string): Promise<pg.Client> {
    const url = new URL(this.url);
    url.pathname = `/${name}`;
    const client = new pg.Client({ connectionString: url.toString() });
    client.on('error', () => {});
    try {
      await client.connect();
    } catch (error) {
      throw explainConnectionError(error, this.url, `connect to scratch database ${name}`);
    }
    return client;
  }

  async createClone(options: CloneOptions = {}): Promise<Clone> {
    if (options.sqliteFile !== undefined) throw new TargetError(`target ${this.id}: a sqlite_file clone source needs a sqlite: target`);
    // Only plain clones are reused: a template clone starts from someone else's contents.
    const reusable = this.options.reuseClones === true && options.templateDatabase === undefined;
    const {
      resource: { name, client, role },
      fresh,
      reused,
    }: ObtainedClone<Scratch> = reusable
      ? await this.reuse.obtain(() => this.newScratch(null))
      : { resource: await this.newScratch(options.templateDatabase ?? null), fresh: null, reused: false };
    const session = new PgClientSession(client);
    const snapshots: PostgresSnapshot[] = [];
    let disposed = false;
    return {
      targetId: this.id,
      kind: this.kind,
      capabilities: this.capabilities,
      isolation: {
        kind: 'clone',
        is_production: false,
        created_by_engine: true,
        method: `scratch database created on the ${this.describedAs} by CREATE DATABASE${options.templateDatabase ? ' … TEMPLATE' : ''}${reused ? `, reused: ${REUSED}` : ''}`,
        location: name,
      },
      session,
      state: new PostgresStateReader(session, { copyPageRows: Number.POSITIVE_INFINITY }),
      loadSource: (source, skips) => loadPostgresSource(session, source, skips, { census: true }),
      snapshot: async () => {
        // A template must have no other sessions: step out of the clone while it is copied.
        await bestEffort('closing a Postgres connection', () => session.client.end());
        let snapshotName: string;
        try {
          snapshotName = await this.createScratch(name);
        } finally {
          session.client = await this.connectTo(name);
        }
        const snapshotSession = new PgClientSession(await this.connectTo(snapshotName));
        const snapshot = new PostgresSnapshot(
          snapshotName,
          snapshotSession,
          new PostgresStateReader(snapshotSession, { copyPageRows: Number.POSITIVE_INFINITY }),
        );
        snapshots.push(snapshot);
        return snapshot;
      },
      restore: async (snapshot: Snapshot) => {
        if (!(snapshot instanceof PostgresSnapshot) || !snapshots.includes(snapshot)) throw new Error('not a snapshot of this clone');
        await bestEffort('closing a Postgres connection', () => session.client.end());
        await bestEffort('closing a Postgres connection', () => snapshot.session.client.end());
        const admin = await this.adminClient();
        try {
          await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
          await admin.query(`CREATE DATABASE ${name} TEMPLATE ${snapshot.name}`);
        } finally {
          await bestEffort('closing a Postgres connection', () => admin.end());
        }
        session.client = await this.connectTo(name);
        snapshot.session.client = await this.connectTo(snapshot.name);
      },
      releaseSnapshot: async (snapshot: Snapshot) => {
        const at = snapshots.indexOf(snapshot as PostgresSnapshot);
        if (at === -1) return;
        snapshots.splice(at, 1);
        await bestEffort('closing a Postgres connection', () => (snapshot as PostgresSnapshot).session.client.end());
        await this.dropScratch((snapshot as PostgresSnapshot).name);
      },
      leftovers: () => postgresLeftovers(session),
      census: async () => (await takeCensus(session)).census,
      applyRole: role,
      resetSequence: (id, to) => resetPostgresSequence(session, id, to),
      dispose: async () => {
        if (disposed) return;
        disposed = true;
        for (const snapshot of snapshots) {
          await bestEffort('closing a Postgres connection', () => snapshot.session.client.end());
          await this.dropScratch(snapshot.name);
        }
        if (fresh) await this.reuse.keep({ name, client: session.client, role }, fresh);
        else {
          await bestEffort('closing a Postgres connection', () => session.client.end());
          await this.dropScratch(name);
        }
      },
    };
  }

  async missingExtensions(names: readonly string[]): Promise<string[]> {
    if (names.length === 0) return [];
    const admin = await this.adminClient();
    try {
      const { rows } = await admin.query<{ name: string }>(
        'SELECT name FROM pg_catalog.pg_available_extensions WHERE name = ANY ($1::text[])',
        [names],
      );
      const available = new Set(rows.map((r) => r.name));
      return names.filter((n) => !available.has(n));
    } finally {
      await bestEffort('closing a Postgres connection', () => admin.end());
    }
  }

  /** Drops a scratch database this target created — and only such a database. */
  private async dropScratch(name: string): Promise<void> {
    if (!this.created.has(name)) throw new Error(`refusing to drop ${name}: this target did not create it`);
    // DROP … IF EXISTS is safe to repeat: a busy server (no connection slot free, a drop that
    // timed out) gets a few more tries before the database is reported as left behind.
    for (let attempt = 1; ; attempt++) {
      try {
        const admin = await this.adminClient();
        try {
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          // A clone's apply role goes with it (a snapshot's database has none).
          await dropApplyRole(new PgClientSession(admin), applyRoleName(name), false);
          this.created.delete(name);
          return;
        } finally {
          await bestEffort('closing a Postgres connection', () => admin.end());
        }
      } catch (error) {
        if (attempt >= DROP_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }

  async close(): Promise<void> {
    await this.reuse.close();
    for (const name of [...this.created]) await bestEffort(`dropping scratch database ${name}`, () => this.dropScratch(name));
  }
}

class PostgresSnapshot implements Snapshot {
  constructor(
    readonly name: string,
    readonly session: PgClientSession,
    readonly state: PostgresStateReader,
  ) {}
}
