/**
 * `pglite:`: embedded Postgres (WASM). Reuses the Postgres capture; only the session and the
 * way a clone is made differ. Each clone is a fresh in-memory instance loaded from a pristine
 * data directory made once and kept on disk (pglitePristine.ts), which is several times faster
 * than initdb per clone and keeps initdb's memory out of the rehearsal.
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PostgresStateReader } from '../capture/postgresState.ts';
import { loadPostgresSource } from '../source/loadSource.ts';
import { takeCensus } from './clusterCensus.ts';
import { createExtensionSql, postgresLeftovers, resetPostgresSequence } from './postgresClone.ts';
import { pgliteExtensionModules, pgliteLacks } from './pgliteExtensions.ts';
import { pgliteFitProblem } from './pgliteFit.ts';
import { copyInto, copyOutOf, InstanceSlot, LazyPgliteSession, type Image } from './pgliteInstances.ts';
import { PGLITE_APPLY_ROLE, PGLITE_OWNER_ROLE, pgliteWasmModule, pristineDataDir } from './pglitePristine.ts';
import { applyRoleRecord, ownerRoleRecord, type CloneRoles } from './cloneRoles.ts';
import { SnapshotSet } from './snapshotSet.ts';
import { REUSED, ReusableClone, type ObtainedClone } from './reuse.ts';
import { TargetError, type Capabilities, type Clone, type CloneOptions, type Snapshot, type Target, type TargetOptions } from './target.ts';
import type { CopyOutSession } from '../session/session.ts';
import { bestEffort } from '../util/bestEffort.ts';

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

/**
 * PGlite runs Postgres in single-user mode: the session user is always the bootstrap superuser,
 * so the roles are reached with SET LOCAL ROLE and are no boundary (docs/boundary.md).
 */
const PGLITE_ROLES: CloneRoles = {
  owner: { name: PGLITE_OWNER_ROLE, record: ownerRoleRecord(true, 'SET LOCAL ROLE') },
  apply: { name: PGLITE_APPLY_ROLE, record: applyRoleRecord(true, 'SET LOCAL ROLE') },
};

/** PGlite buffers a COPY's whole output; pages of this many rows keep capture memory flat. */
const COPY_PAGE_ROWS = 100_000;

/** A session on one running instance (a kept clone's, while it is checked and reset). */
export class PgliteSession implements CopyOutSession {
  constructor(public db: PGlite) {}

  async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.db.query<T>(sql, params as unknown[])).rows;
  }

  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  /** PGlite's query() is the extended protocol: one statement or an error. */
  async runStatement(sql: string): Promise<void> {
    await this.db.query(sql);
  }

  inTransaction(): boolean {
    return this.db.isInTransaction();
  }

  connection(): object | null {
    return this.db;
  }

  copyOut(copyToStdout: string, consume: (chunk: Uint8Array) => void): Promise<number> {
    return copyOutOf(this.db, copyToStdout, consume);
  }

  copyIn(copyFromStdin: string, data: Uint8Array | Iterable<Uint8Array>): Promise<void> {
    return copyInto(this.db, copyFromStdin, data);
  }
}

export class PgliteTarget implements Target {
  readonly kind = 'pglite' as const;
  readonly capabilities = PGLITE_CAPABILITIES;
  private pristine: Promise<File | Blob> | null = null;
  private readonly reuse = new ReusableClone<PGlite>({
    sessionOf: (db) => new PgliteSession(db),
    destroy: (db) => db.close(),
    instanceWide: true,
  });

  /** `reuseClones`: keep a disposed clone's instance, reset, for the next clone (see reuse.ts). */
  constructor(
    readonly id: string = 'pglite:',
    private readonly options: TargetOptions = {},
  ) {}

  private pristineDataDir(): Promise<File | Blob> {
    this.pristine ??= pristineDataDir();
    return this.pristine;
  }

  async createClone(options: CloneOptions = {}): Promise<Clone> {
    if (options.templateDatabase !== undefined || options.sqliteFile !== undefined) {
      throw new TargetError(
        `target ${this.id}: a clone source of this kind needs ${options.sqliteFile ? 'a sqlite:' : 'a postgres://'} target`,
      );
    }
    const lacking = pgliteLacks(options.extensions ?? []);
    if (lacking.length > 0) throw new TargetError(`target ${this.id}: PGlite has no extension ${lacking.join(', ')}`);
    const { start, withExtensions } = await starter(options.extensions ?? []);
    const make = async () => start(await this.pristineDataDir());
    // A kept clone started without these modules: a clone that needs extensions is always fresh.
    const {
      resource: db,
      fresh,
      reused,
    }: ObtainedClone<PGlite> = this.options.reuseClones && !withExtensions
      ? await this.reuse.obtain(make)
      : { resource: await make(), fresh: null, reused: false };
    // The clone and its snapshots take turns on one instance (pgliteInstances.ts).
    const slot = new InstanceSlot();
    const session = new LazyPgliteSession(slot, start, db);
    await slot.hand(session);
    const snapshots = new SnapshotSet(
      (s): s is PgliteSnapshot => s instanceof PgliteSnapshot,
      'PGlite clone',
      async (s) => {
        await bestEffort('closing a PGlite instance', () => s.session.close());
      },
    );
    let disposed = false;
    return {
      targetId: this.id,
      kind: this.kind,
      capabilities: this.capabilities,
      isolation: {
        kind: 'clone',
        is_production: false,
        created_by_engine: true,
        method: reused ? `in-memory PGlite instance reused: ${REUSED}` : 'fresh in-memory PGlite instance',
        location: `pglite-memory-${randomBytes(4).toString('hex')}`,
      },
      session,
      ownerSession: session,
      state: new PostgresStateReader(session, { copyPageRows: COPY_PAGE_ROWS }),
      loadSource: (source, skips, names) => loadPostgresSource(session, source, skips, loadOptions(session, names ?? [])),
      snapshot: async () => {
        const image = await session.snapshot();
        return snapshots.add(new PgliteSnapshot(image, new LazyPgliteSession(slot, start, image, true)));
      },
      restore: async (snapshot: Snapshot) => session.resetTo(snapshots.own(snapshot).image),
      releaseSnapshot: (snapshot: Snapshot) => snapshots.release(snapshot),
      leftovers: () => postgresLeftovers(session),
      // One session is all there is: what it sees is what any session could.
      census: () => takeCensus(session),
      roles: PGLITE_ROLES,
      resetSequence: (id, to) => resetPostgresSequence(session, id, to),
      dispose: async () => {
        if (disposed) return;
        disposed = true;
        await snapshots.closeAll();
        // The running instance (a restored one too) is kept only if the check finds it as good as fresh.
        const running = session.running;
        if (fresh && running) await bestEffort('keeping a PGlite instance for reuse', () => this.reuse.keep(running, fresh));
        else await bestEffort('closing a PGlite instance', () => session.close());
      },
    };
  }

  async missingExtensions(names: readonly string[]): Promise<string[]> {
    return pgliteLacks(names);
  }

  /** PGlite holds the whole database in this process's memory (pgliteFit.ts). */
  sourceSizeProblem(bytes: number): string | null {
    return pgliteFitProblem(bytes);
  }

  async close(): Promise<void> {
    await this.reuse.close();
    this.pristine = null;
  }
}

/** How a clone starts an instance from an image: every instance of it (its snapshots, its restorations) with the same modules. */
async function starter(names: readonly string[]) {
  const extensions = await pgliteExtensionModules(names);
  const wasmModule = await pgliteWasmModule();
  return {
    start: (image: File | Blob) => PGlite.create({ loadDataDir: image, extensions, wasmModule }),
    withExtensions: Object.keys(extensions).length > 0,
  };
}

/** The clone source loads as the clone's owner; the instance is the whole cluster, made for this clone: nothing beyond it to take a census of. */
function loadOptions(session: LazyPgliteSession, extensions: readonly string[]) {
  return {
    owner: PGLITE_OWNER_ROLE,
    switchToOwner: true,
    outsideCensus: null,
    createExtensions: async (wanted: readonly { name: string; schema: string }[]) => {
      for (const { name, schema } of wanted) await session.exec(createExtensionSql(name, schema));
    },
    extensions,
  };
}

class PgliteSnapshot implements Snapshot {
  readonly state: PostgresStateReader;

  constructor(
    readonly image: Image,
    readonly session: LazyPgliteSession,
  ) {
    this.state = new PostgresStateReader(session, { copyPageRows: COPY_PAGE_ROWS });
  }
}
