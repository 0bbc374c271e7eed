import { it } from 'vitest';
import { evidenceTreeHashReproducible } from '../../properties/evidenceTreeHashReproducible.ts';
import { rehearsalReadyImpliesRestored } from '../../properties/rehearsalReadyImpliesRestored.ts';
import { rehearsalSideEffectsBlock } from '../../properties/rehearsalSideEffectsBlock.ts';
import { rehearsalApplyLeastPrivilege } from '../../properties/rehearsalApplyLeastPrivilege.ts';
import { rehearsalExecutorAsWritten } from '../../properties/rehearsalExecutorAsWritten.ts';
import { restoreScriptRestoresBefore } from '../../properties/restoreScriptRestoresBefore.ts';
import { restoreScriptAbortsWhenRowsMoved } from '../../properties/restoreScriptAbortsWhenRowsMoved.ts';
import { rehearsalNothingOutsideTheClone } from '../../properties/rehearsalNothingOutsideTheClone.ts';
import { boundaryNamesWhatItRuns } from '../../properties/boundaryNamesWhatItRuns.ts';
import { rollbackSnapshotRestoresBefore, rollbackTxnRestoresBefore } from '../../properties/rollbackRestoresBefore.ts';
import { expectPropertyHolds, PROPERTY_TIMEOUT } from '../support/properties.ts';
import { describeEachTarget } from '../support/targets.ts';

describeEachTarget(
  'rehearsal properties',
  (target) => {
    it('rollback.txn-restores-before', () => expectPropertyHolds(rollbackTxnRestoresBefore, target()), PROPERTY_TIMEOUT);
    it('rollback.snapshot-restores-before', () => expectPropertyHolds(rollbackSnapshotRestoresBefore, target()), PROPERTY_TIMEOUT);
    it('rehearsal.ready-implies-restored', () => expectPropertyHolds(rehearsalReadyImpliesRestored, target()), PROPERTY_TIMEOUT);
    it('rehearsal.side-effects-block', () => expectPropertyHolds(rehearsalSideEffectsBlock, target()), PROPERTY_TIMEOUT);
    it('rehearsal.apply-least-privilege', () => expectPropertyHolds(rehearsalApplyLeastPrivilege, target()), PROPERTY_TIMEOUT);
    it('rehearsal.nothing-outside-the-clone', () => expectPropertyHolds(rehearsalNothingOutsideTheClone, target()), PROPERTY_TIMEOUT);
    it('restore-script.restores-before', () => expectPropertyHolds(restoreScriptRestoresBefore, target()), PROPERTY_TIMEOUT);
    it('restore-script.aborts-when-rows-moved', () => expectPropertyHolds(restoreScriptAbortsWhenRowsMoved, target()), PROPERTY_TIMEOUT);
    it('rehearsal.executor-as-written', () => expectPropertyHolds(rehearsalExecutorAsWritten, target()), PROPERTY_TIMEOUT);
    it('boundary.names-what-it-runs', () => expectPropertyHolds(boundaryNamesWhatItRuns, target()), PROPERTY_TIMEOUT);
    it('evidence.tree-hash-reproducible', () => expectPropertyHolds(evidenceTreeHashReproducible, target()), PROPERTY_TIMEOUT);
  },
  undefined,
  { reuseClones: true },
);
