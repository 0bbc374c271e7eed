/**
 * `pglite:`: embedded Postgres (WASM). Reuses the Postgres capture; only the session and the
 * way a clone is made differ. Each clone is a fresh in-memory instance loaded from a pristine
 * data directory made once per target, which is several times faster than initdb per clone.
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PostgresStateReader } from './postgresState.ts';
import { loadPostgresSource } from '../clone/loadSource.ts';
import { postgresLeftovers, resetPostgresSequence } from './postgresClone.ts';
import { pgliteExtensionModules, pgliteLacks } from './pgliteExtensions.ts';
import { REUSED, ReusableClone, type ObtainedClone } from './reuse.ts';
import {
  TargetError, type Capabilities, type Clone, type CloneOptions, type CopyOutSession, type Snapshot, type Target, type TargetOptions,
} from './target.ts';

export const PGLITE_CAPABILITIES: Capabilities = Object.freeze({
  dialect: 'postgres',
  schemas: true,
  transactionalDdl: true,
  singleConnection: true,
  streamingCopy: false,
  grants: true,
  enums: true,
  standaloneSequences: true,
});

/** PGlite buffers a COPY's whole output; pages of this many rows keep capture memory flat. */
const COPY_PAGE_ROWS = 100_000;

export class PgliteSession implements CopyOutSession {
  /** Replaced when the clone is restored from a snapshot. */
  constructor(public db: PGlite) {}

  async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const result = await this.db.query<T>(sql, params as unknown[]);
    return result.rows;
  }

  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  inTransaction(): boolean {
    return this.db.isInTransaction();
  }

  /** PGlite has no client stream; `COPY … TO '/dev/blob'` hands the output back as a blob. */
  async copyOut(copyToStdout: string, consume: (chunk: Uint8Array) => void): Promise<number> {
    const result = await this.db.query(copyToStdout.replace(/TO STDOUT$/i, "TO '/dev/blob'"));
    if (result.blob) consume(new Uint8Array(await result.blob.arrayBuffer()));
    return result.affectedRows ?? 0;
  }

  async copyIn(copyFromStdin: string, data: Uint8Array): Promise<void> {
    await this.db.query(copyFromStdin.replace(/FROM\s+STDIN/i, "FROM '/dev/blob'"), [], { blob: new Blob([data as Uint8Array<ArrayBuffer>]) });
  }
}

export class PgliteTarget implements Target {
  readonly kind = 'pglite' as const;
  readonly capabilities = PGLITE_CAPABILITIES;
  private pristine: Promise<File | Blob> | null = null;
  private readonly reuse = new ReusableClone<PGlite>((db) => new PgliteSession(db), (db) => db.close(), true);

  /** `reuseClones`: keep a disposed clone's instance, reset, for the next clone (see reuse.ts). */
  constructor(readonly id: string = 'pglite:', private readonly options: TargetOptions = {}) {}

  private pristineDataDir(): Promise<File | Blob> {
    this.pristine ??= (async () => {
      const base = await PGlite.create();
      try {
        return await base.dumpDataDir('none');
      } finally {
        await base.close();
      }
    })();
    return this.pristine;
  }

  async createClone(options: CloneOptions = {}): Promise<Clone> {
    if (options.templateDatabase !== undefined || options.sqliteFile !== undefined) {
      throw new TargetError(`target ${this.id}: a clone source of this kind needs ${options.sqliteFile ? 'a sqlite:' : 'a postgres://'} target`);
    }
    const lacking = pgliteLacks(options.extensions ?? []);
    if (lacking.length > 0) throw new TargetError(`target ${this.id}: PGlite has no extension ${lacking.join(', ')}`);
    // Every instance of the clone (its snapshots, its restorations) starts with the same modules.
    const extensions = await pgliteExtensionModules(options.extensions ?? []);
    const start = (image: File | Blob) => PGlite.create({ loadDataDir: image, extensions });
    const make = async () => start(await this.pristineDataDir());
    // A kept clone started without these modules: a clone that needs extensions is always fresh.
    const { resource: db, fresh, reused }: ObtainedClone<PGlite> = this.options.reuseClones && Object.keys(extensions).length === 0
      ? await this.reuse.obtain(make)
      : { resource: await make(), fresh: null, reused: false };
    const session = new PgliteSession(db);
    const snapshots: PgliteSnapshot[] = [];
    let disposed = false;
    return {
      targetId: this.id,
      kind: this.kind,
      capabilities: this.capabilities,
      isolation: {
        kind: 'clone', is_production: false, created_by_engine: true,
        method: reused ? `in-memory PGlite instance reused: ${REUSED}` : 'fresh in-memory PGlite instance', location: `pglite-memory-${randomBytes(4).toString('hex')}`,
      },
      session,
      state: new PostgresStateReader(session, { copyPageRows: COPY_PAGE_ROWS }),
      // The instance is the whole cluster, made for this clone: nothing beyond it to take a census of.
      loadSource: (source, skips) => loadPostgresSource(session, source, skips, { census: false }),
      snapshot: async () => {
        // The data directory is copied as a crash would leave it unless a checkpoint comes first:
        // sequences would then replay their pre-logged WAL and reload 32 values ahead.
        await session.db.exec('CHECKPOINT');
        const image = await session.db.dumpDataDir('none');
        // An instance started from the image recovers as after a crash, which empties unlogged
        // relations: their contents travel beside the image.
        const unlogged = await saveUnlogged(session);
        const copy = new PgliteSession(await start(image));
        await restoreUnlogged(copy, unlogged);
        const snapshot = new PgliteSnapshot(image, unlogged, copy);
        snapshots.push(snapshot);
        return snapshot;
      },
      restore: async (snapshot: Snapshot) => {
        if (!(snapshot instanceof PgliteSnapshot) || !snapshots.includes(snapshot)) throw new Error('not a snapshot of this PGlite clone');
        // One instance at a time: the snapshot's own was read when it was verified, and the clone's is replaced.
        await snapshot.release();
        await session.db.close();
        session.db = await start(snapshot.image);
        await restoreUnlogged(session, snapshot.unlogged);
      },
      leftovers: () => postgresLeftovers(session),
      resetSequence: (id, to) => resetPostgresSequence(session, id, to),
      dispose: async () => {
        if (disposed) return;
        disposed = true;
        for (const snapshot of snapshots) await snapshot.release().catch(() => {});
        if (fresh) await this.reuse.keep(session.db, fresh).catch(() => {});
        else await session.db.close().catch(() => {});
      },
    };
  }

  async missingExtensions(names: readonly string[]): Promise<string[]> {
    return pgliteLacks(names);
  }

  async close(): Promise<void> {
    await this.reuse.close();
    this.pristine = null;
  }
}

class PgliteSnapshot implements Snapshot {
  readonly state: PostgresStateReader;
  private released = false;

  constructor(readonly image: File | Blob, readonly unlogged: UnloggedContents, private readonly copy: PgliteSession) {
    this.state = new PostgresStateReader(copy, { copyPageRows: COPY_PAGE_ROWS });
  }

  /** Closes the snapshot's own instance; the image stays for the restore. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    await this.copy.db.close();
  }
}

/** What an unlogged relation holds, which a data-directory image loses. */
interface UnloggedContents {
  readonly tables: readonly { readonly name: string; readonly copy: Uint8Array }[];
  readonly sequences: readonly { readonly name: string; readonly last_value: string; readonly is_called: boolean }[];
}

async function saveUnlogged(session: PgliteSession): Promise<UnloggedContents> {
  const relations = await session.query<{ name: string; kind: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name, c.relkind::text AS kind
       FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relpersistence = 'u' AND c.relkind IN ('r', 'S') ORDER BY 1`);
  const tables: { name: string; copy: Uint8Array }[] = [];
  const sequences: { name: string; last_value: string; is_called: boolean }[] = [];
  for (const { name, kind } of relations) {
    if (kind === 'S') {
      const [row] = await session.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text AS last_value, is_called FROM ${name}`);
      sequences.push({ name, last_value: row!.last_value, is_called: row!.is_called });
      continue;
    }
    const chunks: Uint8Array[] = [];
    await session.copyOut(`COPY ${name} TO STDOUT`, (chunk) => chunks.push(chunk));
    tables.push({ name, copy: Buffer.concat(chunks) });
  }
  return { tables, sequences };
}

/** Puts unlogged contents back into an instance started from an image; no trigger or rule fires. */
async function restoreUnlogged(session: PgliteSession, contents: UnloggedContents): Promise<void> {
  if (contents.tables.length === 0 && contents.sequences.length === 0) return;
  await session.exec('SET session_replication_role = replica');
  try {
    for (const table of contents.tables) if (table.copy.length > 0) await session.copyIn(`COPY ${table.name} FROM STDIN`, table.copy);
    for (const s of contents.sequences) {
      await session.query('SELECT pg_catalog.setval($1::regclass, $2::bigint, $3::boolean)', [s.name, s.last_value, s.is_called]);
    }
  } finally {
    await session.exec('RESET session_replication_role');
  }
}
