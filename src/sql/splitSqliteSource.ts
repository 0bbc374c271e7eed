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
/** Characters that are not a line end, a comment's start, a quote, `;`, a space or a parenthesis: their runs. */
const ORDINARY = /[^\n\-/'"`[;\s()]+/y;
const SPACE = /\s/;

/**
 * The words of the piece being read, comments aside: a quoted string or name is the word `~`, a
 * space, line end or parenthesis ends a word. Its first four are kept, and its last (a trigger
 * ends at a `;` after END).
 */
class Words {
  first: string[] = [];
  last = '';
  private current = '';

  add(run: string): void {
    this.current += run;
  }

  /** Ends the word being read, if any. */
  end(): void {
    if (this.current === '') return;
    if (this.first.length < 4) this.first.push(this.current.toUpperCase());
    this.last = this.current;
    this.current = '';
  }

  /** A word of its own (`~` for a quoted string, `;` inside a trigger). */
  word(word: string): void {
    this.end();
    this.current = word;
    this.end();
  }

  /** Whether the piece holds a word. */
  any(): boolean {
    return this.first.length > 0 || this.current !== '';
  }

  /** Whether the piece is a CREATE [TEMP] TRIGGER whose last word so far is not END. */
  triggerOpen(): boolean {
    this.end();
    const [w0, w1, w2] = this.first;
    const trigger = w0 === 'CREATE' && (w1 === 'TRIGGER' || ((w1 === 'TEMP' || w1 === 'TEMPORARY') && w2 === 'TRIGGER'));
    return trigger && this.last.toUpperCase() !== 'END';
  }
}

export function splitSqliteSource(text: string): SqlitePiece[] {
  const pieces: SqlitePiece[] = [];
  let start = 0;
  let line = 1;
  let pieceLine = 0;
  let words = new Words();
  const push = (end: number) => {
    words.end();
    if (words.any()) pieces.push({ line: pieceLine, text: text.slice(start, end), words: words.first });
    start = end;
    words = new Words();
    pieceLine = 0;
  };
  for (let i = 0; i < text.length; i++) {
    // A run of characters none of the rules below looks at is taken whole (a value's digits, a name).
    ORDINARY.lastIndex = i;
    if (ORDINARY.test(text)) {
      if (pieceLine === 0) pieceLine = line;
      words.add(text.slice(i, ORDINARY.lastIndex));
      i = ORDINARY.lastIndex - 1;
      continue;
    }
    const c = text.charAt(i);
    if (c === '\n') {
      line++;
      // A line end separates words as a space does: `ATTACH\nDATABASE` is two words.
      words.end();
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
      line += newlinesIn(text, i, stop);
      i = stop - 1;
      words.end();
      continue;
    }
    const space = SPACE.test(c);
    if (pieceLine === 0 && !space) pieceLine = line;
    const closer = CLOSERS[c];
    if (closer) {
      const quoted = quoteEnd(text, i, closer);
      line += quoted.lines;
      words.word('~');
      i = quoted.end;
      continue;
    }
    if (c === ';') {
      if (words.triggerOpen()) {
        words.word(';');
        continue;
      }
      push(i + 1);
      continue;
    }
    if (space || c === '(' || c === ')') words.end();
    else words.add(c);
  }
  if (text.slice(start).trim() !== '' && words.any()) push(text.length);
  return pieces;
}

/**
 * Where a quote opened at `at` closes — a doubled closing quote, but in `[…]`, is part of the name
 * or string; unclosed, it runs to the end — and the line ends before it.
 */
function quoteEnd(text: string, at: number, closer: string): { end: number; lines: number } {
  let lines = 0;
  for (let from = at + 1; ; ) {
    const end = text.indexOf(closer, from);
    lines += newlinesIn(text, from, end === -1 ? text.length : end);
    if (end === -1) return { end: text.length, lines };
    if (closer === ']' || text[end + 1] !== closer) return { end, lines };
    from = end + 2;
  }
}

/** The line ends in `text` from `from` up to `to`. */
function newlinesIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = text.indexOf('\n', from); k !== -1 && k < to; k = text.indexOf('\n', k + 1)) n++;
  return n;
}
