/**
 * `splitSqliteSource` splits as its definition does — character by character, the form it had
 * before it took a quoted value or a run of plain characters at once — on random texts of the
 * characters its rules look at, on generated before-states and batches, and on every file of
 * PostgreSQL's regression suite (any text splits; the pieces, lines and first words must agree).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBatch } from '../../generators/applyBatch.ts';
import { renderState } from '../../generators/render.ts';
import { stateAndBatch } from '../../properties/harness/stateAndBatch.ts';
import { type SqlitePiece, splitSqliteSource } from '../../src/sql/splitSqliteSource.ts';

const CLOSERS: Readonly<Record<string, string>> = { "'": "'", '"': '"', '`': '`', '[': ']' };

/** The definition: every character looked at in turn. */
function byDefinition(text: string): SqlitePiece[] {
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

/** What the rules look at, and words they look for. */
const TOKENS = [
  ']',
  ';',
  '\n',
  '\r',
  '-',
  '/',
  '*',
  '*/',
  ' ',
  '\t',
  '\u00a0',
  '\u2028',
  '(',
  ')',
  'a',
  'x1',
  '😀',
  'END',
  'end',
  'CREATE',
  'TRIGGER',
  'TEMP',
  'temporary',
  'BEGIN',
];
/** What opens a quote or a comment that may never close: it takes the rest of the text, so it comes rarely. */
const OPENERS = ["'", '"', '`', '[', '--', '/*'];
/** What goes inside a quote: line ends, semicolons, comment marks and doubled quotes among letters. */
const INSIDE = fc.array(fc.constantFrom('a', ' ', ';', '\n', '--', '/*', '*/', "''", '""', '``', ']]', '😀'), { maxLength: 6 });
/** Quoted strings and names closed (so that more pieces follow them), single tokens, and statement ends. */
const PART = fc.oneof(
  { arbitrary: fc.constantFrom(...TOKENS), weight: 12 },
  { arbitrary: fc.constantFrom(...OPENERS), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom("'", '"', '`'), INSIDE).map(([q, inside]) => `${q}${inside.join('')}${q}`), weight: 3 },
  { arbitrary: INSIDE.map((inside) => `[${inside.join('')}]`), weight: 1 },
  { arbitrary: fc.constantFrom(';\n', ';', '\n-- c\n', '/* c\n; */'), weight: 4 },
);

describe('splitSqliteSource', () => {
  it('splits random texts of the characters its rules look at as its definition does', () => {
    let several = 0;
    fc.assert(
      fc.property(fc.array(PART, { minLength: 5, maxLength: 40, size: 'max' }), (parts) => {
        const text = parts.join('');
        const pieces = splitSqliteSource(text);
        expect(pieces).toEqual(byDefinition(text));
        if (pieces.length > 2) several++;
      }),
      { numRuns: 5000, seed: 20261206 },
    );
    // Many texts split into several pieces: a piece's line depends on every line end before it.
    expect(several).toBeGreaterThan(1500);
  });

  it('splits generated before-states and batches as its definition does', () => {
    let texts = 0;
    fc.assert(
      fc.property(stateAndBatch, ({ state, batch }) => {
        for (const text of [renderState(state, 'sqlite'), renderBatch(state, batch, 'sqlite')]) {
          expect(splitSqliteSource(text)).toEqual(byDefinition(text));
          texts++;
        }
      }),
      { numRuns: 200, seed: 7 },
    );
    expect(texts).toBe(400);
  });

  it("splits every file of PostgreSQL's regression suite as its definition does", () => {
    const dir = join(import.meta.dirname, '..', 'data', 'postgres-regress', 'postgres_regress');
    const files = readdirSync(dir).filter((f) => f.endsWith('.sql'));
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(splitSqliteSource(text), file).toEqual(byDefinition(text));
    }
  });
});
