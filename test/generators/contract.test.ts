import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { applyBatch, renderStatement } from '../../generators/applyBatch.ts';
import { beforeState, modelValueSchema, type BeforeStateModel } from '../../generators/beforeState.ts';
import { changeSchema, stateAndChange } from '../../generators/change.ts';
import { renderState } from '../../generators/render.ts';
import { forgedProofs, genuineProofs } from '../../generators/proofs.ts';
import { mutatedRequest } from '../../generators/requests.ts';
import { ScratchPool } from '../../properties/harness/scratch.ts';
import { describeEachTarget } from '../support/targets.ts';

/** How big a model is: every table, column, row and value counts, numbers and strings by magnitude. */
function size(value: unknown): number {
  if (typeof value === 'bigint') return 1 + Number(value < 0n ? -value : value) / 1e12;
  if (typeof value === 'number') return 1 + (Number.isFinite(value) ? Math.abs(value) / 1e12 : 1);
  if (typeof value === 'string') return 1 + [...value].length;
  if (value instanceof Uint8Array) return 1 + value.length;
  if (Array.isArray(value)) return 1 + value.reduce((n: number, v) => n + size(v), 0);
  if (value && typeof value === 'object') return 1 + Object.values(value).reduce((n: number, v) => n + size(v), 0);
  return 1;
}

describe('generator contracts', () => {
  it('the same seed gives the same requests and proofs', () => {
    const requests = fc.sample(
      mutatedRequest.filter((r) => r.bytes.length < 100_000),
      { seed: 9, numRuns: 30 },
    );
    expect(
      fc.sample(
        mutatedRequest.filter((r) => r.bytes.length < 100_000),
        { seed: 9, numRuns: 30 },
      ),
    ).toEqual(requests);
    expect(fc.sample(forgedProofs, { seed: 9, numRuns: 30 })).toEqual(fc.sample(forgedProofs, { seed: 9, numRuns: 30 }));
  });

  it('shrinking a failing proof ends smaller than it started', () => {
    let first: unknown = null;
    const result = fc.check(
      fc.property(genuineProofs, (p) => {
        if ((p.entries as unknown[]).length < 2) return true;
        first ??= p;
        return false;
      }),
      { seed: 11, numRuns: 200 },
    );
    expect(result.failed).toBe(true);
    expect(size(result.counterexample![0])).toBeLessThan(size(first));
  });

  it("the same seed gives the same before-state and change, and every change and value is its own schema's", () => {
    const sample = fc.sample(stateAndChange, { seed: 42, numRuns: 200 });
    expect(fc.sample(stateAndChange, { seed: 42, numRuns: 200 })).toEqual(sample);
    expect(new Set(sample.map((v) => v.change.kind)).size).toBeGreaterThanOrEqual(5);
    for (const { state, change } of sample) {
      expect(changeSchema.safeParse(change).success).toBe(true);
      for (const row of state.tables.flatMap((t) => t.rows))
        for (const value of row) expect(modelValueSchema.safeParse(value).success).toBe(true);
    }
  });

  it('the same seed gives the same before-state and batch', () => {
    const both = beforeState.chain((s) => applyBatch(s).map((b) => ({ s, b })));
    expect(fc.sample(both, { seed: 42, numRuns: 20 })).toEqual(fc.sample(both, { seed: 42, numRuns: 20 }));
  });

  it('shrinking a failing before-state ends smaller than it started', () => {
    // Fail on any state with at least one row, and compare the shrunk counterexample with the first one found.
    let first: BeforeStateModel | null = null;
    const result = fc.check(
      fc.property(beforeState, (s) => {
        if (s.tables.every((t) => t.rows.length === 0)) return true;
        first ??= s;
        return false;
      }),
      { seed: 7, numRuns: 200 },
    );
    expect(result.failed).toBe(true);
    const shrunk = result.counterexample![0] as BeforeStateModel;
    expect(size(shrunk)).toBeLessThan(size(first));
    expect(shrunk.tables.reduce((n, t) => n + t.rows.length, 0)).toBe(1);
  });
});

/**
 * The one legitimate refusal of generated SQL: the duplicate key a failing batch is built to hit.
 * Any other refusal is a generator bug.
 */
const LEGITIMATE_REFUSAL = /duplicate key value violates unique constraint|UNIQUE constraint failed/;

describeEachTarget('generated SQL is never refused by its backend', (target) => {
  const pool = new ScratchPool(target);
  afterAll(() => pool.close());

  it('before-states and batches render and run; a failing batch fails only where it was built to', async () => {
    const dialect = target().kind === 'sqlite' ? 'sqlite' : 'postgres';
    const pairs = fc.sample(
      beforeState.chain((s) => applyBatch(s).map((b) => ({ s, b }))),
      { seed: 1234, numRuns: 40 },
    );
    for (const { s, b } of pairs) {
      await pool.withScratch(async (scratch) => {
        await scratch.exec(renderState(s, dialect));
        const [first, ...rest] = b.statements.map((st) => renderStatement(s, st, dialect));
        // In one transaction, as a batch runs (a deferred foreign key is checked at COMMIT); the statement built to fail before it.
        if (b.failsMidway) await expect(scratch.exec(first!)).rejects.toThrow(LEGITIMATE_REFUSAL);
        await scratch.exec('BEGIN');
        for (const statement of b.failsMidway ? rest : [first!, ...rest]) await scratch.exec(statement);
        await scratch.exec('COMMIT');
      });
    }
  });
});
