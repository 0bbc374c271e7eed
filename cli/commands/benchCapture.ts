import { writeGuardedFile } from '../../src/guard/guardedOutput.ts';
import { availableTargets, resolveTarget, type Target } from '../../src/index.ts';
import { measureCaptureCost, type CaptureCostResult } from '../../bench/captureCost.ts';
import type { Output } from '../output.ts';

export interface BenchCaptureOptions {
  readonly rows: number;
  readonly repeats: number;
  readonly targets: readonly string[] | null;
  readonly json: string | null;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** `rehearse bench capture`: capture time over bare streaming time, and capture's memory. */
export async function benchCapture(output: Output, options: BenchCaptureOptions): Promise<number> {
  const specs =
    options.targets ??
    (await availableTargets(process.env)).flatMap((t) => {
      if (t.spec === null) output.err(`bench capture: skipping ${t.name}: ${t.reason}`);
      return t.spec === null ? [] : [t.spec];
    });
  const targets: Target[] = specs.map((spec) => resolveTarget(spec));
  const results: CaptureCostResult[] = [];
  for (const target of targets) {
    try {
      results.push(
        await measureCaptureCost(target, {
          rows: options.rows,
          repeats: options.repeats,
          progress: (line) => output.err(`bench capture: ${line}`),
        }),
      );
    } finally {
      await target.close();
    }
  }
  output.out(`capture cost, ${options.rows} rows, median of ${options.repeats} interleaved rounds`);
  output.out('target           bare s  capture s  ratio  capture memory (1/10 rows -> all rows)  bare memory');
  for (const r of results) {
    output.out(
      `${r.target.padEnd(16)} ${r.bareSeconds.toFixed(3).padStart(6)}  ${r.captureSeconds.toFixed(3).padStart(9)}  ${r.ratio.toFixed(2).padStart(5)}  ${`${mib(r.captureMemoryTenthBytes)} -> ${mib(r.captureMemoryFullBytes)}`.padEnd(38)}  ${mib(r.bareMemoryFullBytes)}`,
    );
  }
  if (options.json) writeGuardedFile(options.json, `${JSON.stringify({ format: 'bench-capture/v1', results }, null, 2)}\n`);
  return 0;
}
