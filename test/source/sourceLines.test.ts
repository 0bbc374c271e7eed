/**
 * A clone source read a line at a time from its file: the same lines as the text split at its
 * newlines, whatever the file's size against the sizes it is read in (a small file in one read of
 * its own size, a large one in chunks of 1 MiB), its SHA-256 once read, and a file that grew after
 * it was opened read to its new end.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FileLines, textLines, type SourceLines } from '../../src/source/sourceLines.ts';

const dir = mkdtempSync(join(tmpdir(), 'rehearse-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let made = 0;

function fileOf(text: string): string {
  const file = join(dir, `source-${++made}.sql`);
  writeFileSync(file, text);
  return file;
}

function allLines(lines: SourceLines): string[] {
  const out: string[] = [];
  for (let next = lines.next(); !next.done; next = lines.next()) out.push(next.value);
  return out;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A text of about `size` characters in lines of random lengths (some far longer than a read). */
function textOf(size: number, seed: number): string {
  let x = seed || 1;
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    x = (x * 1103515245 + 12345) >>> 0;
    const line = 'x'.repeat(x % 7 === 0 ? (x >>> 8) % 5000 : (x >>> 8) % 80);
    parts.push(line);
    length += line.length + 1;
  }
  return parts.join('\n').slice(0, size);
}

describe('FileLines', () => {
  it.each([0, 1, 4095, 4096, 4097, 70_000, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 17])(
    'reads a file of %i bytes as the text split at its newlines, and its SHA-256',
    (size) => {
      const text = textOf(size, size);
      const lines = new FileLines(fileOf(text));
      expect(allLines(lines)).toEqual(text.split('\n'));
      expect(lines.digest()).toBe(sha256(text));
    },
  );

  it('reads on past the size the file had when opened, where it grew before its end was read', () => {
    const first = 'CREATE TABLE a (x int);\nINSERT INTO a VALUES (1);\n';
    const file = fileOf(first);
    const lines = new FileLines(file);
    const more = `INSERT INTO a VALUES (2);\n${'-- long comment '.repeat(1000)}\nINSERT INTO a VALUES (3);`;
    appendFileSync(file, more);
    expect(allLines(lines)).toEqual(`${first}${more}`.split('\n'));
    expect(lines.digest()).toBe(sha256(`${first}${more}`));
  });

  it('hands out the lines and COPY data textLines does, for any text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string({ maxLength: 40 }), fc.constant('\\.'), fc.constant(''), fc.string({ minLength: 4000, maxLength: 9000 })),
          {
            maxLength: 12,
          },
        ),
        fc.nat(3),
        (parts, copyAt) => {
          const text = parts.join('\n');
          const fromFile = new FileLines(fileOf(text));
          const fromText = textLines(text);
          const read = (lines: SourceLines) => {
            const out: string[] = [];
            for (let i = 0, next = lines.next(); !next.done; i++, next = lines.next()) {
              out.push(next.value);
              if (i === copyAt % 4) {
                const copy = lines.copyData();
                const data: string[] = [];
                let step = copy.next();
                for (; !step.done; step = copy.next()) data.push(`data:${step.value.toString('utf8')}`);
                // Data that never ends (no `\.` before the end of the source) is refused by its reader, whatever it held.
                if (step.value) out.push(...data);
                out.push(`ended:${step.value}`);
              }
            }
            return out;
          };
          expect(read(fromFile)).toEqual(read(fromText));
        },
      ),
      { numRuns: 200 },
    );
  });
});
