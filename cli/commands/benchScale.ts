import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureScale, type ScaleRung } from '../../bench/scaleLadder.ts';
import { writeGuardedFile } from '../../src/guard/guardedOutput.ts';
import type { Output } from '../output.ts';

export interface BenchScaleOptions {
  readonly sizes: readonly number[];
  readonly targets: readonly string[];
  readonly repeats: number;
  readonly json: string | null;
}

const mib = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? 'n/a' : `${Math.round(bytes / 2 ** 20)}`);

/** One row of the ladder's table. */
function rungLine(rung: ScaleRung): string {
  const size = `${rung.rows.toLocaleString('en-US').padStart(12)} ${mib(rung.dumpBytes).padStart(8)}`;
  if (rung.cost === null) return `${rung.target.padEnd(34)} ${size}  does not fit: ${rung.refused}`;
  const c = rung.cost;
  return [
    rung.target.padEnd(34),
    size,
    c.rehearsalSeconds.toFixed(2).padStart(10),
    c.baselineSeconds.toFixed(2).padStart(9),
    c.ratio.toFixed(2).padStart(6),
    mib(c.process?.peakRssBytes).padStart(9),
    `  ${c.status}`,
  ].join(' ');
}

/** `rehearse bench scale`: the rehearsal of generated pgbench-shaped databases, size by size, on each target. */
export async function benchScale(output: Output, options: BenchScaleOptions): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'rehearse-bench-scale-'));
  try {
    output.out(
      `${'target'.padEnd(34)} ${'rows'.padStart(12)} ${'dump MiB'.padStart(8)} ${'rehearsal s'.padStart(10)} ${'bare s'.padStart(9)} ${'ratio'.padStart(6)} ${'peak MiB'.padStart(9)}  status`,
    );
    const rungs = await measureScale({
      sizes: options.sizes,
      targets: options.targets,
      rounds: options.repeats,
      work,
      progress: (line) => output.err(`bench scale: ${line}`),
      rung: (rung) => output.out(rungLine(rung)),
    });
    output.out('ratio: the rehearsal against the bare load (psql -f on a server, the driver on PGlite) and 5 plain reads of every table');
    output.out('peak: the resident memory of `rehearse run` in a process of its own');
    if (options.json) {
      const json = rungs.map((r) => ({ target: r.target, rows: r.rows, dump_bytes: r.dumpBytes, refused: r.refused, ...(r.cost ?? {}) }));
      writeGuardedFile(options.json, `${JSON.stringify({ format: 'bench-scale/v1', rungs: json }, null, 2)}\n`);
    }
    return rungs.some((r) => r.cost !== null && r.cost.status !== 'REHEARSAL_ROLLBACK_READY') ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
