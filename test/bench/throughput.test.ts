/** `rehearse bench throughput` measures what it says (no timing is asserted: machines are noisy). */
import { expect, it } from 'vitest';
import { measureThroughput } from '../../bench/throughput.ts';
import { resolveTarget } from '../../src/index.ts';

it('times the harness, the bare work and the floor over the same cases, and reports the ratios of their times', async () => {
  const target = resolveTarget('sqlite:');
  const lines: string[] = [];
  try {
    const r = await measureThroughput(target, 'sqlite', 10, 1, (line) => lines.push(line));
    expect(r.target).toBe('sqlite');
    expect(r.cases).toBe(10);
    for (const seconds of [r.harnessSeconds, r.bareSeconds, r.floorSeconds]) expect(seconds).toBeGreaterThan(0);
    expect(r.ratio).toBeCloseTo(r.harnessSeconds / r.bareSeconds, 10);
    expect(r.floorRatio).toBeCloseTo(r.floorSeconds / r.bareSeconds, 10);
    expect(r.harnessCasesPerSecond).toBeCloseTo(10 / r.harnessSeconds, 10);
    expect(lines).toEqual(['sqlite: 10/10 cases']);
  } finally {
    await target.close();
  }
});
