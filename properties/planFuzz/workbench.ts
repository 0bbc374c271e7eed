/** The plan fuzz's workbench (the kept clone of the plan's source) and a rehearsal's verdict on one state. */
import type { RehearsalCode } from '../../src/codes.ts';
import type { SequenceFingerprint } from '../../src/capture/fingerprint.ts';
import type { RehearsalResult, runRehearsal } from '../../src/engine/runRehearsal.ts';
import type { RehearsalPlan } from '../../src/plan/parsePlan.ts';
import type { DataState, SchemaModel } from '../../src/schema/schemaModel.ts';
import type { Clone, Target } from '../../src/targets/target.ts';
import type { AnchorRows } from '../../generators/planState.ts';

/** One rehearsal of a state, judged. */
export interface CaseVerdict {
  readonly ok: boolean;
  readonly status: RehearsalResult['status'];
  readonly codes: readonly RehearsalCode[];
  /** The first step that did not hold (`RX-3`), or `-` when none. */
  readonly step: string;
  /** What the step said, in one line: the failed statement and the database's error, the delta, what was not restored. */
  readonly message: string;
  /** The failure's kind for its signature: the message with its numbers and quoted values taken out. */
  readonly kind: string;
  /** What the database said besides its message (`Key (id)=(7) already exists.`), or `null`; no part of the signature. */
  readonly detail?: string | null;
}

/** The clone of the plan's source kept for the run, its schema and what each load puts back. */
export interface PlanWorkbench {
  readonly plan: RehearsalPlan;
  readonly target: Target;
  readonly model: SchemaModel;
  readonly samples: DataState;
  /** Rows of the clone source the batch names (and the rows they reference): present in a state unless a case leaves them out. */
  readonly anchors: readonly AnchorRows[];
  readonly sequences: Readonly<Record<string, SequenceFingerprint>>;
  readonly schemaHash: string;
  /** Rehearses `state` on the kept clone (loaded by copy) and judges it. */
  rehearse(
    state: DataState,
    hooks?: RehearsalHooks,
  ): Promise<{ verdict: CaseVerdict; loaded: DataState; refused: number; refusals: readonly string[] }>;
  close(): Promise<void>;
}

/** What `rehearse replay` watches: the clone once the state is loaded, and the rehearsal's moments; and the modes, when fewer than the plan's. */
export interface RehearsalHooks {
  /** Rehearse only these of the plan's modes (shrinking a failure of RX-3 needs no snapshot). */
  readonly modes?: RehearsalPlan['modes'];
  readonly loaded?: (clone: Clone) => Promise<void>;
  readonly inspect?: NonNullable<Parameters<typeof runRehearsal>[2]['inspect']>;
}
