/**
 * A Postgres clone source (a plain `pg_dump`, a hand-written psql script) split as psql reads
 * it: SQL statements, each parsed by the real Postgres parser (libpg-query) and placed on its
 * line; the data of `COPY … FROM stdin` up to its `\.` line, as data; and psql meta-commands
 * (`\connect`, `\restrict`, …) at the start of a line between statements.
 *
 * Where a statement may end is found by following quotes, comments and dollar quotes line by
 * line, as psql does; the parser then reads each stretch and has the last word: a stretch it
 * calls unterminated is read on to the next possible end, and every statement is cut out where
 * the parser placed it.
 */
import { parseSync } from 'libpg-query';
import type { Node } from '../sql/ast.ts';
import { CloneSourceError } from './cloneSourceError.ts';
import { textLines, type SourceLines } from './sourceLines.ts';

export type { Node } from '../sql/ast.ts';

export type SourceItem =
  | { readonly kind: 'sql'; readonly line: number; readonly text: string; readonly stmt: Node }
  /** `COPY … FROM stdin` and its data (COPY text format, without the `\.` line). */
  | { readonly kind: 'copy'; readonly line: number; readonly text: string; readonly stmt: Node; readonly data: CopyData }
  | { readonly kind: 'meta'; readonly line: number; readonly text: string };

/** Where the lexer is between lines: in plain SQL, or inside a quote, a dollar quote or block comments. */
interface LexState {
  quote: "'" | '"' | null;
  /** A `'…'` string that takes backslash escapes (`E'…'`). */
  escapes: boolean;
  dollar: string | null;
  comments: number;
  /** Open parentheses: as in psql, a `;` inside them ends nothing (a rule's list of actions). */
  parens: number;
}

/**
 * Follows one line in `state`; returns whether it ends, outside every quote and comment, with a
 * `;` (a `--` comment after it aside).
 */
function followLine(line: string, state: LexState): boolean {
  let lastIsSemicolon = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (state.comments > 0) {
      if (c === '*' && line[i + 1] === '/') {
        state.comments--;
        i++;
      } else if (c === '/' && line[i + 1] === '*') {
        state.comments++;
        i++;
      }
      continue;
    }
    if (state.dollar !== null) {
      if (c === '$' && line.startsWith(state.dollar, i)) {
        i += state.dollar.length - 1;
        state.dollar = null;
      }
      continue;
    }
    if (state.quote !== null) {
      if (state.escapes && c === '\\') {
        i++;
        continue;
      }
      if (c === state.quote) {
        if (line[i + 1] === state.quote) {
          i++;
          continue;
        }
        state.quote = null;
      }
      continue;
    }
    if (/\s/.test(c)) continue;
    if (c === '-' && line[i + 1] === '-') break;
    lastIsSemicolon = c === ';' && state.parens === 0;
    if (c === '(') state.parens++;
    if (c === ')' && state.parens > 0) state.parens--;
    if (c === '/' && line[i + 1] === '*') {
      state.comments = 1;
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      state.quote = c;
      state.escapes = c === "'" && i > 0 && /[eE]/.test(line.charAt(i - 1)) && !/[\w$]/.test(line[i - 2] ?? ' ');
      continue;
    }
    if (c === '$') {
      const tag = /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(line.slice(i));
      if (tag && !/[\w$]/.test(line[i - 1] ?? ' ')) {
        state.dollar = tag[0];
        i += tag[0].length - 1;
      }
    }
  }
  // A newline ends nothing inside quotes, and ends no `E'…'` escape either.
  return lastIsSemicolon && state.quote === null && state.dollar === null && state.comments === 0;
}

/** The parser's word on a stretch: its statements, or that it is not complete yet. */
function parseStretch(chunk: string): { stmts: { stmt: Node; stmt_location?: number; stmt_len?: number }[] } | 'unterminated' | Error {
  try {
    return parseSync(chunk) as unknown as { stmts: { stmt: Node; stmt_location?: number; stmt_len?: number }[] };
  } catch (error) {
    return /unterminated|at end of input/i.test((error as Error).message) ? 'unterminated' : (error as Error);
  }
}

/** Offset of the first character at or after `from` that is not blank or in a comment. */
function skipBlanksAndComments(bytes: Buffer, from: number): number {
  let i = from;
  for (;;) {
    while (i < bytes.length && /\s/.test(String.fromCharCode(bytes[i] ?? 0))) i++;
    if (bytes[i] === 0x2d && bytes[i + 1] === 0x2d) {
      while (i < bytes.length && bytes[i] !== 0x0a) i++;
      continue;
    }
    if (bytes[i] === 0x2f && bytes[i + 1] === 0x2a) {
      let depth = 1;
      i += 2;
      while (i < bytes.length && depth > 0) {
        if (bytes[i] === 0x2a && bytes[i + 1] === 0x2f) {
          depth--;
          i += 2;
        } else if (bytes[i] === 0x2f && bytes[i + 1] === 0x2a) {
          depth++;
          i += 2;
        } else i++;
      }
      continue;
    }
    return i;
  }
}

function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b === 10) n++;
  return n;
}

/** Lines that hold nothing but blanks and `--` comments. */
const isBlankOrComment = (line: string) => /^\s*(--.*)?$/.test(line);

/**
 * The data of a `COPY … FROM stdin`, in chunks of whole lines. Held data (a source read from a
 * string) may be read any number of times; streamed data (a source read from a file) once, and
 * only before the next item of its source is asked for — what is not read then is passed over.
 */
export class CopyData {
  private used = false;

  constructor(
    private readonly source: Uint8Array | (() => Iterable<Uint8Array>),
    private readonly expired: () => boolean,
  ) {}

  /** Its bytes, a chunk at a time. */
  *chunks(): Generator<Uint8Array> {
    if (this.source instanceof Uint8Array) {
      yield this.source;
      return;
    }
    if (this.used || this.expired()) throw new Error('streamed COPY data is read once, before the next statement of its source');
    this.used = true;
    yield* this.source();
  }

  /** Its bytes whole. */
  bytes(): Uint8Array {
    return this.source instanceof Uint8Array ? this.source : Buffer.concat([...this.chunks()]);
  }
}

/**
 * Splits a Postgres clone source into its items, as its lines are read. `hold`: COPY data is
 * read whole into each item (a source held in memory); otherwise it is streamed (CopyData).
 * Call `loadParser()` first.
 */
export function* postgresSourceItems(lines: SourceLines, file: string, hold: boolean): Generator<SourceItem> {
  let buffer: string[] = [];
  let bufferLine = 1;
  const state: LexState = { quote: null, escapes: false, dollar: null, comments: 0, parens: 0 };
  // Whether the buffer holds more than blanks and comments (kept as lines come, not recounted).
  let content = false;
  for (let next = lines.next(); !next.done; next = lines.next()) {
    const lineNo = lines.count;
    const line = next.value.replace(/\r$/, '');
    if (!content && line.startsWith('\\')) {
      buffer = [];
      yield { kind: 'meta', line: lineNo, text: line.trim() };
      continue;
    }
    if (!content) {
      buffer = [];
      bufferLine = lineNo;
    }
    buffer.push(line);
    content ||= !isBlankOrComment(line);
    if (!followLine(line, state)) continue;
    const found = parseBuffer(buffer, bufferLine, file, false);
    if (found === null) continue;
    buffer = [];
    content = false;
    const last = found.at(-1);
    yield* found.slice(0, -1);
    if (last?.kind === 'sql' && isCopyFromStdin(last.stmt)) yield* copyItem(last, lines, file, hold);
    else if (last) yield last;
  }
  if (content) yield* parseBuffer(buffer, bufferLine, file, true) ?? [];
}

/** The buffered lines (the first at `bufferLine`) parsed into items; `null` when the parser calls them unterminated (read on). */
function parseBuffer(buffer: readonly string[], bufferLine: number, file: string, atEnd: boolean): SourceItem[] | null {
  const chunk = buffer.join('\n');
  const parsed = parseStretch(chunk);
  if (parsed === 'unterminated' && !atEnd) return null;
  if (parsed === 'unterminated' || parsed instanceof Error) {
    const message =
      parsed === 'unterminated'
        ? 'the statement starting here never ends (an unterminated quote, comment or dollar quote?)'
        : `the Postgres parser cannot read this statement: ${parsed.message}`;
    const cursor =
      parsed instanceof Error ? (parsed as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition : undefined;
    const at = cursor === undefined ? bufferLine : bufferLine + countLines(Buffer.from(chunk, 'utf8').subarray(0, Math.max(0, cursor - 1)));
    throw new CloneSourceError(file, at, message);
  }
  const bytes = Buffer.from(chunk, 'utf8');
  const found: SourceItem[] = [];
  for (const { stmt, stmt_location: location = 0, stmt_len: length = 0 } of parsed.stmts) {
    const end = length === 0 ? bytes.length : location + length;
    // The statement's line is its first word's, past any comment before it.
    const line = bufferLine + countLines(bytes.subarray(0, skipBlanksAndComments(bytes, location)));
    found.push({ kind: 'sql', line, text: bytes.subarray(location, end).toString('utf8').trim(), stmt });
  }
  // Its data follows on the next line: a COPY … FROM stdin ends the line it is on.
  const early = found.slice(0, -1).find((item) => item.kind === 'sql' && isCopyFromStdin(item.stmt));
  if (early) throw new CloneSourceError(file, early.line, 'COPY … FROM stdin must end its line: its data follows on the next line');
  return found;
}

/** A COPY … FROM stdin with its data, which follows line by line up to `\.` alone on a line: held whole, or streamed. */
function* copyItem(copy: SourceItem & { kind: 'sql' }, lines: SourceLines, file: string, hold: boolean): Generator<SourceItem> {
  const unterminated = () => new CloneSourceError(file, copy.line, 'COPY data has no terminating \\. line');
  if (hold) {
    const chunks: Uint8Array[] = [];
    if (!drain(lines.copyData(), (chunk) => chunks.push(chunk))) throw unterminated();
    yield { ...copy, kind: 'copy', data: new CopyData(Buffer.concat(chunks), () => false) };
    return;
  }
  let ended = false;
  let moved = false;
  const stream = function* (): Generator<Uint8Array> {
    if (!(yield* lines.copyData())) throw unterminated();
    ended = true;
  };
  yield { ...copy, kind: 'copy', data: new CopyData(stream, () => moved) };
  moved = true;
  // What the reader of the item left unread is passed over.
  if (!ended && !drain(lines.copyData(), () => {})) throw unterminated();
}

/** Runs a COPY data reader to its end, each chunk to `take`; whether its `\.` line was found. */
function drain(data: Generator<Uint8Array, boolean>, take: (chunk: Uint8Array) => void): boolean {
  for (let step = data.next(); ; step = data.next()) {
    if (step.done) return step.value;
    take(step.value);
  }
}

/** A source held in memory split whole, COPY data read into its item. Call `loadParser()` first. */
export function splitPostgresSource(text: string, file: string): SourceItem[] {
  return [...postgresSourceItems(textLines(text), file, true)];
}

/** `COPY … FROM STDIN`: its data follows in the source. */
export function isCopyFromStdin(stmt: Node): boolean {
  const copy = stmt.CopyStmt as { is_from?: boolean; filename?: string; is_program?: boolean } | undefined;
  return copy !== undefined && copy.is_from === true && copy.filename === undefined && copy.is_program !== true;
}
