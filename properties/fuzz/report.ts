/**
 * fuzz-report/v1 and its two renderings: a Markdown summary and a self-contained HTML page
 * (`reportHtml.ts`). A report may carry its comparison with the run before (`--previous`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeGuardedFile } from '../../src/guard/guardedOutput.ts';
import { FUZZ_REPORT_FORMAT, fuzzReportSchema, type FuzzComparison, type FuzzReport } from './fuzzReport.ts';
import type { FuzzResult } from './fuzzRun.ts';
import type { Shard } from './shard.ts';
import { renderHtml, short, signaturesOf } from './reportHtml.ts';
import { makeDirectory } from '../../src/util/makeDirectory.ts';

export { renderHtml };

const round2 = (n: number) => Math.round(n * 100) / 100;

export function buildReport(
  result: FuzzResult,
  context: {
    budgetMs: number;
    seed: number;
    targets: readonly string[];
    shard: Shard;
    unavailable: readonly { target: string; reason: string }[];
    toolVersion: string;
    previous?: FuzzReport;
  },
): FuzzReport {
  const results = result.units.map((u) => unitResult(u, result));
  const sum = (pick: (r: (typeof results)[number]) => number) => results.reduce((n, r) => n + pick(r), 0);
  return fuzzReportSchema.parse({
    format: FUZZ_REPORT_FORMAT,
    start: result.started.toISOString(),
    budget_seconds: round2(context.budgetMs / 1000),
    seed: context.seed,
    targets: [...context.targets],
    results,
    totals: {
      runs: sum((r) => r.runs),
      failures: sum((r) => r.failures),
      new_signatures: sum((r) => r.new_signatures.length),
      fixtures_written: sum((r) => r.fixtures_written.length),
    },
    finish: result.finished.toISOString(),
    elapsed_seconds: round2((result.finished.getTime() - result.started.getTime()) / 1000),
    interrupted: result.interrupted,
    shard: `${context.shard.index}/${context.shard.count}`,
    unavailable_targets: [...context.unavailable],
    known_signatures_at_start: result.knownSignatures,
    tool_version: context.toolVersion,
    ...(context.previous ? { comparison: compareReports(context.previous, results) } : {}),
    schedule: result.schedule,
    ...(result.coverage
      ? {
          coverage: {
            blocks: result.coverage.blocks,
            timeline: result.coverage.timeline.map(([ms, blocks]) => [round2(ms / 1000), blocks] as [number, number]),
          },
        }
      : {}),
  });
}

/** One property on one target, as the report holds it: its runs and rate, failures, findings, timeline and coverage (times in seconds). */
function unitResult(u: FuzzResult['units'][number], result: FuzzResult) {
  return {
    property: u.property,
    target: u.target,
    runs: u.runs,
    runs_per_second: u.busyMs > 0 ? round2(u.runs / (u.busyMs / 1000)) : 0,
    failures: u.failures,
    new_signatures: [...u.newSignatures],
    fixtures_written: [...u.fixturesWritten],
    rounds: u.rounds,
    seconds: round2(u.busyMs / 1000),
    error: u.error,
    timeline: u.timeline.map(([ms, runs]) => [round2(ms / 1000), runs] as [number, number]),
    found: u.found.map((f) => ({
      signature: f.signature,
      new: f.isNew,
      fixture: f.path,
      counterexample_chars: f.counterexampleSize,
      seconds: round2(f.detectedAfterMs / 1000),
      message: f.message,
    })),
    ...(result.coverage
      ? {
          blocks: u.blocks,
          coverage: u.coverage.map(([ms, blocks]) => [round2(ms / 1000), blocks] as [number, number]),
          seconds_since_new_coverage:
            u.lastNewCoverageMs === null
              ? null
              : round2((result.finished.getTime() - result.started.getTime() - u.lastNewCoverageMs) / 1000),
        }
      : {}),
  };
}

type Result = FuzzReport['results'][number];
const unitKey = (r: { property: string; target: string }) => `${r.property}\u0000${r.target}`;

/** The signatures a unit failed with in a run. */
function failing(results: readonly Result[]): Map<string, Set<string>> {
  const byUnit = new Map<string, Set<string>>();
  for (const r of results) byUnit.set(unitKey(r), new Set(signaturesOf(r)));
  return byUnit;
}

/** New, fixed and still-failing signatures, and each unit's rate then and now. */
export function compareReports(previous: FuzzReport, results: readonly Result[]): FuzzComparison {
  const before = failing(previous.results);
  const now = failing(results);
  const all = (m: Map<string, Set<string>>) => new Set([...m.values()].flatMap((s) => [...s]));
  const beforeAll = all(before);
  const nowAll = all(now);
  const ranNow = new Set(results.filter((r) => r.runs > 0).map(unitKey));
  const fixed = [...before]
    .filter(([unit]) => ranNow.has(unit))
    .flatMap(([, sigs]) => [...sigs])
    .filter((s) => !nowAll.has(s));
  const previousRates = new Map(previous.results.map((r) => [unitKey(r), r.runs_per_second]));
  return {
    previous_start: previous.start,
    new: [...nowAll].filter((s) => !beforeAll.has(s)).sort(),
    fixed: [...new Set(fixed)].sort(),
    still_failing: [...nowAll].filter((s) => beforeAll.has(s)).sort(),
    rates: results
      .filter((r) => previousRates.has(unitKey(r)))
      .map((r) => ({ property: r.property, target: r.target, before: previousRates.get(unitKey(r))!, after: r.runs_per_second })),
  };
}

/** A time as report names spell it: `20261129T081707Z`. */
export function fileStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** Reads a report.json (or the report.json in a directory) for --previous: a readable message when it is not one. */
export function readReport(path: string): FuzzReport {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'report.json') : path;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file}: no fuzz report there (expected a report.json or a directory holding one)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file}: not JSON`);
  }
  const parsed = fuzzReportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: not a fuzz-report/v1: ${issue.path.join('.') || 'the document'}: ${issue.message}`);
  }
  return parsed.data;
}

export function renderMarkdown(report: FuzzReport): string {
  const lines = [
    `# Fuzz run ${report.start}`,
    '',
    `- seed ${report.seed} · shard ${report.shard} · budget ${report.budget_seconds} s · ran ${report.elapsed_seconds} s${report.interrupted ? ' · **interrupted**' : ''}`,
    `- targets: ${report.targets.join(', ') || 'none'}${report.unavailable_targets.map((u) => `; ${u.target} left out: ${u.reason}`).join('')}`,
    `- runs: ${report.totals.runs} · failures: ${report.totals.failures} · new signatures: ${report.totals.new_signatures} · fixtures written: ${report.totals.fixtures_written} (corpus held ${report.known_signatures_at_start} at the start)`,
    '',
    ...(report.coverage
      ? [`- schedule: ${report.schedule ?? 'round-robin'} · branch blocks of src/ reached: ${report.coverage.blocks}`]
      : []),
    '',
    '| property | target | runs | runs/s | failures | new signatures | blocks found first | since new coverage | note |',
    '|---|---|---:|---:|---:|---|---:|---:|---|',
    ...report.results.map(
      (r) =>
        `| ${r.property} | ${r.target} | ${r.runs} | ${r.runs_per_second} | ${r.failures} | ${r.new_signatures.map(short).join(' ') || '–'} | ${r.blocks ?? '–'} | ${r.seconds_since_new_coverage === undefined || r.seconds_since_new_coverage === null ? '–' : `${r.seconds_since_new_coverage} s`} | ${r.error ?? ''} |`,
    ),
  ];
  const written = report.results.flatMap((r) => r.fixtures_written);
  if (written.length > 0)
    lines.push('', '## Fixtures written', '', ...written.map((p) => `- \`${p}\` — reproduce with \`npx rehearse replay ${p}\``));
  const found = report.results.flatMap((r) => (r.found ?? []).filter((f) => !f.new).map((f) => ({ r, f })));
  if (found.length > 0) {
    lines.push(
      '',
      '## Known failures found again',
      '',
      ...found.map(
        ({ r, f }) => `- ${r.property} [${r.target}] ${short(f.signature)}${f.fixture ? ` — \`npx rehearse replay ${f.fixture}\`` : ''}`,
      ),
    );
  }
  const c = report.comparison;
  if (c) {
    lines.push(
      '',
      `## Compared with the run of ${c.previous_start}`,
      '',
      `- new: ${c.new.map(short).join(' ') || 'none'}`,
      `- fixed: ${c.fixed.map(short).join(' ') || 'none'}`,
      `- still failing: ${c.still_failing.map(short).join(' ') || 'none'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Writes report.json, report.md and report.html into `dir` (created), through the seal-token guard. */
export function writeReport(dir: string, report: FuzzReport): void {
  makeDirectory(dir);
  writeGuardedFile(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeGuardedFile(join(dir, 'report.md'), renderMarkdown(report));
  writeGuardedFile(join(dir, 'report.html'), renderHtml(report));
}
