/**
 * A SQLite clone source split as `sqlite3_complete` would: at every `;` outside quotes,
 * identifiers (`"…"`, `[…]`, `` `…` ``) and comments, but for a CREATE TRIGGER only at a `;`
 * after END. A piece is still not known to be a whole statement (`CASE … END;` in a trigger
 * body): the loader asks SQLite itself, which calls a piece that is not complete "incomplete
 * input", and joins it to the next.
 */

export interface SqlitePiece {
  /** Line of the piece's first token. */
  readonly line: number;
  /** The text up to and including its `;`. */
  readonly text: string;
  /** The first words of the piece, upper-cased, comments aside (for the keyword check). */
  readonly words: readonly string[];
}

const CLOSERS: Readonly<Record<string, string>> = { "'": "'", '"': '"', '`': '`', '[': ']' };

export function splitSqliteSource(text: string): SqlitePiece[] {
  const pieces: SqlitePiece[] = [];
  let start = 0;
  let line = 1;
  let pieceLine = 0;
  let meaningful = '';
  const push = (end: number) => {
    const piece = text.slice(start, end);
    if (meaningful.trim() !== '')
      pieces.push({
        line: pieceLine,
        text: piece,
        words: meaningful
          .trim()
          .split(/\s+/)
          .slice(0, 4)
          .map((w) => w.toUpperCase()),
      });
    start = end;
    meaningful = '';
    pieceLine = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') {
      line++;
      // A line end separates words as a space does: `ATTACH\nDATABASE` is two words.
      meaningful += ' ';
      continue;
    }
    if (c === '-' && text[i + 1] === '-') {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      for (let j = i; j < stop; j++) if (text[j] === '\n') line++;
      i = stop - 1;
      meaningful += ' ';
      continue;
    }
    if (pieceLine === 0 && !/\s/.test(c)) pieceLine = line;
    const closer = CLOSERS[c];
    if (closer) {
      let j = i + 1;
      for (;;) {
        if (j >= text.length) break;
        if (text[j] === '\n') line++;
        if (text[j] === closer) {
          if (closer !== ']' && text[j + 1] === closer) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      meaningful += ' ~ ';
      i = j;
      continue;
    }
    if (c === ';') {
      const words = meaningful.trim().toUpperCase().split(/\s+/);
      const trigger =
        words[0] === 'CREATE' && (words[1] === 'TRIGGER' || (/^TEMP(ORARY)?$/.test(words[1] ?? '') && words[2] === 'TRIGGER'));
      if (trigger && words.at(-1) !== 'END') {
        meaningful += ' ; ';
        continue;
      }
      push(i + 1);
      continue;
    }
    meaningful += /[\s()]/.test(c) ? ' ' : c;
  }
  if (text.slice(start).trim() !== '' && meaningful.trim() !== '') push(text.length);
  return pieces;
}
