import { describe, expect, it } from 'vitest';
import { StepLedger } from '../../src/engine/stepLedger.ts';
import { STEPS } from '../../src/engine/steps.ts';

const passAll = (ledger: StepLedger, except: string[] = []) => {
  for (const s of STEPS) if (!except.includes(s.id)) ledger.finishStep(s.id);
};
const statuses = (ledger: StepLedger) => ledger.all().map((r) => `${r.id} ${r.status}`);

describe('the step ledger', () => {
  it('starts every step NOT_RUN, or NOT_REQUESTED, under way at RX-0, with each step named', () => {
    const ledger = new StepLedger(['RX-4']);
    expect(statuses(ledger)).toEqual([
      'RX-0 NOT_RUN',
      'RX-1 NOT_RUN',
      'RX-2 NOT_RUN',
      'RX-3 NOT_RUN',
      'RX-4 NOT_REQUESTED',
      'RX-5 NOT_RUN',
      'RX-6 NOT_RUN',
    ]);
    expect(ledger.current).toBe('RX-0');
    expect(ledger.all().map((r) => r.name)).toEqual(STEPS.map((s) => s.name));
    expect(ledger.all().every((r) => r.codes.length === 0 && Object.keys(r.details).length === 0)).toBe(true);
  });

  it('blocks the step under way (or the one named) with each code once, merging details', () => {
    const ledger = new StepLedger([]);
    ledger.current = 'RX-3';
    ledger.block('DELTA_MISMATCH', { a: 1 });
    ledger.block('DELTA_MISMATCH', { b: 2 });
    ledger.block('APPLY_FAILED');
    ledger.block('PROBE_FAILED_OPEN', undefined, 'RX-6');
    expect(ledger.record('RX-3')).toMatchObject({ status: 'BLOCKED', codes: ['DELTA_MISMATCH', 'APPLY_FAILED'], details: { a: 1, b: 2 } });
    expect(ledger.record('RX-6')).toMatchObject({ status: 'BLOCKED', codes: ['PROBE_FAILED_OPEN'], details: {} });
    expect(ledger.details).toBe(ledger.record('RX-3').details);
    expect(ledger.codes()).toEqual(['DELTA_MISMATCH', 'APPLY_FAILED', 'PROBE_FAILED_OPEN']);
  });

  it('finishes a step PASS only when it ran with no finding', () => {
    const ledger = new StepLedger(['RX-4']);
    ledger.block('CAPTURE_FAILED', undefined, 'RX-1');
    expect(ledger.finishStep('RX-0')).toBe(true);
    expect(ledger.finishStep('RX-1')).toBe(false);
    expect(ledger.finishStep('RX-4')).toBe(false);
    expect(statuses(ledger).slice(0, 2)).toEqual(['RX-0 PASS', 'RX-1 BLOCKED']);
    expect(ledger.record('RX-4').status).toBe('NOT_REQUESTED');
  });

  it('is READY only with no code, every step passed or not requested, and at least one mode rehearsed', () => {
    const all = new StepLedger([]);
    passAll(all);
    expect(all.ready()).toBe(true);
    const txnOnly = new StepLedger(['RX-4']);
    passAll(txnOnly);
    expect(txnOnly.ready()).toBe(true);
    const snapshotOnly = new StepLedger(['RX-3']);
    passAll(snapshotOnly);
    expect(snapshotOnly.ready()).toBe(true);
    const noMode = new StepLedger(['RX-3', 'RX-4']);
    passAll(noMode);
    expect(noMode.ready()).toBe(false);
    const notRun = new StepLedger([]);
    passAll(notRun, ['RX-6']);
    expect(notRun.ready()).toBe(false);
    const blocked = new StepLedger([]);
    passAll(blocked);
    blocked.block('SIDE_EFFECT_LEFT', undefined, 'RX-5');
    expect(blocked.ready()).toBe(false);
  });
});
