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
import { splitSqliteSource } from '../sql/splitSqliteSource.ts';
import { defined } from '../util/defined.ts';

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

interface Piece {
  /** 'sql': text the server reads; 'client': a client command (a whole line, or psql's rest of a line). */
  readonly kind: 'sql' | 'client';
  readonly start: number;
  readonly end: number;
}

/**
 * Splits the text into the SQL the server reads and the client's own commands, as the client reads
 * it: quotes ('…', E'…', "…", $tag$…$tag$) and comments (--, nested /* *\/) hide a backslash
 * from psql; a dot-command of sqlite3 is a line that starts with '.' where no statement is open.
 */
function clientPieces(text: string, client: 'psql' | 'sqlite3'): Piece[] {
  const pieces: Piece[] = [];
  let sqlStart = 0;
  let open = false; // a statement has begun and not ended with ';'
  let i = 0;
  const cut = (start: number, end: number) => {
    if (start > sqlStart) pieces.push({ kind: 'sql', start: sqlStart, end: start });
    pieces.push({ kind: 'client', start, end });
    sqlStart = end;
  };
  while (i < text.length) {
    const c = text.charAt(i);
    const lineStart = i === 0 || text[i - 1] === '\n';
    // A dot-command of sqlite3's: a '.' in the line's first column where no statement is open (in a psql
    // script: one written for the other client; indented, sqlite3 sends it to SQLite as SQL).
    if (lineStart && !open && (c === '.' || (client === 'sqlite3' && c === '\\'))) {
      const eol = text.indexOf('\n', i);
      const end = eol === -1 ? text.length : eol;
      cut(i, end);
      i = end;
      continue;
    }
    if (client === 'psql' && c === '\\') {
      // A psql command runs to the end of its line.
      const eol = text.indexOf('\n', i);
      const end = eol === -1 ? text.length : eol;
      cut(i, end);
      i = end;
      continue;
    }
    if (c === '-' && text[i + 1] === '-') {
      // The server's lexer, and psql's, end a -- comment at a carriage return too.
      const eol = text.slice(i).search(/[\n\r]/);
      i = eol === -1 ? text.length : i + eol;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      // psql nests block comments, as the server does; SQLite does not.
      let depth = 1;
      i += 2;
      while (i < text.length && depth > 0) {
        const two = text.slice(i, i + 2);
        if (two === '/*' && client === 'psql') depth++;
        else if (two === '*/') depth--;
        i += two === '/*' || two === '*/' ? 2 : 1;
      }
      continue;
    }
    if (c === "'" || c === '"' || (client === 'sqlite3' && (c === '`' || c === '['))) {
      const escapes = client === 'psql' && c === "'" && /[eE]/.test(text[i - 1] ?? '') && !/[\w$]/.test(text[i - 2] ?? '');
      const close = c === '[' ? ']' : c;
      open = true;
      i++;
      while (i < text.length) {
        if (escapes && text[i] === '\\') i += 2;
        else if (text[i] === close && text[i + 1] === close && c !== '[') i += 2;
        else if (text[i] === close) {
          i++;
          break;
        } else i++;
      }
      continue;
    }
    if (c === '$' && !/[\w$]/.test(text[i - 1] ?? '')) {
      const tag = /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 128));
      if (tag) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        i = close === -1 ? text.length : close + tag[0].length;
        open = true;
        continue;
      }
    }
    if (c === ';') open = false;
    else if (!/\s/.test(c)) open = true;
    i++;
  }
  if (text.length > sqlStart) pieces.push({ kind: 'sql', start: sqlStart, end: text.length });
  return pieces;
}

/** Line of a character offset (1-based). */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Where the first token of a SQLite piece starts: whitespace and comments (which do not nest there) skipped. */
function firstTokenOffset(piece: string): number {
  let i = 0;
  while (i < piece.length) {
    if (/\s/.test(piece.charAt(i))) i++;
    else if (piece.startsWith('--', i)) i = piece.indexOf('\n', i) === -1 ? piece.length : piece.indexOf('\n', i);
    else if (piece.startsWith('/*', i)) i = piece.indexOf('*/', i + 2) === -1 ? piece.length : piece.indexOf('*/', i + 2) + 2;
    else break;
  }
  return i;
}

/** Each statement as sqlite3 splits the text (SQLite's lexer: comments do not nest, no E'' strings), with its span. */
function sqliteStatementSpans(sql: string): { start: number; end: number; text: string }[] {
  const spans: { start: number; end: number; text: string }[] = [];
  let cursor = 0;
  for (const piece of splitSqliteSource(sql)) {
    const at = sql.indexOf(piece.text, cursor);
    cursor = at + piece.text.length;
    const start = at + firstTokenOffset(piece.text);
    spans.push({ start, end: cursor, text: sql.slice(start, cursor) });
  }
  return spans;
}

/** Each statement of SQL text (client commands blanked) with its character span, split by the Postgres scanner. */
function statementSpans(sql: string): { start: number; end: number; text: string }[] {
  const bytes = Buffer.from(sql, 'utf8');
  // Byte offsets (the scanner's) to character offsets; asked in increasing order, so counted on from the last.
  let lastByte = 0;
  let lastChar = 0;
  const charAt = (byte: number) => {
    lastChar += bytes.subarray(lastByte, byte).toString('utf8').length;
    lastByte = byte;
    return lastChar;
  };
  const spans: { start: number; end: number; text: string }[] = [];
  let first = -1;
  for (const token of scanSync(sql).tokens) {
    if (token.tokenName === 'ASCII_59') {
      if (first !== -1) spans.push({ start: charAt(first), end: charAt(token.end), text: '' });
      first = -1;
    } else if (token.tokenName !== 'C_COMMENT' && token.tokenName !== 'SQL_COMMENT' && first === -1) {
      first = token.start;
    }
  }
  if (first !== -1) spans.push({ start: charAt(first), end: sql.length, text: '' });
  return spans.map((s) => ({ ...s, text: sql.slice(s.start, s.end) }));
}

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

const UNREADABLE: readonly (readonly [RegExp, string])[] = [
  [/\r(?!\n)/, 'a carriage return not followed by a line feed (the clients and the server end a line or a comment there)'],
  [
    /[\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/,
    'a Unicode space, which psql and sqlite3 do not read as a space (in a string, write it as an escape)',
  ],
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
  let spans: ReturnType<typeof statementSpans>;
  try {
    spans = client === 'psql' ? statementSpans(sql) : sqliteStatementSpans(sql);
  } catch {
    // The boundary refuses a plain batch the scanner cannot read; an executor's refused commands are named too.
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
  const kinds = spans.map((s) => transactionKind(s.text, client));
  if (commands.length === 0 && kinds[0] !== 'BEGIN') return { kind: 'plain' };

  const problems: { line: number; reason: string }[] = [];
  // Text the clients and this reader could read differently: refused where it first appears.
  for (const [pattern, reason] of [...UNREADABLE, ...(client === 'sqlite3' ? SQLITE3_LINES : [])]) {
    const at = text.search(pattern);
    if (at !== -1) problems.push({ line: lineAt(text, at), reason });
  }
  const spanAt = (i: number) => defined(spans[i], `statement ${i + 1} of the executor`);
  const lineOf = (i: number) => lineAt(text, spanAt(i).start);
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
  let stopOnErrorLine: number | null = null;
  const endOffset = endAt === -1 ? text.length : spanAt(endAt).start;
  const beginLine = beginAt === -1 ? 0 : lineOf(beginAt);
  for (const command of commands) {
    const judged = judgeCommand(command.text, client);
    if ('refused' in judged) problems.push({ line: command.line, reason: judged.refused });
    else if (judged.stopsOnError) {
      if ((beginAt === -1 || command.line < beginLine) && stopOnErrorLine === null) stopOnErrorLine = command.line;
      else problems.push({ line: command.line, reason: `${command.text}: it belongs once, before the BEGIN` });
    }
  }
  // A psql command inside a statement (before its ';') would run in its middle, or send it.
  for (const p of pieces) {
    if (p.kind !== 'client') continue;
    const inside = spans.some((s) => s.start < p.start && p.start < s.end);
    if (inside)
      problems.push({
        line: lineAt(text, p.start),
        reason: 'a client command inside a statement (psql would run it, or send the statement, there)',
      });
  }
  if (client === 'psql') {
    // psql substitutes its variables (:NAME, :'NAME', :"NAME") into SQL text: the server would not run what the file says.
    for (const [i, s] of spans.entries()) {
      if (i === beginAt || i === endAt) continue;
      const at = variableReference(s.text);
      if (at !== null)
        problems.push({
          line: lineAt(text, s.start + at),
          reason: 'a psql variable reference (:name), which psql replaces before the server reads the statement',
        });
    }
  }
  if (problems.length > 0) return { kind: 'refused', problems: problems.sort((a, b) => a.line - b.line) };
  const begin = spanAt(beginAt);
  const inner = sql.slice(begin.end, endOffset);
  return {
    kind: 'executor',
    client,
    stopOnErrorLine,
    beginLine,
    endLine: lineOf(endAt),
    ending: kinds[endAt] as 'COMMIT' | 'ROLLBACK',
    // Lines kept: blank lines for what comes before, so the boundary's statement text is the file's.
    batch: sql.slice(0, begin.end).replace(/[^\n]/g, ' ') + inner,
    commands,
    statements: spans.slice(beginAt + 1, endAt).map((s) => asciiTrim(s.text)),
  };
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
