import { describe, expect, it } from 'vitest';
import { benchPlanFuzz } from '../../bench/planFuzz.ts';
import { memoryOutput } from '../../cli/output.ts';

describe('bench plan-fuzz', () => {
  it('times the plan fuzz and rollback.txn-restores-before in turn, on states of matched size, and says the ratio', async () => {
    const output = memoryOutput();
    const [result, ...more] = await benchPlanFuzz(output, 'examples/real-world/chinook-sqlite/ready/plan.json', {
      cases: 6,
      seed: 1,
      targets: ['sqlite:'],
    });
    expect(more).toEqual([]);
    expect(result).toMatchObject({ target: 'sqlite:', cases: 6 });
    for (const rate of [result!.propertyCasesPerSecond, result!.planTxnCasesPerSecond, result!.planOwnModesCasesPerSecond])
      expect(rate).toBeGreaterThan(0);
    expect(result!.ratio).toBeCloseTo(result!.propertyCasesPerSecond / result!.planTxnCasesPerSecond, 10);
    // Each plan state is drawn to its property case's size.
    expect(Math.abs(result!.planRows - result!.propertyRows)).toBeLessThan(1.5);
    expect(output.stdout.join('\n')).toMatch(/^sqlite: +[\d.]+, [\d.]+ +[\d.]+ +[\d.]+ +[\d.]+ +[\d.]+$/m);
  }, 120_000);
});
