/**
 * `rehearse fuzz --plan`: the user's own change rehearsed on before-states of its own schema.
 * The plan's clone source is loaded once into a clone kept for the run; its schema is read from
 * the catalog and its rows sampled; then, until the budget ends, a generated state is loaded by
 * copy into that clone (no schema DDL per case) and the plan's batch rehearsed on it with the
 * real engine. The property: READY, or BLOCKED only with codes the user declared acceptable —
 * and never a state not restored, whatever was declared. The first failure is shrunk on its
 * data (fewer rows, simpler values, each state valid) and kept as a plan-fixture/v1.
 */
import fc from 'fast-check';
import { captureFingerprint } from '../../src/capture/captureFingerprint.ts';
import { WHOLE_DATABASE } from '../../src/capture/stateReader.ts';
import { sha256Hex } from '../../src/capture/hashing.ts';
import { readFileSync } from 'node:fs';
import type { RehearsalCode } from '../../src/codes.ts';
import { REAL_PARTS, runRehearsal, type RehearsalResult } from '../../src/engine/runRehearsal.ts';
import { cloneOfPlanSource } from '../../src/engine/planClone.ts';
import type { RehearsalPlan } from '../../src/plan/parsePlan.ts';
import { introspectPostgres } from '../../src/schema/introspectPostgres.ts';
import { introspectSqlite } from '../../src/schema/introspectSqlite.ts';
import { stateRows, type DataState, type SchemaModel } from '../../src/schema/schemaModel.ts';
import { loadState, readSequences, sampleRows } from '../../src/schema/stateLoad.ts';
import type { Clone, Snapshot, Target } from '../../src/targets/target.ts';
import { bestEffort } from '../../src/util/bestEffort.ts';
import { anchorRecipe, buildState, stateRecipe } from '../../generators/planState.ts';
import { readAnchors } from './batchAnchors.ts';
import { planFailureSignature } from './planFixture.ts';
import { shrinkState } from './shrinkState.ts';
import type { CaseVerdict, PlanWorkbench } from './workbench.ts';

/** Codes that say a state was not brought back: never acceptable, whatever the plan declares. */
export const NOT_RESTORED_CODES: readonly RehearsalCode[] = [
  'ROLLBACK_NOT_RESTORED',
  'SNAPSHOT_NOT_RESTORED',
  'SEQUENCE_NOT_RESTORED',
  'SCHEMA_NOT_RESTORED',
];

/** Codes of a rehearsal that rolled back or never wrote: its clone holds the state it was given. */
const LEAVE_THE_CLONE_AS_IT_WAS: readonly RehearsalCode[] = [
  'APPLY_FAILED',
  'DELTA_MISMATCH',
  'BOUNDARY_VIOLATION',
  'ROLLBACK_APPLY_DID_NOT_MUTATE',
  'PREFLIGHT_FAILED',
  'APPLY_FILE_HASH_MISMATCH',
];

/** How the kept clone is opened and its rehearsals judged. */
export interface WorkbenchOptions {
  /** BLOCKED with only these codes is acceptable. */
  readonly expectBlocked: readonly RehearsalCode[];
  /** Rows sampled from each table of the clone source to draw values from. */
  readonly samplePerTable: number;
  readonly progress: (line: string) => void;
}

export interface PlanFuzzOptions {
  readonly budgetMs: number;
  readonly seed: number;
  readonly maxRowsPerTable: number;
  /** Most rehearsals spent shrinking a failure. */
  readonly shrinkAttempts: number;
  readonly progress: (line: string) => void;
  /** How often a progress line is written while cases run. */
  readonly progressEveryMs: number;
  /** Stop once this many failures of distinct signatures are found and shrunk. */
  readonly maxFailures: number;
}

export interface PlanFailure {
  readonly verdict: CaseVerdict;
  readonly signature: string;
  readonly state: DataState;
  readonly rowsFound: number;
  readonly caseIndex: number;
  readonly shrinkAttempts: number;
}

export interface PlanFuzzResult {
  readonly model: SchemaModel;
  readonly schemaHash: string;
  readonly cases: number;
  readonly rows: number;
  /** Rows the generator could not make (no row to reference, a key already taken). */
  readonly skippedDraws: number;
  /** Rows the database refused on loading (a CHECK, a domain, a trigger). */
  readonly refusedRows: number;
  readonly refusals: readonly string[];
  readonly elapsedMs: number;
  /** Seconds spent on cases (not on loading the source or shrinking). */
  readonly caseSeconds: number;
  /** The first failure (`failures[0]`). */
  readonly failure: PlanFailure | null;
  /** Each failure of a distinct signature, shrunk, in the order found. */
  readonly failures: readonly PlanFailure[];
  /** Cases by how they ended: `READY`, `BLOCKED APPLY_FAILED`, … */
  readonly outcomes: Readonly<Record<string, number>>;
  /** Cases BLOCKED only with declared codes (`--expect-blocked`), by the kind of their failure: what the declaration let through. */
  readonly declaredKinds: Readonly<Record<string, number>>;
}

function firstBlocked(result: RehearsalResult) {
  return result.steps.find((s) => s.status === 'BLOCKED') ?? null;
}

function stepMessage(details: Record<string, unknown>): string {
  if (typeof details.apply_error === 'string') return details.apply_error;
  const mismatched = details.mismatched as { table: string; expected: number | string; actual: number }[] | undefined;
  if (mismatched) return mismatched.map((m) => `${m.table}: expected ${m.expected} rows, the batch changed it by ${m.actual}`).join('; ');
  if (details.not_restored) return `not restored: ${JSON.stringify(details.not_restored)}`;
  if (typeof details.error === 'string') return details.error;
  const failed = details.capture_failed as { relation: string | null; error: string } | undefined;
  if (failed) return `could not read ${failed.relation ?? 'the catalog'}: ${failed.error}`;
  const violations = details.violations as { statement: number; reason: string }[] | undefined;
  if (violations && violations.length > 0) return violations.map((v) => `statement ${v.statement}: ${v.reason}`).join('; ');
  return '';
}

/** READY, or BLOCKED with declared codes only and nothing left unrestored. */
export function judge(result: RehearsalResult, expectBlocked: readonly RehearsalCode[]): CaseVerdict {
  const blocked = firstBlocked(result);
  const message = blocked ? stepMessage(blocked.details) : '';
  const ok =
    result.status === 'REHEARSAL_ROLLBACK_READY' ||
    (result.codes.every((c) => expectBlocked.includes(c)) && !result.codes.some((c) => NOT_RESTORED_CODES.includes(c)));
  const kind = message.replace(/"[^"]*"|'[^']*'/g, (q) => (/^"[A-Za-z_][\w$]*"$/.test(q) ? q : "'…'")).replace(/\b\d+(\.\d+)?\b/g, 'N');
  const detail = typeof blocked?.details.apply_error_detail === 'string' ? blocked.details.apply_error_detail : null;
  return { ok, status: result.status, codes: result.codes, step: blocked?.id ?? '-', message, kind, detail };
}

/** The kept clone as one rehearsal sees it: never disposed by the rehearsal, its snapshots collected to be freed. */
function lentClone(clone: Clone, snapshots: Snapshot[]): Clone {
  return {
    targetId: clone.targetId,
    kind: clone.kind,
    capabilities: clone.capabilities,
    isolation: { ...clone.isolation, method: `${clone.isolation.method}; holding a generated before-state loaded by copy` },
    get session() {
      return clone.session;
    },
    get ownerSession() {
      return clone.ownerSession;
    },
    state: clone.state,
    loadSource: (source, skips, extensions) => clone.loadSource(source, skips, extensions),
    snapshot: async () => {
      const s = await clone.snapshot();
      snapshots.push(s);
      return s;
    },
    restore: (s) => clone.restore(s),
    releaseSnapshot: (s) => clone.releaseSnapshot(s),
    leftovers: () => clone.leftovers(),
    ...(clone.isReadOnlyStatement ? { isReadOnlyStatement: clone.isReadOnlyStatement } : {}),
    ...(clone.census ? { census: clone.census } : {}),
    ...(clone.roles ? { roles: clone.roles } : {}),
    resetSequence: (id, to) => clone.resetSequence(id, to),
    dispose: async () => {},
  };
}

/** Loads the plan's source once, reads its schema and rows; the clone is kept for the run. */
export async function openWorkbench(plan: RehearsalPlan, target: Target, options: WorkbenchOptions): Promise<PlanWorkbench> {
  let clone = await cloneOfPlanSource(plan, target, options.progress);
  try {
    const model =
      clone.capabilities.dialect === 'postgres' ? await introspectPostgres(clone.session) : await introspectSqlite(clone.session);
    const samples = await sampleRows(clone, model, options.samplePerTable);
    const anchors = await readAnchors(clone, model, plan);
    const sequences = await readSequences(clone);
    // The schema the states are drawn from: the capture's schema hash of the source.
    const schemaHash = (await captureFingerprint(clone.state, WHOLE_DATABASE)).schema_hash;
    let dirty = false;
    const workbench: PlanWorkbench = {
      plan,
      target,
      model,
      samples,
      anchors,
      sequences,
      schemaHash,
      rehearse: async (state, hooks = {}) => {
        if (dirty) {
          // A case that left its clone changed gets a new one: the next state starts from the source again.
          await bestEffort('dropping a clone', () => clone.dispose());
          clone = await cloneOfPlanSource(plan, target, () => {});
          dirty = false;
        }
        const load = await loadState(clone, model, state, sequences);
        await hooks.loaded?.(clone);
        const snapshots: Snapshot[] = [];
        let result: RehearsalResult;
        try {
          result = await runRehearsal(hooks.modes ? { ...plan, modes: plan.modes.filter((m) => hooks.modes!.includes(m)) } : plan, target, {
            parts: REAL_PARTS,
            progress: () => {},
            onClone: () => {},
            provideClone: async () => lentClone(clone, snapshots),
            ...(hooks.inspect ? { inspect: hooks.inspect } : {}),
          });
        } finally {
          for (const s of snapshots) await bestEffort('releasing a snapshot', () => clone.releaseSnapshot(s));
        }
        const verdict = judge(result, options.expectBlocked);
        if (!result.codes.every((c) => LEAVE_THE_CLONE_AS_IT_WAS.includes(c))) dirty = true;
        return { verdict, loaded: load.loaded, refused: load.refused, refusals: load.refusals };
      },
      close: async () => {
        await bestEffort('dropping a clone', () => clone.dispose());
      },
    };
    return workbench;
  } catch (error) {
    await bestEffort('dropping a clone', () => clone.dispose());
    throw error;
  }
}

/** How a case ended, for the count by outcome: `READY`, or `BLOCKED` with its codes. */
export function outcomeOf(verdict: CaseVerdict): string {
  return verdict.status === 'REHEARSAL_ROLLBACK_READY' ? 'READY' : `BLOCKED ${verdict.codes.join(', ')}`;
}

/**
 * Fuzzes a plan on `workbench` until the budget ends or `maxFailures` failures of distinct
 * signatures are found, each shrunk; a failure whose signature was found already is counted, not
 * shrunk again. States are drawn around the rows the batch names (`workbench.anchors`), each
 * present unless the case leaves it out.
 */
export async function fuzzPlan(workbench: PlanWorkbench, options: PlanFuzzOptions): Promise<PlanFuzzResult> {
  const started = Date.now();
  const deadline = started + options.budgetMs;
  const { model, samples, anchors } = workbench;
  const recipe = fc.tuple(stateRecipe(model, { maxRowsPerTable: options.maxRowsPerTable }), anchorRecipe(anchors));
  const tally = new CaseTally();
  let lastProgress = Date.now();
  const failures: PlanFailure[] = [];
  while (Date.now() < deadline && failures.length < options.maxFailures) {
    const [drawn] = fc.sample(recipe, { seed: options.seed + tally.cases, numRuns: 1 });
    const built = buildState(model, samples, drawn![0], anchors, drawn![1]);
    tally.skippedDraws += built.skipped;
    const caseStart = Date.now();
    const outcome = await workbench.rehearse(built.state);
    const index = tally.record(outcome, Date.now() - caseStart);
    const { verdict, loaded } = outcome;
    const signature = verdict.ok ? null : planFailureSignature(workbench.plan.applySha256, verdict);
    if (signature !== null && !failures.some((f) => f.signature === signature)) {
      options.progress(
        `case ${index}: ${verdict.step} ${verdict.codes.join(', ')} on a state of ${stateRows(loaded)} rows — ${verdict.message}; shrinking`,
      );
      const shrunk = await shrinkState(workbench, loaded, signature, verdict.step, {
        maxAttempts: options.shrinkAttempts,
        deadline: Math.max(deadline, Date.now() + 60_000),
        progress: options.progress,
      });
      failures.push({
        verdict: shrunk.verdict ?? verdict,
        signature,
        state: shrunk.state,
        rowsFound: stateRows(loaded),
        caseIndex: index,
        shrinkAttempts: shrunk.attempts,
      });
    } else if (Date.now() - lastProgress >= options.progressEveryMs) {
      lastProgress = Date.now();
      options.progress(tally.said(started, failures.length));
    }
  }
  const { cases, rows, skippedDraws, refusedRows, refusals, caseMs, outcomes, declaredKinds } = tally;
  return {
    model,
    schemaHash: workbench.schemaHash,
    cases,
    rows,
    skippedDraws,
    refusedRows,
    refusals,
    elapsedMs: Date.now() - started,
    caseSeconds: caseMs / 1000,
    failure: failures[0] ?? null,
    failures,
    outcomes,
    declaredKinds,
  };
}

/** What the cases of a plan fuzz came to: counts, the database's first refusals, outcomes and declared kinds. */
class CaseTally {
  cases = 0;
  rows = 0;
  skippedDraws = 0;
  refusedRows = 0;
  readonly refusals: string[] = [];
  caseMs = 0;
  readonly outcomes: Record<string, number> = {};
  readonly declaredKinds: Record<string, number> = {};

  /** Counts one case that took `ms`; its index. */
  record(outcome: Awaited<ReturnType<PlanWorkbench['rehearse']>>, ms: number): number {
    const { verdict, loaded, refused, refusals: said } = outcome;
    this.caseMs += ms;
    this.refusedRows += refused;
    for (const r of said) if (this.refusals.length < 5) this.refusals.push(r);
    this.rows += stateRows(loaded);
    const outcomeName = outcomeOf(verdict);
    this.outcomes[outcomeName] = (this.outcomes[outcomeName] ?? 0) + 1;
    if (verdict.ok && verdict.status !== 'REHEARSAL_ROLLBACK_READY') {
      const kind = `${verdict.codes.join(', ')}: ${verdict.kind}`;
      this.declaredKinds[kind] = (this.declaredKinds[kind] ?? 0) + 1;
    }
    return this.cases++;
  }

  /** A progress line. */
  said(started: number, failures: number): string {
    return `${this.cases} cases in ${((Date.now() - started) / 1000).toFixed(0)} s (${(this.cases / (this.caseMs / 1000)).toFixed(1)}/s), ${this.rows} rows, ${this.refusedRows} refused by the database, ${failures} failure${failures === 1 ? '' : 's'}`;
  }
}

/** The apply file's hash as it is now (the plan pins it; a fixture records it). */
export function applySha256Now(plan: RehearsalPlan): string {
  return sha256Hex(readFileSync(plan.applyFile));
}
