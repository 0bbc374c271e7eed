/**
 * A rehearsal under way and what its steps share: the record every step reads and adds to, what
 * RX-0 and RX-1 establish (handed on as typed values), a step's shape, captures kept for the
 * evidence, the comparison codes, the proof entry, the plan's invariants.
 */
import type { Fingerprint } from '../../capture/fingerprint.ts';
import { compareFingerprints, type FingerprintDiff } from '../../compare/compareFingerprints.ts';
import type { InvariantPoint, RehearsalPlan } from '../../plan/parsePlan.ts';
import type { ResolvedNames } from '../../plan/resolveNames.ts';
import type { RowImage, StateReader } from '../../capture/stateReader.ts';
import type { Clone, Leftovers, Target } from '../../targets/target.ts';
import { checkInvariants, type InvariantOutcome } from '../invariants.ts';
import type { Census } from '../../targets/clusterCensus.ts';
import type { StepLedger } from '../stepLedger.ts';
import type { RunOptions, SequenceReset } from '../parts.ts';
import type { RehearsalCode, StepId } from '../steps.ts';
import { redactedFirstLine as firstLine } from '../../util/errors.ts';

/** One rehearsal under way: what every step reads and adds to. */
export interface Rehearsal {
  readonly plan: RehearsalPlan;
  readonly target: Target;
  readonly options: RunOptions;
  readonly ledger: StepLedger;
  /** Every capture taken, by label: the evidence packet's fingerprints.json. */
  readonly fingerprints: Record<string, Fingerprint>;
  readonly proofEntries: Record<string, unknown>[];
  /** What the session that ran the batch held right after each apply transaction ended. */
  readonly sessionsAfterApply: Leftovers[];
  /** The clone RX-0 made, as soon as it is made: disposed when the rehearsal ends, whatever happened. */
  made: Clone | null;
  /** The apply batch's statements, as the boundary split them (RX-2). */
  statements: string[];
  /** How the apply file ends its transaction where it is an executor (RX-2): snapshot mode runs that ending. */
  ending?: 'COMMIT' | 'ROLLBACK';
  /** The restore script RX-4 wrote and proved on the clone (the evidence packet's restore.sql). */
  restoreScript?: string;
  /** PGlite: the rows RX-4's first application of the change wrote, by table (`null`: a table could not say). */
  firstWritten?: ReadonlyMap<string, readonly RowImage[]> | null;
  /** Each "unchanged" invariant's value before the change (RX-2). */
  readonly invariantsBefore: Map<string, string | null>;
  /** The search path the batch runs with, as the boundary resolved its names (RX-2; `null`: a backend without one). */
  searchPath: string | null;
}

/** What RX-0 established: the clone, the plan's names resolved in it, the cluster census at its end (for RX-5). */
export interface Isolated {
  readonly clone: Clone;
  readonly names: ResolvedNames;
  readonly atRx0: Census | null;
}

/** What RX-1 established: the before-state every later step compares with. */
export interface Captured {
  readonly before: Fingerprint;
}

/** A rehearsal from RX-1 on, and from RX-2 on: what the steps before established, as values a step takes. */
export type OnClone = Rehearsal & Isolated;
export type Ready = OnClone & Captured;

/** A step: it takes the rehearsal as the steps before it left it (`In`), and hands on what it established (`Out`). */
export interface RehearsalStep<In = Ready, Out = void> {
  readonly id: StepId;
  /** The codes a finding of this step blocks it with. A step that stops on an error says CAPTURE_FAILED or STEP_FAILED. */
  readonly blocksWith: readonly RehearsalCode[];
  /** A mode step runs only when the plan asks for its mode. */
  readonly mode?: 'txn' | 'snapshot';
  /** Whether the rehearsal goes on when this step is blocked (verification still leaves the gate probes to run). */
  readonly goesOnWhenBlocked?: boolean;
  readonly run: (r: In) => Promise<Out>;
}

export function rowCounts(fp: Fingerprint): Record<string, number> {
  return Object.fromEntries(Object.entries(fp.tables).map(([id, t]) => [id, t.rows]));
}

/** Codes for what a comparison against `before` shows. */
export function restorationCodes(diff: FingerprintDiff, tablesCode: RehearsalCode): RehearsalCode[] {
  const codes: RehearsalCode[] = [];
  if (diff.tables.length > 0) codes.push(tablesCode);
  if (diff.sequences.length > 0) codes.push('SEQUENCE_NOT_RESTORED');
  if (diff.schemaObjects.length > 0) codes.push('SCHEMA_NOT_RESTORED');
  return codes;
}

export function diffSummary(diff: FingerprintDiff) {
  return {
    tables: diff.tables.map((t) => t.id),
    sequences: diff.sequences.map((s) => s.id),
    schema_objects: diff.schemaObjects.map((o) => o.id),
  };
}

/** What differs between two captures whose top hashes differ; a capture whose parts disagree with its top hash says so. */
export function describeDifference(a: Fingerprint, b: Fingerprint) {
  try {
    return diffSummary(compareFingerprints(a, b));
  } catch (error) {
    return { inconsistent: firstLine(error) };
  }
}

/** A capture of the clone (or of `state`), kept under `label` for the evidence. */
export async function capture(r: OnClone, label: string, state: StateReader = r.clone.state): Promise<Fingerprint> {
  const fp = await r.options.parts.captureFingerprint(state, r.names.scope);
  r.fingerprints[label] = fp;
  return fp;
}

/** The plan's names as evidence keeps them: one canonical spelling each. */
export function canonicalNames(names: ResolvedNames) {
  return {
    scope: { schemas: names.scope.schemas, tables: names.scope.tables ?? null },
    expected_delta: names.expectedDelta && Object.fromEntries(names.expectedDelta.map((e) => [e.id, e.rule.written])),
    approvals_table: names.approvalsTable?.id ?? null,
  };
}

/** Checks the plan's invariants due at `at`, records every outcome in the step's details, and blocks on any that fails. */
export async function invariantsAt(r: Ready, at: InvariantPoint, inTransaction = false): Promise<void> {
  if (r.plan.invariants.length === 0) return;
  const outcomes = await checkInvariants(r.clone, r.plan.invariants, at, r.invariantsBefore, r.searchPath, inTransaction);
  if (outcomes.length === 0) return;
  const recorded = (r.ledger.details.invariants as InvariantOutcome[] | undefined) ?? [];
  r.ledger.details.invariants = [...recorded, ...outcomes];
  const failed = outcomes.filter((o) => !o.holds);
  if (failed.length > 0)
    r.ledger.block('INVARIANT_FAILED', { invariant_failed: [...((r.ledger.details.invariant_failed as unknown[]) ?? []), ...failed] });
}

export function proofEntry(
  r: Ready,
  id: string,
  mode: 'txn' | 'snapshot' | 'restore_script',
  afterApply: Fingerprint,
  afterRollback: Fingerprint,
  resets: SequenceReset[],
) {
  const before = r.before;
  return {
    id,
    mode,
    before_hash: before.top_hash,
    after_apply_hash: afterApply.top_hash,
    after_rollback_hash: afterRollback.top_hash,
    expected_hash: before.top_hash,
    before_rows: rowCounts(before),
    after_rollback_rows: rowCounts(afterRollback),
    restored_match: afterRollback.top_hash === before.top_hash,
    production_rollback_status: 'NOT_APPLICABLE',
    sequence_resets: resets,
  };
}
