/**
 * One interface for every database backend. Callers branch on `capabilities`, never on the
 * target string; everything specific to a backend lives in that backend's file.
 */
import type { SequenceFingerprint } from '../capture/fingerprint.ts';
import type { CloneRoles } from './cloneRoles.ts';
import type { StateReader } from '../capture/stateReader.ts';
import type { CheckedSource, LoadReport } from '../source/cloneSource.ts';
import type { Session } from '../session/session.ts';
import type { Census } from './clusterCensus.ts';
import type { CloneSkip } from '../source/cloneSkips.ts';

export type TargetKind = 'sqlite' | 'pglite' | 'postgres' | 'testcontainers';

export interface Capabilities {
  /** The SQL a clone source and an apply batch are written in. */
  readonly dialect: 'postgres' | 'sqlite';
  /** Has namespaces (`CREATE SCHEMA`); otherwise one flat namespace per clone. */
  readonly schemas: boolean;
  /** DDL rolls back with the transaction. */
  readonly transactionalDdl: boolean;
  /** One session per clone: no second connection can observe or terminate it. */
  readonly singleConnection: boolean;
  /**
   * `COPY … TO STDOUT` streams to the engine without being buffered whole; otherwise capture
   * reads large tables in key-ordered pages so memory stays flat.
   */
  readonly streamingCopy: boolean;
  /** Grants, enum types and standalone sequences exist on this backend. */
  readonly grants: boolean;
  readonly enums: boolean;
  readonly standaloneSequences: boolean;
}

/** What RX-0 records about a clone: it is disposable, and the engine made it. */
export interface IsolationRecord {
  readonly kind: 'clone';
  readonly is_production: false;
  readonly created_by_engine: true;
  /** How the clone was made, e.g. "fresh in-memory PGlite instance". */
  readonly method: string;
  /** Random or temporary name of the clone; normalized out of hashed evidence. */
  readonly location: string;
}

/** A copy of a clone's state, readable on its own so it can be verified before any restore. */
export interface Snapshot {
  readonly state: StateReader;
}

/** What a batch may leave behind that a rollback does not undo. */
export interface Leftovers {
  readonly openTransaction: boolean;
  readonly preparedTransactions: number;
  readonly advisoryLocks: number;
}

export interface CloneOptions {
  /** Postgres: clone this database with `CREATE DATABASE … TEMPLATE`. */
  readonly templateDatabase?: string;
  /** SQLite: start from a copy of this file (the file itself is never opened). */
  readonly sqliteFile?: string;
  /**
   * Extensions the clone source creates. PGlite loads their modules into the instance (each
   * PGlite extension is a module loaded at start-up); a server has them or not.
   */
  readonly extensions?: readonly string[];
}

export interface Clone {
  readonly targetId: string;
  readonly kind: TargetKind;
  readonly capabilities: Capabilities;
  readonly isolation: IsolationRecord;
  /**
   * The session the apply batch and every capture run on: on a server, logged in as the clone's
   * apply role; in PGlite and SQLite, the one session there is.
   */
  readonly session: Session;
  /**
   * A session of the clone's owner, the role the clone source loads as: what defines or fills the
   * clone's objects (a test's setup, `rehearse fuzz --plan` loading a state). On a server its own
   * login, opened when first used; elsewhere the same session as `session`.
   */
  readonly ownerSession: Session;
  readonly state: StateReader;
  /**
   * Loads a checked clone source (a plain pg_dump or psql script on Postgres, SQL text on
   * SQLite) in one transaction, as the clone's owner; statements naming roles the clone lacks are
   * skipped where `skips` says so and refused otherwise (src/source/). `extensions`: the
   * extensions the plan names for the engine to create first (clone_from.extensions).
   */
  loadSource(source: CheckedSource, skips: readonly CloneSkip[], extensions?: readonly string[]): Promise<LoadReport>;
  snapshot(): Promise<Snapshot>;
  /** Puts the clone back into the snapshot's state (the caller verified the snapshot first). */
  restore(snapshot: Snapshot): Promise<void>;
  /**
   * Frees a snapshot before the clone is disposed (its scratch database, its instance, its copy),
   * for a clone that rehearses many states (`rehearse fuzz --plan`). A snapshot not released
   * goes with the clone.
   */
  releaseSnapshot(snapshot: Snapshot): Promise<void>;
  leftovers(): Promise<Leftovers>;
  /** The backend's own verdict on whether a statement writes (SQLite's `readonly` flag), where it has one. */
  readonly isReadOnlyStatement?: (sql: string) => boolean;
  /**
   * A census of cluster-wide state (roles, databases, replication slots, …; clusterCensus.ts), where
   * the backend has a cluster. `outside`: as a session in no transaction sees it — on a server the
   * connecting role's own, so what any other session committed is in it; `session`: as the clone's
   * session sees it, in its transaction if one is open (what that transaction did).
   */
  readonly census?: (where: 'outside' | 'session') => Promise<Census>;
  /**
   * The clone's own database and roles by name: what the census says of them always counts, where
   * another rehearsal's scratch database and roles, made and dropped meanwhile, do not.
   */
  readonly censusOwn?: ReadonlySet<string>;
  /** Who loads the clone source and who runs the batch (Postgres-family targets; see cloneRoles.ts). */
  readonly roles?: CloneRoles;
  /** Sets a sequence back to a captured `(last_value, is_called)`. */
  resetSequence(id: string, to: SequenceFingerprint): Promise<void>;
  /** Drops or deletes the clone and its snapshots; only ever what it created. Safe to call twice. */
  dispose(): Promise<void>;
}

/** How a target is opened (`resolveTarget(spec, options)`). */
export interface TargetOptions {
  /**
   * Keep each disposed clone, reset, and hand it out again once it has proved it is as good as
   * fresh (PGlite and Postgres; see reuse.ts). For runs of many rehearsals: the fuzz run, the
   * property suite, the benchmarks. `rehearse run` makes one clone and never reuses.
   */
  readonly reuseClones?: boolean;
}

export interface Target {
  /** The target string this target was resolved from, e.g. `pglite:`. */
  readonly id: string;
  readonly kind: TargetKind;
  readonly capabilities: Capabilities;
  createClone(options?: CloneOptions): Promise<Clone>;
  /** Which of these extensions (by their SQL names) a clone of this target cannot create. */
  missingExtensions(names: readonly string[]): Promise<string[]>;
  /** Why a SQL clone source of `bytes` cannot be rehearsed here (`null`, or absent: it can); asked before it is read. */
  sourceSizeProblem?(bytes: number): string | null;
  /**
   * The census of the server's cluster-wide state as the connecting role sees it now (clusterCensus.ts),
   * where clones share a server with others; absent where each clone is a cluster of its own.
   */
  census?(): Promise<Census>;
  /** Resolves when the work a disposed clone left running has ended (a kept clone's reset); absent where there is none. */
  settled?(): Promise<void>;
  /** Releases shared resources (admin connections, base instances, containers). */
  close(): Promise<void>;
}

/** A refusal with a one-line message for the user; never shown with a stack trace. */
export class TargetError extends Error {
  override readonly name = 'TargetError';
}
