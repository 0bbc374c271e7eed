/**
 * `pglite:`: embedded Postgres (WASM). Reuses the Postgres capture; only the session and the
 * way a clone is made differ. Each clone is a fresh in-memory instance loaded from a pristine
 * data directory made once per target, which is several times faster than initdb per clone.
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PostgresStateReader } from './postgresState.ts';
import { loadPostgresDump, postgresLeftovers, resetPostgresSequence } from './postgresClone.ts';
import { REUSED, ReusableClone, type ObtainedClone } from './reuse.ts';
import {
  TargetError, type Capabilities, type Clone, type CloneOptions, type CopyOutSession, type Snapshot, type Target, type TargetOptions,
} from './target.ts';

export const PGLITE_CAPABILITIES: Capabilities = Object.freeze({
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
    const make = async () => PGlite.create({ loadDataDir: await this.pristineDataDir() });
    const { resource: db, fresh, reused }: ObtainedClone<PGlite> = this.options.reuseClones
      ? await this.reuse.obtain(make)
      : { resource: await make(), fresh: null, reused: false };
    const session = new PgliteSession(db);
    const snapshots: PGlite[] = [];
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
      loadSqlDump: (text, source) => loadPostgresDump(session, text, source),
      snapshot: async () => {
        // The data directory is copied as a crash would leave it unless a checkpoint comes first:
        // sequences would then replay their pre-logged WAL and reload 32 values ahead.
        await session.db.exec('CHECKPOINT');
        const image = await session.db.dumpDataDir('none');
        const copy = await PGlite.create({ loadDataDir: image });
        snapshots.push(copy);
        return new PgliteSnapshot(image, new PostgresStateReader(new PgliteSession(copy), { copyPageRows: COPY_PAGE_ROWS }));
      },
      restore: async (snapshot: Snapshot) => {
        if (!(snapshot instanceof PgliteSnapshot)) throw new Error('not a snapshot of this PGlite clone');
        const restored = await PGlite.create({ loadDataDir: snapshot.image });
        await session.db.close();
        session.db = restored;
      },
      leftovers: () => postgresLeftovers(session),
      resetSequence: (id, to) => resetPostgresSequence(session, id, to),
      dispose: async () => {
        if (disposed) return;
        disposed = true;
        for (const copy of snapshots) await copy.close().catch(() => {});
        if (fresh) await this.reuse.keep(session.db, fresh).catch(() => {});
        else await session.db.close().catch(() => {});
      },
    };
  }

  async close(): Promise<void> {
    await this.reuse.close();
    this.pristine = null;
  }
}

class PgliteSnapshot implements Snapshot {
  constructor(readonly image: File | Blob, readonly state: PostgresStateReader) {}
}
