/**
 * `rehearse run`: RX-0 … RX-6 on a disposable clone (docs/run.md, the steps). Fail closed: every step starts
 * NOT_RUN and only a step that proved its claim sets PASS; READY needs every step to have done so.
 * The production decision is always HOLD_PRODUCTION.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { captureFingerprint } from '../capture/captureFingerprint.ts';
import type { Fingerprint } from '../capture/fingerprint.ts';
import { compareFingerprints, type FingerprintDiff } from '../compare/compareFingerprints.ts';
import { decideRequest } from '../gate/decideRequest.ts';
import { runProbeSet } from '../gate/probeSet.ts';
import { redactSealTokens } from '../guard/sealTokens.ts';
import { CaptureError, reading } from '../capture/captureError.ts';
import { applyTextProblem, DEFAULT_APPROVALS_TABLE, PlanError, type CloneSkip, type RehearsalPlan } from '../plan/loadPlan.ts';
import { resolvePlanNames, type ExpectedDelta, type ResolvedNames } from '../plan/resolveNames.ts';
import { WHOLE_DATABASE, type CaptureScope, type RelationInfo } from '../capture/stateReader.ts';
import { TargetError, type Clone, type Leftovers, type Target } from '../targets/target.ts';
import { validateRollbackProof } from '../validator/validateRollbackProof.ts';
import { loadParser } from '../boundary/classifyBatch.ts';
import { checkCloneSource, checkExtensions, type CheckedSource } from '../clone/cloneSource.ts';
import type { LoadReport } from '../clone/loadSource.ts';
import { censusChanges, OUTLIVE_ROLLBACK, type Census } from '../clone/clusterCensus.ts';
import { boundaryBackend, checkBoundary } from './boundary.ts';
import { switchToApplyRole } from '../targets/applyRole.ts';
import { STEPS, type RehearsalCode, type RehearsalStatus, type StepId, type StepRecord } from './steps.ts';

/** The engine's parts, passed in so a property can point the same rehearsal at a broken part. */
export interface EngineParts {
  readonly captureFingerprint: typeof captureFingerprint;
  readonly validateRollbackProof: typeof validateRollbackProof;
  readonly decideRequest: typeof decideRequest;
}

export const REAL_ENGINE: EngineParts = Object.freeze({ captureFingerprint, validateRollbackProof, decideRequest });

/**
 * RX-6's answers, per gate function: the probe set is fixed and a gate decides from the bytes
 * alone, so one gate answers it the same way every time. (A gate passed as a new function is
 * probed anew.)
 */
const PROBE_ANSWERS = new WeakMap<EngineParts['decideRequest'], ReturnType<typeof runProbeSet>>();
function probeAnswers(decide: EngineParts['decideRequest']): ReturnType<typeof runProbeSet> {
  let answers = PROBE_ANSWERS.get(decide);
  if (!answers) PROBE_ANSWERS.set(decide, (answers = runProbeSet(decide)));
  return answers;
}

export interface RunOptions {
  readonly parts: EngineParts;
  readonly progress: (line: string) => void;
  /** Called as soon as the clone exists, with its disposer (a signal handler drops it on Ctrl-C) and its name. */
  readonly onClone: (dispose: () => Promise<void>, location: string) => void;
  /**
   * Called with the live clone right after each restoration is captured, before anything else
   * touches it: `rehearse replay` reads the differing rows here.
   */
  readonly inspect?: (moment: 'txn_after_rollback' | 'snapshot_after_restore', clone: Clone, before: Fingerprint, after: Fingerprint) => Promise<void>;
}

export interface SequenceReset {
  readonly sequence: string;
  readonly from: { last_value: string; is_called: boolean };
  readonly to: { last_value: string; is_called: boolean };
}

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
}

/** Settings that change how Postgres splits and reads SQL text, pinned for the apply batch. */
const PINNED_LEXING = "SET LOCAL standard_conforming_strings = on; SET LOCAL backslash_quote = 'safe_encoding'";

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function rowCounts(fp: Fingerprint): Record<string, number> {
  return Object.fromEntries(Object.entries(fp.tables).map(([id, t]) => [id, t.rows]));
}

/** Codes for what a comparison against `before` shows. */
function restorationCodes(diff: FingerprintDiff, tablesCode: RehearsalCode): RehearsalCode[] {
  const codes: RehearsalCode[] = [];
  if (diff.tables.length > 0) codes.push(tablesCode);
  if (diff.sequences.length > 0) codes.push('SEQUENCE_NOT_RESTORED');
  if (diff.schemaObjects.length > 0) codes.push('SCHEMA_NOT_RESTORED');
  return codes;
}

function diffSummary(diff: FingerprintDiff) {
  return { tables: diff.tables.map((t) => t.id), sequences: diff.sequences.map((s) => s.id), schema_objects: diff.schemaObjects.map((o) => o.id) };
}

/** What differs between two captures whose top hashes differ; a capture whose parts disagree with its top hash says so. */
function describeDifference(a: Fingerprint, b: Fingerprint) {
  try {
    return diffSummary(compareFingerprints(a, b));
  } catch (error) {
    return { inconsistent: firstLine(error) };
  }
}

/**
 * The tables whose row delta is not what the plan expects: each named relation's tables together
 * (a partitioned table: its partitions), and every other table unchanged.
 */
function deltaMismatches(delta: Readonly<Record<string, number>>, expected: readonly ExpectedDelta[]) {
  const covered = new Set(expected.flatMap((e) => e.holds));
  return [
    ...expected.map((e) => ({ table: e.id, expected: e.rows, actual: e.holds.reduce((sum, id) => sum + (delta[id] ?? 0), 0) })),
    ...Object.entries(delta).filter(([id]) => !covered.has(id)).map(([id, actual]) => ({ table: id, expected: 0, actual })),
  ].filter((m) => m.actual !== m.expected);
}

function firstLine(error: unknown): string {
  return redactSealTokens(String((error as Error)?.message ?? error).split('\n')[0] ?? 'error');
}

export async function runRehearsal(plan: RehearsalPlan, target: Target, options: RunOptions): Promise<RehearsalResult> {
  const { parts, progress } = options;
  const steps = new Map<StepId, StepRecord>(STEPS.map((s) => [s.id, { id: s.id, name: s.name, status: 'NOT_RUN', codes: [], details: {} }]));
  const step = (id: StepId) => steps.get(id)!;
  const block = (id: StepId, code: RehearsalCode, detail?: Record<string, unknown>) => {
    const s = step(id);
    s.status = 'BLOCKED';
    if (!s.codes.includes(code)) s.codes.push(code);
    if (detail) Object.assign(s.details, detail);
  };
  const pass = (id: StepId) => {
    const s = step(id);
    if (s.codes.length === 0 && s.status === 'NOT_RUN') s.status = 'PASS';
  };
  for (const mode of ['txn', 'snapshot'] as const) {
    if (!plan.modes.includes(mode)) step(mode === 'txn' ? 'RX-3' : 'RX-4').status = 'NOT_REQUESTED';
  }
  const fingerprints: Record<string, Fingerprint> = {};
  /** What the session that ran the batch held right after each apply transaction ended. */
  const sessionsAfterApply: Leftovers[] = [];
  /** The cluster census at the end of RX-0, for RX-5. */
  let atRx0: Census | null = null;
  const proofEntries: Record<string, unknown>[] = [];
  // The plan's names resolved against the clone (RX-0); until then, nothing is captured.
  let names: ResolvedNames | null = null;
  const capture = async (label: string, state = clone!.state) => {
    const fp = await parts.captureFingerprint(state, names!.scope);
    fingerprints[label] = fp;
    return fp;
  };
  let clone: Clone | null = null;
  let current: StepId = 'RX-0';
  try {
    // RX-0: a fresh clone the engine made, provably not production, holding the clone source and nothing beyond it.
    const source = await checkPlanSource(plan, target, progress);
    progress('RX-0 isolation lock: creating the clone');
    const cloneOptions = plan.cloneFrom.kind === 'template_database' ? { templateDatabase: plan.cloneFrom.name }
      : plan.cloneFrom.kind === 'sqlite_file' ? { sqliteFile: plan.cloneFrom.path } : { extensions: source?.checked.extensions.map((e) => e.name) ?? [] };
    clone = await target.createClone(cloneOptions);
    options.onClone(() => clone!.dispose(), clone.isolation.location);
    const lock = clone.isolation;
    const inspected = await loadAndInspect(plan, clone, source, progress);
    names = inspected.names;
    step('RX-0').details = {
      isolation_lock: { ...lock, location: '<clone>' }, clone_source: plan.cloneFrom.kind, target_kind: clone.kind,
      ...(clone.applyRole ? { apply_role: clone.applyRole.record } : {}),
      ...(inspected.loaded ? { clone_source_load: inspected.loaded } : {}), names: canonicalNames(names),
    };
    if (lock.kind !== 'clone' || lock.is_production !== false || lock.created_by_engine !== true) block('RX-0', 'ISOLATION_NOT_PROVEN');
    // What a rollback does not take back is compared again in RX-5.
    atRx0 = clone.census ? await clone.census() : null;
    // A foreign table's rows live outside the clone: nothing done to them can be captured or restored.
    if (inspected.foreign.length > 0) {
      const ids = inspected.foreign.map((r) => r.id);
      block('RX-0', 'ISOLATION_NOT_PROVEN', {
        foreign_tables: ids,
        reason: `foreign table ${ids.join(', ')} reads its rows from outside the clone: they can be neither captured nor restored`,
      });
    }
    pass('RX-0');
    if (step('RX-0').status !== 'PASS') return finish();

    // RX-1: two read-only captures must be identical.
    current = 'RX-1';
    progress('RX-1 entry equals exit: capturing twice');
    const before = await capture('before');
    const exit = await parts.captureFingerprint(clone.state, names.scope);
    step('RX-1').details = { entry_hash: before.top_hash, exit_hash: exit.top_hash, tables: rowCounts(before) };
    if (exit.top_hash !== before.top_hash) block('RX-1', 'CAPTURE_MUTATED_STATE', { differs: describeDifference(before, exit) });
    pass('RX-1');
    if (step('RX-1').status !== 'PASS') return finish();

    // RX-2: the apply file is the pinned one, the preflight holds, every statement is inside the boundary.
    current = 'RX-2';
    progress('RX-2 integrity, preflight, boundary');
    const applyBytes = readFileSync(plan.applyFile);
    const applySha = sha256Hex(applyBytes);
    const details: Record<string, unknown> = { apply_sha256: applySha, pinned_sha256: plan.applySha256 };
    if (applySha !== plan.applySha256) block('RX-2', 'APPLY_FILE_HASH_MISMATCH');
    if (plan.preflight) {
      const source = plan.cloneFrom.kind === 'template_database' ? plan.cloneFrom.name : plan.sourceDatabase;
      const table = names.approvalsTable;
      const approvals = table === null ? null : await reading(table.id, async () => {
        const [row] = await clone!.session.query<{ n: string | number | bigint }>(`SELECT count(*) AS n FROM ${table.id}`);
        return Number(row?.n ?? 0);
      });
      details.preflight = {
        database: source, expected_database: plan.preflight.database, approvals_table: table?.id ?? `no table ${DEFAULT_APPROVALS_TABLE} in the clone`,
        approvals, min_approvals: plan.preflight.minApprovals,
      };
      if (source !== plan.preflight.database || approvals === null || approvals < plan.preflight.minApprovals) block('RX-2', 'PREFLIGHT_FAILED');
    }
    // Checked when the plan was read; the file may have changed since.
    const textProblem = applyTextProblem(applyBytes);
    const boundary = textProblem
      ? { statements: [], violations: [{ statement: 0, kind: 'UNREADABLE', reason: `the apply file ${textProblem}` }], resolvedIn: 'built-in' as const, grammar: null }
      : await checkBoundary(applyBytes.toString('utf8'), clone.state.backend, plan.policy, await boundaryBackend(clone, names.scope));
    details.statements = boundary.statements.map((s) => ({ statement: s.index, kind: s.class.kind }));
    details.names_resolved_in = boundary.resolvedIn;
    if (boundary.grammar) details.grammar = boundary.grammar;
    if (clone.applyRole) details.apply_role = clone.applyRole.record;
    details.violations = boundary.violations;
    if (boundary.violations.length > 0) block('RX-2', 'BOUNDARY_VIOLATION');
    if (boundary.statements.length === 0 && boundary.violations.length === 0) block('RX-2', 'ROLLBACK_APPLY_DID_NOT_MUTATE', { empty_batch: true });
    Object.assign(step('RX-2').details, details);
    pass('RX-2');
    if (step('RX-2').status !== 'PASS') return finish();
    const statements = boundary.statements.map((s) => s.sql);

    /** BEGIN and apply with stop-on-first-error; on failure, roll back and block `id` with APPLY_FAILED. */
    /**
     * BEGIN and apply with stop-on-first-error; on failure, roll back and block `id` with
     * APPLY_FAILED. Where the backend has a cluster, the transaction is REPEATABLE READ and its
     * census is taken at its start and after the batch: cluster-wide state the batch changed
     * rolls it back (never committed) and blocks with SIDE_EFFECT_LEFT, naming what changed.
     */
    const beginAndApply = async (id: StepId): Promise<boolean> => {
      const session = clone!.session;
      const census = clone!.census;
      await session.exec(census ? 'BEGIN ISOLATION LEVEL REPEATABLE READ' : 'BEGIN');
      const atStart = census ? await census() : null;
      // The batch runs under the clone's apply role: the server refuses what it may not do.
      const applyAs = switchToApplyRole(clone!.applyRole);
      if (applyAs) await session.exec(applyAs);
      // The lexer the boundary classified with reads strings this way; so must the server.
      if (clone!.capabilities.dialect === 'postgres') await session.exec(PINNED_LEXING);
      for (const [i, sql] of statements.entries()) {
        try {
          await session.runStatement(sql);
        } catch (error) {
          await session.exec('ROLLBACK').catch(() => {});
          block(id, 'APPLY_FAILED', { apply_error: `statement ${i + 1}: ${firstLine(error)}` });
          return false;
        }
      }
      // What follows (census, capture) reads as the connecting role, as RX-1 did.
      if (applyAs) await session.exec('RESET ROLE');
      const changed = atStart && census ? censusChanges(atStart, await census()) : [];
      if (changed.length > 0) {
        await session.exec('ROLLBACK');
        block(id, 'SIDE_EFFECT_LEFT', { cluster_changes: changed });
        return false;
      }
      return true;
    };
    const proofEntry = (id: string, mode: 'txn' | 'snapshot', afterApply: Fingerprint, afterRollback: Fingerprint, resets: SequenceReset[]) => ({
      id, mode, before_hash: before.top_hash, after_apply_hash: afterApply.top_hash, after_rollback_hash: afterRollback.top_hash,
      expected_hash: before.top_hash, before_rows: rowCounts(before), after_rollback_rows: rowCounts(afterRollback),
      restored_match: afterRollback.top_hash === before.top_hash, production_rollback_status: 'NOT_APPLICABLE', sequence_resets: resets,
    });

    // RX-3: BEGIN, apply, capture, check the delta, ROLLBACK, reset moved sequences, capture == before.
    if (plan.modes.includes('txn')) {
      current = 'RX-3';
      progress('RX-3 transactional rollback');
      if (!(await beginAndApply('RX-3'))) return finish();
      const afterApply = await capture('txn_after_apply');
      const delta = Object.fromEntries(Object.keys({ ...before.tables, ...afterApply.tables })
        .map((id) => [id, (afterApply.tables[id]?.rows ?? 0) - (before.tables[id]?.rows ?? 0)]));
      step('RX-3').details.delta = delta;
      if (names.expectedDelta) {
        const mismatched = deltaMismatches(delta, names.expectedDelta);
        if (mismatched.length > 0) block('RX-3', 'DELTA_MISMATCH', { expected_delta: canonicalNames(names).expected_delta, mismatched });
      }
      await clone.session.exec('ROLLBACK');
      // What the batch's session holds after it: RX-5 looks at it (a later restore may replace the session).
      sessionsAfterApply.push(await clone.leftovers());
      // Sequences are not transactional: put back every one that moved, and record it.
      // Only the sequences are needed here, not a whole capture.
      const state = clone.state;
      const interim = new Map((await reading(null, () => state.readOnly(() => state.sequences(names!.scope)))).map((s) => [s.id, s]));
      const resets: SequenceReset[] = [];
      for (const [id, was] of Object.entries(before.sequences)) {
        const current = interim.get(id);
        const now = current && { last_value: current.last_value, is_called: current.is_called };
        if (now && (now.last_value !== was.last_value || now.is_called !== was.is_called)) {
          await clone.resetSequence(id, was);
          resets.push({ sequence: id, from: now, to: was });
        }
      }
      const afterRollback = await capture('txn_after_rollback');
      await options.inspect?.('txn_after_rollback', clone, before, afterRollback);
      const diff = compareFingerprints(before, afterRollback);
      for (const code of restorationCodes(diff, 'ROLLBACK_NOT_RESTORED')) block('RX-3', code, { not_restored: diffSummary(diff) });
      if (afterApply.top_hash === before.top_hash) block('RX-3', 'ROLLBACK_APPLY_DID_NOT_MUTATE');
      step('RX-3').details.sequence_resets = resets;
      proofEntries.push(proofEntry('RB-CLONE-TXN', 'txn', afterApply, afterRollback, resets));
      pass('RX-3');
      if (step('RX-3').status !== 'PASS') return finish();
    }

    // RX-4: a verified snapshot, apply and COMMIT, restore, capture == before.
    if (plan.modes.includes('snapshot')) {
      current = 'RX-4';
      progress('RX-4 snapshot restore');
      const snapshot = await clone.snapshot();
      const snapshotFp = await capture('snapshot', snapshot.state);
      step('RX-4').details.snapshot_hash = snapshotFp.top_hash;
      if (snapshotFp.top_hash !== before.top_hash) {
        // Never restore from a snapshot that does not hold the before state.
        block('RX-4', 'SNAPSHOT_NOT_RESTORED', { snapshot_unverified: true });
        return finish();
      }
      if (!(await beginAndApply('RX-4'))) return finish();
      await clone.session.exec('COMMIT');
      sessionsAfterApply.push(await clone.leftovers());
      const afterCommit = await capture('snapshot_after_commit');
      if (afterCommit.top_hash === before.top_hash) block('RX-4', 'ROLLBACK_APPLY_DID_NOT_MUTATE');
      await clone.restore(snapshot);
      const afterRestore = await capture('snapshot_after_restore');
      await options.inspect?.('snapshot_after_restore', clone, before, afterRestore);
      const diff = compareFingerprints(before, afterRestore);
      for (const code of restorationCodes(diff, 'SNAPSHOT_NOT_RESTORED')) block('RX-4', code, { not_restored: diffSummary(diff) });
      proofEntries.push(proofEntry('RB-CLONE-SNAPSHOT', 'snapshot', afterCommit, afterRestore, []));
      pass('RX-4');
      if (step('RX-4').status !== 'PASS') return finish();
    }

    // RX-5: nothing left behind, the apply file unchanged, state equal, the proof valid.
    current = 'RX-5';
    progress('RX-5 verification');
    const leftovers = await clone.leftovers();
    step('RX-5').details.leftovers = leftovers;
    step('RX-5').details.leftovers_after_apply = sessionsAfterApply;
    if (leftovers.openTransaction) block('RX-5', 'OPEN_TRANSACTION_LEFT');
    if ([leftovers, ...sessionsAfterApply].some((l) => l.preparedTransactions > 0 || l.advisoryLocks > 0)) block('RX-5', 'SIDE_EFFECT_LEFT');
    if (atRx0 && clone.census) {
      const outlived = censusChanges(atRx0, await clone.census(), OUTLIVE_ROLLBACK);
      step('RX-5').details.cluster_changes = outlived;
      if (outlived.length > 0) block('RX-5', 'SIDE_EFFECT_LEFT');
    }
    if (sha256Hex(readFileSync(plan.applyFile)) !== plan.applySha256) block('RX-5', 'APPLY_FILE_HASH_MISMATCH');
    const final = await capture('final');
    const finalDiff = compareFingerprints(before, final);
    if (finalDiff.schemaObjects.length > 0) block('RX-5', 'SCHEMA_NOT_RESTORED');
    if (finalDiff.sequences.length > 0) block('RX-5', 'SEQUENCE_NOT_RESTORED');
    if (finalDiff.tables.length > 0) block('RX-5', 'ROLLBACK_NOT_RESTORED');
    const validation = parts.validateRollbackProof(buildProof(proofEntries));
    step('RX-5').details.validator = { verdict: validation.verdict, codes: validation.codes };
    if (validation.verdict !== 'PASS' || proofEntries.length === 0) block('RX-5', 'VALIDATOR_FAILED');
    pass('RX-5');

    // RX-6: the gate denies every bad-input probe and allows the control.
    current = 'RX-6';
    progress('RX-6 gate probes');
    const probes = probeAnswers(parts.decideRequest);
    step('RX-6').details.probes = probes.map((p) => ({ probe: p.probe.id, expected: p.probe.expect, decision: p.decision.decision, codes: p.decision.codes, answered_right: p.answeredRight }));
    if (probes.some((p) => !p.answeredRight)) block('RX-6', 'PROBE_FAILED_OPEN');
    pass('RX-6');
    return finish();
  } catch (error) {
    // Bad input (the plan, its clone source, the target) is the caller's to report: exit 2, not BLOCKED.
    if (error instanceof PlanError || error instanceof TargetError) throw error;
    // A step that stopped on an error observed nothing: it says so, and borrows no finding's code.
    if (error instanceof CaptureError) {
      block(current, 'CAPTURE_FAILED', { capture_failed: { relation: error.relation, error: redactSealTokens(error.databaseError) } });
    } else {
      block(current, 'STEP_FAILED', { error: firstLine(error) });
    }
    return finish();
  } finally {
    await clone?.dispose().catch(() => {});
  }

  function finish(): RehearsalResult {
    const records = STEPS.map((s) => step(s.id));
    const codes = [...new Set(records.flatMap((r) => r.codes))];
    const modesPassed = records.filter((r) => (r.id === 'RX-3' || r.id === 'RX-4') && r.status === 'PASS').length;
    const ready = codes.length === 0 && modesPassed > 0 && records.every((r) => r.status === 'PASS' || r.status === 'NOT_REQUESTED');
    return {
      status: ready ? 'REHEARSAL_ROLLBACK_READY' : 'REHEARSAL_BLOCKED',
      production_decision: 'HOLD_PRODUCTION',
      codes: ready ? [] : codes,
      steps: records,
      proof: proofEntries.length > 0 ? buildProof(proofEntries) : null,
      fingerprints,
      cloneLocation: clone?.isolation.location ?? null,
    };
  }
}

/**
 * A SQL clone source checked before anything runs: every statement classified, what acts beyond
 * the clone refused (a `CloneSourceError`: exit 2), and its extensions available on the target.
 */
async function checkPlanSource(plan: RehearsalPlan, target: Target, progress: (line: string) => void)
  : Promise<{ checked: CheckedSource; skip: readonly CloneSkip[] } | null> {
  if (plan.cloneFrom.kind !== 'sql') return null;
  progress('RX-0 isolation lock: checking the clone source');
  await loadParser();
  const { path, skip } = plan.cloneFrom;
  const checked = checkCloneSource(readFileSync(path, 'utf8'), path, target.capabilities.dialect, skip);
  checkExtensions(checked, await target.missingExtensions(checked.extensions.map((e) => e.name)), target.id);
  return { checked, skip };
}

/** RX-0 once the clone exists: its source loaded, the plan's names resolved against it, its foreign tables in scope. */
async function loadAndInspect(
  plan: RehearsalPlan, clone: Clone, source: { checked: CheckedSource; skip: readonly CloneSkip[] } | null, progress: (line: string) => void,
): Promise<{ loaded: LoadReport | null; names: ResolvedNames; foreign: RelationInfo[] }> {
  let loaded: LoadReport | null = null;
  if (source) {
    progress('RX-0 isolation lock: loading the clone source');
    loaded = await clone.loadSource(source.checked, source.skip);
  }
  const state = clone.state;
  const relations = await reading(null, () => state.readOnly(() => state.relations(WHOLE_DATABASE)));
  const names = resolvePlanNames(plan, relations);
  return { loaded, names, foreign: relations.filter((r) => r.kind === 'foreign table' && inScopeSchemas(names.scope, r)) };
}

/** The plan's names as evidence keeps them: one canonical spelling each. */
function canonicalNames(names: ResolvedNames) {
  return {
    scope: { schemas: names.scope.schemas, tables: names.scope.tables ?? null },
    expected_delta: names.expectedDelta && Object.fromEntries(names.expectedDelta.map((e) => [e.id, e.rows])),
    approvals_table: names.approvalsTable?.id ?? null,
  };
}

function inScopeSchemas(scope: CaptureScope, relation: RelationInfo): boolean {
  return scope.schemas === null || relation.schema === null || scope.schemas.includes(relation.schema);
}

/** rollback-proof/v2: v1 plus each entry's `sequence_resets` (docs/formats.md). */
function buildProof(entries: Record<string, unknown>[]): Record<string, unknown> {
  return { format: 'rollback-proof/v2', target: { kind: 'clone', is_production: false }, entries };
}
