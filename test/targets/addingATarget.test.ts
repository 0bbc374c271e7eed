/**
 * CONTRIBUTING.md's "Adding a target", checked two ways. A fake target written from its steps
 * alone (a SQLite backend whose clones live in memory and whose snapshots are serialized images)
 * rehearses a plan to READY — and, with a restore that does nothing, is BLOCKED: the engine judges
 * a new target by its results, not by trusting it. And the walkthrough matches the code: every
 * file it names exists, and step 1 names every member of `Clone` there is.
 */
import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SqliteStateReader, unquoteIdent } from '../../src/capture/sqliteState.ts';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { TARGET_NAMES } from '../../src/index.ts';
import { loadSqliteSource } from '../../src/source/loadSqliteSource.ts';
import { SQLITE_CAPABILITIES, SqliteSession } from '../../src/targets/sqlite.ts';
import type { Clone, CloneOptions, Snapshot, Target } from '../../src/targets/target.ts';
import { loadExample } from '../support/examples.ts';

const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };

class ImageSnapshot implements Snapshot {
  readonly state: SqliteStateReader;
  constructor(
    readonly image: Buffer,
    private readonly copy = new Database(image, { readonly: true }),
  ) {
    this.state = new SqliteStateReader(() => this.copy);
  }
  close(): void {
    this.copy.close();
  }
}

/** Step 1: a `Target` whose `createClone` returns a whole `Clone`; `restores: false` makes one whose restore does nothing. */
class MemorySqliteTarget implements Target {
  readonly kind = 'sqlite' as const;
  readonly capabilities = SQLITE_CAPABILITIES;
  readonly id = 'memory-sqlite:';
  constructor(private readonly restores = true) {}

  async createClone(options: CloneOptions = {}): Promise<Clone> {
    if (options.templateDatabase !== undefined || options.sqliteFile !== undefined) throw new Error('this fake loads SQL sources only');
    const session = new SqliteSession(new Database(':memory:'));
    const snapshots: ImageSnapshot[] = [];
    return {
      targetId: this.id,
      kind: this.kind,
      capabilities: this.capabilities,
      isolation: {
        kind: 'clone',
        is_production: false,
        created_by_engine: true,
        method: 'a fake in-memory SQLite clone',
        location: 'memory',
      },
      session,
      ownerSession: session,
      // Step 2: the state reader the capture reads.
      state: new SqliteStateReader(() => session.db),
      // Step 3: the clone source loaded as checked.
      loadSource: async (source) => loadSqliteSource(session.db, source),
      snapshot: async () => {
        const snapshot = new ImageSnapshot(session.db.serialize());
        snapshots.push(snapshot);
        return snapshot;
      },
      restore: async (snapshot) => {
        if (!(snapshot instanceof ImageSnapshot)) throw new Error('not a snapshot of this clone');
        if (!this.restores) return;
        session.db.close();
        session.db = new Database(snapshot.image);
      },
      releaseSnapshot: async (snapshot) => {
        if (snapshot instanceof ImageSnapshot) snapshot.close();
      },
      isReadOnlyStatement: (sql) => session.db.prepare(sql).readonly,
      leftovers: async () => ({ openTransaction: session.db.inTransaction, preparedTransactions: 0, advisoryLocks: 0 }),
      resetSequence: async (id, to) => {
        session.db.prepare('UPDATE sqlite_sequence SET seq = ? WHERE name = ?').run(BigInt(to.last_value), unquoteIdent(id));
      },
      dispose: async () => {
        for (const s of snapshots) s.close();
        if (session.db.open) session.db.close();
      },
    };
  }

  async missingExtensions(names: readonly string[]): Promise<string[]> {
    return [...names];
  }

  async close(): Promise<void> {}
}

describe('a target added by the walkthrough', () => {
  it('rehearses the ready example to READY, both modes, with a valid proof', async () => {
    const result = await runRehearsal(loadExample('ready'), new MemorySqliteTarget(), quiet);
    expect(result.status).toBe('REHEARSAL_ROLLBACK_READY');
    expect(result.steps.map((s) => s.status)).not.toContain('BLOCKED');
    expect(result.steps.find((s) => s.id === 'RX-0')?.details).toMatchObject({ target_kind: 'sqlite' });
  });

  it('is BLOCKED when its restore does nothing: the engine trusts no target', async () => {
    const result = await runRehearsal(loadExample('ready'), new MemorySqliteTarget(false), quiet);
    expect(result.status).toBe('REHEARSAL_BLOCKED');
    expect(result.steps.find((s) => s.id === 'RX-4')?.codes).toContain('SNAPSHOT_NOT_RESTORED');
  });
});

describe('the walkthrough matches the code', () => {
  const contributing = readFileSync('CONTRIBUTING.md', 'utf8');
  const section = contributing.slice(contributing.indexOf('## Adding a target'), contributing.indexOf('## Adding a property'));
  const named = [...section.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');

  it('names only files there are', () => {
    const paths = named.filter((n) => /^(src|test|generators)\/[\w/.-]+\.ts$/.test(n));
    expect(paths.length).toBeGreaterThan(8);
    expect(paths.filter((p) => !existsSync(p))).toEqual([]);
    // A bare file name stands for one of the room the step is in: it is somewhere under src/ or generators/.
    const bare = named.filter((n) => /^[\w]+\.ts$/.test(n));
    const tree = ts.sys.readDirectory('src', ['.ts']).concat(ts.sys.readDirectory('generators', ['.ts']));
    expect(bare.filter((b) => !tree.some((f) => f.endsWith(`/${b}`)))).toEqual([]);
    expect(named).toContain('TARGET_NAMES');
    expect(TARGET_NAMES.length).toBeGreaterThan(0);
  });

  it('names every member of Clone in step 1, and no member Clone lacks', () => {
    const source = ts.createSourceFile('target.ts', readFileSync('src/targets/target.ts', 'utf8'), ts.ScriptTarget.Latest, true);
    const clone = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Clone');
    const members = (clone?.members ?? []).map((m) => m.name?.getText(source) ?? '').filter(Boolean);
    expect(members.length).toBeGreaterThan(10);
    const step1 = section.slice(section.indexOf('1. '), section.indexOf('2. '));
    const said = new Set([...step1.matchAll(/`(\w+)`/g)].map((m) => m[1]));
    // The record fields every clone carries are the Clone's identity, not a step: named together as "an honest isolation record".
    const identity = ['targetId', 'kind'];
    expect(members.filter((m) => !said.has(m) && !identity.includes(m))).toEqual([]);
  });
});
