/**
 * A clone source is read as a stream, never whole: a dump larger than a memory limit set on the
 * loading process loads under that limit. The child process runs with a JavaScript heap of 64 MiB
 * (a source read into one string, as before, dies of it) and checks and loads a source of ~240 MB
 * into a server clone; its peak resident memory may grow by at most 128 MiB over the same process
 * loading a source of one row — less than the source, whatever it costs to start.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachTarget } from '../support/targets.ts';

const ROWS = 200_000;
const GROWTH_LIMIT_BYTES = 128 * 2 ** 20;
let dir: string;
let file: string;
let tiny: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rehearse-streamed-'));
  file = join(dir, 'large.sql');
  tiny = join(dir, 'tiny.sql');
  writeFileSync(tiny, 'CREATE TABLE big (id integer, pad text);\nCOPY big (id, pad) FROM stdin;\n1\tx\n\\.\n');
  const fd = openSync(file, 'w');
  writeSync(fd, 'CREATE TABLE big (id integer, pad text);\nCOPY big (id, pad) FROM stdin;\n');
  const pad = 'x'.repeat(1_200);
  for (let start = 1; start <= ROWS; start += 10_000) {
    const lines: string[] = [];
    for (let id = start; id < start + 10_000; id++) lines.push(`${id}\t${pad}\n`);
    writeSync(fd, lines.join(''));
  }
  writeSync(fd, '\\.\nCREATE INDEX big_id ON big (id);\n');
  closeSync(fd);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachTarget(
  'a clone source larger than the memory limit',
  (_target, name) => {
    it('loads under the limit, read as a stream', { timeout: 120_000 }, () => {
      expect(name).toBe('postgres');
      const url = process.env.REHEARSE_PG_URL!;
      const load = (source: string) => {
        const child = spawnSync(
          process.execPath,
          ['--max-old-space-size=64', '--import', 'tsx', join('test', 'support', 'loadSourceFile.ts'), url, source],
          { encoding: 'utf8', maxBuffer: 1 << 20 },
        );
        expect(child.stderr).toBe('');
        expect(child.status).toBe(0);
        return JSON.parse(child.stdout) as { rows: number; copies: number; peakRssBytes: number };
      };
      const floor = load(tiny);
      expect(floor.rows).toBe(1);
      const result = load(file);
      expect(result.rows).toBe(ROWS);
      expect(result.copies).toBe(1);
      expect(statSync(file).size).toBeGreaterThan(GROWTH_LIMIT_BYTES + 64 * 2 ** 20);
      expect(result.peakRssBytes - floor.peakRssBytes).toBeLessThan(GROWTH_LIMIT_BYTES);
    });
  },
  ['postgres'],
);
