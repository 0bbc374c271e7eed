/**
 * A Postgres clone source (a plain `pg_dump`, a hand-written psql script) split as psql reads
 * it: SQL statements, each parsed by the real Postgres parser (libpg-query) and placed on its
 * line; the data of `COPY … FROM stdin` up to its `\.` line, as data; and psql meta-commands
 * (`\connect`, `\restrict`, …) at the start of a line between statements.
 */
import { parseSync, scanSync } from 'libpg-query';
import { CloneSourceError } from './cloneSourceError.ts';

export type { Node } from '../boundary/ast.ts';
import type { Node } from '../boundary/ast.ts';

export type SourceItem =
  | { readonly kind: 'sql'; readonly line: number; readonly text: string; readonly stmt: Node }
  /** `COPY … FROM stdin` and its data (COPY text format, without the `\.` line). */
  | { readonly kind: 'copy'; readonly line: number; readonly text: string; readonly stmt: Node; readonly data: Uint8Array }
  | { readonly kind: 'meta'; readonly line: number; readonly text: string };

const COMMENT_TOKENS = new Set(['C_COMMENT', 'SQL_COMMENT']);

/** Lines that hold nothing but blanks and `--` comments. */
const isBlankOrComment = (line: string) => /^\s*(--.*)?$/.test(line);

/**
 * Whether `text` ends with a complete statement: its last token (comments aside) is a `;` the
 * scanner saw outside quotes, comments and dollar quotes. `null` while a quote is still open.
 */
function endsWithStatement(text: string): boolean {
  let tokens;
  try {
    tokens = scanSync(text).tokens;
  } catch {
    return false;
  }
  const meaningful = tokens.filter((t) => !COMMENT_TOKENS.has(t.tokenName));
  return meaningful.at(-1)?.tokenName === 'ASCII_59';
}

/** Splits a Postgres clone source into its items. Call `loadParser()` first. */
export function splitPostgresSource(text: string, file: string): SourceItem[] {
  const lines = text.split('\n');
  const items: SourceItem[] = [];
  let buffer: string[] = [];
  let bufferLine = 1;

  const flush = () => {
    const first = items.length;
    flushChunk();
    // Its data follows on the next line: a COPY … FROM stdin ends the line it is on.
    const early = items.slice(first, -1).find((item) => item.kind === 'sql' && isCopyFromStdin(item.stmt));
    if (early) throw new CloneSourceError(file, early.line, 'COPY … FROM stdin must end its line: its data follows on the next line');
  };
  const flushChunk = () => {
    const chunk = buffer.join('\n');
    buffer = [];
    if (chunk.trim() === '') return;
    const bytes = Buffer.from(chunk, 'utf8');
    let parsed: { stmts: { stmt: Node; stmt_location?: number; stmt_len?: number }[] };
    try {
      parsed = parseSync(chunk) as unknown as typeof parsed;
    } catch (error) {
      const cursor = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition;
      const at = cursor === undefined ? bufferLine : bufferLine + countLines(bytes.subarray(0, Math.max(0, cursor - 1)));
      throw new CloneSourceError(file, at, `the Postgres parser cannot read this statement: ${(error as Error).message}`);
    }
    const tokens = scanSync(chunk).tokens;
    for (const { stmt, stmt_location: location = 0, stmt_len: length = 0 } of parsed.stmts) {
      const end = length === 0 ? bytes.length : location + length;
      // The statement's line is its first token's, past any comment before it.
      const first = tokens.find((t) => t.start >= location && !COMMENT_TOKENS.has(t.tokenName));
      const line = bufferLine + countLines(bytes.subarray(0, first?.start ?? location));
      items.push({ kind: 'sql', line, text: bytes.subarray(location, end).toString('utf8').trim(), stmt });
    }
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (buffer.every(isBlankOrComment) && line.startsWith('\\')) {
      buffer = [];
      items.push({ kind: 'meta', line: i + 1, text: line.trim() });
      continue;
    }
    if (buffer.length === 0 || buffer.every(isBlankOrComment)) {
      buffer = [];
      bufferLine = i + 1;
    }
    buffer.push(line);
    if (!line.includes(';') || !endsWithStatement(buffer.join('\n'))) continue;
    flush();
    const last = items.at(-1);
    if (last?.kind === 'sql' && isCopyFromStdin(last.stmt)) {
      // The data follows, line by line, up to `\.` alone on a line.
      const end = lines.findIndex((l, j) => j > i && l.replace(/\r$/, '') === '\\.');
      if (end === -1) throw new CloneSourceError(file, last.line, 'COPY data has no terminating \\. line');
      const data = Buffer.from(lines.slice(i + 1, end).map((l) => `${l.replace(/\r$/, '')}\n`).join(''), 'utf8');
      items[items.length - 1] = { kind: 'copy', line: last.line, text: last.text, stmt: last.stmt, data };
      i = end;
    }
  }
  if (buffer.some((l) => !isBlankOrComment(l))) {
    if (!endsWithStatement(`${buffer.join('\n')};`)) {
      throw new CloneSourceError(file, bufferLine, 'the statement starting here never ends (an unterminated quote, comment or dollar quote?)');
    }
    flush();
  }
  return items;
}

function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b === 10) n++;
  return n;
}

/** `COPY … FROM STDIN`: its data follows in the source. */
export function isCopyFromStdin(stmt: Node): boolean {
  const copy = stmt.CopyStmt as { is_from?: boolean; filename?: string; is_program?: boolean } | undefined;
  return copy !== undefined && copy.is_from === true && copy.filename === undefined && copy.is_program !== true;
}
