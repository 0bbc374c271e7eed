/**
 * Loads a checked clone source into a clone: every statement in order, in one transaction, as the
 * clone's owner (a role without superuser: cloneRoles.ts), so a statement that fails leaves
 * nothing behind and names its line. On a Postgres server the load is also held to the cluster
 * census, read in its transaction and outside it: if anything beyond the clone's database
 * changed, the load is rolled back and refused.
 */
import type { CloneSkip } from './cloneSkips.ts';
import { loadParser } from '../sql/parser.ts';
import type { Clone } from '../targets/target.ts';
import type { CopyOutSession } from '../session/session.ts';
import {
  checkCloneSource,
  loadStatements,
  type CheckedSource,
  type CloneStatement,
  type LoadReport,
  type SkippedStatement,
} from './cloneSource.ts';
import { CloneSourceError } from './cloneSourceError.ts';
import { censusChanges, takeCensus, type Census } from '../targets/clusterCensus.ts';
import { bestEffort } from '../util/bestEffort.ts';
import { redactedFirstLine as firstLine } from '../util/errors.ts';
import { quoteIdent } from '../util/quoteIdent.ts';

/** What a load ran and left out (RX-0 records it). */

export interface PostgresLoadOptions {
  /** The role everything the source defines belongs to: the session's own login (a server), or switched to (PGlite). */
  readonly owner: string;
  /** `SET LOCAL ROLE` to the owner for the load (PGlite: one superuser session for everything). */
  readonly switchToOwner: boolean;
  /**
   * The census as a session of its own sees it, outside the load's transaction (a server);
   * `null` where the instance is the clone and nothing else can act on it (PGlite). Either way the
   * load's own transaction is held to the census it reads itself.
   */
  readonly outsideCensus: (() => Promise<Census>) | null;
  /** The clone's own database and roles, what the census says of which always counts (`Clone.censusOwn`). */
  readonly own?: ReadonlySet<string>;
  /** Creates extensions before the load, as the connecting role (the plan's `clone_from.extensions`). */
  readonly createExtensions: (extensions: readonly { name: string; schema: string }[]) => Promise<void>;
  /** The extensions the plan names for the engine to create. */
  readonly extensions: readonly string[];
}

/** The hint a permission error of the load gets: the source loads as a role without superuser. */
function privilegeHint(kind: string): string {
  return kind === 'CREATE EXTENSION'
    ? "; the clone source loads as the clone's owner, a role without superuser: name an extension only a superuser may create in clone_from.extensions, and the engine creates it before the load (docs/boundary.md)"
    : "; the clone source loads as the clone's owner, a role without superuser (docs/boundary.md says what it may do)";
}

/**
 * How the server reads the next statement text: as the parser that checked the source read it.
 * Sent after every text that may run user code — a `SELECT set_config('standard_conforming_strings',
 * 'off', …)`, a function or trigger doing the same — since the server reads the next text with the
 * setting the last one left: with it off, `'x\'` is no longer a whole string, and a `;` the check
 * read inside a literal would end a statement the check never saw. `client_encoding` likewise: the
 * text is sent as UTF-8, as it was checked; read as SJIS (a dump's `SET client_encoding`), the byte of
 * a backslash after U+0090 is part of a character, and `E'…\\'` ends where the check read no end.
 * And `backslash_quote` as the apply pins it.
 */
const READ_AS_CHECKED = "SET standard_conforming_strings = on; SET backslash_quote = 'safe_encoding'; SET client_encoding = 'UTF8'";

/** Plain statements sent together: at most this many, or about this much text. */
const PENDING_STATEMENTS = 256;
const PENDING_BYTES = 1024 * 1024;

/**
 * Plain statements of the load sent many to a round trip, in the load's transaction. A group that
 * fails is undone to its savepoint and run again a statement at a time, to name the statement
 * that failed with the server's error, as when each is sent alone.
 */
class PendingStatements {
  private statements: CloneStatement[] = [];
  private bytes = 0;

  constructor(
    private readonly session: CopyOutSession,
    private readonly file: string,
  ) {}

  async add(statement: CloneStatement): Promise<void> {
    this.statements.push(statement);
    this.bytes += statement.text.length;
    if (this.statements.length >= PENDING_STATEMENTS || this.bytes >= PENDING_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    const group = this.statements;
    this.statements = [];
    this.bytes = 0;
    if (group.length === 0) return;
    const [alone] = group;
    if (alone && group.length === 1) return this.runAlone(alone);
    await this.session.exec('SAVEPOINT rehearse_load');
    try {
      // A statement may end in a line comment: the separator stands on a line of its own. The whole text is read
      // before any of it runs; the setting is put back at its end, for the next.
      await this.session.exec([...group.map((s) => s.text), READ_AS_CHECKED].join('\n;\n'));
      await this.session.exec('RELEASE SAVEPOINT rehearse_load');
      return;
    } catch {
      await this.session.exec('ROLLBACK TO SAVEPOINT rehearse_load; RELEASE SAVEPOINT rehearse_load');
    }
    for (const s of group) await this.runAlone(s);
  }

  private async runAlone(s: CloneStatement): Promise<void> {
    try {
      await this.session.exec(`${s.text}\n;\n${READ_AS_CHECKED}`);
    } catch (error) {
      throw statementFailed(s, this.file, error);
    }
  }
}

/** The load's error for a statement the server refused: its file and line, and the server's message. */
function statementFailed(s: CloneStatement, file: string, error: unknown): CloneSourceError {
  const denied = (error as { code?: string }).code === '42501';
  return new CloneSourceError(s.file ?? file, s.line, `${s.kind} failed: ${firstLine(error)}${denied ? privilegeHint(s.kind) : ''}`);
}

/** What the DISABLE TRIGGER ALL statements of a load put off to its end. */
interface PutOff {
  /** Foreign keys deferred, by oid; `made`: NOT DEFERRABLE before the load, made deferrable for it. */
  readonly keys: Map<string, { readonly table: string; readonly name: string; readonly made: boolean }>;
  /** Tables whose own triggers are enabled again at the end. */
  readonly enable: Set<string>;
}

/**
 * `ALTER TABLE t DISABLE TRIGGER ALL` (pg_dump --disable-triggers writes it around each table's
 * data, for a superuser) as the clone's owner may run it: the table's own triggers disabled
 * (`DISABLE TRIGGER USER`), and its foreign keys — whose triggers only a superuser may disable —
 * deferred to the end of the load, where every row is checked (checkDeferredKeys): rows a
 * superuser's load would have let through unchecked fail the load instead. `ENABLE TRIGGER ALL`
 * enables the table's own triggers again at the end of the load, once the keys are checked.
 */
async function triggersAll(
  session: CopyOutSession,
  how: { readonly table: string; readonly enable: boolean },
  putOff: PutOff,
): Promise<void> {
  // Enabled at the end of the load, once its deferred keys are checked (a table with pending checks cannot be altered).
  if (how.enable) {
    putOff.enable.add(how.table);
    return;
  }
  await session.exec(`ALTER TABLE ${how.table} DISABLE TRIGGER USER`);
  const keys = await session.query<{ id: string; table: string; name: string; qualified: string; deferrable: boolean }>(
    `SELECT k.oid::text AS id, k.conrelid::regclass::text AS table, pg_catalog.quote_ident(k.conname) AS name,
            pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(k.conname) AS qualified, k.condeferrable AS deferrable
       FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_namespace n ON n.oid = k.connamespace
      WHERE k.contype = 'f' AND k.conrelid = $1::regclass`,
    [how.table],
  );
  for (const k of keys) {
    if (putOff.keys.has(k.id)) continue;
    if (!k.deferrable) await session.exec(`ALTER TABLE ${k.table} ALTER CONSTRAINT ${k.name} DEFERRABLE`);
    putOff.keys.set(k.id, { table: k.table, name: k.name, made: !k.deferrable });
  }
  if (keys.length > 0) await session.exec(`SET CONSTRAINTS ${keys.map((k) => k.qualified).join(', ')} DEFERRED`);
}

/** The keys deferred for the load checked now, those made deferrable put back as they were, the tables' own triggers enabled. */
async function checkDeferredKeys(session: CopyOutSession, source: CheckedSource, putOff: PutOff): Promise<void> {
  try {
    await session.exec('SET CONSTRAINTS ALL IMMEDIATE');
  } catch (error) {
    throw new CloneSourceError(
      source.file,
      null,
      `the rows loaded with DISABLE TRIGGER ALL break a foreign key, which a superuser's load would have let through unchecked: ${firstLine(error)}`,
    );
  }
  for (const k of putOff.keys.values()) if (k.made) await session.exec(`ALTER TABLE ${k.table} ALTER CONSTRAINT ${k.name} NOT DEFERRABLE`);
  for (const table of putOff.enable) await session.exec(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
}

export async function loadPostgresSource(
  session: CopyOutSession,
  source: CheckedSource,
  skips: readonly CloneSkip[],
  options: PostgresLoadOptions,
): Promise<LoadReport> {
  const roles = new Set((await session.query<{ rolname: string }>('SELECT rolname FROM pg_catalog.pg_roles')).map((r) => r.rolname));
  const skipped: SkippedStatement[] = [];
  // Settings the server does not know are recorded after what the plan leaves out, as read.
  const unknownSettings: SkippedStatement[] = [];
  // Roles are checked now, before anything loads; the statements are then read (a large source: streamed) as they run.
  const load = loadStatements(source, { existing: roles, owner: options.owner }, skips, options.extensions, skipped);
  let statements = 0;
  await options.createExtensions(engineExtensions(source, options.extensions));
  const outsideBefore = options.outsideCensus ? await options.outsideCensus() : null;
  // One snapshot for the whole load: the census in it before and after differs only by what the load did.
  await session.exec('BEGIN ISOLATION LEVEL REPEATABLE READ');
  let copies = 0;
  let ownBefore: Census = new Map();
  try {
    ownBefore = await takeCensus(session);
    if (options.switchToOwner) await session.exec(`SET LOCAL ROLE ${quoteIdent(options.owner)}`);
    // The parser that checked the source reads strings this way; so must the server.
    await session.exec(READ_AS_CHECKED);
    // Keys deferred by DISABLE TRIGGER ALL: NOT DEFERRABLE ones made deferrable for the load, put back at its end.
    const putOff: PutOff = { keys: new Map(), enable: new Set() };
    const pending = new PendingStatements(session, source.file);
    for (const s of load) {
      statements++;
      if (!s.triggersAll && !s.copy && s.kind !== 'SET') {
        await pending.add(s);
        continue;
      }
      await pending.flush();
      try {
        const ran = await runApart(session, s, options, putOff);
        if (ran === 'copy') copies++;
        else if (ran !== null) unknownSettings.push(ran);
      } catch (error) {
        throw statementFailed(s, source.file, error);
      }
    }
    await pending.flush();
    if (putOff.keys.size > 0 || putOff.enable.size > 0) await checkDeferredKeys(session, source, putOff);
    // Deferred triggers (a constraint trigger INITIALLY DEFERRED) fire now, as the owner, where the census sees what they do.
    await fireDeferred(session, source);
    if (options.switchToOwner) await session.exec('RESET ROLE');
    await nothingChangedOutside(session, source, ownBefore, outsideBefore, options);
    // A trigger may defer more as it fires: that fires at the COMMIT (as the role that queued it), and is compared after it.
    await session.exec('COMMIT');
  } catch (error) {
    if (session.inTransaction()) await bestEffort('rolling back the clone source load', () => session.exec('ROLLBACK'));
    throw error;
  }
  // A dump empties search_path and sets other session state; what runs next runs in a clean session.
  await session.exec('SET SESSION AUTHORIZATION DEFAULT; RESET ALL; SELECT pg_catalog.pg_advisory_unlock_all()');
  await nothingChangedOutside(session, source, ownBefore, outsideBefore, options, 'committed');
  return { statements: statements - copies, copies, skipped: [...skipped, ...unknownSettings] };
}

/** Fires the triggers the load deferred to its end: a failing one fails the load, named. */
async function fireDeferred(session: CopyOutSession, source: CheckedSource): Promise<void> {
  try {
    await session.exec('SET CONSTRAINTS ALL IMMEDIATE');
  } catch (error) {
    throw new CloneSourceError(source.file, null, `a deferred constraint or trigger fails at the end of the load: ${firstLine(error)}`);
  }
}

/**
 * A statement the load runs on its own (not with the pending ones): DISABLE/ENABLE TRIGGER ALL its way,
 * a COPY's rows, a SET. `'copy'`: a COPY ran; a SET the server does not know is left out and returned.
 */
async function runApart(
  session: CopyOutSession,
  s: CloneStatement,
  options: PostgresLoadOptions,
  putOff: PutOff,
): Promise<'copy' | SkippedStatement | null> {
  if (s.triggersAll) {
    await triggersAll(session, s.triggersAll, putOff);
    return null;
  }
  if (s.copy) {
    // PGlite takes COPY data through a file of its own in-memory file system, which only a
    // superuser may read: the rows go in as the session's own role, then the owner again.
    if (options.switchToOwner) await session.exec('RESET ROLE');
    await session.copyIn(s.text, s.copy.chunks());
    // The rows fired the table's triggers, which may have changed how the next statement is read.
    await session.exec(READ_AS_CHECKED);
    if (options.switchToOwner) await session.exec(`SET LOCAL ROLE ${quoteIdent(options.owner)}`);
    return 'copy';
  }
  // A SET (the other statements went with the pending ones). A newer pg_dump sets parameters an older
  // server does not know (transaction_timeout): a session setting it cannot take is left out, and recorded.
  const unknown = await setOrSkip(session, s.text);
  // A setting of how text is read (client_encoding) is put back at once: the next text is read as checked.
  await session.exec(READ_AS_CHECKED);
  return unknown
    ? { ...(s.file ? { file: s.file } : {}), line: s.line, kind: s.kind, reason: `the server does not know this setting: ${unknown}` }
    : null;
}

/** The census in the load's snapshot (and outside it, where there is an outside) as it was before the load: else the load is refused. */
async function nothingChangedOutside(
  session: CopyOutSession,
  source: CheckedSource,
  ownBefore: Census,
  outsideBefore: Census | null,
  options: PostgresLoadOptions,
  /** `committed`: read after the load's COMMIT, which cannot be rolled back (the clone is dropped). */
  when: 'in the load' | 'committed' = 'in the load',
): Promise<void> {
  const outside = outsideBefore && options.outsideCensus;
  // After the COMMIT, out of any transaction, the session sees what the outside census sees, and reads no part it cannot.
  const own = when === 'committed' && outside ? [] : censusChanges(ownBefore, await takeCensus(session), options.own);
  const changes = [...own, ...(outside ? censusChanges(outsideBefore, await options.outsideCensus(), options.own) : [])];
  if (changes.length === 0) return;
  const listed = [...new Set(changes)];
  throw new CloneSourceError(
    source.file,
    null,
    `the clone source changed state outside the clone's database${when === 'committed' ? ' as its load committed (a trigger deferred to the end)' : ''}, or another session did while it loaded (${listed.slice(0, 5).join('; ')}${listed.length > 5 ? '; …' : ''}); ${when === 'committed' ? 'the clone is dropped' : 'its load was rolled back'}`,
  );
}

/**
 * The extensions the engine creates before the load, each in the schema the source creates it in
 * (which must exist before the load: `public`, or `pg_catalog`).
 */
function engineExtensions(source: CheckedSource, names: readonly string[]): { name: string; schema: string }[] {
  return names.map((name) => {
    const created = source.extensions.find((e) => e.name === name);
    const schema = created?.schema ?? 'public';
    if (created && !['public', 'pg_catalog'].includes(schema)) {
      throw new CloneSourceError(
        created.file ?? source.file,
        created.line,
        `CREATE EXTENSION ${name}: clone_from.extensions has the engine create it before the load, in a schema that exists then (public); the clone source creates it in schema ${schema}`,
      );
    }
    return { name, schema };
  });
}

/** Runs a SET in a savepoint; an unknown parameter rolls back to it and is returned, not thrown. */
async function setOrSkip(session: CopyOutSession, sql: string): Promise<string | null> {
  await session.exec('SAVEPOINT rehearse_load_setting');
  try {
    await session.exec(sql);
  } catch (error) {
    if ((error as { code?: string }).code !== '42704') throw error;
    await session.exec('ROLLBACK TO SAVEPOINT rehearse_load_setting');
    return firstLine(error);
  } finally {
    if (session.inTransaction())
      await bestEffort('releasing the clone source load savepoint', () => session.exec('RELEASE SAVEPOINT rehearse_load_setting'));
  }
  return null;
}

/** Checks and loads a clone source's text into a clone, as RX-0 does (the engine also checks extensions first). */
export async function loadCloneSourceText(
  clone: Clone,
  text: string,
  file: string,
  skips: readonly CloneSkip[] = [],
  extensions: readonly string[] = [],
): Promise<LoadReport> {
  await loadParser();
  return clone.loadSource(checkCloneSource(text, file, clone.capabilities.dialect, skips), skips, extensions);
}
