/**
 * `sqlite:` (a fresh file in a new temp dir), `sqlite:DIR` (the temp dir made inside DIR) and
 * `sqlite::memory:`. The target makes one temporary directory, on its first clone, and every clone
 * is a fresh file in it, deleted when the clone is disposed; the directory goes when the target is
 * closed (or the process exits). What it made is all it ever deletes.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SequenceFingerprint } from '../capture/fingerprint.ts';
import { loadSqliteSource } from '../source/loadSqliteSource.ts';
import { removeScratchDir } from '../util/removeScratchDir.ts';
import { SqliteStateReader, unquoteIdent } from '../capture/sqliteState.ts';
import { TargetError, type Capabilities, type Clone, type CloneOptions, type Leftovers, type Snapshot, type Target } from './target.ts';
import type { Session } from '../session/session.ts';

export const SQLITE_CAPABILITIES: Capabilities = Object.freeze({
  dialect: 'sqlite',
  schemas: false,
  transactionalDdl: true,
  singleConnection: true,
  streamingCopy: false,
  grants: false,
  enums: false,
  standaloneSequences: false,
});

/** How many judged statements a SQLite session keeps prepared for the apply. */
const KEPT_STATEMENTS = 256;

export class SqliteSession implements Session {
  /** Replaced when the clone is restored from a snapshot. */
  constructor(public db: Database.Database) {}

  get builtinFunctionsOnly(): boolean {
    return definesNoFunctions.has(this.db);
  }

  async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const statement = this.db.prepare(sql);
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  }

  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }

  /**
   * The statements the boundary prepared to read SQLite's own verdict on them (`readOnly`), kept for
   * the apply that runs the same texts on the same connection (a connection replaced by a snapshot's
   * image prepares them anew). The first KEPT_STATEMENTS only: a restore script judged later may be
   * thousands of statements, each run once.
   */
  private judged = new WeakMap<Database.Database, Map<string, Database.Statement>>();

  /** SQLite's `readonly` flag of one statement, prepared on this connection (and kept for `runStatement`). */
  readOnly(sql: string): boolean {
    let kept = this.judged.get(this.db);
    if (!kept) this.judged.set(this.db, (kept = new Map()));
    const statement = kept.get(sql) ?? this.db.prepare(sql);
    if (kept.size < KEPT_STATEMENTS) kept.set(sql, statement);
    return statement.readonly;
  }

  /** SQLite prepares one statement, and refuses a text that holds more. */
  async runStatement(sql: string): Promise<void> {
    const statement = this.judged.get(this.db)?.get(sql) ?? this.db.prepare(sql);
    if (statement.reader) statement.all();
    else statement.run();
  }

  inTransaction(): boolean {
    return this.db.inTransaction;
  }
}

export class SqliteTarget implements Target {
  readonly kind = 'sqlite' as const;
  readonly capabilities = SQLITE_CAPABILITIES;
  private readonly parentDir: string | null;
  /** The temporary directory this target made for its clones' files (`null` until the first). */
  private dir: string | null = null;
  /** Clones made so far: the next clone's file name. */
  private made = 0;

  /** `location` is `''` (system temp dir), a directory, or `:memory:`. */
  constructor(
    readonly id: string,
    location: string,
  ) {
    if (location !== '' && location !== ':memory:') {
      let isDir = false;
      try {
        isDir = statSync(location).isDirectory();
      } catch {
        throw new TargetError(`target ${id}: ${location} does not exist (sqlite:PATH names a directory for scratch files)`);
      }
      if (!isDir) throw new TargetError(`target ${id}: ${location} is not a directory (sqlite:PATH names a directory for scratch files)`);
    }
    this.parentDir = location === ':memory:' ? null : location || tmpdir();
  }

  async createClone(options: CloneOptions = {}): Promise<Clone> {
    if (options.templateDatabase !== undefined) throw new TargetError(`target ${this.id}: a template database needs a Postgres target`);
    const dir = this.parentDir === null ? null : this.scratchDir(this.parentDir);
    const file = dir === null ? ':memory:' : join(dir, `clone-${++this.made}.sqlite`);
    const session = new SqliteSession(openClone(dir === null ? null : file, options.sqliteFile));
    /** The clone replaced by an image of it (a snapshot's). */
    const reopen = (image: Buffer) => {
      session.db.close();
      if (dir !== null) writeFileSync(file, image);
      session.db = openClone(dir === null ? null : file, undefined, image);
    };
    let disposed = false;
    return {
      targetId: this.id,
      kind: this.kind,
      capabilities: this.capabilities,
      isolation: {
        kind: 'clone',
        is_production: false,
        created_by_engine: true,
        method: `${dir === null ? 'fresh in-memory SQLite database' : 'fresh SQLite file in a new temporary directory'}${options.sqliteFile ? ', copied from the source file' : ''}`,
        location: file,
      },
      session,
      ownerSession: session,
      state: new SqliteStateReader(() => session.db),
      loadSource: async (source) => loadSqliteSource(session.db, source),
      snapshot: async () => {
        const image = session.db.serialize();
        const copy = new Database(image, { readonly: true });
        return new SqliteSnapshot(image, copy);
      },
      releaseSnapshot: async (snapshot: Snapshot) => {
        if (snapshot instanceof SqliteSnapshot) snapshot.close();
      },
      restore: async (snapshot: Snapshot) => {
        if (!(snapshot instanceof SqliteSnapshot)) throw new Error('not a snapshot of this SQLite clone');
        reopen(snapshot.image);
      },
      isReadOnlyStatement: (sql: string) => session.readOnly(sql),
      leftovers: async (): Promise<Leftovers> => ({ openTransaction: session.db.inTransaction, preparedTransactions: 0, advisoryLocks: 0 }),
      resetSequence: async (id: string, to: SequenceFingerprint) => {
        session.db.prepare('UPDATE sqlite_sequence SET seq = ? WHERE name = ?').run(BigInt(to.last_value), unquoteIdent(id));
      },
      dispose: async () => {
        if (disposed) return;
        disposed = true;
        // A journal still in memory left no file beside the clone's (a clone source may have switched it to one).
        const journal = session.db.open && dir !== null ? String(session.db.pragma('journal_mode', { simple: true })) : null;
        session.db.close();
        if (dir !== null) removeCloneFile(file, journal !== 'memory');
      },
    };
  }

  /** SQLite has no extensions a SQL statement could create. */
  async missingExtensions(names: readonly string[]): Promise<string[]> {
    return [...names];
  }

  /** The directory for this target's clone files: made once (a directory made and removed per clone was a tenth of a fuzz case). */
  private scratchDir(parent: string): string {
    if (this.dir === null) {
      this.dir = mkdtempSync(join(parent, 'rehearse-'));
      madeDirs.add(this.dir);
      removeAtExit();
    }
    return this.dir;
  }

  async close(): Promise<void> {
    if (this.dir === null) return;
    closedDir(this.dir);
    removeScratchDir(this.dir);
    this.dir = null;
  }
}

/** Every SQLite target's directory not yet closed: removed when the process exits. */
const madeDirs = new Set<string>();
const removeMadeDirs = () => {
  for (const dir of madeDirs) removeScratchDir(dir);
};
/** Listening for the exit while a directory is open (and only then: a process may load this module more than once). */
function removeAtExit(): void {
  if (madeDirs.size === 1) process.on('exit', removeMadeDirs);
}
function closedDir(dir: string): void {
  madeDirs.delete(dir);
  if (madeDirs.size === 0) process.off('exit', removeMadeDirs);
}

/**
 * The source file copied to `to`, with its write-ahead log where it has one: a database in WAL mode
 * holds its latest transactions there until a checkpoint moves them into the file, and a clone of
 * the file alone would be the database as it was before them. Opening the copy reads the log in.
 */
function copySource(sqliteFile: string, to: string): void {
  copyFileSync(sqliteFile, to);
  if (existsSync(`${sqliteFile}-wal`)) copyFileSync(`${sqliteFile}-wal`, `${to}-wal`);
}

/**
 * The source as an image for an in-memory clone: the file as it is, or — a database in WAL mode,
 * which an in-memory database cannot open — the copy of it and its log, read in, its journal
 * switched back to a rollback journal (the log moved into it), and serialized.
 */
function sourceImage(sqliteFile: string): Buffer {
  const file = readFileSync(sqliteFile);
  // Bytes 18 and 19 of the header: the file format versions, 2 in WAL mode.
  if (!existsSync(`${sqliteFile}-wal`) && file[18] !== 2 && file[19] !== 2) return file;
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-source-'));
  try {
    const copy = join(dir, 'source.sqlite');
    copySource(sqliteFile, copy);
    const db = new Database(copy);
    try {
      db.exec('PRAGMA journal_mode = DELETE');
      return db.serialize();
    } finally {
      db.close();
    }
  } finally {
    removeScratchDir(dir);
  }
}

/** Connections that refuse a program's functions: theirs are SQLite's own (the boundary reads that list once). */
const definesNoFunctions = new WeakSet<Database.Database>();

/** SQL cannot define a function in SQLite; with these refused, nothing else can on this connection either. */
function refuseProgramFunctions(db: Database.Database): void {
  for (const method of ['function', 'aggregate', 'table', 'loadExtension'] as const) {
    Object.defineProperty(db, method, {
      value: () => {
        throw new Error(
          `a clone's SQLite connection defines no ${method === 'loadExtension' ? 'extension' : method}: its functions are SQLite's own`,
        );
      },
    });
  }
  definesNoFunctions.add(db);
}

/** A clone's file and, `besides`, whatever SQLite kept beside it (a journal, a write-ahead log a clone source switched on). */
function removeCloneFile(file: string, besides: boolean): void {
  unlinkSync(file);
  // A failure is a file left behind: the caller says so.
  if (besides) for (const path of [`${file}-journal`, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) unlinkSync(path);
}

class SqliteSnapshot implements Snapshot {
  readonly state: SqliteStateReader;

  constructor(
    readonly image: Buffer,
    private readonly copy: Database.Database,
  ) {
    this.state = new SqliteStateReader(() => copy);
  }

  close(): void {
    if (this.copy.open) this.copy.close();
  }
}

/**
 * The clone's database: its file (`null`: in memory), from `image` (written there already) or a
 * copy of `sqliteFile` and its write-ahead log (never opened in place: the source is not touched), else empty.
 */
function openClone(file: string | null, sqliteFile: string | undefined, image?: Buffer): Database.Database {
  let db: Database.Database;
  if (file === null) db = new Database(image ?? (sqliteFile !== undefined ? sourceImage(sqliteFile) : ':memory:'));
  else {
    if (sqliteFile !== undefined) copySource(sqliteFile, file);
    db = new Database(file);
  }
  refuseProgramFunctions(db);
  // A scratch clone needs no durability; a crash loses nothing worth keeping. Only this connection ever opens the file:
  // it keeps its lock (no lock, header re-read and page-cache check per transaction) and its rollback journal in memory
  // (no journal file made and deleted per write). A ROLLBACK undoes the same either way. (A database in memory is so already.)
  if (file !== null) db.exec('PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = MEMORY');
  return db;
}
