/**
 * `rehearse fuzz --plan PLAN`: the user's change rehearsed on generated before-states of its own
 * schema, drawn around the rows the batch names, until the budget ends or --max-failures failures
 * of distinct kinds are found; each shrunk and kept as a plan-fixture/v1; the cases counted by outcome.
 * Exit 0 nothing failed, 1 a failing state found (and stored), 2 usage or input error.
 */
import { REHEARSAL_CODE_MEANINGS, type RehearsalCode, type RehearsalPlan, type Target } from '../../src/index.ts';
import { checkCloneSourceFits } from '../../src/plan/parsePlan.ts';
import { PlanError } from '../../src/plan/planError.ts';
import { resolveTarget } from '../../src/index.ts';
import { CloneSourceError } from '../../src/source/cloneSourceError.ts';
import { TOOL_VERSION } from '../../src/version.ts';
import { applySha256Now, fuzzPlan, openWorkbench, type PlanFuzzResult } from '../../properties/planFuzz/planFuzz.ts';
import { PLAN_FIXTURE_FORMAT, savePlanFixture, stateAsInserts } from '../../properties/planFuzz/planFixture.ts';
import { stateRows } from '../../src/schema/schemaModel.ts';
import { DEFAULT_RUN_TARGET } from '../arguments.ts';
import { UsageError, type Output } from '../output.ts';
import { readPlanArgument } from '../readPlan.ts';

export interface FuzzPlanOptions {
  readonly budgetMs: number;
  readonly target: string | null;
  readonly seed: number | null;
  readonly expectBlocked: readonly RehearsalCode[];
  readonly corpus: string;
  readonly maxRows: number;
  readonly shrinkAttempts: number;
  readonly progressEveryMs: number;
  /** Stop once this many failures of distinct signatures are found. */
  readonly maxFailures: number;
}

const rowsText = (n: number) => `${n} row${n === 1 ? '' : 's'}`;

function summary(result: PlanFuzzResult): string {
  const rate = result.caseSeconds > 0 ? (result.cases / result.caseSeconds).toFixed(1) : '0';
  return `${result.cases} case${result.cases === 1 ? '' : 's'} (${rate}/s), ${result.rows} rows loaded, ${result.refusedRows} refused by the database, ${result.skippedDraws} draws the schema did not allow`;
}

export async function fuzzPlanCommand(output: Output, planPath: string, options: FuzzPlanOptions): Promise<number> {
  const plan = await readPlanArgument(planPath);
  // Every rehearsal would stop at RX-2: say so once instead of shrinking it.
  const applyNow = applySha256Now(plan);
  if (applyNow !== plan.applySha256)
    throw new UsageError(
      `${planPath}: field apply.sha256: ${plan.applyFile} has sha256 ${applyNow}, the plan pins ${plan.applySha256}: every rehearsal would be BLOCKED with APPLY_FILE_HASH_MISMATCH`,
    );
  const target = resolveTarget(options.target ?? plan.target ?? DEFAULT_RUN_TARGET, { reuseClones: false });
  try {
    checkCloneSourceFits(plan, target.kind);
  } catch (error) {
    await target.close();
    throw new UsageError((error as Error).message);
  }
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const say = (line: string) => output.err(`rehearse fuzz: ${line}`);
  say(`plan ${planPath} on ${target.id}, budget ${options.budgetMs / 1000} s, seed ${seed}`);
  const { result, anchors: workbenchAnchors } = await fuzzOn(plan, target, seed, options, say);
  output.out(`fuzzed    ${planPath} on ${target.id} — ${summary(result)}`);
  if (workbenchAnchors.length > 0) output.out(`around    the rows the batch names: ${workbenchAnchors.join('; ')}`);
  output.out(`outcomes  ${outcomesText(result.outcomes, options.expectBlocked)}`);
  // What --expect-blocked let through, by kind: a duplicate key is not hidden behind a missing row.
  for (const [kind, n] of Object.entries(result.declaredKinds)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5))
    output.out(`declared  ${n} × ${kind}`);
  if (result.refusals.length > 0) output.out(`refused   e.g. ${result.refusals[0]}`);
  if (result.failures.length === 0) {
    output.out(`result    no failing before-state in ${(result.elapsedMs / 1000).toFixed(0)} s (seed ${seed})`);
    return 0;
  }
  const stopped = result.failures.length >= options.maxFailures ? ` (stopped at --max-failures ${options.maxFailures})` : '';
  output.out(
    `result    ${result.failures.length} failing before-state${result.failures.length === 1 ? '' : 's'} of distinct kinds${stopped}`,
  );
  for (const failure of result.failures) reportFailure(output, failure, { plan, result, target, seed, options });
  return 1;
}

/** The fuzz run on a clone of the plan's source, the target closed however it ends (an interrupt too). */
async function fuzzOn(
  plan: RehearsalPlan,
  target: Target,
  seed: number,
  options: FuzzPlanOptions,
  say: (line: string) => void,
): Promise<{ result: PlanFuzzResult; anchors: string[] }> {
  let result: PlanFuzzResult;
  let anchors: string[] = [];
  const close = async () => target.close();
  const onSignal = () => {
    say('interrupted; dropping the clone');
    void close().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const workbench = await openWorkbench(plan, target, { expectBlocked: options.expectBlocked, samplePerTable: 30, progress: say }).catch(
      (error: unknown) => {
        if (error instanceof PlanError || error instanceof CloneSourceError) throw new UsageError(error.message);
        throw error;
      },
    );
    try {
      anchors = workbench.anchors.map((a) => a.named);
      const tables = workbench.model.tables;
      say(
        `schema ${workbench.schemaHash.slice(0, 19)}…: ${tables.length} tables, ${tables.reduce((n, t) => n + t.foreignKeys.length, 0)} foreign keys, ${tables.reduce((n, t) => n + t.uniques.length, 0)} unique keys, ${tables.reduce((n, t) => n + t.checks.length, 0)} checks, ${tables.reduce((n, t) => n + t.triggers.length, 0)} triggers, ${Object.keys(workbench.sequences).length} sequences`,
      );
      result = await fuzzPlan(workbench, {
        budgetMs: options.budgetMs,
        seed,
        maxRowsPerTable: options.maxRows,
        shrinkAttempts: options.shrinkAttempts,
        maxFailures: options.maxFailures,
        progress: say,
        progressEveryMs: options.progressEveryMs,
      }).catch((error: unknown) => {
        // The plan's names are resolved against the clone in each rehearsal: a name it lacks is still bad input.
        if (error instanceof PlanError) throw new UsageError(error.message);
        throw error;
      });
    } finally {
      await workbench.close();
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await close();
  }
  return { result, anchors };
}

/** One failure as the command reports it: its step, codes and message, the minimal before-state as SQL, and its fixture kept. */
function reportFailure(
  output: Output,
  failure: PlanFuzzResult['failures'][number],
  run: { plan: RehearsalPlan; result: PlanFuzzResult; target: Target; seed: number; options: FuzzPlanOptions },
): void {
  const { plan, result, target, seed, options } = run;
  const { verdict } = failure;
  output.out('');
  output.out(
    `result    FAIL: case ${failure.caseIndex} (seed ${seed}): ${verdict.step} ${verdict.status} with ${verdict.codes.join(', ')}`,
  );
  output.out(`          ${verdict.message}`);
  if (verdict.detail) output.out(`          ${verdict.detail}`);
  for (const code of verdict.codes) output.out(`          ${code}: ${REHEARSAL_CODE_MEANINGS[code]}`);
  output.out(
    `shrunk    from ${rowsText(failure.rowsFound)} to ${rowsText(stateRows(failure.state))} in ${failure.shrinkAttempts} rehearsals; the minimal before-state:`,
  );
  for (const line of stateAsInserts(result.model, failure.state)) output.out(`    ${line}`);
  if (stateRows(failure.state) === 0) output.out('    -- no rows: the plan fails on the schema with every table empty');
  const saved = savePlanFixture(options.corpus, plan.planFile, {
    format: PLAN_FIXTURE_FORMAT,
    apply_sha256: plan.applySha256,
    schema_hash: result.schemaHash,
    target: target.id,
    expect_blocked: [...options.expectBlocked],
    signature: failure.signature,
    failure: { step: verdict.step, codes: [...verdict.codes], message: verdict.message },
    state: failure.state as Record<string, Record<string, string | null>[]>,
    found_with: { seed, case: failure.caseIndex, rows_found: failure.rowsFound, shrink_attempts: failure.shrinkAttempts },
    tool_version: TOOL_VERSION,
    date: new Date().toISOString().slice(0, 10),
  });
  output.out(
    saved.outcome === 'written'
      ? `fixture   ${saved.path} (replay: rehearse replay ${saved.path}${target.kind === 'postgres' ? ', with REHEARSE_PG_URL set or --target postgres://USER@…' : ''})`
      : `fixture   ${saved.path} holds this failure already`,
  );
}

/** `READY 41 · BLOCKED APPLY_FAILED 3 (declared)`: the cases by how they ended, most first. */
export function outcomesText(outcomes: Readonly<Record<string, number>>, declared: readonly RehearsalCode[]): string {
  const entries = Object.entries(outcomes).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (entries.length === 0) return 'no case ran';
  return entries
    .map(([outcome, n]) => {
      const codes = outcome.startsWith('BLOCKED ') ? outcome.slice(8).split(', ') : [];
      const ok = codes.length > 0 && codes.every((c) => declared.includes(c as RehearsalCode));
      return `${outcome} ${n}${ok ? ' (declared)' : ''}`;
    })
    .join(' · ');
}
