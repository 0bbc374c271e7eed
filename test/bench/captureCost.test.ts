/** `rehearse bench capture` measures on every target (no timing is asserted: machines are noisy). */
import { expect, it } from 'vitest';
import { measureCaptureCost } from '../../bench/captureCost.ts';
import { describeEachTarget } from '../support/targets.ts';

describeEachTarget('bench capture', (target) => {
  it('loads its table on the clone, and times a capture of every row against the bare read of them', async () => {
    const lines: string[] = [];
    const r = await measureCaptureCost(target(), { rows: 2000, repeats: 1, progress: (line) => lines.push(line) });
    expect(r.rows).toBe(2000);
    expect(r.bareSeconds).toBeGreaterThan(0);
    expect(r.captureSeconds).toBeGreaterThan(0);
    expect(r.ratio).toBeCloseTo(r.captureSeconds / r.bareSeconds, 10);
    expect(lines.some((l) => l.endsWith('loading 1800 more rows'))).toBe(true);
  });
});
