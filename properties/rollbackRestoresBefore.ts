import type { RehearsalCode } from '../src/engine/steps.ts';
import { planForBatch } from './generatedPlan.ts';
import type { SuiteProperty } from './property.ts';
import { stateAndBatch, type StateAndBatch } from './stateAndBatch.ts';

/** Codes that would mean the rollback did not bring the state back. */
const NOT_RESTORED: readonly RehearsalCode[] = ['ROLLBACK_NOT_RESTORED', 'SNAPSHOT_NOT_RESTORED', 'SEQUENCE_NOT_RESTORED', 'SCHEMA_NOT_RESTORED'];

function rollbackProperty(mode: 'txn' | 'snapshot'): SuiteProperty<StateAndBatch> {
  const step = mode === 'txn' ? 'RX-3' : 'RX-4';
  return {
    id: mode === 'txn' ? 'rollback.txn-restores-before' : 'rollback.snapshot-restores-before',
    sentence: mode === 'txn'
      ? 'After BEGIN, apply, ROLLBACK and the sequence reset, the state equals the before-state.'
      : 'After a verified snapshot, apply, COMMIT and restore, the state equals the before-state.',
    cost: 'rehearsal',
    arbitrary: () => stateAndBatch,
    check: async ({ state, batch }, { engine, target }) => {
      const generated = planForBatch(engine, target!, state, batch, { modes: [mode] });
      try {
        const result = await engine.runRehearsal(generated.plan, target!, { parts: engine.parts, progress: () => {}, onClone: () => {} });
        const record = result.steps.find((s) => s.id === step)!;
        if (batch.failsMidway) {
          // Stop on the first error: the rehearsal is BLOCKED at this step, never READY.
          return result.status === 'REHEARSAL_BLOCKED' && record.codes.includes('APPLY_FAILED');
        }
        // Otherwise the batch is valid: failing to apply it is a generator bug, not an expected refusal.
        if (record.codes.includes('APPLY_FAILED')) throw new Error(`generated batch failed to apply: ${String(record.details.apply_error)}`);
        return record.codes.every((c) => !NOT_RESTORED.includes(c)) && result.steps[0]!.status === 'PASS';
      } finally {
        generated.remove();
      }
    },
  };
}

/** After BEGIN, apply, ROLLBACK and the sequence reset, the state equals the before-state. */
export const rollbackTxnRestoresBefore = rollbackProperty('txn');
/** After a verified snapshot, apply, COMMIT and restore, the state equals the before-state. */
export const rollbackSnapshotRestoresBefore = rollbackProperty('snapshot');
