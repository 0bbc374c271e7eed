/**
 * `rehearse bench scale` runs the ladder from one command: a generated pgbench-shaped database
 * per size, rehearsed READY on each target with its ratio and peak memory, a size PGlite cannot
 * hold reported as such (not run), and the JSON `scripts/plotScale.mjs` draws.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { memoryOutput } from '../../cli/output.ts';
import { describeEachTarget } from '../support/targets.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-scale-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describeEachTarget(
  'rehearse bench scale',
  (_target, name) => {
    it('rehearses each rung READY, reports a size PGlite cannot hold, and writes the JSON the plot reads', {
      timeout: 120_000,
    }, async () => {
      expect(name).toBe('postgres');
      const json = join(work, 'scale.json');
      const previous = process.env.REHEARSE_PGLITE_MEMORY;
      // PGlite may take 100 MiB here: less than any rehearsal on it needs, so its rung is refused, not run.
      process.env.REHEARSE_PGLITE_MEMORY = '100MiB';
      const output = memoryOutput();
      let code: number;
      try {
        code = await main(
          ['bench', 'scale', '--sizes', '2k', '--targets', `pglite:,${process.env.REHEARSE_PG_URL}`, '--repeats', '1', '--json', json],
          output,
        );
      } finally {
        if (previous === undefined) delete process.env.REHEARSE_PGLITE_MEMORY;
        else process.env.REHEARSE_PGLITE_MEMORY = previous;
      }
      const out = output.stdout.join('');
      expect(code, out + output.stderr.join('')).toBe(0);
      expect(out).toMatch(/^pglite: +2,000 +\d+ +does not fit: the clone source is \d+ MiB: a PGlite rehearsal/m);
      expect(out).toMatch(/^postgres:\/\/\S+ +2,000 +\d+ +[\d.]+ +[\d.]+ +[\d.]+ +\d+ +REHEARSAL_ROLLBACK_READY$/m);
      const written = JSON.parse(readFileSync(json, 'utf8')) as { format: string; rungs: Record<string, unknown>[] };
      expect(written.format).toBe('bench-scale/v1');
      expect(written.rungs.map((r) => [r.rows, r.status ?? null, r.refused === null])).toEqual([
        [2000, null, false],
        [2000, 'REHEARSAL_ROLLBACK_READY', true],
      ]);
      const plot = spawnSync(process.execPath, ['scripts/plotScale.mjs', json, join(work, 'scale.svg')], { encoding: 'utf8' });
      expect(plot.status, plot.stderr).toBe(0);
      expect(readFileSync(join(work, 'scale.svg'), 'utf8')).toMatch(/^<svg [\s\S]*<polyline [\s\S]*<\/svg>\n$/);
    });
  },
  ['postgres'],
);
