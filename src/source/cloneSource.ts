/**
 * A clone source (`clone_from.sql`) checked before anything runs: every statement classified
 * (Postgres: by libpg-query, the scanner splitting statements and COPY data kept as data;
 * SQLite: by its first words, then by SQLite itself as it is prepared), what acts beyond the
 * clone refused or — where the plan's `clone_from.skip` asks — skipped and recorded in RX-0.
 * Roles a statement names are checked against the clone once it exists.
 */
import type { CloneSkip } from './cloneSkips.ts';
import { scanSync } from 'libpg-query';
import { classifyStatement, stringsOff, type Verdict } from './classifyCloneStatement.ts';
import { CloneSourceError } from './cloneSourceError.ts';
import { statSync } from 'node:fs';
import { postgresSourceItems, type CopyData } from './splitPostgresSource.ts';
import { splitSqliteSource } from '../sql/splitSqliteSource.ts';
import { FileLines, textLines, type SourceLines } from './sourceLines.ts';
import { defined } from '../util/defined.ts';
import { classifyMeta, classifySqlite } from './classifyMetaAndSqlite.ts';

export type SourceDialect = 'postgres' | 'sqlite';

/** A statement the load runs. */
export interface CloneStatement {
  /** The file it is in, where a clone source is more than one file. */
  readonly file?: string;
  readonly line: number;
  readonly kind: string;
  readonly text: string;
  /** `COPY … FROM stdin` data (Postgres). */
  readonly copy?: CopyData;
  /** `ALTER TABLE t DISABLE|ENABLE TRIGGER ALL` (Postgres), run as the load's own way of it. */
  readonly triggersAll?: { readonly table: string; readonly enable: boolean };
}

export interface SkippedStatement {
  /** The file it is in, where a clone source is more than one file. */
  readonly file?: string;
  readonly line: number;
  readonly kind: string;
  readonly reason: string;
}

export interface Entry {
  /** The file it is in, where a clone source is more than one file. */
  readonly file?: string;
  readonly line: number;
  readonly text: string;
  readonly copy?: CopyData;
  readonly verdict: Verdict;
  /** Postgres: whether it turns standard_conforming_strings off (`true`) or back on (`false`). */
  readonly strings?: boolean | null;
}

/** What loading a clone source did: statements run, COPYs, and what was left out. */
export interface LoadReport {
  readonly statements: number;
  readonly copies: number;
  readonly skipped: readonly SkippedStatement[];
}

/** A clone source that passed the static check. */
export interface CheckedSource {
  readonly file: string;
  readonly dialect: SourceDialect;
  /**
   * Its entries in order. A source of at most HOLD_BYTES is held from the check; a larger one is
   * read again from its files as a stream (its COPY data too), each entry checked again as it is
   * read and each file's bytes held to those checked: a file changed since fails the reading.
   */
  entries(): Iterable<Entry>;
  /** Its size in bytes (the files' sizes; a held text's UTF-8 length). */
  readonly bytes: number;
  /** The entries that name roles, whose fate depends on the clone's roles (planLoad checks them before a load). */
  readonly roleEntries: readonly Entry[];
  /** Extensions it creates, with the line of each CREATE EXTENSION and the schema it names (`null`: none). */
  readonly extensions: readonly { readonly name: string; readonly line: number; readonly schema: string | null; readonly file?: string }[];
}

/** What a clone can run of a checked source: in order, and what is left out and why. */
export interface LoadPlan {
  readonly statements: readonly CloneStatement[];
  readonly skipped: readonly SkippedStatement[];
}

const HINTS: Readonly<Record<CloneSkip, string>> = {
  database:
    'to leave out the script\'s own database commands and load it into the clone, add "skip": ["database"] to clone_from (rehearsal-plan/v2) or run with --skip database',
  roles:
    'to leave the roles out, add "skip": ["roles"] to clone_from (rehearsal-plan/v2) or run with --skip roles; or create the roles on the server first',
  owner:
    'add "skip": ["owner"] to clone_from (rehearsal-plan/v2) or run with --skip owner, to leave out ownership and role switches naming other roles, as pg_restore --no-owner does',
  acl: 'create the role on the server, or add "skip": ["acl"] to clone_from (rehearsal-plan/v2) or run with --skip acl, to leave out privileges, policies and user mappings naming roles the clone does not have, as pg_restore --no-acl does for privileges',
};

function* entriesOf(lines: SourceLines, file: string, dialect: SourceDialect, hold: boolean): Generator<Entry> {
  if (dialect === 'sqlite') {
    // SQLite sources are split whole (the splitter follows SQLite's own rules over the text).
    const text: string[] = [];
    for (let next = lines.next(); !next.done; next = lines.next()) text.push(next.value);
    for (const p of splitSqliteSource(text.join('\n'))) yield { line: p.line, text: p.text, verdict: classifySqlite(p.words, p.text) };
    return;
  }
  for (const item of postgresSourceItems(lines, file, hold)) {
    if (item.kind === 'meta') {
      yield { line: item.line, text: item.text, verdict: classifyMeta(item.text) };
      continue;
    }
    const verdict = classifyStatement(item.stmt, item.text);
    const strings = stringsOff(item.stmt);
    yield item.kind === 'copy'
      ? { line: item.line, text: item.text, copy: item.data, verdict, strings }
      : { line: item.line, text: item.text, verdict, strings };
  }
}

/**
 * A `SET standard_conforming_strings = off` (older dumps and tools write it) is kept out of the
 * load, which reads the file as the parser that checked it did — with the setting on — where that
 * reads every statement alike: when no plain string literal (`'…'`, not `E'…'` nor dollar-quoted)
 * from the SET to the next `SET … = on` or `RESET` holds a backslash. The two readings differ only
 * from the first such backslash on. Otherwise the first such literal is refused, saying what to do.
 */
function stringsOffGuard(): (entry: Entry) => Entry {
  let off: Entry | null = null;
  return (entry) => {
    if (entry.strings === true || entry.strings === false) {
      off = entry.strings ? entry : null;
      return entry;
    }
    if (off === null || entry.strings === undefined || !plainLiteralWithBackslash(entry.text)) return entry;
    const where = off.file !== entry.file && off.file ? `${off.file}:${off.line}` : `line ${off.line}`;
    return {
      ...entry,
      verdict: {
        action: 'refuse',
        kind: 'a string literal holding a backslash',
        reason: `read with standard_conforming_strings off (${where}), where a backslash in '…' is an escape and the parser that checks the file reads it as a character: dump it again with a pg_dump of 9.1 or later (which writes standard_conforming_strings = on), or write such literals as E'…'`,
      },
    };
  };
}

function plainLiteralWithBackslash(sql: string): boolean {
  if (!sql.includes('\\')) return false;
  try {
    return scanSync(sql).tokens.some((t) => t.tokenName === 'SCONST' && t.text.startsWith("'") && t.text.includes('\\'));
  } catch {
    // A text the scanner cannot read (the parser read it) is not taken as harmless.
    return true;
  }
}

function refusal(file: string, entry: Entry, problem: string, others: number): CloneSourceError {
  file = entry.file ?? file;
  const more = others > 0 ? ` (${others} more statement${others === 1 ? ' of the file is' : 's of the file are'} refused too)` : '';
  return new CloneSourceError(file, entry.line, `${problem}${more}`);
}

/** One file of a clone source: its text, or (no text) the file `file` itself, read as a stream. */
export interface SourceFile {
  readonly file: string;
  readonly text?: string;
}

/** Sources up to this size are held in memory from their check to their load (read once); larger ones are read again, streamed. */
export const HOLD_BYTES = 32 * 2 ** 20;

/**
 * Splits and classifies a clone source; refuses it (naming the file, the line and the
 * statement) if a statement acts beyond the clone and the plan does not skip it.
 * Call `loadParser()` first.
 */
export function checkCloneSource(text: string, file: string, dialect: SourceDialect, skips: readonly CloneSkip[]): CheckedSource {
  return checkCloneSourceFiles([{ text, file }], dialect, skips);
}

/** The entries of a source's files in order, as psql -f reads files one after the other in one session. */
function* readEntries(
  files: readonly SourceFile[],
  dialect: SourceDialect,
  hold: boolean,
  read: (file: string, sha256: string | null) => void,
): Generator<Entry> {
  const guard = stringsOffGuard();
  for (const f of files) {
    // A byte-order mark some editors write is no part of the SQL.
    const lines = f.text === undefined ? new FileLines(f.file) : textLines(f.text.replace(/^\uFEFF/, ''));
    try {
      for (const entry of entriesOf(lines, f.file, dialect, hold)) yield guard(files.length > 1 ? { ...entry, file: f.file } : entry);
      read(f.file, lines instanceof FileLines ? lines.digest() : null);
    } finally {
      if (lines instanceof FileLines) lines.close();
    }
  }
}

/** Why an entry is refused whatever the clone's roles (`null`: it is not). */
function refusedProblem(entry: Entry, skips: readonly CloneSkip[]): string | null {
  const v = entry.verdict;
  if (v.action === 'skippable' && !skips.includes(v.category)) return `${v.kind} ${v.reason}; ${HINTS[v.category]}`;
  return v.action === 'refuse' ? `${v.kind} ${v.reason}` : null;
}

/** The `\connect`s of a source: a clone holds one database. */
function connectGuard(file: string): (entry: Entry) => void {
  const databases = new Set<string>();
  return (entry) => {
    const v = entry.verdict;
    if (v.action !== 'skippable' || !v.kind.startsWith('\\connect ')) return;
    databases.add(v.kind.slice(9));
    if (databases.size > 1)
      throw refusal(
        file,
        entry,
        `the script loads more than one database (${[...databases].join(', ')}): a clone holds one; split the script`,
        0,
      );
  };
}

/**
 * A clone source of one or more files, read one after the other as psql -f reads them in one
 * session. Files without text are read as streams, never whole; a source over `holdBytes` is not
 * held in memory (its load reads it again).
 */
export function checkCloneSourceFiles(
  files: readonly SourceFile[],
  dialect: SourceDialect,
  skips: readonly CloneSkip[],
  holdBytes: number = HOLD_BYTES,
): CheckedSource {
  const file = defined(files[0], 'the first clone source file').file;
  const bytes = files.reduce((sum, f) => sum + (f.text === undefined ? statSync(f.file).size : Buffer.byteLength(f.text)), 0);
  const held: Entry[] | null = bytes <= holdBytes ? [] : null;
  const digests = new Map<string, string | null>();
  let first: { entry: Entry; problem: string } | null = null;
  let others = 0;
  const connects = connectGuard(file);
  const extensions: CheckedSource['extensions'][number][] = [];
  const roleEntries: Entry[] = [];
  for (const entry of readEntries(files, dialect, held !== null, (f, sha) => digests.set(f, sha))) {
    held?.push(entry);
    const problem = refusedProblem(entry, skips);
    if (problem !== null) {
      if (first === null) first = { entry, problem };
      else others++;
      continue;
    }
    if (first === null) connects(entry);
    const v = entry.verdict;
    if (v.action === 'run' && v.extension)
      extensions.push({ ...v.extension, line: entry.line, ...(entry.file ? { file: entry.file } : {}) });
    if (v.action === 'roles') roleEntries.push(entry);
  }
  if (first !== null) throw refusal(file, first.entry, first.problem, others);
  /** The source read again: each entry checked again, each file's bytes those checked. */
  function* reread(): Generator<Entry> {
    const again = connectGuard(file);
    const changed = (f: string, sha: string | null) => {
      if (sha !== digests.get(f))
        throw new CloneSourceError(f, null, 'the file changed while the rehearsal read it (its bytes are not those checked); run it again');
    };
    for (const entry of readEntries(files, dialect, false, changed)) {
      const problem = refusedProblem(entry, skips);
      if (problem !== null) throw refusal(file, entry, problem, 0);
      again(entry);
      yield entry;
    }
  }
  return { file, dialect, bytes, entries: () => held ?? reread(), roleEntries, extensions };
}

/** Refuses a source whose extensions the target lacks, naming the first such CREATE EXTENSION. */
export function checkExtensions(source: CheckedSource, missing: readonly string[], target: string): void {
  const first = source.extensions.find((e) => missing.includes(e.name));
  if (first) {
    throw new CloneSourceError(
      first.file ?? source.file,
      first.line,
      `CREATE EXTENSION ${first.name}: target ${target} does not have extension ${missing.join(', ')}`,
    );
  }
}

/** The roles a clone has: every role of its server, and the one that owns what the clone source defines. */
export interface CloneRoleNames {
  readonly existing: ReadonlySet<string>;
  readonly owner: string;
}

/**
 * What the clone runs of a checked source, given the roles it has (`null`: a backend without
 * roles): a statement naming a role the clone lacks is skipped where the plan skips its
 * category, and refused otherwise. Ownership and role switches may name the clone's owner only:
 * what the source defines belongs to it, and given to another role would run as that one.
 * `engineExtensions`: the extensions the engine creates before the load (their CREATE EXTENSION
 * is left out).
 */
export function planLoad(
  source: CheckedSource,
  roles: CloneRoleNames | null,
  skips: readonly CloneSkip[],
  engineExtensions: readonly string[] = [],
): LoadPlan {
  const skipped: SkippedStatement[] = [];
  const statements = [...loadStatements(source, roles, skips, engineExtensions, skipped)];
  return { statements, skipped };
}

/**
 * The statements a clone runs of a checked source, in order, as the source is read (a large one
 * streamed: a statement's COPY data is read before the next statement is asked for); what it
 * leaves out is pushed to `skipped`. A statement naming a role the clone lacks is refused here,
 * when it is called, before any statement is read or run.
 */
export function loadStatements(
  source: CheckedSource,
  roles: CloneRoleNames | null,
  skips: readonly CloneSkip[],
  engineExtensions: readonly string[],
  skipped: SkippedStatement[],
): Generator<CloneStatement> {
  checkRoles(source, roles, skips);
  return (function* () {
    for (const entry of source.entries()) {
      const planned = planEntry(source, entry, roles, skips, engineExtensions);
      if ('skipped' in planned) skipped.push(planned.skipped);
      else if ('statement' in planned) yield planned.statement;
    }
  })();
}

/** Refuses a source with a statement naming a role the clone lacks (and a plan that does not skip it), before anything loads. */
export function checkRoles(source: CheckedSource, roles: CloneRoleNames | null, skips: readonly CloneSkip[]): void {
  const refused = source.roleEntries.flatMap((entry) => {
    const planned = planEntry(source, entry, roles, skips, [], false);
    return 'refused' in planned ? [planned.refused] : [];
  });
  const [first] = refused;
  if (first) throw first.error(refused.length - 1);
}

type Planned =
  | { readonly statement: CloneStatement }
  | { readonly skipped: SkippedStatement }
  | { readonly refused: { readonly error: (others: number) => CloneSourceError } };

/**
 * What the clone does with one entry of a checked source: runs it, leaves it out (and why), or
 * — a statement naming a role the clone lacks, where the plan does not skip its category — refuses
 * it (thrown, unless `throwRefusal` is false: checkRoles counts them first).
 */
export function planEntry(
  source: CheckedSource,
  entry: Entry,
  roles: CloneRoleNames | null,
  skips: readonly CloneSkip[],
  engineExtensions: readonly string[],
  throwRefusal = true,
): Planned {
  const v = entry.verdict;
  const where = entry.file ? { file: entry.file } : {};
  if (v.action === 'skip' || v.action === 'skippable') {
    const reason = v.action === 'skippable' ? `clone_from.skip holds "${v.category}": ${v.reason}` : v.reason;
    return { skipped: { ...where, line: entry.line, kind: v.kind, reason } };
  }
  if (v.action === 'run' && v.extension && engineExtensions.includes(v.extension.name)) {
    return {
      skipped: { ...where, line: entry.line, kind: v.kind, reason: 'clone_from.extensions: the engine created it before the load' },
    };
  }
  if (v.action === 'roles' && roles !== null) {
    // Ownership and role switches (CREATE SCHEMA … AUTHORIZATION too) may name the owner only; a
    // DO block's roles need only exist: what it does with them the server judges as it runs.
    const owning = v.category === 'owner' || (v.category === null && v.kind !== 'DO');
    const lacking = v.roles.filter((r) => (owning ? r !== roles.owner : !roles.existing.has(r)));
    if (lacking.length > 0) {
      const list = `role${lacking.length > 1 ? 's' : ''} ${lacking.map((r) => JSON.stringify(r)).join(', ')}`;
      const named = owning
        ? `names ${list}: what the clone source defines belongs to the clone's owner, and may not be given to another role (its code would run as that role)`
        : `names ${list}, which the clone does not have`;
      if (v.category !== null && skips.includes(v.category))
        return { skipped: { ...where, line: entry.line, kind: v.kind, reason: `clone_from.skip holds "${v.category}": ${named}` } };
      const problem = `${v.kind} ${named}; ${v.category === null ? "leave the AUTHORIZATION out, so that the clone's owner owns the schema" : HINTS[v.category]}`;
      const error = (others: number) => refusal(source.file, entry, problem, others);
      if (throwRefusal) throw error(0);
      return { refused: { error } };
    }
  }
  return {
    statement: {
      ...where,
      line: entry.line,
      kind: v.kind,
      text: entry.text,
      ...(entry.copy ? { copy: entry.copy } : {}),
      ...(v.action === 'run' && v.triggersAll ? { triggersAll: v.triggersAll } : {}),
    },
  };
}
