/**
 * Where SQLite's lexer reads a statement otherwise than the Postgres one the boundary judges it
 * with: the text is the same, the statement is not. Postgres nests block comments, SQLite ends one
 * at the first close; Postgres reads backslash escapes in an `E'…'` string, SQLite reads a name
 * `E` and a plain string; `[…]` and `` `…` `` are names to SQLite and not to Postgres; a `$` opens
 * a dollar quote or a parameter in Postgres and a parameter in SQLite. A statement holding any of
 * them, a name of more than 63 bytes (Postgres cuts it there), or a carriage return in a `--` comment (Postgres ends the comment there, SQLite at the
 * line feed), outside what both read as a string, a quoted name or a comment, is refused: what
 * SQLite would run is not what was judged.
 */

const NAME_CHAR = /[A-Za-z0-9_\u0080-\uffff]/;

/** Postgres cuts a name to 63 bytes (NAMEDATALEN − 1); SQLite keeps it whole. */
const MAX_NAME_BYTES = 63;
const LONG_NAME = 'a name of more than 63 bytes (Postgres reads its first 63, SQLite all of it: another table)';

/** Why SQLite reads `text` otherwise than Postgres, or `null` where they read it alike. */
export function sqliteReadsOtherwise(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '-' && text[i + 1] === '-') {
      const end = lineEnd(text, i);
      if (text.slice(i, end).includes('\r'))
        return 'a carriage return in a -- comment (Postgres ends the comment there, SQLite at the line feed)';
      i = end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = commentEnd(text, i);
      if (text.slice(i + 2, indexOrEnd(text, '*/', i + 2)).includes('/*'))
        return 'a comment opened inside a comment (Postgres nests it and reads on to a second */, SQLite ends it at the first)';
      i = end;
    } else if (c === "'" || c === '"') {
      const end = closingQuote(text, i, c);
      if (c === '"' && Buffer.byteLength(text.slice(i + 1, end).replaceAll('""', '"')) > MAX_NAME_BYTES) return LONG_NAME;
      const escaped = c === "'" && /[Ee]/.test(text[i - 1] ?? '') && !NAME_CHAR.test(text[i - 2] ?? '');
      if (escaped && text.slice(i + 1, end).includes('\\'))
        return "an E'…' string with a backslash (Postgres reads its escapes, SQLite a name E and a string without them)";
      i = end;
    } else if (NAME_CHAR.test(c)) {
      let end = i;
      while (end + 1 < text.length && NAME_CHAR.test(text.charAt(end + 1))) end++;
      if (Buffer.byteLength(text.slice(i, end + 1)) > MAX_NAME_BYTES) return LONG_NAME;
      i = end;
    } else if (c === '[' || c === '`') {
      return `a name in ${c === '[' ? '[…]' : '`…`'} (SQLite reads a name, Postgres does not)`;
    } else if (c === '$') {
      return 'a $ (Postgres reads a dollar quote or a parameter, SQLite a parameter)';
    }
  }
  return null;
}

/** The index of the quote that closes the one at `open` (a doubled quote is one inside); the end of the text if none. */
function closingQuote(text: string, open: number, quote: string): number {
  for (let j = open + 1; j < text.length; j++) {
    if (text[j] !== quote) continue;
    if (text[j + 1] === quote) j++;
    else return j;
  }
  return text.length;
}

/**
 * The text as SQLite reads its words: comments, strings and quoted names (`"…"`, `` `…` ``,
 * `[…]`) each a space, so a keyword inside one is no keyword.
 */
export function sqliteCodeOnly(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    let end = -1;
    if (c === '-' && text[i + 1] === '-') end = lineEnd(text, i);
    else if (c === '/' && text[i + 1] === '*') end = commentEnd(text, i);
    else if (c === "'" || c === '"' || c === '`') end = closingQuote(text, i, c);
    else if (c === '[') end = indexOrEnd(text, ']', i);
    if (end === -1) {
      out += c;
      continue;
    }
    out += ' ';
    i = end;
  }
  return out;
}

/** Where `what` first stands from `at` on; the end of the text if nowhere. */
function indexOrEnd(text: string, what: string, at: number): number {
  const found = text.indexOf(what, at);
  return found === -1 ? text.length : found;
}
/** The line feed that ends a `--` comment at `at` (SQLite's reading); the end of the text if none. */
const lineEnd = (text: string, at: number) => indexOrEnd(text, '\n', at);
/** The `/` that closes the first block comment at `at` (SQLite ends one at its first close); the end of the text if none. */
const commentEnd = (text: string, at: number) => Math.min(indexOrEnd(text, '*/', at + 2) + 1, text.length);

/** A name as SQLite compares names: ASCII letters folded, nothing else (`"Äx"` and `"äx"` are two tables). */
export const asciiLower = (name: string): string => name.replace(/[A-Z]+/g, (m) => m.toLowerCase());
