/**
 * The forbidden fail-open cases (issue: rehearsal engine, part 9). Each breaks one part of the
 * engine or the clone in a way real tools have, and the rehearsal must come out BLOCKED.
 */
import { expect, it } from 'vitest';
import type { Fingerprint } from '../../src/capture/fingerprint.ts';
import { REAL_PARTS, runRehearsal, type RehearsalParts } from '../../src/engine/runRehearsal.ts';
import type { Target } from '../../src/targets/target.ts';
import { rewritingExec, withClones } from '../../properties/harness/withClones.ts';
import { describeEachTarget } from '../support/targets.ts';
import { loadExample } from '../support/examples.ts';

const run = (target: Target, parts: Partial<RehearsalParts> = {}, example = 'ready') =>
  runRehearsal(loadExample(example), target, { parts: { ...REAL_PARTS, ...parts }, progress: () => {}, onClone: () => {} });

describeEachTarget('fail-open cases are blocked', (target) => {
  it('the control: the unbroken engine is READY', async () => {
    expect((await run(target())).status).toBe('REHEARSAL_ROLLBACK_READY');
  });

  it('emitting a pass while a step is blocked: a validator that passes everything does not rescue a wrong delta', async () => {
    const result = await run(
      target(),
      { validateRollbackProof: () => ({ verdict: 'PASS', codes: [], findings: [] }) },
      'blocked-wrong-delta',
    );
    expect(result.status).toBe('REHEARSAL_BLOCKED');
    expect(result.codes).toEqual(['DELTA_MISMATCH']);
  });

  it('emitting a pass while a step is blocked: a gate that allows everything fails RX-6', async () => {
    const result = await run(target(), {
      decideRequest: () => ({ format: 'gate-decision/v1', decision: 'ALLOW', codes: [], reasons: [] }),
    });
    expect(result.status).toBe('REHEARSAL_BLOCKED');
    expect(result.codes).toEqual(['PROBE_FAILED_OPEN']);
  });

  it('declaring rollback clean without re-capturing', async () => {
    let first: Fingerprint | null = null;
    const stale: RehearsalParts['captureFingerprint'] = async (state, scope) =>
      (first ??= await REAL_PARTS.captureFingerprint(state, scope));
    const result = await run(target(), { captureFingerprint: stale });
    expect(result.status).toBe('REHEARSAL_BLOCKED');
    expect(result.codes).toContain('ROLLBACK_APPLY_DID_NOT_MUTATE');
  });

  it('skipping the entry == exit proof: a capture that changes what it reads is caught at RX-1', async () => {
    let calls = 0;
    const unstable: RehearsalParts['captureFingerprint'] = async (state, scope) => {
      const fp = await REAL_PARTS.captureFingerprint(state, scope);
      return ++calls === 2 ? { ...fp, top_hash: `sha256:${'0'.repeat(64)}` } : fp;
    };
    const result = await run(target(), { captureFingerprint: unstable });
    expect(result.codes).toEqual(['CAPTURE_MUTATED_STATE']);
    expect(result.steps.slice(2).every((s) => s.status === 'NOT_RUN')).toBe(true);
  });

  it('treating "no error" as "rolled back": a ROLLBACK that silently commits', async () => {
    const committing = withClones(target(), (clone) => ({
      ...clone,
      session: rewritingExec(clone, (sql) => (sql === 'ROLLBACK' ? 'COMMIT' : sql)),
    }));
    const result = await run(committing);
    expect(result.status).toBe('REHEARSAL_BLOCKED');
    expect(result.codes).toContain('ROLLBACK_NOT_RESTORED');
  });

  it('leaving an open transaction', async () => {
    const leaky = withClones(target(), (clone) => ({
      ...clone,
      restore: async (snapshot) => {
        await clone.restore(snapshot);
        await clone.session.exec('BEGIN');
      },
    }));
    const result = await run(leaky);
    expect(result.status).toBe('REHEARSAL_BLOCKED');
    expect(result.codes).toContain('OPEN_TRANSACTION_LEFT');
  });

  it('restoring from an unverified snapshot: a snapshot that does not hold the before state is never restored', async () => {
    let restored = false;
    const bad = withClones(target(), (clone) => ({
      ...clone,
      snapshot: async () => {
        await clone.ownerSession.exec(
          "INSERT INTO birth_registry (id, child_name, born_on, registered_by) VALUES (99, 'Stray', '2024-01-01', 'x')",
        );
        const snapshot = await clone.snapshot();
        await clone.ownerSession.exec('DELETE FROM birth_registry WHERE id = 99');
        return snapshot;
      },
      restore: async (snapshot) => {
        restored = true;
        await clone.restore(snapshot);
      },
    }));
    const result = await run(bad);
    expect(result.status).toBe('REHEARSAL_BLOCKED');
    expect(result.codes).toContain('SNAPSHOT_NOT_RESTORED');
    expect(result.steps.find((s) => s.id === 'RX-4')!.details.snapshot_unverified).toBe(true);
    expect(restored).toBe(false);
  });
});
