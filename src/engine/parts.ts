/** What a rehearsal is run with: the engine's parts (swappable, so a property can point it at a broken one) and the caller's hooks. */
import { captureFingerprint } from '../capture/captureFingerprint.ts';
import type { Fingerprint } from '../capture/fingerprint.ts';
import { decideRequest } from '../gate/decideRequest.ts';
import type { Clone } from '../targets/target.ts';
import { validateRollbackProof } from '../validator/validateRollbackProof.ts';

/** The engine's parts, passed in so a property can point the same rehearsal at a broken part. */
export interface RehearsalParts {
  readonly captureFingerprint: typeof captureFingerprint;
  readonly validateRollbackProof: typeof validateRollbackProof;
  readonly decideRequest: typeof decideRequest;
}

export const REAL_PARTS: RehearsalParts = Object.freeze({ captureFingerprint, validateRollbackProof, decideRequest });

export interface RunOptions {
  readonly parts: RehearsalParts;
  readonly progress: (line: string) => void;
  /** Called as soon as the clone exists, with its disposer (a signal handler drops it on Ctrl-C) and its name. */
  readonly onClone: (dispose: () => Promise<void>, location: string) => void;
  /**
   * The clone to rehearse on, made and loaded by the caller (`rehearse fuzz --plan`: a clone of the
   * plan's source holding a generated before-state). RX-0 then neither checks nor loads the plan's
   * clone source — the caller did — and disposing it is the caller's to define.
   */
  readonly provideClone?: () => Promise<Clone>;
  /**
   * Called with the live clone right after each restoration is captured, before anything else
   * touches it: `rehearse replay` reads the differing rows here. `txn_after_apply`: inside the
   * apply transaction, after the batch, before the rollback (what the batch wrote).
   */
  readonly inspect?: (
    moment: 'txn_after_apply' | 'txn_after_rollback' | 'snapshot_after_restore',
    clone: Clone,
    before: Fingerprint,
    after: Fingerprint,
  ) => Promise<void>;
}

export interface SequenceReset {
  readonly sequence: string;
  readonly from: { last_value: string; is_called: boolean };
  readonly to: { last_value: string; is_called: boolean };
}
