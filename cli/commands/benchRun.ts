import { measureRehearsalCost } from '../../bench/rehearsalCost.ts';
import { writeGuardedFile } from '../../src/guard/guardedOutput.ts';
import { checkCloneSourceFits } from '../../src/plan/parsePlan.ts';
import { PlanError } from '../../src/plan/planError.ts';
import { resolveTarget } from '../../src/index.ts';
import { UsageError, type Output } from '../output.ts';
import { readPlanArgument } from '../readPlan.ts';
import { DEFAULT_RUN_TARGET } from './run.ts';

export interface BenchRunOptions {
  readonly target: string | null;
  readonly repeats: number;
  readonly json: string | null;
}

const mib = (bytes: number | null) => (bytes === null ? 'n/a (needs /proc)' : `${Math.round(bytes / 2 ** 20)} MiB`);

/** `rehearse bench run PLAN`: each step of a real rehearsal against the bare load and reads of the same clone source. */
export async function benchRun(output: Output, planFile: string, options: BenchRunOptions): Promise<number> {
  const plan = await readPlanArgument(planFile);
  const spec = options.target ?? plan.target ?? DEFAULT_RUN_TARGET;
  const target = resolveTarget(spec);
  let result: Awaited<ReturnType<typeof measureRehearsalCost>>;
  try {
    checkCloneSourceFits(plan, target.kind);
    result = await measureRehearsalCost(plan, target, {
      rounds: options.repeats,
      targetSpec: spec,
      planFile,
      progress: (line) => output.err(`bench run: ${line}`),
    });
  } catch (error) {
    if (error instanceof PlanError) throw new UsageError(error.message);
    throw error;
  } finally {
    await target.close();
  }
  const row = (label: string, seconds: number) => output.out(`${label.padEnd(58)} ${seconds.toFixed(3).padStart(8)}`);
  output.out(`bench run ${planFile} on ${result.target} (${result.status}), median of ${result.rounds} interleaved rounds`);
  output.out(`${'step'.padEnd(58)} ${'seconds'.padStart(8)}`);
  for (const s of result.steps) row(`  ${s.step}`, s.seconds);
  row('rehearsal', result.rehearsalSeconds);
  row(`baseline: load with ${result.baseline.loader}`, result.baseline.loadSeconds);
  row(`baseline: 5 plain reads of every table (${result.baseline.tables})`, result.baseline.readSeconds);
  row('baseline', result.baselineSeconds);
  output.out(`ratio rehearsal / baseline: ${result.ratio.toFixed(2)}`);
  if (result.process) {
    output.out(
      `rehearse run in a process of its own: ${result.process.seconds.toFixed(2)} s, peak memory ${mib(result.process.peakRssBytes)}`,
    );
  }
  if (options.json) writeGuardedFile(options.json, `${JSON.stringify({ format: 'bench-run/v1', plan: planFile, ...result }, null, 2)}\n`);
  return 0;
}
