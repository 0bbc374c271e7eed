/**
 * Shrunk counterexamples the properties found while the suite was built, kept as values (the
 * corpora work turns these into fixtures). Each names the property, what failed, and the fix.
 */
import { expect, it } from 'vitest';
import type { BeforeStateModel } from '../../generators/beforeState.ts';
import type { Batch } from '../../generators/applyBatch.ts';
import { realEngine } from '../../properties/engineApi.ts';
import { rollbackSnapshotRestoresBefore } from '../../properties/rollbackRestoresBefore.ts';
import { describeEachTarget } from '../support/targets.ts';

/**
 * rollback.snapshot-restores-before on PGlite (seed 433049885, path "0:0:0:11:1:1:1:1:1:0:0"):
 * a table with a serial column; PGlite's snapshot reloaded the sequence 32 values ahead
 * (last_value 1 -> 33), so every snapshot was refused. Fix: CHECKPOINT before dumpDataDir.
 */
const SNAPSHOT_SEQUENCE_JUMP: { state: BeforeStateModel; batch: Batch } = {
  state: {
    tables: [{
      name: 'orders',
      columns: [
        { name: 'k1', type: 'text', nullable: false }, { name: 'k2', type: 'bigint', nullable: false },
        { name: 'name with space', type: 'int', nullable: true }, { name: 'ключ', type: 'float8', nullable: true },
      ],
      keyColumns: 2, serial: true,
      rows: [[{ t: 'text', v: '' }, { t: 'int', v: 9007199254740992n }, { t: 'int', v: 0n }, { t: 'float', v: -0 }]],
    }],
    sequences: [],
  },
  batch: { statements: [{ op: 'update', table: 0, row: 0, column: 2, value: { t: 'int', v: 0n } }], failsMidway: false },
};

describeEachTarget('regressions found by the properties', (target) => {
  it('rollback.snapshot-restores-before: a snapshot keeps a used serial sequence where it was', async () => {
    expect(await rollbackSnapshotRestoresBefore.check(SNAPSHOT_SEQUENCE_JUMP, { engine: realEngine, target: target() })).toBe(true);
  });
});
