import { it } from 'vitest';
import { evidenceTreeHashReproducible } from '../../properties/evidenceTreeHashReproducible.ts';
import { rehearsalReadyImpliesRestored } from '../../properties/rehearsalReadyImpliesRestored.ts';
import { rehearsalSideEffectsBlock } from '../../properties/rehearsalSideEffectsBlock.ts';
import { rollbackSnapshotRestoresBefore, rollbackTxnRestoresBefore } from '../../properties/rollbackRestoresBefore.ts';
import { expectPropertyHolds } from '../support/properties.ts';
import { describeEachTarget } from '../support/targets.ts';

describeEachTarget('rehearsal properties', (target) => {
  it('rollback.txn-restores-before', () => expectPropertyHolds(rollbackTxnRestoresBefore, target()));
  it('rollback.snapshot-restores-before', () => expectPropertyHolds(rollbackSnapshotRestoresBefore, target()));
  it('rehearsal.ready-implies-restored', () => expectPropertyHolds(rehearsalReadyImpliesRestored, target()));
  it('rehearsal.side-effects-block', () => expectPropertyHolds(rehearsalSideEffectsBlock, target()));
  it('evidence.tree-hash-reproducible', () => expectPropertyHolds(evidenceTreeHashReproducible, target()));
});
