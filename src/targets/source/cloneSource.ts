/**
 * A clone source (`clone_from.sql`) checked before anything runs: every statement classified
 * (Postgres: by libpg-query, the scanner splitting statements and COPY data kept as data;
 * SQLite: by its first words, then by SQLite itself as it is prepared), what acts beyond the
 * clone refused or — where the plan's `clone_from.skip` asks — skipped and recorded in RX-0.
 * Roles a statement names are checked against the clone once it exists.
 */
import type { CloneSkip } from '../../plan/loadPlan.ts';
import { scanSync } from 'libpg-query';
import { classifyStatement, stringsOff, type Verdict } from './classifyCloneStatement.ts';
import { CloneSourceError } from './cloneSourceError.ts';
import { splitPostgresSource, type SourceItem } from './splitPostgresSource.ts';
import { splitSqliteSource } from './splitSqliteSource.ts';
import { parsePragma, pragmaInSourceRefusal } from '../../boundary/sqlitePragma.ts';

export type SourceDialect = 'postgres' | 'sqlite';

/** A statement the load runs. */
export interface CloneStatement {
  /** The file it is in, where a clone source is more than one file. */
  readonly file?: string;
  readonly line: number;
  readonly kind: string;
  readonly text: string;
  /** `COPY … FROM stdin` data (Postgres). */
  readonly copy?: Uint8Array;
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
  readonly copy?: Uint8Array;
  readonly verdict: Verdict;
  /** Postgres: whether it turns standard_conforming_strings off (`true`) or back on (`false`). */
  readonly strings?: boolean | null;
}

/** A clone source that passed the static check. */
export interface CheckedSource {
  readonly file: string;
  readonly dialect: SourceDialect;
  readonly entries: readonly Entry[];
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

const PSQL_SETTINGS = new Set([
  'ON_ERROR_STOP',
  'ON_ERROR_ROLLBACK',
  'ECHO',
  'ECHO_HIDDEN',
  'QUIET',
  'VERBOSITY',
  'SHOW_CONTEXT',
  'AUTOCOMMIT',
]);

/** A meta-command's arguments as psql splits them: at white space outside quotes (`"My Db"` is one). */
export function metaArguments(text: string): string[] {
  return text.match(/(?:"(?:[^"]|"")*"?|'(?:[^'\\]|\\.)*'?|[^\s"']+)+/g) ?? [];
}

/** The database a `\connect` names (`-` and none: the current one), and the user if one is named. */
function connectTarget(args: string[]): { database: string | null; user: string | null } {
  const [first, second] = args.filter((a) => !a.startsWith('-reuse-previous'));
  const unquote = (s: string | undefined) => (s === undefined || s === '-' ? null : s.replace(/^"(.*)"$/s, '$1').replaceAll('""', '"'));
  const conninfo = first && /dbname\s*=/.test(first) ? (/dbname\s*=\s*'?([^' ]+)'?/.exec(unquote(first) ?? '')?.[1] ?? null) : null;
  return { database: conninfo ?? unquote(first), user: unquote(second) };
}

/** psql meta-commands: the harmless ones skipped, `\connect` a database command, the rest (files, programs, variables) refused. */
function classifyMeta(text: string): Verdict {
  const [command = '', ...args] = metaArguments(text.slice(1).trim());
  const kind = `\\${command}`;
  switch (command) {
    case 'restrict':
    case 'unrestrict':
      return {
        action: 'skip',
        kind,
        reason: "psql's guard against loading into another server than the one dumped; the clone is a server of its own",
      };
    case 'echo':
    case 'qecho':
    case 'warn':
    case 'timing':
    case 'pset':
      return { action: 'skip', kind, reason: 'psql output only' };
    case 'set':
    case 'unset':
      return PSQL_SETTINGS.has(args[0] ?? '')
        ? { action: 'skip', kind, reason: 'a psql setting' }
        : {
            action: 'refuse',
            kind,
            reason: 'sets a psql variable the script may interpolate into its SQL, which cannot then be classified',
          };
    case 'encoding':
      return /^utf-?8$/i.test(args[0] ?? '')
        ? { action: 'skip', kind, reason: 'the clone is loaded as UTF-8' }
        : { action: 'refuse', kind, reason: 'the clone source is read as UTF-8' };
    case 'connect':
    case 'c': {
      const { database, user } = connectTarget(args);
      if (database !== null)
        return {
          action: 'skippable',
          kind: `\\connect ${database}`,
          category: 'database',
          reason: 'connects to another database: a clone is one database',
        };
      return user === null
        ? { action: 'skip', kind, reason: 'connects to the same database again' }
        : { action: 'roles', kind, roles: [user], category: 'owner' };
    }
    default:
      return {
        action: 'refuse',
        kind,
        reason: 'is a psql meta-command that reads or writes files, runs programs or changes what psql sends; a clone source runs SQL only',
      };
  }
}

/**
 * SQLite statements by their first words: what reaches other files is refused, transaction control
 * skipped; a PRAGMA by its name as SQLite reads it, from an allow-list (boundary/sqlitePragma.ts).
 */
function classifySqlite(words: readonly string[], text: string): Verdict {
  const [first = ''] = words;
  if (first === 'ATTACH' || first === 'DETACH')
    return { action: 'refuse', kind: first, reason: 'opens another database file, outside the clone' };
  if (first === 'VACUUM' && words.includes('INTO'))
    return { action: 'refuse', kind: 'VACUUM INTO', reason: 'writes a database file outside the clone' };
  const pragma = parsePragma(text);
  if (pragma) {
    const refused = pragmaInSourceRefusal(pragma);
    return refused
      ? { action: 'refuse', kind: `PRAGMA ${pragma.name}`, reason: refused }
      : { action: 'run', kind: `PRAGMA ${pragma.name}` };
  }
  if (first === 'PRAGMA') return { action: 'refuse', kind: 'PRAGMA', reason: 'names no pragma SQLite would read' };
  if (first === 'ROLLBACK' && !words.includes('TO'))
    return {
      action: 'refuse',
      kind: 'ROLLBACK',
      reason: 'the clone source is loaded in one transaction of its own, and cannot undo part of itself',
    };
  if (['BEGIN', 'COMMIT', 'END'].includes(first))
    return { action: 'skip', kind: first, reason: 'the clone source is loaded in one transaction of its own' };
  return { action: 'run', kind: first || 'statement' };
}

function entriesOf(text: string, file: string, dialect: SourceDialect): Entry[] {
  if (dialect === 'sqlite')
    return splitSqliteSource(text).map((p) => ({ line: p.line, text: p.text, verdict: classifySqlite(p.words, p.text) }));
  return splitPostgresSource(text, file).map((item: SourceItem): Entry => {
    if (item.kind === 'meta') return { line: item.line, text: item.text, verdict: classifyMeta(item.text) };
    const verdict = classifyStatement(item.stmt, item.text);
    const strings = stringsOff(item.stmt);
    return item.kind === 'copy'
      ? { line: item.line, text: item.text, copy: item.data, verdict, strings }
      : { line: item.line, text: item.text, verdict, strings };
  });
}

/**
 * A `SET standard_conforming_strings = off` (older dumps and tools write it) is kept out of the
 * load, which reads the file as the parser that checked it did — with the setting on — where that
 * reads every statement alike: when no plain string literal (`'…'`, not `E'…'` nor dollar-quoted)
 * from the SET to the next `SET … = on` or `RESET` holds a backslash. The two readings differ only
 * from the first such backslash on. Otherwise the first such literal is refused, saying what to do.
 */
function refuseStringsOff(entries: readonly Entry[]): Entry[] {
  let off: Entry | null = null;
  return entries.map((entry) => {
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
  });
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

/**
 * Splits and classifies a clone source; refuses it (naming the file, the line and the
 * statement) if a statement acts beyond the clone and the plan does not skip it.
 * Call `loadParser()` first.
 */
export function checkCloneSource(text: string, file: string, dialect: SourceDialect, skips: readonly CloneSkip[]): CheckedSource {
  return checkCloneSourceFiles([{ text, file }], dialect, skips);
}

/** A clone source of several files (`clone_from.sql` a list), read one after the other as psql -f reads them in one session. */
export function checkCloneSourceFiles(
  files: readonly { readonly text: string; readonly file: string }[],
  dialect: SourceDialect,
  skips: readonly CloneSkip[],
): CheckedSource {
  const file = files[0]!.file;
  // A byte-order mark some editors write is no part of the SQL.
  const entries = refuseStringsOff(
    files.flatMap((f) =>
      entriesOf(f.text.replace(/^\uFEFF/, ''), f.file, dialect).map((e) => (files.length > 1 ? { ...e, file: f.file } : e)),
    ),
  );
  const refused = entries.filter(
    (e) => e.verdict.action === 'refuse' || (e.verdict.action === 'skippable' && !skips.includes(e.verdict.category)),
  );
  const first = refused[0];
  if (first) {
    const v = first.verdict;
    const problem = v.action === 'skippable' ? `${v.kind} ${v.reason}; ${HINTS[v.category]}` : `${v.kind} ${'reason' in v ? v.reason : ''}`;
    throw refusal(file, first, problem, refused.length - 1);
  }
  const databases = new Set(
    entries.flatMap((e) => (e.verdict.action === 'skippable' && e.verdict.kind.startsWith('\\connect ') ? [e.verdict.kind.slice(9)] : [])),
  );
  if (databases.size > 1) {
    const second = entries.filter((e) => e.verdict.kind.startsWith('\\connect '))[1] ?? entries[0]!;
    throw refusal(
      file,
      second,
      `the script loads more than one database (${[...databases].join(', ')}): a clone holds one; split the script`,
      0,
    );
  }
  const extensions = entries.flatMap((e) =>
    e.verdict.action === 'run' && e.verdict.extension
      ? [{ ...e.verdict.extension, line: e.line, ...(e.file ? { file: e.file } : {}) }]
      : [],
  );
  return { file, dialect, entries, extensions };
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
  const statements: CloneStatement[] = [];
  const skipped: SkippedStatement[] = [];
  const refused: { entry: Entry; problem: string }[] = [];
  for (const entry of source.entries) {
    const v = entry.verdict;
    if (v.action === 'skip' || v.action === 'skippable') {
      skipped.push({
        ...(entry.file ? { file: entry.file } : {}),
        line: entry.line,
        kind: v.kind,
        reason: v.action === 'skippable' ? `clone_from.skip holds "${v.category}": ${v.reason}` : v.reason,
      });
      continue;
    }
    if (v.action === 'run' && v.extension && engineExtensions.includes(v.extension.name)) {
      skipped.push({
        ...(entry.file ? { file: entry.file } : {}),
        line: entry.line,
        kind: v.kind,
        reason: 'clone_from.extensions: the engine created it before the load',
      });
      continue;
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
        if (v.category !== null && skips.includes(v.category)) {
          skipped.push({
            ...(entry.file ? { file: entry.file } : {}),
            line: entry.line,
            kind: v.kind,
            reason: `clone_from.skip holds "${v.category}": ${named}`,
          });
          continue;
        }
        refused.push({
          entry,
          problem: `${v.kind} ${named}; ${v.category === null ? "leave the AUTHORIZATION out, so that the clone's owner owns the schema" : HINTS[v.category]}`,
        });
        continue;
      }
    }
    statements.push({
      ...(entry.file ? { file: entry.file } : {}),
      line: entry.line,
      kind: v.kind,
      text: entry.text,
      ...(entry.copy ? { copy: entry.copy } : {}),
      ...(v.action === 'run' && v.triggersAll ? { triggersAll: v.triggersAll } : {}),
    });
  }
  if (refused.length > 0) throw refusal(source.file, refused[0]!.entry, refused[0]!.problem, refused.length - 1);
  return { statements, skipped };
}
