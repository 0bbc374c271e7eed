/**
 * Every property by its stable id, instantiated for a target: what the regression gate and the
 * fuzz run use to turn a fixture's property id back into the check it failed.
 */
import { boundaryDisguisedWritesRefused } from './boundaryDisguisedWritesRefused.ts';
import { boundaryServerGrammar } from './boundaryServerGrammar.ts';
import { rehearsalApplyLeastPrivilege } from './rehearsalApplyLeastPrivilege.ts';
import { rehearsalExecutorAsWritten } from './rehearsalExecutorAsWritten.ts';
import { restoreScriptRestoresBefore } from './restoreScriptRestoresBefore.ts';
import { restoreScriptAbortsWhenRowsMoved } from './restoreScriptAbortsWhenRowsMoved.ts';
import { rehearsalNothingOutsideTheClone } from './rehearsalNothingOutsideTheClone.ts';
import { boundaryNamesWhatItRuns } from './boundaryNamesWhatItRuns.ts';
import { captureDetectsEveryChange } from './captureDetectsEveryChange.ts';
import { captureEntryEqualsExit } from './captureEntryEqualsExit.ts';
import { captureOrderIndependent } from './captureOrderIndependent.ts';
import { captureSeesEveryObjectChange } from './captureSeesEveryObjectChange.ts';
import { evidenceTreeHashReproducible } from './evidenceTreeHashReproducible.ts';
import { gateControlAllowed } from './gateControlAllowed.ts';
import { gateFailClosed } from './gateFailClosed.ts';
import { outputNoSealToken } from './outputNoSealToken.ts';
import type { SuiteProperty } from './harness/property.ts';
import { rehearsalReadyImpliesRestored } from './rehearsalReadyImpliesRestored.ts';
import { rehearsalSideEffectsBlock } from './rehearsalSideEffectsBlock.ts';
import { rollbackSnapshotRestoresBefore, rollbackTxnRestoresBefore } from './rollbackRestoresBefore.ts';
import { ScratchPool } from './harness/scratch.ts';
import { validatorAcceptsGenuineProofs } from './validatorAcceptsGenuineProofs.ts';
import { validatorRejectsForgedProofs } from './validatorRejectsForgedProofs.ts';
import type { Target } from '../src/index.ts';

export interface PropertyInstance {
  readonly property: SuiteProperty<any>;
  /** Releases what the instance holds (a scratch clone). */
  dispose(): Promise<void>;
}

const plain = (property: SuiteProperty<any>) => (): PropertyInstance => ({ property, dispose: async () => {} });
const pooled =
  (make: (pool: ScratchPool) => SuiteProperty<any>) =>
  (target: Target | null): PropertyInstance => {
    // The pool opens nothing until a case runs, so a property can be looked at (its cost, its domain) without a target.
    const pool = new ScratchPool(() => {
      if (!target) throw new Error('this property needs a target');
      return target;
    });
    return { property: make(pool), dispose: () => pool.close() };
  };

export const PROPERTY_REGISTRY: Readonly<Record<string, (target: Target | null) => PropertyInstance>> = Object.freeze({
  'capture.entry-equals-exit': pooled(captureEntryEqualsExit),
  'capture.detects-every-change': pooled(captureDetectsEveryChange),
  'capture.order-independent': pooled(captureOrderIndependent),
  'capture.sees-every-object-change': pooled(captureSeesEveryObjectChange),
  'rollback.txn-restores-before': plain(rollbackTxnRestoresBefore),
  'rollback.snapshot-restores-before': plain(rollbackSnapshotRestoresBefore),
  'rehearsal.ready-implies-restored': plain(rehearsalReadyImpliesRestored),
  'rehearsal.side-effects-block': plain(rehearsalSideEffectsBlock),
  'rehearsal.apply-least-privilege': plain(rehearsalApplyLeastPrivilege),
  'rehearsal.nothing-outside-the-clone': plain(rehearsalNothingOutsideTheClone),
  'rehearsal.executor-as-written': plain(rehearsalExecutorAsWritten),
  'restore-script.restores-before': plain(restoreScriptRestoresBefore),
  'restore-script.aborts-when-rows-moved': plain(restoreScriptAbortsWhenRowsMoved),
  'boundary.names-what-it-runs': plain(boundaryNamesWhatItRuns),
  'boundary.disguised-writes-refused': plain(boundaryDisguisedWritesRefused),
  'boundary.server-grammar': plain(boundaryServerGrammar),
  'gate.fail-closed': plain(gateFailClosed),
  'gate.control-allowed': plain(gateControlAllowed),
  'output.no-seal-token': plain(outputNoSealToken),
  'validator.rejects-forged-proofs': plain(validatorRejectsForgedProofs),
  'validator.accepts-genuine-proofs': plain(validatorAcceptsGenuineProofs([])),
  'evidence.tree-hash-reproducible': plain(evidenceTreeHashReproducible),
});

/** Whether a property runs without a database (once per run, not once per target). */
export function isPureProperty(id: string): boolean {
  return PROPERTY_REGISTRY[id]!(null).property.cost === 'pure';
}
