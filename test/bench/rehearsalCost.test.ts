import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureRehearsalCost } from '../../bench/rehearsalCost.ts';
import { parsePlan, resolveTarget } from '../../src/index.ts';

const PLAN = 'examples/real-world/chinook-sqlite/ready/plan.json';

describe('bench run', () => {
  it("times every step of a real rehearsal and the bare load and reads of the same clone source, and a whole run's peak memory", async () => {
    const target = resolveTarget('sqlite:');
    try {
      const result = await measureRehearsalCost(parsePlan(PLAN, readFileSync(PLAN)), target, {
        rounds: 1,
        targetSpec: 'sqlite:',
        planFile: PLAN,
        progress: () => {},
      });
      expect(result.status).toBe('REHEARSAL_ROLLBACK_READY');
      expect(result.steps.map((s) => s.step)).toEqual([
        'RX-0 create the clone',
        'RX-1 capture twice',
        'RX-2 integrity, preflight, boundary',
        'RX-3 transactional rollback',
        'RX-4 snapshot restore',
        'RX-4 the restore script, proved on the change applied again',
        'RX-5 verification',
        'RX-6 gate probes',
      ]);
      expect(result.steps.every((s) => s.seconds >= 0)).toBe(true);
      const sum = result.steps.reduce((n, s) => n + s.seconds, 0);
      expect(sum).toBeLessThanOrEqual(result.rehearsalSeconds + 1e-6);
      expect(result.baseline).toMatchObject({ loader: 'a copy of the SQLite file', tables: 11 });
      expect(result.ratio).toBeCloseTo(result.rehearsalSeconds / result.baselineSeconds, 10);
      expect(result.process?.peakRssBytes).toBeGreaterThan(50 * 2 ** 20);
    } finally {
      await target.close();
    }
  });

  it('needs a plan, and takes one for no other benchmark', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, ['bin/rehearse.js', 'bench', ...args], { encoding: 'utf8' });
    expect(run('run')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^rehearse: bench run needs a PLAN file$/m) });
    expect(run('gate', PLAN)).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^rehearse: bench gate takes no plan \(only bench run does\)$/m),
    });
  });
});
