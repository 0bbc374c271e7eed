import { expect, it } from 'vitest';
import { REAL_PARTS, runRehearsal } from '../../src/engine/runRehearsal.ts';
import { loadExample } from '../support/examples.ts';
import { describeEachTarget } from '../support/targets.ts';

/** The documented outcome of every example (examples/README.md). */
const EXAMPLES: [string, string[]][] = [
  ['ready', []],
  ['blocked-setval', ['BOUNDARY_VIOLATION']],
  ['blocked-commit-in-batch', ['BOUNDARY_VIOLATION']],
  ['blocked-advisory-lock', ['BOUNDARY_VIOLATION']],
  ['blocked-unjustified-update', ['BOUNDARY_VIOLATION']],
  ['blocked-data-modifying-cte', ['BOUNDARY_VIOLATION']],
  ['blocked-hash-mismatch', ['APPLY_FILE_HASH_MISMATCH']],
  ['blocked-wrong-delta', ['DELTA_MISMATCH']],
];

const quiet = { parts: REAL_PARTS, progress: () => {}, onClone: () => {} };

describeEachTarget('examples give their documented status', (target) => {
  it.each(EXAMPLES)('%s', async (name, codes) => {
    const result = await runRehearsal(loadExample(name), target(), quiet);
    expect(result.codes).toEqual(codes);
    expect(result.status).toBe(codes.length === 0 ? 'REHEARSAL_ROLLBACK_READY' : 'REHEARSAL_BLOCKED');
    expect(result.production_decision).toBe('HOLD_PRODUCTION');
    if (codes.length === 0) {
      expect(result.steps.map((s) => s.status)).toEqual(Array(7).fill('PASS'));
      expect(result.proof).toMatchObject({ format: 'rollback-proof/v3' });
    } else {
      // Fail closed: nothing after the blocking step claims to have passed.
      const blocked = result.steps.findIndex((s) => s.status === 'BLOCKED');
      expect(result.steps.slice(blocked + 1).every((s) => s.status === 'NOT_RUN')).toBe(true);
    }
  });
});
