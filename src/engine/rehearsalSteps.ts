/**
 * The steps of `rehearse run`, in order (docs/run.md, the steps), one file each in `steps/`. Each
 * step reads and writes the one `Rehearsal` it is given and reports findings through its ledger;
 * the codes a step may block with stand beside it here.
 */
import type { Rehearsal, Isolated, Captured, OnClone, RehearsalStep } from './steps/rehearsal.ts';
import { isolate } from './steps/isolate.ts';
import { proveEntryEqualsExit } from './steps/proveEntryEqualsExit.ts';
import { checkIntegrityAndBoundary } from './steps/checkIntegrityAndBoundary.ts';
import { rehearseTransactionalRollback } from './steps/rehearseTransactionalRollback.ts';
import { rehearseSnapshotRestore } from './steps/rehearseSnapshotRestore.ts';
import { verify } from './steps/verify.ts';
import { probeGate } from './steps/probeGate.ts';

/** RX-0: it makes the clone the rest runs on (`null`: it made none). */
export const ISOLATION_STEP: RehearsalStep<Rehearsal, Isolated | null> = {
  id: 'RX-0',
  run: isolate,
  blocksWith: ['ISOLATION_NOT_PROVEN', 'APPLY_FILE_HASH_MISMATCH'],
};

/** RX-1: it takes the before-state the rest compares with. */
export const ENTRY_STEP: RehearsalStep<OnClone, Captured> = {
  id: 'RX-1',
  run: proveEntryEqualsExit,
  blocksWith: ['CAPTURE_MUTATED_STATE'],
};

/** RX-2 … RX-6, on the clone and its before-state. */
export const LATER_STEPS: readonly RehearsalStep[] = [
  {
    id: 'RX-2',
    run: checkIntegrityAndBoundary,
    blocksWith: [
      'APPLY_FILE_HASH_MISMATCH',
      'PREFLIGHT_FAILED',
      'BOUNDARY_VIOLATION',
      'EXECUTOR_ON_ERROR_STOP_MISSING',
      'INVARIANT_FAILED',
      'ROLLBACK_APPLY_DID_NOT_MUTATE',
    ],
  },
  {
    id: 'RX-3',
    mode: 'txn',
    run: rehearseTransactionalRollback,
    blocksWith: [
      'APPLY_FAILED',
      'INVARIANT_FAILED',
      'SIDE_EFFECT_LEFT',
      'DELTA_MISMATCH',
      'ROLLBACK_NOT_RESTORED',
      'SEQUENCE_NOT_RESTORED',
      'SCHEMA_NOT_RESTORED',
      'ROLLBACK_APPLY_DID_NOT_MUTATE',
    ],
  },
  {
    id: 'RX-4',
    mode: 'snapshot',
    run: rehearseSnapshotRestore,
    blocksWith: [
      'SNAPSHOT_NOT_RESTORED',
      'INVARIANT_FAILED',
      'RESTORE_SCRIPT_UNAVAILABLE',
      'RESTORE_SCRIPT_NOT_RESTORED',
      'RESTORE_SCRIPT_DID_NOT_ABORT',
      'APPLY_FAILED',
      'SIDE_EFFECT_LEFT',
      'ROLLBACK_APPLY_DID_NOT_MUTATE',
      'SEQUENCE_NOT_RESTORED',
      'SCHEMA_NOT_RESTORED',
    ],
  },
  {
    id: 'RX-5',
    run: verify,
    goesOnWhenBlocked: true,
    blocksWith: [
      'OPEN_TRANSACTION_LEFT',
      'SIDE_EFFECT_LEFT',
      'APPLY_FILE_HASH_MISMATCH',
      'SCHEMA_NOT_RESTORED',
      'SEQUENCE_NOT_RESTORED',
      'ROLLBACK_NOT_RESTORED',
      'VALIDATOR_FAILED',
    ],
  },
  { id: 'RX-6', run: probeGate, blocksWith: ['PROBE_FAILED_OPEN'] },
];

/** The rehearsal, step by step: a blocked step ends it (but verification, which leaves the probes to run). */
export const REHEARSAL_STEPS: readonly RehearsalStep<never, unknown>[] = [ISOLATION_STEP, ENTRY_STEP, ...LATER_STEPS];
