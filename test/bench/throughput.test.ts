/** `rehearse bench throughput` measures what it says (no timing is asserted: machines are noisy). */
import { expect, it } from 'vitest';
import { measureThroughput } from '../../bench/throughput.ts';
import { describeEachTarget } from '../support/targets.ts';

describeEachTarget(
  'bench throughput',
  (target, name) => {
    it('times the harness, the bare work and the floor over the same cases, and reports the ratios of their times', async () => {
      const lines: string[] = [];
      const count = name === 'sqlite' ? 10 : 4;
      // Two warm-up cases each way: what is checked here is the bench's arithmetic, not its figures.
      const r = await measureThroughput(target(), name, count, 1, (line) => lines.push(line), 1, 2);
      expect(r.target).toBe(name);
      expect(r.cases).toBe(count);
      for (const seconds of [r.harnessSeconds, r.bareSeconds, r.floorSeconds]) expect(seconds).toBeGreaterThan(0);
      expect(r.ratio).toBeCloseTo(r.harnessSeconds / r.bareSeconds, 10);
      expect(r.floorRatio).toBeCloseTo(r.floorSeconds / r.bareSeconds, 10);
      expect(r.harnessCasesPerSecond).toBeCloseTo(count / r.harnessSeconds, 10);
      expect(lines).toEqual(count >= 10 ? [`${name}: 10/10 cases`] : []);
      expect(r.harnessOverFloor).toBeCloseTo(r.harnessSeconds / r.floorSeconds, 10);
      expect(r.rounds).toEqual([r.harnessOverFloor]);
    });

    if (name === 'sqlite')
      it('runs rounds of new cases and reports the round whose harness-to-floor ratio is the median', async () => {
        const lines: string[] = [];
        const r = await measureThroughput(target(), name, 10, 1, (line) => lines.push(line), 3, 2);
        expect(lines).toEqual([1, 2, 3].map((k) => `sqlite: round ${k}/3, 10/10 cases`));
        expect(r.rounds).toHaveLength(3);
        expect(r.harnessOverFloor).toBe([...r.rounds].sort((a, b) => a - b)[1]);
        expect(r.harnessOverFloor).toBeCloseTo(r.harnessSeconds / r.floorSeconds, 10);
      });
  },
  undefined,
  { reuseClones: true },
);
