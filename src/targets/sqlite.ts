/**
 * `sqlite:` (a fresh file in a new temp dir), `sqlite:DIR` (the temp dir made inside DIR) and
 * `sqlite::memory:`. The clone's directory is made by this target and is all it ever deletes.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStateReader } from './sqliteState.ts';
import { TargetError, type Capabilities, type Clone, type Session, type Target } from './target.ts';

export const SQLITE_CAPABILITIES: Capabilities = Object.freeze({
  schemas: false,
  transactionalDdl: true,
  singleConnection: true,
  streamingCopy: false,
  grants: false,
  enums: false,
  standaloneSequences: false,
});

export class SqliteSession implements Session {
  constructor(readonly db: Database.Database) {}

  async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const statement = this.db.prepare(sql);
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  }

  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }

  inTransaction(): boolean {
    return this.db.inTransaction;
  }
}

export class SqliteTarget implements Target {
  readonly kind = 'sqlite' as const;
  readonly capabilities = SQLITE_CAPABILITIES;
  private readonly parentDir: string | null;

  /** `location` is `''` (system temp dir), a directory, or `:memory:`. */
  constructor(readonly id: string, private readonly location: string) {
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

  async createClone(): Promise<Clone> {
    const dir = this.parentDir === null ? null : mkdtempSync(join(this.parentDir, 'rehearse-'));
    const file = dir === null ? ':memory:' : join(dir, 'clone.sqlite');
    const db = new Database(file);
    // A scratch clone needs no durability; a crash loses nothing worth keeping.
    db.pragma('synchronous = OFF');
    const session = new SqliteSession(db);
    let disposed = false;
    return {
      targetId: this.id,
      kind: this.kind,
      capabilities: this.capabilities,
      isolation: {
        kind: 'clone', is_production: false, created_by_engine: true,
        method: dir === null ? 'fresh in-memory SQLite database' : 'fresh SQLite file in a new temporary directory',
        location: file,
      },
      session,
      state: new SqliteStateReader(() => session.db),
      dispose: async () => {
        if (disposed) return;
        disposed = true;
        db.close();
        if (dir !== null) rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  async close(): Promise<void> {}
}
