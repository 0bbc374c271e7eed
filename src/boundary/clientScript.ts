/**
 * A script as its client reads it: the SQL the server reads apart from the client's own commands
 * (psql's `\…`, sqlite3's `.…`), each statement with its span (the Postgres scanner's split, or
 * sqlite3's), and the line of an offset.
 */
import { scanSync } from 'libpg-query';
import { splitSqliteSource } from '../sql/splitSqliteSource.ts';

export interface Piece {
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
export function clientPieces(text: string, client: 'psql' | 'sqlite3'): Piece[] {
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
export function lineAt(text: string, offset: number): number {
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
export function sqliteStatementSpans(sql: string): { start: number; end: number; text: string }[] {
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
export function statementSpans(sql: string): { start: number; end: number; text: string }[] {
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
