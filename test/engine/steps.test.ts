/**
 * The engine reads as a list of named steps: each of RX-0 … RX-6 is one function in
 * REHEARSAL_STEPS, in order, with the codes it may block with beside it; together they name
 * every rehearsal code but the two that say a step could not look.
 */
import { describe, expect, it } from 'vitest';
import { REHEARSAL_CODES } from '../../src/codes.ts';
import { StepLedger } from '../../src/engine/stepLedger.ts';
import { REHEARSAL_STEPS } from '../../src/engine/rehearsalSteps.ts';
import { STEPS } from '../../src/engine/steps.ts';

describe('the rehearsal steps', () => {
  it('are RX-0 … RX-6 in order, one named function each', () => {
    expect(REHEARSAL_STEPS.map((s) => s.id)).toEqual(STEPS.map((s) => s.id));
    expect(REHEARSAL_STEPS.map((s) => s.run.name)).toEqual([
      'isolate',
      'proveEntryEqualsExit',
      'checkIntegrityAndBoundary',
      'rehearseTransactionalRollback',
      'rehearseSnapshotRestore',
      'verify',
      'probeGate',
    ]);
  });

  it('declare between them every code a finding can block with', () => {
    const declared = new Set(REHEARSAL_STEPS.flatMap((s) => s.blocksWith));
    expect([...declared].every((c) => (REHEARSAL_CODES as readonly string[]).includes(c))).toBe(true);
    expect(REHEARSAL_CODES.filter((c) => !declared.has(c))).toEqual(['CAPTURE_FAILED', 'STEP_FAILED']);
  });
});

describe('the step ledger', () => {
  it('starts every step NOT_RUN or NOT_REQUESTED, and passes only a step that found nothing', () => {
    const ledger = new StepLedger(['RX-4']);
    expect(ledger.all().map((r) => r.status)).toEqual(['NOT_RUN', 'NOT_RUN', 'NOT_RUN', 'NOT_RUN', 'NOT_REQUESTED', 'NOT_RUN', 'NOT_RUN']);
    ledger.current = 'RX-1';
    ledger.block('CAPTURE_MUTATED_STATE', { differs: 1 });
    ledger.block('CAPTURE_MUTATED_STATE');
    expect(ledger.finishStep('RX-1')).toBe(false);
    expect(ledger.record('RX-1')).toMatchObject({ status: 'BLOCKED', codes: ['CAPTURE_MUTATED_STATE'], details: { differs: 1 } });
    expect(ledger.finishStep('RX-0')).toBe(true);
    expect(ledger.ready()).toBe(false);
    expect(ledger.codes()).toEqual(['CAPTURE_MUTATED_STATE']);
  });

  it('is READY only when a mode ran and every step passed or was not requested', () => {
    const ledger = new StepLedger(['RX-4']);
    for (const s of STEPS) if (s.id !== 'RX-4') ledger.finishStep(s.id);
    expect(ledger.ready()).toBe(true);
    const none = new StepLedger(['RX-3', 'RX-4']);
    for (const s of STEPS) none.finishStep(s.id);
    expect(none.ready()).toBe(false);
  });
});
