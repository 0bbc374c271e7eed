/**
 * The checks a correct rehearsal never trips, each tripped on purpose (a clone or a part broken
 * one way), with the exact codes and details the engine must then give: RX-0's isolation lock,
 * the cluster census during the apply and after it, RX-5's leftovers, apply-file and validator
 * checks, a failed statement, and how a step that stops on an error is recorded. SQLite: the
 * engine's own logic, the same on every backend.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaptureError } from '../../src/capture/captureError.ts';
import { REAL_PARTS, runRehearsal, type RehearsalParts, type RunOptions } from '../../src/engine/runRehearsal.ts';
import { parsePlan, type RehearsalPlan } from '../../src/plan/parsePlan.ts';
import { PlanError } from '../../src/plan/planError.ts';
import { resolveTarget } from '../../src/targets/resolveTarget.ts';
import type { Census } from '../../src/targets/clusterCensus.ts';
import type { Clone, Target } from '../../src/targets/target.ts';
import { rewritingExec, withClones } from '../../properties/harness/withClones.ts';
import { loadExample } from '../support/examples.ts';

const work = mkdtempSync(join(tmpdir(), 'rehearse-verification-'));
const target = resolveTarget('sqlite:');
afterAll(async () => {
  await target.close();
  rmSync(work, { recursive: true, force: true });
});

const run = (plan: RehearsalPlan, t: Target = target, parts: Partial<RehearsalParts> = {}, options: Partial<RunOptions> = {}) =>
  runRehearsal(plan, t, { parts: { ...REAL_PARTS, ...parts }, progress: () => {}, onClone: () => {}, ...options });
const step = (result: Awaited<ReturnType<typeof run>>, id: string) => result.steps.find((s) => s.id === id)!;
const statuses = (result: Awaited<ReturnType<typeof run>>) => result.steps.map((s) => `${s.id} ${s.status}`);

/** A plan of our own beside a copy of the example before-state: `apply` is the batch, the delta and modes as given. */
function planOf(name: string, apply: string, delta: Record<string, number>, modes: string[] = ['txn', 'snapshot']): RehearsalPlan {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  copyFileSync('examples/before.sql', join(dir, 'before.sql'));
  writeFileSync(join(dir, 'apply.sql'), apply);
  const plan = {
    format: 'rehearsal-plan/v1',
    clone_from: { sql: 'before.sql' },
    apply: { file: 'apply.sql', sha256: createHash('sha256').update(apply).digest('hex') },
    expected_delta: delta,
    modes,
  };
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
  return parsePlan(join(dir, 'plan.json'), readFileSync(join(dir, 'plan.json')));
}

describe('RX-0: the isolation lock', () => {
  it.each([
    ['a clone that says it is production', { is_production: true }],
    ['a clone the engine did not make', { created_by_engine: false }],
    ['a lock that is not a clone', { kind: 'database' }],
  ])('%s is never rehearsed', async (_name, lock) => {
    const result = await run(
      loadExample('ready'),
      withClones(target, (clone) => ({ ...clone, isolation: { ...clone.isolation, ...lock } as Clone['isolation'] })),
    );
    expect(result.codes).toEqual(['ISOLATION_NOT_PROVEN']);
    expect(statuses(result)).toEqual([
      'RX-0 BLOCKED',
      'RX-1 NOT_RUN',
      'RX-2 NOT_RUN',
      'RX-3 NOT_RUN',
      'RX-4 NOT_RUN',
      'RX-5 NOT_RUN',
      'RX-6 NOT_RUN',
    ]);
    expect(result.proof).toBeNull();
  });
});

describe('the cluster census', () => {
  /** A SQLite clone with a census the test sets: the backend has no cluster, so the engine's REPEATABLE READ is plain BEGIN here. */
  const withCensus = (census: (where: 'outside' | 'session') => Census) =>
    withClones(target, (clone) => ({
      ...clone,
      census: async (where) => census(where),
      session: rewritingExec(clone, (sql) => (sql === 'BEGIN ISOLATION LEVEL REPEATABLE READ' ? 'BEGIN' : sql)),
    }));
  const census = (parts: Record<string, string[]>): Census => new Map(Object.entries(parts).map(([k, v]) => [k, new Set(v)]));

  it('unchanged: READY', async () => {
    const result = await run(
      loadExample('ready'),
      withCensus(() => census({ role: ['postgres x'] })),
    );
    expect(result.status).toBe('REHEARSAL_ROLLBACK_READY');
    expect(step(result, 'RX-5').details.cluster_changes).toEqual([]);
  });

  it.each([
    ['the batch made to the cluster (seen in its own transaction)', 'session', 2],
    ['another session made while the batch ran (seen outside it)', 'outside', 3],
  ] as const)('a change %s blocks RX-3, rolled back, naming it', async (_what, where, nth) => {
    // Census calls: outside at RX-0; in RX-3 outside, then in the transaction, before the batch; in it, then outside, after.
    const calls = { outside: 0, session: 0 };
    const inApply = await run(
      loadExample('ready'),
      withCensus((w) => census({ role: ++calls[w] === nth && w === where ? ['postgres x', 'intruder y'] : ['postgres x'] })),
    );
    expect(inApply.codes).toEqual(['SIDE_EFFECT_LEFT']);
    expect(step(inApply, 'RX-3').status).toBe('BLOCKED');
    expect(step(inApply, 'RX-3').details.cluster_changes).toEqual(['role added or changed: intruder']);
  });

  it('any change between RX-0 and RX-5, whoever made it, blocks RX-5: what outlives a rollback, and what someone else did', async () => {
    let phase = 'before';
    const progress = (line: string) => {
      if (line.startsWith('RX-5')) phase = 'verify';
    };
    const slot = await run(
      loadExample('ready'),
      withCensus(() => census({ 'replication slot': phase === 'verify' ? ['s1'] : [] })),
      {},
      { progress },
    );
    expect(slot.codes).toEqual(['SIDE_EFFECT_LEFT']);
    expect(step(slot, 'RX-5').details.cluster_changes).toEqual(['replication slot added or changed: s1']);
    phase = 'before';
    const role = await run(
      loadExample('ready'),
      withCensus(() => census({ role: phase === 'verify' ? ['other z'] : [] })),
      {},
      { progress },
    );
    expect(role.codes).toEqual(['SIDE_EFFECT_LEFT']);
    expect(step(role, 'RX-5').details.cluster_changes).toEqual(['role added or changed: other']);
  });
});

describe('RX-5: verification', () => {
  const leaving = (leftovers: Partial<Awaited<ReturnType<Clone['leftovers']>>>) =>
    withClones(target, (clone) => ({ ...clone, leftovers: async () => ({ ...(await clone.leftovers()), ...leftovers }) }));

  it.each([
    ['a prepared transaction', { preparedTransactions: 1 }, ['SIDE_EFFECT_LEFT']],
    ['an advisory lock', { advisoryLocks: 2 }, ['SIDE_EFFECT_LEFT']],
    ['an open transaction', { openTransaction: true }, ['OPEN_TRANSACTION_LEFT']],
  ])('%s left behind blocks it', async (_name, leftovers, codes) => {
    const result = await run(loadExample('ready'), leaving(leftovers));
    expect(result.codes).toEqual(codes);
    expect(statuses(result)).toEqual(['RX-0 PASS', 'RX-1 PASS', 'RX-2 PASS', 'RX-3 PASS', 'RX-4 PASS', 'RX-5 BLOCKED', 'RX-6 PASS']);
    expect(step(result, 'RX-5').details.leftovers).toMatchObject(leftovers);
  });

  it('a session that held something right after its apply transaction blocks it', async () => {
    let applied = false;
    const held = withClones(target, (clone) => ({
      ...clone,
      leftovers: async () => {
        const l = await clone.leftovers();
        if (applied) return l;
        applied = true;
        return { ...l, advisoryLocks: 1 };
      },
    }));
    const result = await run(loadExample('ready'), held);
    expect(result.codes).toEqual(['SIDE_EFFECT_LEFT']);
    expect(step(result, 'RX-5').details.leftovers).toEqual({ openTransaction: false, preparedTransactions: 0, advisoryLocks: 0 });
    expect((step(result, 'RX-5').details.leftovers_after_apply as unknown[])[0]).toMatchObject({ advisoryLocks: 1 });
  });

  it('an apply file changed after RX-2 blocks it', async () => {
    const plan = planOf('changed-apply', "INSERT INTO birth_registry VALUES (9, 'Ada', '2024-01-01', 'c');\n", { birth_registry: 1 });
    const result = await run(
      plan,
      target,
      {},
      {
        progress: (line) => {
          if (line.startsWith('RX-5')) writeFileSync(plan.applyFile, 'DELETE FROM birth_registry;\n');
        },
      },
    );
    expect(result.codes).toEqual(['APPLY_FILE_HASH_MISMATCH']);
    expect(step(result, 'RX-5').status).toBe('BLOCKED');
    expect(step(result, 'RX-2').status).toBe('PASS');
  });

  it('a proof the validator refuses blocks it, with the verdict and its codes', async () => {
    const result = await run(loadExample('ready'), target, {
      validateRollbackProof: () => ({ verdict: 'FAIL', codes: ['PROOF_SHAPE'], findings: [] }) as never,
    });
    expect(result.codes).toEqual(['VALIDATOR_FAILED']);
    expect(step(result, 'RX-5').details.validator).toEqual({ verdict: 'FAIL', codes: ['PROOF_SHAPE'] });
  });
});

describe('the apply transaction', () => {
  it('a failing statement blocks the mode with APPLY_FAILED, naming the statement, and nothing of the batch stays', async () => {
    const plan = planOf(
      'failing',
      "INSERT INTO birth_registry VALUES (9, 'Ada', '2024-01-01', 'c');\nINSERT INTO birth_registry VALUES (1, 'Dup', '2024-01-01', 'c');\n",
      { birth_registry: 2 },
      ['txn'],
    );
    const result = await run(plan);
    expect(result.codes).toEqual(['APPLY_FAILED']);
    expect(String(step(result, 'RX-3').details.apply_error)).toMatch(/^statement 2: .*UNIQUE constraint failed: birth_registry\.id/);
    expect(statuses(result)).toEqual([
      'RX-0 PASS',
      'RX-1 PASS',
      'RX-2 PASS',
      'RX-3 BLOCKED',
      'RX-4 NOT_REQUESTED',
      'RX-5 NOT_RUN',
      'RX-6 NOT_RUN',
    ]);
  });

  it('only the modes the plan asks for run', async () => {
    const plan = planOf('snapshot-only', "INSERT INTO birth_registry VALUES (9, 'Ada', '2024-01-01', 'c');\n", { birth_registry: 1 }, [
      'snapshot',
    ]);
    const result = await run(plan);
    expect(result.status).toBe('REHEARSAL_ROLLBACK_READY');
    expect(statuses(result)).toEqual(['RX-0 PASS', 'RX-1 PASS', 'RX-2 PASS', 'RX-3 NOT_REQUESTED', 'RX-4 PASS', 'RX-5 PASS', 'RX-6 PASS']);
  });
});

describe('a step that stops on an error', () => {
  it('a capture that cannot read says CAPTURE_FAILED, naming the relation, the error redacted', async () => {
    const result = await run(loadExample('ready'), target, {
      captureFingerprint: async () => {
        throw new CaptureError('main.t', 'permission denied near GATE_PASS');
      },
    });
    expect(result.codes).toEqual(['CAPTURE_FAILED']);
    const details = step(result, 'RX-1').details.capture_failed as { relation: string; error: string };
    expect(details.relation).toBe('main.t');
    expect(details.error).not.toContain('GATE_PASS');
    expect(statuses(result).slice(0, 3)).toEqual(['RX-0 PASS', 'RX-1 BLOCKED', 'RX-2 NOT_RUN']);
  });

  it('any other error says STEP_FAILED with its first line; bad input is rethrown for the caller', async () => {
    const failed = await run(loadExample('ready'), target, {
      captureFingerprint: async () => {
        throw new Error('disk on fire\nstack and all');
      },
    });
    expect(failed.codes).toEqual(['STEP_FAILED']);
    expect(step(failed, 'RX-1').details.error).toBe('disk on fire');
    await expect(
      run(loadExample('ready'), target, {
        captureFingerprint: async () => {
          throw new PlanError('plan.json: field x: bad');
        },
      }),
    ).rejects.toThrow('plan.json: field x: bad');
  });

  it('a clone that cannot be dropped is said, with the clone and the reason, and the location is kept for the evidence', async () => {
    let location = '';
    const stuck = withClones(target, (clone) => {
      location = clone.isolation.location;
      return {
        ...clone,
        dispose: async () => {
          await clone.dispose();
          throw new Error('in use\nby someone');
        },
      };
    });
    const result = await run(loadExample('ready'), stuck);
    expect(result.status).toBe('REHEARSAL_ROLLBACK_READY');
    expect(result.cloneLocation).toBe(location);
    expect(result.leftBehind).toEqual([`dropping the clone ${location}: in use`]);
    const clean = await run(loadExample('ready'));
    expect(clean.leftBehind).toEqual([]);
    expect(clean.cloneLocation).toMatch(/\.sqlite$|rehearse/);
  });
});

describe('what a failed restoration records', () => {
  it('a ROLLBACK that commits: ROLLBACK_NOT_RESTORED, naming the table', async () => {
    const committing = withClones(target, (clone) => ({
      ...clone,
      session: rewritingExec(clone, (sql) => (sql === 'ROLLBACK' ? 'COMMIT' : sql)),
    }));
    const plan = planOf('commits', "INSERT INTO birth_registry VALUES (9, 'Ada', '2024-01-01', 'c');\n", { birth_registry: 1 }, ['txn']);
    const result = await run(plan, committing);
    expect(result.codes).toEqual(['ROLLBACK_NOT_RESTORED']);
    expect(step(result, 'RX-3').details.not_restored).toEqual({ tables: ['birth_registry'], sequences: [], schema_objects: [] });
    expect(result.proof).toMatchObject({ entries: [{ id: 'RB-CLONE-TXN', restored_match: false }] });
  });

  it('a restore that restores nothing: SNAPSHOT_NOT_RESTORED, naming the table', async () => {
    const plan = planOf('no-restore', "INSERT INTO birth_registry VALUES (9, 'Ada', '2024-01-01', 'c');\n", { birth_registry: 1 }, [
      'snapshot',
    ]);
    const result = await run(
      plan,
      withClones(target, (clone) => ({ ...clone, restore: async () => {} })),
    );
    expect(result.codes).toEqual(['SNAPSHOT_NOT_RESTORED']);
    expect(step(result, 'RX-4').details.not_restored).toEqual({ tables: ['birth_registry'], sequences: [], schema_objects: [] });
    expect(result.proof).toMatchObject({ entries: [{ id: 'RB-CLONE-SNAPSHOT', mode: 'snapshot', restored_match: false }] });
  });

  it('rows the plan did not expect in another table: DELTA_MISMATCH lists them with expected 0', async () => {
    const plan = planOf(
      'extra-table',
      "INSERT INTO birth_registry VALUES (9, 'Ada', '2024-01-01', 'c');\nINSERT INTO os_proposal_approvals VALUES (7, 'x');\n",
      { birth_registry: 1 },
      ['txn'],
    );
    const result = await run(plan);
    expect(result.codes).toEqual(['DELTA_MISMATCH']);
    expect(step(result, 'RX-3').details).toMatchObject({
      delta: { birth_registry: 1, os_proposal_approvals: 1 },
      expected_delta: { birth_registry: 1 },
      mismatched: [{ table: 'os_proposal_approvals', expected: 0, actual: 1 }],
    });
  });

  it('an entry capture that differs from the exit: what differs, or that the capture contradicts itself', async () => {
    let calls = 0;
    const differing = await run(loadExample('ready'), target, {
      captureFingerprint: async (state, scope) => {
        const fp = await REAL_PARTS.captureFingerprint(state, scope);
        if (++calls !== 2) return fp;
        const [id, t] = Object.entries(fp.tables)[0]!;
        return { ...fp, tables: { ...fp.tables, [id]: { ...t, content_hash: 'sha256:x' } }, top_hash: 'sha256:y' };
      },
    });
    expect(differing.codes).toEqual(['CAPTURE_MUTATED_STATE']);
    expect(step(differing, 'RX-1').details.differs).toEqual({ tables: ['birth_registry'], sequences: [], schema_objects: [] });
    calls = 0;
    const contradicting = await run(loadExample('ready'), target, {
      captureFingerprint: async (state, scope) => {
        const fp = await REAL_PARTS.captureFingerprint(state, scope);
        return ++calls === 2 ? { ...fp, top_hash: 'sha256:y' } : fp;
      },
    });
    expect(step(contradicting, 'RX-1').details.differs).toEqual({
      inconsistent: 'fingerprints are inconsistent: the top hash disagrees with their parts',
    });
  });
});
