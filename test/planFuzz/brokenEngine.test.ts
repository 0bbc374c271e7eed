/**
 * The plan fuzz has teeth: pointed at a target whose ROLLBACK silently commits, it reports the
 * state not restored — even with every other code declared acceptable — and a clone left
 * changed is replaced before the next case.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fuzzPlan, openWorkbench } from '../../properties/planFuzz/planFuzz.ts';
import { rewritingExec, withClones } from '../../properties/harness/withClones.ts';
import { parsePlan, REHEARSAL_CODES, resolveTarget, type RehearsalCode } from '../../src/index.ts';
import { stateRows } from '../../src/schema/schemaModel.ts';

const PLAN = 'examples/real-world/chinook-sqlite/ready/plan.json';

describe('rehearse fuzz --plan against a broken engine', () => {
  it('reports ROLLBACK_NOT_RESTORED, which no --expect-blocked can excuse, and goes on with a fresh clone', async () => {
    const real = resolveTarget('sqlite:');
    let clones = 0;
    const target = withClones(real, (clone) => {
      clones++;
      return { ...clone, session: rewritingExec(clone, (sql) => (sql === 'ROLLBACK' ? 'COMMIT' : sql)) };
    });
    const excused = REHEARSAL_CODES.filter((c) => !/NOT_RESTORED$/.test(c)) as RehearsalCode[];
    const workbench = await openWorkbench(parsePlan(PLAN, readFileSync(PLAN)), target, {
      expectBlocked: excused,
      samplePerTable: 10,
      progress: () => {},
    });
    try {
      const result = await fuzzPlan(workbench, {
        maxFailures: 1,
        budgetMs: 20_000,
        seed: 1,
        maxRowsPerTable: 2,
        shrinkAttempts: 40,
        progress: () => {},
        progressEveryMs: 60_000,
      });
      expect(result.cases).toBe(1);
      const failure = result.failure!;
      expect(failure.verdict.ok).toBe(false);
      expect(failure.verdict.codes).toContain('ROLLBACK_NOT_RESTORED');
      expect(failure.verdict.step).toBe('RX-3');
      // Whatever the rows, the batch's row stays: the smallest such state is the empty one.
      expect(stateRows(failure.state)).toBe(0);
      // Every rehearsal that left its clone changed had it replaced before the next.
      expect(clones).toBeGreaterThan(failure.shrinkAttempts);
    } finally {
      await workbench.close();
      await target.close();
    }
  }, 120_000);
});
