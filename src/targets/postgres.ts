import { PostgresStateReader } from '../capture/postgresState.ts';
import { loadPostgresSource } from '../source/loadSource.ts';
import { takeCensus, type Census } from './clusterCensus.ts';
import { applyRoleRecord, ownerRoleRecord, type CloneRoles } from './cloneRoles.ts';
import { postgresLeftovers, resetPostgresSequence } from './postgresClone.ts';
import { PGLITE_APPLY_ROLE, PGLITE_OWNER_ROLE } from './pgliteRoles.ts';
import { ScratchDatabases, type Scratch } from './scratchDatabases.ts';
import { SnapshotSet } from './snapshotSet.ts';
import { REUSED, ReusableClone, type ObtainedClone } from './reuse.ts';
import { TargetError, type Capabilities, type Clone, type CloneOptions, type Snapshot, type Target, type TargetOptions } from './target.ts';
import type { PgClientSession } from '../session/pgClientSession.ts';

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

export class PostgresServerTarget implements Target {
  readonly kind = 'postgres' as const;
  readonly capabilities = POSTGRES_CAPABILITIES;
  /** What this target does on the server as the connecting role: scratch databases and their roles, made and dropped. */
  private readonly server: ScratchDatabases;
  private readonly reuse = new ReusableClone<Scratch>({
    sessionOf: (scratch) => scratch.session,
    ownerSessionOf: (scratch) => scratch.ownerSession,
    destroy: (scratch) => this.server.dropScratch(scratch),
    instanceWide: false,
  });

  /** `reuseClones`: keep a disposed plain clone's database, reset, for the next clone (see reuse.ts). */
  constructor(
    readonly id: string,
    url: string,
    private readonly describedAs = 'server',
    private readonly options: TargetOptions = {},
  ) {
    this.server = new ScratchDatabases(url);
  }

  census(): Promise<Census> {
    return this.server.outsideCensus();
  }

  /** A scratch database for a clone: a kept one where clones are reused (only plain ones: a template clone starts from someone else's contents). */
  private async obtain(options: CloneOptions): Promise<ObtainedClone<Scratch>> {
    if (this.options.reuseClones === true && options.templateDatabase === undefined)
      return this.reuse.obtain(() => this.server.newScratch(null));
    return { resource: await this.server.newScratch(options.templateDatabase ?? null), fresh: null, reused: false };
  }

  async createClone(options: CloneOptions = {}): Promise<Clone> {
    if (options.sqliteFile !== undefined) throw new TargetError(`target ${this.id}: a sqlite_file clone source needs a sqlite: target`);
    const { resource: scratch, fresh, reused } = await this.obtain(options);
    const { name, session, ownerSession } = scratch;
    const snapshots = new SnapshotSet(
      (s): s is PostgresSnapshot => s instanceof PostgresSnapshot,
      'clone',
      (s) => this.server.dropDatabase(s.name, s.session),
    );
    let disposed = false;
    /** A template (or a database being replaced) must have no other sessions: the clone steps out while it is copied. */
    const stepOut = async () => {
      await session.disconnect();
      await ownerSession.disconnect();
    };
    const readerOptions = readerOptionsOf(scratch);
    const own: ReadonlySet<string> = new Set([name, scratch.owner.name, scratch.apply.name]);
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
      ownerSession,
      state: new PostgresStateReader(session, readerOptions),
      loadSource: (source, skips, extensions) =>
        loadPostgresSource(ownerSession, source, skips, {
          owner: scratch.owner.name,
          switchToOwner: false,
          outsideCensus: () => this.server.outsideCensus(),
          own,
          createExtensions: (names) => this.server.createExtensionsIn(name, names),
          extensions: extensions ?? [],
        }),
      snapshot: async () => {
        await stepOut();
        const copy = await this.server.copyOf(scratch);
        return snapshots.add(new PostgresSnapshot(copy.name, copy.session, new PostgresStateReader(copy.session, readerOptions)));
      },
      restore: async (given: Snapshot) => {
        const snapshot = snapshots.own(given);
        await stepOut();
        await snapshot.session.disconnect();
        await this.server.replaceDatabase(name, snapshot.name, scratch.owner.name);
      },
      releaseSnapshot: (snapshot: Snapshot) => snapshots.release(snapshot),
      leftovers: () => postgresLeftovers(session),
      census: (where) => (where === 'outside' ? this.server.outsideCensus() : takeCensus(session)),
      roles: rolesOf(scratch),
      censusOwn: own,
      resetSequence: (id, to) => resetPostgresSequence(session, id, to),
      dispose: async () => {
        if (disposed) return;
        disposed = true;
        await snapshots.closeAll();
        // The reset of a kept clone is the server's work: it runs while the next rehearsal begins (the next clone waits for it).
        if (fresh) this.reuse.keepLater(scratch, fresh);
        else await this.server.dropScratch(scratch);
      },
    };
  }

  missingExtensions(names: readonly string[]): Promise<string[]> {
    return this.server.missingExtensions(names);
  }

  settled(): Promise<void> {
    return this.reuse.settled();
  }

  async close(): Promise<void> {
    await this.reuse.close();
    await this.server.close();
  }
}

/** How a clone's captures read it: whole tables at a time, the clone's roles shown by PGlite's names for them (pglitePristine.ts). */
function readerOptionsOf(scratch: Scratch) {
  return {
    copyPageRows: Number.POSITIVE_INFINITY,
    roleNames: [
      [scratch.owner.name, PGLITE_OWNER_ROLE],
      [scratch.apply.name, PGLITE_APPLY_ROLE],
    ] as const,
  };
}

/** The clone's roles as the evidence records them: its owner, and the apply role the batch logs in as. */
function rolesOf(scratch: Scratch): CloneRoles {
  return {
    owner: { name: scratch.owner.name, record: ownerRoleRecord(scratch.bypassrls, 'login') },
    apply: { name: null, record: applyRoleRecord(scratch.bypassrls, 'login') },
  };
}

class PostgresSnapshot implements Snapshot {
  constructor(
    readonly name: string,
    readonly session: PgClientSession,
    readonly state: PostgresStateReader,
  ) {}
}
