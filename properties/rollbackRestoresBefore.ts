import type { RehearsalCode } from '../src/codes.ts';
import { explainRehearsal } from './harness/explainRehearsal.ts';
import { planForBatch } from './harness/generatedPlan.ts';
import { InvariantViolation } from './harness/outcome.ts';
import type { SuiteProperty } from './harness/property.ts';
import { stateAndBatchCases, type StateAndBatch } from './harness/stateAndBatch.ts';

/** Codes that would mean the rollback did not bring the state back. */
const NOT_RESTORED: readonly RehearsalCode[] = [
  'ROLLBACK_NOT_RESTORED',
  'SNAPSHOT_NOT_RESTORED',
  'SEQUENCE_NOT_RESTORED',
  'SCHEMA_NOT_RESTORED',
];

function rollbackProperty(mode: 'txn' | 'snapshot'): SuiteProperty<StateAndBatch> {
  const step = mode === 'txn' ? 'RX-3' : 'RX-4';
  const sentence =
    mode === 'txn'
      ? 'After BEGIN, apply, ROLLBACK and the sequence reset, the state equals the before-state.'
      : 'After a verified snapshot, apply, COMMIT and restore, the state equals the before-state.';
  return {
    id: mode === 'txn' ? 'rollback.txn-restores-before' : 'rollback.snapshot-restores-before',
    sentence,
    cost: 'rehearsal',
    ...stateAndBatchCases,
    explain: ({ state, batch }, { engine, target }) => explainRehearsal(engine, target!, state, batch, { modes: [mode] }),
    check: async ({ state, batch }, { engine, target }) => {
      const generated = planForBatch(engine, target!, state, batch, { modes: [mode] });
      try {
        const result = await engine.runRehearsal(generated.plan, target!, { parts: engine.parts, progress: () => {}, onClone: () => {} });
        const record = result.steps.find((s) => s.id === step)!;
        const said = `${step} ${record.status}${record.codes.length ? ` with ${record.codes.join(', ')}` : ''}`;
        if (batch.failsMidway) {
          // Stop on the first error: the rehearsal is BLOCKED at this step, never READY.
          if (result.status === 'REHEARSAL_BLOCKED' && record.codes.includes('APPLY_FAILED')) return true;
          throw new InvariantViolation(sentence, `a batch built to fail midway was not stopped there: ${said}, rehearsal ${result.status}`);
        }
        // Otherwise the batch is valid: failing to apply it is a generator bug, not an expected refusal.
        if (record.codes.includes('APPLY_FAILED'))
          throw new Error(`generated batch failed to apply: ${String(record.details.apply_error)}`);
        if (result.steps[0]!.status !== 'PASS')
          throw new InvariantViolation(sentence, `RX-0 ${result.steps[0]!.status}: no clone to rehearse on`);
        // A generated batch is one an owner may run: a boundary refusal would leave the rollback unchecked (a vacuous case).
        const boundary = result.steps.find((s) => s.id === 'RX-2')!;
        if (boundary.status !== 'PASS')
          throw new InvariantViolation(
            sentence,
            `a generated batch never reached the rollback: RX-1 ${result.steps[1]!.status}, RX-2 ${boundary.status} ${boundary.codes.join(', ')} ${JSON.stringify(boundary.details).slice(0, 300)}`,
          );
        const notRestored = record.codes.filter((c) => NOT_RESTORED.includes(c));
        // A valid batch is READY, or BLOCKED because it changed nothing, or because no restore script can be written for
        // a table it changed (documented refusals: no key, a rule, a SQLite trigger); any other code is the engine failing it.
        const unexplained = result.codes.filter(
          (c) => c !== 'ROLLBACK_APPLY_DID_NOT_MUTATE' && c !== 'RESTORE_SCRIPT_UNAVAILABLE' && !NOT_RESTORED.includes(c),
        );
        if (notRestored.length === 0 && unexplained.length > 0)
          throw new InvariantViolation(sentence, `a valid batch was BLOCKED with ${unexplained.join(', ')}: ${said}`);
        if (notRestored.length === 0) return true;
        const what = record.details.not_restored ?? record.details;
        throw new InvariantViolation(sentence, `${said}: ${JSON.stringify(what)}`);
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
