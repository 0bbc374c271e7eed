/**
 * What a clone source may hold besides the statements of its SQL dialect: psql's meta-commands (the
 * harmless ones skipped, `\connect` a database command, the rest refused), and SQLite's statements
 * by their first words (files other than the clone refused, transaction control skipped, a PRAGMA
 * by the allow-list).
 */
import type { Verdict } from './classifyCloneStatement.ts';
import { parsePragma, pragmaInSourceRefusal } from '../boundary/sqlitePragma.ts';

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
export function classifyMeta(text: string): Verdict {
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

/** What a statement SQLite cannot read is told when it looks like a line of a Postgres script. */
export const POSTGRES_HINT = ' (this looks like a Postgres script: it needs a pglite: or postgres:// target)';

/** Whether a piece looks like a line of a Postgres script (a psql command, SET, COPY, a Postgres-only CREATE), comments aside. */
export function looksLikePostgres(text: string): boolean {
  return /^\s*(\\|(SET|COPY|CREATE (EXTENSION|SCHEMA|SEQUENCE|DOMAIN|TYPE))\b|SELECT pg_catalog\.)/i.test(
    text.replace(/^(\s*--[^\n]*\n)*/, ''),
  );
}

/**
 * The keywords a SQLite statement starts with — every statement of SQLite's grammar but ATTACH,
 * DETACH and EXPLAIN, which the classifier refuses by name. A piece that starts with none of them
 * is not a statement SQLite reads: it is refused (a statement SQLite would read another way is one
 * the classifier never judged).
 */
const SQLITE_STATEMENTS = new Set([
  'ALTER',
  'ANALYZE',
  'BEGIN',
  'COMMIT',
  'CREATE',
  'DELETE',
  'DROP',
  'END',
  'INSERT',
  'PRAGMA',
  'REINDEX',
  'RELEASE',
  'REPLACE',
  'ROLLBACK',
  'SAVEPOINT',
  'SELECT',
  'UPDATE',
  'VACUUM',
  'VALUES',
  'WITH',
]);

/**
 * A piece's first words as SQLite's tokenizer reads them: a word ends where an identifier ends (a
 * letter, digit, `_`, `$` or any character beyond ASCII), and any other character is a token of its
 * own. `ATTACH+'file'` is ATTACH, then `+` (an attacker's review: read as one word `ATTACH+`, it
 * was no ATTACH to the classifier, and SQLite attached the file).
 */
export function sqliteTokens(words: readonly string[]): string[] {
  return words.flatMap((w) => w.match(/[A-Za-z0-9_$\u0080-\uffff]+|[^A-Za-z0-9_$\u0080-\uffff]/g) ?? []);
}

/**
 * SQLite statements by their first tokens: what reaches other files is refused, and EXPLAIN (SQLite
 * applies some PRAGMAs as it compiles them); transaction control skipped; a PRAGMA by its name as
 * SQLite reads it, from an allow-list (boundary/sqlitePragma.ts); a piece that starts with no
 * statement keyword refused.
 */
export function classifySqlite(words: readonly string[], text: string): Verdict {
  const tokens = sqliteTokens(words);
  const [first = ''] = tokens;
  if (first === 'ATTACH' || first === 'DETACH')
    return { action: 'refuse', kind: first, reason: 'opens another database file, outside the clone' };
  if (first === 'EXPLAIN')
    return {
      action: 'refuse',
      kind: 'EXPLAIN',
      reason: 'compiles a statement without running it, and SQLite applies some PRAGMAs as it compiles them (a dump holds no EXPLAIN)',
    };
  if (first === 'VACUUM' && tokens.includes('INTO'))
    return { action: 'refuse', kind: 'VACUUM INTO', reason: 'writes a database file outside the clone' };
  const pragma = parsePragma(text);
  if (pragma) {
    const refused = pragmaInSourceRefusal(pragma);
    return refused
      ? { action: 'refuse', kind: `PRAGMA ${pragma.name}`, reason: refused }
      : { action: 'run', kind: `PRAGMA ${pragma.name}` };
  }
  if (first === 'PRAGMA') return { action: 'refuse', kind: 'PRAGMA', reason: 'names no pragma SQLite would read' };
  if (first === 'ROLLBACK' && !tokens.includes('TO'))
    return {
      action: 'refuse',
      kind: 'ROLLBACK',
      reason: 'the clone source is loaded in one transaction of its own, and cannot undo part of itself',
    };
  if (['BEGIN', 'COMMIT', 'END'].includes(first))
    return { action: 'skip', kind: first, reason: 'the clone source is loaded in one transaction of its own' };
  if (!SQLITE_STATEMENTS.has(first))
    return {
      action: 'refuse',
      kind: first || 'statement',
      reason: `is not a keyword a SQLite statement starts with, as SQLite reads it${looksLikePostgres(text) ? POSTGRES_HINT : ''}`,
    };
  return { action: 'run', kind: first };
}
