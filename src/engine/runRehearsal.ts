/**
 * `rehearse run`: RX-0 … RX-6 on a disposable clone (docs/run.md, the steps), as a loop over the
 * steps of `rehearsalSteps.ts` (one file each in `steps/`). Fail closed: every step starts NOT_RUN and only a step that
 * proved its claim sets PASS; READY needs every step to have done so. The production decision is
 * always HOLD_PRODUCTION.
 */
import type { Fingerprint } from '../capture/fingerprint.ts';
import { CaptureError } from '../capture/captureError.ts';
import { redactSealTokens } from '../guard/sealTokens.ts';
import { PlanError } from '../plan/planError.ts';
import type { RehearsalPlan } from '../plan/parsePlan.ts';
import { TargetError, type Target } from '../targets/target.ts';
import { bestEffort } from '../util/bestEffort.ts';
import { StepLedger } from './stepLedger.ts';
import type { RunOptions } from './parts.ts';
import { redactedFirstLine } from '../util/errors.ts';
import { ENTRY_STEP, ISOLATION_STEP, LATER_STEPS, REHEARSAL_STEPS } from './rehearsalSteps.ts';
import type { Rehearsal, RehearsalStep } from './steps/rehearsal.ts';
import { buildProof } from './steps/verify.ts';
import type { RehearsalCode, RehearsalStatus, StepRecord } from './steps.ts';

export { REAL_PARTS, type RehearsalParts, type RunOptions, type SequenceReset } from './parts.ts';

export interface RehearsalResult {
  readonly status: RehearsalStatus;
  readonly production_decision: 'HOLD_PRODUCTION';
  readonly codes: readonly RehearsalCode[];
  readonly steps: readonly StepRecord[];
  readonly proof: Record<string, unknown> | null;
  /** Every capture the proof's hashes come from, for `rehearse validate --evidence`. */
  readonly fingerprints: Readonly<Record<string, Fingerprint>>;
  /** The clone's random name or temp path, to normalize out of evidence. */
  readonly cloneLocation: string | null;
  /** The restore script RX-4 wrote and proved (the evidence packet's restore.sql), or `null`. */
  readonly restoreScript: string | null;
  /** Clean-up that failed: the clone (a scratch database, a temp directory) that could not be dropped, and why. */
  readonly leftBehind: readonly string[];
}

export async function runRehearsal(plan: RehearsalPlan, target: Target, options: RunOptions): Promise<RehearsalResult> {
  const skipped = REHEARSAL_STEPS.filter((s) => s.mode !== undefined && !plan.modes.includes(s.mode));
  const r = newRehearsal(plan, target, options, skipped);
  let notDropped: string | null = null;
  try {
    // Each step takes what the steps before it established: RX-0 the clone, RX-1 the before-state.
    const isolated = (await runStep(r.ledger, ISOLATION_STEP, r))?.out;
    const onClone = isolated ? Object.assign(r, isolated) : null;
    const captured = onClone ? (await runStep(r.ledger, ENTRY_STEP, onClone))?.out : null;
    const ready = onClone && captured ? Object.assign(onClone, captured) : null;
    if (ready) {
      for (const step of LATER_STEPS) {
        if (skipped.includes(step)) continue;
        if (!(await runStep(r.ledger, step, ready))) break;
      }
    }
  } catch (error) {
    // Bad input (the plan, its clone source, the target) is the caller's to report: exit 2, not BLOCKED.
    if (error instanceof PlanError || error instanceof TargetError) throw error;
    blockOnError(r.ledger, error);
  } finally {
    const clone = r.made;
    if (clone) notDropped = await bestEffort(`dropping the clone ${clone.isolation.location}`, () => clone.dispose());
  }
  return resultOf(r, notDropped);
}

function newRehearsal(
  plan: RehearsalPlan,
  target: Target,
  options: RunOptions,
  skipped: readonly RehearsalStep<never, unknown>[],
): Rehearsal {
  return {
    plan,
    target,
    options,
    ledger: new StepLedger(skipped.map((s) => s.id)),
    fingerprints: {},
    proofEntries: [],
    sessionsAfterApply: [],
    made: null,
    statements: [],
    searchPath: null,
    invariantsBefore: new Map(),
  };
}

/** Runs one step: what it established, or `null` when the rehearsal stops there. */
async function runStep<In, Out>(ledger: StepLedger, step: RehearsalStep<In, Out>, input: In): Promise<{ out: Out } | null> {
  ledger.current = step.id;
  const out = await step.run(input);
  const undeclared = ledger.record(step.id).codes.filter((c) => !step.blocksWith.includes(c));
  if (undeclared.length > 0) throw new Error(`${step.id} blocked with ${undeclared.join(', ')}, which it does not declare`);
  return ledger.finishStep(step.id) || step.goesOnWhenBlocked ? { out } : null;
}

/** A step that stopped on an error observed nothing: it says so, and borrows no finding's code. */
function blockOnError(ledger: StepLedger, error: unknown): void {
  if (error instanceof CaptureError) {
    ledger.block('CAPTURE_FAILED', { capture_failed: { relation: error.relation, error: redactSealTokens(error.databaseError) } });
  } else {
    ledger.block('STEP_FAILED', { error: redactedFirstLine(error) });
  }
}

function resultOf(r: Rehearsal, notDropped: string | null): RehearsalResult {
  const ready = r.ledger.ready();
  return {
    status: ready ? 'REHEARSAL_ROLLBACK_READY' : 'REHEARSAL_BLOCKED',
    production_decision: 'HOLD_PRODUCTION',
    codes: ready ? [] : r.ledger.codes(),
    steps: r.ledger.all(),
    proof: r.proofEntries.length > 0 ? buildProof(r.proofEntries) : null,
    fingerprints: r.fingerprints,
    cloneLocation: r.made?.isolation.location ?? null,
    restoreScript: r.restoreScript ?? null,
    leftBehind: notDropped ? [notDropped] : [],
  };
}
