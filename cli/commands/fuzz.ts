/**
 * `rehearse fuzz`: the nightly run. Logs its seed, shows a progress bar on a terminal and a plain
 * line every so often elsewhere (CI), writes new fixtures to the corpus and a report directory
 * to reports/. Ctrl-C (or SIGTERM) stops after the case in hand and still writes the report; a
 * second one writes the report of what ran and leaves at once.
 */
import { writeJunit } from '../junit.ts';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { realEngine } from '../../properties/harness/engineApi.ts';
import { buildReport, fileStamp, readReport, writeReport } from '../../properties/fuzz/report.ts';
import type { FuzzReport } from '../../properties/fuzz/fuzzReport.ts';
import { planUnits, unitName, type FuzzEvent, type FuzzResult, type UnitStats } from '../../properties/fuzz/fuzzRun.ts';
import { runFuzz } from '../../properties/fuzz/runner.ts';
import type { Shard } from '../../properties/fuzz/shard.ts';
import { PROFILES } from '../../properties/harness/profiles.ts';
import { isPureProperty, PROPERTY_REGISTRY } from '../../properties/registry.ts';
import { DirectoryCorpus } from '../../properties/corpus/corpusStore.ts';
import { availableTargets, harnessSpec, resolveTarget } from '../../src/index.ts';
import { PACKAGE_ROOT } from '../../src/suite.ts';
import { SourceCoverage } from '../../properties/fuzz/coverage.ts';
import type { Schedule } from '../../properties/fuzz/scheduler.ts';
import { TOOL_VERSION } from '../../src/version.ts';
import { UsageError, type Output } from '../output.ts';

/** Wall time a unit gets per turn: a slow PGlite rehearsal round takes longer, a pure round far less. */
const FUZZ_SLICE_MS = 2_000;

export interface FuzzCommandOptions {
  readonly budgetMs: number;
  readonly targets: readonly string[] | null;
  readonly properties: readonly string[] | null;
  readonly seed: number | null;
  readonly shard: Shard;
  readonly corpus: string;
  readonly reports: string;
  readonly progressEveryMs: number;
  /** Also write a JUnit XML report here (one test case per unit). */
  readonly junit?: string | null;
  /** A previous run's report (its directory or report.json) to compare this run with. */
  readonly previous?: string | null;
  /** Which unit runs next (default: where progress is). */
  readonly schedule?: Schedule;
}

/** Exact property ids, or a prefix ending in `.` (`gate.` for every gate property). */
function selectProperties(requested: readonly string[] | null): string[] {
  const all = Object.keys(PROPERTY_REGISTRY);
  if (requested === null) return all;
  const chosen = new Set<string>();
  for (const want of requested) {
    const matches = want.endsWith('.') ? all.filter((id) => id.startsWith(want)) : all.filter((id) => id === want);
    if (matches.length === 0)
      throw new UsageError(`--properties: no property ${JSON.stringify(want)}; the properties are: ${all.join(', ')}`);
    for (const id of matches) chosen.add(id);
  }
  return all.filter((id) => chosen.has(id));
}

export async function fuzzCommand(output: Output, options: FuzzCommandOptions): Promise<number> {
  const propertyIds = selectProperties(options.properties);
  const previous = options.previous ? readPrevious(options.previous) : undefined;
  const { targets, unavailable } = await chooseTargets(options.targets);
  const units = planUnits(
    propertyIds.map((id) => ({ id, pure: isPureProperty(id) })),
    targets.map((t) => t.name),
    options.shard,
  );
  if (units.length === 0)
    throw new UsageError(
      `shard ${options.shard.index}/${options.shard.count} has no work: ${propertyIds.length} properties on ${targets.length} targets`,
    );
  const seed = options.seed ?? randomInt(2 ** 31);
  const shardText = `${options.shard.index}/${options.shard.count}`;

  output.err(`fuzz: seed ${seed} (rerun this run's cases with --seed ${seed}) · budget ${options.budgetMs / 1000} s · shard ${shardText}`);
  output.err(
    `fuzz: ${units.length} units (property × target) on ${targets.map((t) => t.name).join(', ') || 'no database'}${unavailable.map((u) => `; ${u.target} left out: ${u.reason}`).join('')}`,
  );
  output.err(`fuzz: corpus ${options.corpus}, report to ${options.reports}/`);

  const schedule: Schedule = options.schedule ?? 'progress';
  // Branch coverage of src/ guides the scheduler and is reported either way.
  const coverage = await SourceCoverage.start(PACKAGE_ROOT);
  output.err(`fuzz: schedule ${schedule}; measuring branch coverage of src/`);
  const started = Date.now();
  const reportDir = join(
    options.reports,
    `fuzz-${fileStamp(new Date(started))}-seed${seed}${options.shard.count > 1 ? `-shard${options.shard.index}of${options.shard.count}` : ''}`,
  );
  const reportOf = (result: FuzzResult): FuzzReport =>
    buildReport(result, {
      budgetMs: options.budgetMs,
      seed,
      targets: targets.map((t) => t.name),
      shard: options.shard,
      unavailable,
      toolVersion: TOOL_VERSION,
      previous,
    });
  const progress = showProgress(output, started, options);
  const signals = onInterrupt(progress, () => {
    // A second interrupt: what ran so far, reported now.
    writeReport(
      reportDir,
      reportOf({
        started: new Date(started),
        finished: new Date(),
        interrupted: true,
        units: progress.units(),
        knownSignatures: progress.knownSignatures(),
        schedule,
        coverage: coverage ? { blocks: coverage.blocks, timeline: [] } : null,
      }),
    );
    progress.stop();
    output.err(`fuzz: stopped at once; report: ${reportDir}/report.md`);
    process.exit(130);
  });

  const result = await fuzzUnits(units, seed, options, targets, { progress, signals, coverage, schedule });

  const report = reportOf(result);
  writeReport(reportDir, report);
  printSummary(output, report, `${seed}`, shardText, reportDir);
  if (options.junit) writeJunitReport(output, options.junit, report, `rehearse fuzz (seed ${seed}, shard ${shardText})`);
  if (report.totals.new_signatures > 0) return 1;
  return report.interrupted ? 130 : 0;
}

/** The units run until the budget ends (or an interrupt), progress shown, coverage taken; progress, signals and coverage stopped however it ends. */
async function fuzzUnits(
  units: Parameters<typeof runFuzz>[0]['units'],
  seed: number,
  options: FuzzCommandOptions,
  targets: Awaited<ReturnType<typeof chooseTargets>>['targets'],
  run: {
    progress: ReturnType<typeof showProgress>;
    signals: ReturnType<typeof onInterrupt>;
    coverage: Awaited<ReturnType<typeof SourceCoverage.start>>;
    schedule: Schedule;
  },
): Promise<FuzzResult> {
  let result: FuzzResult;
  const { progress, signals, coverage, schedule } = run;
  try {
    await coverage?.take(); // what loading the tool reached is nobody's discovery
    result = await runFuzz({
      units,
      seed,
      budgetMs: options.budgetMs,
      roundRuns: PROFILES.ci.runs,
      registry: PROPERTY_REGISTRY,
      engine: realEngine,
      openTarget: (family) => resolveTarget(harnessSpec(targets.find((t) => t.name === family)!)!, { reuseClones: true }),
      corpus: new DirectoryCorpus(options.corpus),
      toolVersion: TOOL_VERSION,
      interrupted: signals.interrupted,
      sliceMs: FUZZ_SLICE_MS,
      onEvent: progress.onEvent,
      schedule,
      coverage,
    });
  } finally {
    progress.stop();
    signals.remove();
    await coverage?.stop();
  }
  return result;
}

/** --previous: a report to compare with, read before anything runs. */
function readPrevious(path: string): FuzzReport {
  try {
    return readReport(path);
  } catch (error) {
    throw new UsageError(`--previous: ${(error as Error).message}`);
  }
}

/** The targets asked for (all by default) that are available here, and why the others are not. */
async function chooseTargets(requested: readonly string[] | null) {
  const available = await availableTargets({ ...process.env, REHEARSE_TARGETS: '' });
  for (const name of requested ?? []) {
    const entry = available.find((a) => a.name === name);
    if (!entry)
      throw new UsageError(`--targets: no target ${JSON.stringify(name)}; the targets are: ${available.map((a) => a.name).join(', ')}`);
    if (entry.spec === null) throw new UsageError(`--targets: ${name} is not available here: ${entry.reason}`);
  }
  const wanted = available.filter((a) => requested === null || requested.includes(a.name));
  return {
    targets: wanted.filter((a) => a.spec !== null),
    unavailable: wanted.filter((a) => a.spec === null).map((a) => ({ target: a.name, reason: a.reason })),
  };
}

interface Progress {
  readonly onEvent: (event: FuzzEvent) => void;
  /** A line of its own: the bar steps aside for it, then carries on where it was. */
  readonly say: (text: string) => void;
  readonly units: () => UnitStats[];
  readonly knownSignatures: () => number;
  readonly stop: () => void;
}

/** A progress bar on a terminal, a plain line every so often elsewhere (CI), and a line for each failure. */
function showProgress(output: Output, started: number, options: FuzzCommandOptions): Progress {
  const latest = new Map<string, UnitStats>();
  let knownSignatures = 0;
  let currentUnit = '';
  const budgetSeconds = options.budgetMs / 1000;
  /** Where the run stands: what the bar shows and the plain progress line says. */
  const standing = () => {
    const all = [...latest.values()];
    return {
      elapsedSeconds: Math.round((Date.now() - started) / 1000),
      budgetSeconds,
      unit: currentUnit,
      runs: all.reduce((n, u) => n + u.runs, 0),
      failures: all.reduce((n, u) => n + u.failures, 0),
      fresh: all.reduce((n, u) => n + u.newSignatures.length, 0),
    };
  };
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          format:
            'fuzz [{bar}] {percentage}% | {elapsedSeconds}/{budgetSeconds} s | runs {runs} | failures {failures} (new {fresh}) | {unit}',
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const tick = () => {
    const now = standing();
    if (bar) bar.update(Math.min(now.elapsedSeconds, budgetSeconds), now);
    else
      output.err(
        `fuzz: ${now.elapsedSeconds}/${budgetSeconds} s | runs ${now.runs} | failures ${now.failures} | new ${now.fresh} | last ${now.unit}`,
      );
  };
  bar?.start(budgetSeconds, 0, standing());
  const timer = setInterval(tick, bar ? 1000 : options.progressEveryMs);
  const say = (text: string) => {
    bar?.stop();
    output.err(text);
    if (bar) {
      const now = standing();
      bar.start(budgetSeconds, Math.min(now.elapsedSeconds, budgetSeconds), now);
    }
  };
  return {
    say,
    units: () => [...latest.values()],
    knownSignatures: () => knownSignatures,
    stop: () => {
      clearInterval(timer);
      bar?.stop();
    },
    onEvent: (event) => {
      if (event.kind === 'start') {
        knownSignatures = event.knownSignatures;
        return;
      }
      latest.set(unitName(event.unit), event.unit);
      currentUnit = unitName(event.unit);
      if (event.kind === 'failure') {
        say(
          event.isNew
            ? `fuzz: NEW failure in ${currentUnit}: ${event.message}\nfuzz:   fixture ${event.path} — reproduce with: npx rehearse replay ${event.path}`
            : `fuzz: known failure again in ${currentUnit} (${event.signature.slice(7, 19)})`,
        );
      } else if (event.kind === 'unit-error') {
        say(`fuzz: ${currentUnit} stopped: ${event.unit.error}`);
      }
    },
  };
}

/** Ctrl-C (or SIGTERM): the first finishes the case in hand and lets the report be written; a second calls `atOnce`. */
function onInterrupt(progress: Progress, atOnce: () => void): { interrupted: () => boolean; remove: () => void } {
  let interrupts = 0;
  const onSignal = () => {
    interrupts++;
    if (interrupts === 1)
      progress.say('fuzz: interrupted: finishing the case in hand, then writing the report (interrupt again to stop at once)');
    else atOnce();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    interrupted: () => interrupts > 0,
    remove: () => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    },
  };
}

/** What ran, per unit, the totals, each new fixture with its replay command, and where the report is. */
function printSummary(output: Output, report: FuzzReport, seed: string, shardText: string, reportDir: string): void {
  output.out(`fuzz: ${report.interrupted ? 'interrupted after' : 'ran'} ${report.elapsed_seconds} s, seed ${seed}, shard ${shardText}`);
  const width = Math.max(...report.results.map((r) => `${r.property} [${r.target}]`.length));
  for (const r of report.results) {
    output.out(
      `  ${`${r.property} [${r.target}]`.padEnd(width)}  runs ${String(r.runs).padStart(6)}  ${String(r.runs_per_second).padStart(8)}/s  failures ${r.failures}${r.new_signatures.length ? `  NEW ${r.new_signatures.length}` : ''}${r.error ? `  stopped: ${r.error}` : ''}`,
    );
  }
  output.out(
    `fuzz: runs ${report.totals.runs} · failures ${report.totals.failures} · new signatures ${report.totals.new_signatures} · fixtures written ${report.totals.fixtures_written}`,
  );
  for (const path of report.results.flatMap((r) => r.fixtures_written))
    output.out(`fuzz: new fixture ${path} — npx rehearse replay ${path}`);
  if (report.comparison) {
    const c = report.comparison;
    output.out(
      `fuzz: compared with the run of ${c.previous_start}: ${c.new.length} new, ${c.fixed.length} fixed, ${c.still_failing.length} still failing`,
    );
  }
  output.out(`fuzz: report ${reportDir}/report.md (also report.json, report.html)`);
}

/** JUnit XML: one test case per unit, a failure naming its replay commands. */
function writeJunitReport(output: Output, file: string, report: FuzzReport, suite: string): void {
  writeJunit(
    file,
    suite,
    report.results.map((r) => ({
      classname: r.property,
      name: r.target,
      seconds: r.seconds,
      ...(r.failures > 0
        ? {
            failure: {
              message: `${r.failures} failing case${r.failures === 1 ? '' : 's'}${r.new_signatures.length ? `, ${r.new_signatures.length} new` : ''}`,
              text: [
                `${r.runs} runs, ${r.failures} failures`,
                ...r.fixtures_written.map((p) => `reproduce with: npx rehearse replay ${p}`),
              ].join('\n'),
            },
          }
        : r.error
          ? { failure: { message: 'stopped', text: r.error } }
          : {}),
    })),
    report.elapsed_seconds,
  );
  output.out(`fuzz: JUnit XML ${file}`);
}
