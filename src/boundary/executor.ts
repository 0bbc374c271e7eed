/**
 * The executor as production runs it: an apply file that is a psql script (or a sqlite3 shell
 * script) in the plan's shape — `\set ON_ERROR_STOP on` (`.bail on`), one `BEGIN` as the first
 * statement, one `COMMIT` (or `END`, or `ROLLBACK` for a dry run) as the last, between them the
 * batch — is read here into the batch the boundary judges and the ending the engine runs. Only a
 * short list of client commands without effect may appear besides; anything else is refused
 * naming its line. A file with no client command and no `BEGIN` first is a plain batch, judged as
 * it always was.
 */
import { parseSync, scanSync } from 'libpg-query';
import { defined } from '../util/defined.ts';
import { clientPieces, lineAt, type Piece, sqliteStatementSpans, statementSpans } from './clientScript.ts';

/** A client command (psql's `\…`, sqlite3's `.…`) the executor holds, by line. */
export interface ClientCommand {
  readonly line: number;
  readonly text: string;
}

export interface Executor {
  readonly kind: 'executor';
  /** The client: psql on Postgres, the sqlite3 shell on SQLite. */
  readonly client: 'psql' | 'sqlite3';
  /** The line that makes the client stop on the first error, before the BEGIN; `null` when there is none. */
  readonly stopOnErrorLine: number | null;
  readonly beginLine: number;
  readonly endLine: number;
  /** How the file ends its transaction: `COMMIT` (or `END`), or `ROLLBACK` (a dry run). */
  readonly ending: 'COMMIT' | 'ROLLBACK';
  /** The batch between BEGIN and the ending, at the same lines as in the file (client commands blanked). */
  readonly batch: string;
  /** The client commands the file holds (each on the short list). */
  readonly commands: readonly ClientCommand[];
  /** The statements between BEGIN and the ending, as the server reads them. */
  readonly statements: readonly string[];
  /**
   * sqlite3: the line of its `PRAGMA foreign_keys = ON` before the BEGIN (the shell starts with
   * foreign keys off; the rehearsal's clone enforces them); `null` where it has none, or on psql.
   */
  readonly foreignKeysOnLine: number | null;
}

export type ExecutorReading =
  | { readonly kind: 'plain' }
  | Executor
  | { readonly kind: 'refused'; readonly problems: readonly { readonly line: number; readonly reason: string }[] };

/** The psql commands an executor may hold: none changes what runs or where (`\set` only of these variables). */
const PSQL_QUIET = new Set(['echo', 'qecho', 'warn', 'timing']);
const PSQL_DISPLAY_VARIABLES = new Set(['ECHO', 'ECHO_HIDDEN', 'QUIET', 'VERBOSITY', 'SHOW_CONTEXT']);
/** The sqlite3 dot-commands an executor may hold. */
const SQLITE_QUIET = new Set(['echo', 'print', 'timer']);
const ON = /^(on|true|yes|1)$/i;

type TxKind = 'BEGIN' | 'COMMIT' | 'ROLLBACK' | 'OTHER_TRANSACTION' | null;

/** Whether a statement is transaction control, and which: a BEGIN or ending with options is "other". */
function transactionKind(statement: string, client: 'psql' | 'sqlite3'): TxKind {
  const words = statement
    .replace(/;\s*$/, '')
    .trim()
    .split(/\s+/)
    .map((w) => w.toUpperCase());
  if (client === 'sqlite3') {
    const [first = '', ...rest] = words;
    const after = first === 'BEGIN' && ['DEFERRED', 'IMMEDIATE', 'EXCLUSIVE'].includes(rest[0] ?? '') ? rest.slice(1) : rest;
    const plain = after.length === 0 || (after.length === 1 && after[0] === 'TRANSACTION');
    const kind = ({ BEGIN: 'BEGIN', COMMIT: 'COMMIT', END: 'COMMIT', ROLLBACK: 'ROLLBACK' } as const)[first as 'BEGIN'];
    if (kind) return plain ? kind : 'OTHER_TRANSACTION';
    return first === 'SAVEPOINT' || first === 'RELEASE' ? 'OTHER_TRANSACTION' : null;
  }
  let node: Record<string, unknown> | undefined;
  try {
    const parsed = parseSync(statement) as { stmts: { stmt: Record<string, unknown> }[] };
    node = parsed.stmts.length === 1 ? parsed.stmts[0]?.stmt : undefined;
  } catch {
    return /^(BEGIN|START|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE|PREPARE\s+TRANSACTION)\b/i.test(statement.trim())
      ? 'OTHER_TRANSACTION'
      : null;
  }
  const tx = node?.TransactionStmt as { kind?: string; options?: unknown[]; chain?: boolean } | undefined;
  if (!tx) return null;
  const plain = !tx.options?.length && !tx.chain;
  if (!plain) return 'OTHER_TRANSACTION';
  if (tx.kind === 'TRANS_STMT_BEGIN' || tx.kind === 'TRANS_STMT_START') return 'BEGIN';
  if (tx.kind === 'TRANS_STMT_COMMIT') return 'COMMIT';
  if (tx.kind === 'TRANS_STMT_ROLLBACK') return 'ROLLBACK';
  return 'OTHER_TRANSACTION';
}

/** The Unicode spaces psql and sqlite3 do not read as spaces (a script holding one is refused; a restore script escapes them). */
export const UNICODE_SPACES = /[\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

const UNREADABLE: readonly (readonly [RegExp, string])[] = [
  [/\r(?!\n)/, 'a carriage return not followed by a line feed (the clients and the server end a line or a comment there)'],
  [UNICODE_SPACES, 'a Unicode space, which psql and sqlite3 do not read as a space (in a string, write it as an escape)'],
];

/** Lines the sqlite3 shell reads on its own, whatever statement they are in the middle of. */
const SQLITE3_LINES: readonly (readonly [RegExp, string])[] = [
  [
    /^[ \t]*(\/|go)[ \t]*(\/\*.*\*\/[ \t]*|--.*)?$/im,
    "a line of only '/' or 'go', which the sqlite3 shell reads as the end of a statement",
  ],
  [/^#/m, "a line starting with '#', which the sqlite3 shell skips as a comment"],
];

const asciiTrim = (text: string) => text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');

/** Why a client command may not be in an executor, or `null` when it may; `stopsOnError` when it is the one that stops on the first error. */
function judgeCommand(text: string, client: 'psql' | 'sqlite3'): { refused: string } | { stopsOnError: boolean } {
  if (client === 'sqlite3' && text.startsWith('\\'))
    return { refused: 'a psql command in a SQLite executor, which the sqlite3 shell does not know (its own: .bail on)' };
  if (client === 'psql' && text.startsWith('.'))
    return { refused: 'a sqlite3 dot-command in a Postgres executor, which psql does not know (its own: \\set ON_ERROR_STOP on)' };
  if (client === 'sqlite3') {
    const [name, ...args] = asciiTrim(text)
      .slice(1)
      .split(/[ \t]+/);
    const command = (name ?? '').toLowerCase();
    if (command === 'bail')
      return args.length === 1 && ON.test(args[0] ?? '') ? { stopsOnError: true } : { refused: '.bail other than ".bail on"' };
    return SQLITE_QUIET.has(command)
      ? { stopsOnError: false }
      : { refused: `the sqlite3 command .${command}, not one an executor may hold (.bail on, .echo, .print, .timer)` };
  }
  // psql: a backtick runs a shell command, wherever it is in the line.
  if (text.includes('`')) return { refused: 'a psql command with a backtick (psql runs the text between as a shell command)' };
  // A backslash in its arguments, quoted or not, may start another command (after two, psql sends the rest of the line as SQL).
  if (text.slice(1).includes('\\'))
    return {
      refused:
        "a backslash in a psql command's arguments (psql may read it as the start of another command, or hand the rest of the line to the server)",
    };
  // psql splits arguments at ASCII spaces only: a no-break space is part of a word.
  const [name, ...args] = asciiTrim(text)
    .slice(1)
    .split(/[ \t]+/)
    .filter(Boolean);
  const command = name ?? '';
  if (command === 'set') {
    const [variable, value, ...more] = args;
    if (variable === 'ON_ERROR_STOP')
      return value !== undefined && ON.test(value) && more.length === 0
        ? { stopsOnError: true }
        : { refused: '\\set ON_ERROR_STOP to anything but on' };
    if (variable !== undefined && PSQL_DISPLAY_VARIABLES.has(variable)) return { stopsOnError: false };
    return {
      refused: `\\set ${variable ?? ''}: a variable psql substitutes into SQL or that changes how it runs (only ON_ERROR_STOP and display settings)`,
    };
  }
  return PSQL_QUIET.has(command)
    ? { stopsOnError: false }
    : {
        refused: `the psql command \\${command}, not one an executor may hold (\\set ON_ERROR_STOP on, \\echo, \\qecho, \\warn, \\timing)`,
      };
}

/**
 * Reads an apply file as an executor, a plain batch, or neither (refused, by line). Call after the
 * parser is loaded (classifyBatch's `loadParser`).
 */
export function readExecutor(text: string, dialect: 'postgres' | 'sqlite'): ExecutorReading {
  const client = dialect === 'postgres' ? 'psql' : 'sqlite3';
  const pieces = clientPieces(text, client);
  const commands: ClientCommand[] = pieces
    .filter((p) => p.kind === 'client')
    .map((p) => ({ line: lineAt(text, p.start), text: text.slice(p.start, p.end).trim() }));
  // The SQL as the server reads it: client commands blanked, every line where it was.
  let sql = '';
  for (const p of pieces) sql += p.kind === 'sql' ? text.slice(p.start, p.end) : text.slice(p.start, p.end).replace(/[^\n]/g, ' ');
  let spans: Span[];
  try {
    spans = client === 'psql' ? statementSpans(sql) : sqliteStatementSpans(sql);
  } catch {
    return unscannable(commands, client);
  }
  // sqlite3: one `PRAGMA foreign_keys = ON` before the BEGIN is the executor's own, as `.bail on` is.
  const [first] = spans;
  const foreignKeysOnLine = client === 'sqlite3' && first && FOREIGN_KEYS_ON.test(asciiTrim(first.text)) ? lineAt(text, first.start) : null;
  if (foreignKeysOnLine !== null) spans = spans.slice(1);
  const kinds = spans.map((s) => transactionKind(s.text, client));
  if (commands.length === 0 && kinds[0] !== 'BEGIN') return { kind: 'plain' };
  const shape = envelope(text, spans, kinds);
  const { beginAt, endAt } = shape;
  const spanAt = (i: number) => defined(spans[i], `statement ${i + 1} of the executor`);
  const beginLine = beginAt === -1 ? 0 : lineAt(text, spanAt(beginAt).start);
  const judged = judgeCommands(commands, client, beginAt === -1 ? null : beginLine);
  const problems = [
    ...unreadableText(text, client),
    ...shape.problems,
    ...judged.problems,
    ...commandsInsideStatements(text, pieces, spans),
    ...(client === 'psql' ? variableReferences(text, spans, beginAt, endAt) : []),
  ];
  if (problems.length > 0) return { kind: 'refused', problems: problems.sort((a, b) => a.line - b.line) };
  const begin = spanAt(beginAt);
  const endOffset = endAt === -1 ? text.length : spanAt(endAt).start;
  const inner = sql.slice(begin.end, endOffset);
  return {
    kind: 'executor',
    client,
    stopOnErrorLine: judged.stopOnErrorLine,
    beginLine,
    endLine: lineAt(text, spanAt(endAt).start),
    ending: kinds[endAt] as 'COMMIT' | 'ROLLBACK',
    // Lines kept: blank lines for what comes before, so the boundary's statement text is the file's.
    batch: sql.slice(0, begin.end).replace(/[^\n]/g, ' ') + inner,
    commands,
    statements: spans.slice(beginAt + 1, endAt).map((s) => asciiTrim(s.text)),
    foreignKeysOnLine,
  };
}

/** `PRAGMA foreign_keys = ON` as sqlite3 reads it turned on (ON, 1, TRUE, YES; the `main.` schema or none). */
const FOREIGN_KEYS_ON = /^PRAGMA\s+(?:main\s*\.\s*)?foreign_keys\s*=\s*(?:ON|1|TRUE|YES|'ON'|'1'|'TRUE'|'YES')\s*;?$/i;

type Span = { start: number; end: number; text: string };
type Problem = { line: number; reason: string };

/** The scanner cannot read the SQL: a plain batch the boundary refuses, or an executor refused with its refused commands named too. */
function unscannable(commands: readonly ClientCommand[], client: 'psql' | 'sqlite3'): ExecutorReading {
  if (commands.length === 0) return { kind: 'plain' };
  const refusedCommands = commands.flatMap((c) => {
    const judged = judgeCommand(c.text, client);
    return 'refused' in judged ? [{ line: c.line, reason: judged.refused }] : [];
  });
  return {
    kind: 'refused',
    problems: [
      ...refusedCommands,
      {
        line: commands[0]?.line ?? 1,
        reason: 'the Postgres scanner cannot read the SQL around the client commands (an unterminated quote or comment?)',
      },
    ],
  };
}

/** Text the clients and this reader could read differently: refused where it first appears. */
function unreadableText(text: string, client: 'psql' | 'sqlite3'): Problem[] {
  const problems: Problem[] = [];
  for (const [pattern, reason] of [...UNREADABLE, ...(client === 'sqlite3' ? SQLITE3_LINES : [])]) {
    const at = text.search(pattern);
    if (at !== -1) problems.push({ line: lineAt(text, at), reason });
  }
  return problems;
}

/** The one transaction: its BEGIN first, its ending last (`-1`: missing), and no other transaction control between. */
function envelope(text: string, spans: readonly Span[], kinds: readonly TxKind[]) {
  const problems: Problem[] = [];
  const lineOf = (i: number) => lineAt(text, defined(spans[i], `statement ${i + 1} of the executor`).start);
  const beginAt = kinds[0] === 'BEGIN' ? 0 : -1;
  const last = spans.length - 1;
  const endAt = last > 0 && (kinds[last] === 'COMMIT' || kinds[last] === 'ROLLBACK') ? last : -1;
  if (beginAt === -1)
    problems.push({ line: spans[0] ? lineOf(0) : 1, reason: "an executor's first statement is its one BEGIN (or START TRANSACTION)" });
  if (endAt === -1)
    problems.push({
      line: spans[last] ? lineOf(last) : 1,
      reason: "an executor's last statement is its one COMMIT (or END, or ROLLBACK for a dry run)",
    });
  for (const [i, kind] of kinds.entries()) {
    if (kind === null || i === beginAt || i === endAt) continue;
    problems.push({
      line: lineOf(i),
      reason:
        kind === 'BEGIN'
          ? 'a second transaction: an executor holds one BEGIN … COMMIT'
          : kind === 'OTHER_TRANSACTION'
            ? 'transaction control an executor may not hold (a SAVEPOINT, a BEGIN or ending with options, a prepared transaction)'
            : 'transaction control in the middle of the executor: it would end its one transaction early',
    });
  }
  return { beginAt, endAt, problems };
}

/** The client commands judged: the line that stops on the first error (once, before the BEGIN at `beginLine`), and those refused. */
function judgeCommands(commands: readonly ClientCommand[], client: 'psql' | 'sqlite3', beginLine: number | null) {
  const problems: Problem[] = [];
  let stopOnErrorLine: number | null = null;
  for (const command of commands) {
    const judged = judgeCommand(command.text, client);
    if ('refused' in judged) problems.push({ line: command.line, reason: judged.refused });
    else if (judged.stopsOnError) {
      if ((beginLine === null || command.line < beginLine) && stopOnErrorLine === null) stopOnErrorLine = command.line;
      else problems.push({ line: command.line, reason: `${command.text}: it belongs once, before the BEGIN` });
    }
  }
  return { stopOnErrorLine, problems };
}

/** A psql command inside a statement (before its ';') would run in its middle, or send it. */
function commandsInsideStatements(text: string, pieces: readonly Piece[], spans: readonly Span[]): Problem[] {
  return pieces
    .filter((p) => p.kind === 'client' && spans.some((s) => s.start < p.start && p.start < s.end))
    .map((p) => ({
      line: lineAt(text, p.start),
      reason: 'a client command inside a statement (psql would run it, or send the statement, there)',
    }));
}

/** psql substitutes its variables (:NAME, :'NAME', :"NAME") into SQL text: the server would not run what the file says. */
function variableReferences(text: string, spans: readonly Span[], beginAt: number, endAt: number): Problem[] {
  const problems: Problem[] = [];
  for (const [i, s] of spans.entries()) {
    if (i === beginAt || i === endAt) continue;
    const at = variableReference(s.text);
    if (at !== null)
      problems.push({
        line: lineAt(text, s.start + at),
        reason: 'a psql variable reference (:name), which psql replaces before the server reads the statement',
      });
  }
  return problems;
}

/** Where a psql variable reference (`:name`, `:'name'`, `:"name"`) starts in a statement, outside quotes and comments, or `null`. */
function variableReference(statement: string): number | null {
  const bytes = Buffer.from(statement, 'utf8');
  const tokens = scanSync(statement).tokens;
  for (const [i, token] of tokens.entries()) {
    // A lone ':' (not '::' nor ':=', which are tokens of their own) right before a name or a quote.
    const next = tokens[i + 1];
    const text = bytes.subarray(token.start, token.end).toString('utf8');
    if (text !== ':' || !next || next.start !== token.end) continue;
    if (/^[\p{L}_"']/u.test(bytes.subarray(next.start, next.start + 4).toString('utf8')))
      return bytes.subarray(0, token.start).toString('utf8').length;
  }
  return null;
}
