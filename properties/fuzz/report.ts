/**
 * fuzz-report/v1 (DESIGN §4) and its two renderings: a Markdown summary and a self-contained
 * HTML page with charts (inline SVG, no scripts, no network) of runs/s per property and target
 * and of the failures found.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeGuardedFile } from '../../src/guard/guardedOutput.ts';
import type { FuzzResult, Shard } from './runner.ts';

export const FUZZ_REPORT_FORMAT = 'fuzz-report/v1';

const resultSchema = z.strictObject({
  property: z.string(),
  target: z.string(),
  runs: z.number().int().min(0),
  runs_per_second: z.number().min(0),
  failures: z.number().int().min(0),
  new_signatures: z.array(z.string()),
  fixtures_written: z.array(z.string()),
  // Additions (docs/formats.md, docs/fuzzing.md): rounds run, seconds spent, and why a unit stopped early.
  rounds: z.number().int().min(0),
  seconds: z.number().min(0),
  error: z.string().nullable(),
});

export const fuzzReportSchema = z.strictObject({
  format: z.literal(FUZZ_REPORT_FORMAT),
  start: z.string(),
  budget_seconds: z.number().min(0),
  seed: z.number().int(),
  targets: z.array(z.string()),
  results: z.array(resultSchema),
  totals: z.strictObject({
    runs: z.number().int().min(0), failures: z.number().int().min(0), new_signatures: z.number().int().min(0), fixtures_written: z.number().int().min(0),
  }),
  // Additions (docs/formats.md, docs/fuzzing.md): when it ended, whether it was interrupted, its shard, targets left out and why, the tool version.
  finish: z.string(),
  elapsed_seconds: z.number().min(0),
  interrupted: z.boolean(),
  shard: z.string(),
  unavailable_targets: z.array(z.strictObject({ target: z.string(), reason: z.string() })),
  known_signatures_at_start: z.number().int().min(0),
  tool_version: z.string(),
});

export type FuzzReport = z.infer<typeof fuzzReportSchema>;

const round2 = (n: number) => Math.round(n * 100) / 100;

export function buildReport(result: FuzzResult, context: {
  budgetMs: number; seed: number; targets: readonly string[]; shard: Shard; unavailable: readonly { target: string; reason: string }[]; toolVersion: string;
}): FuzzReport {
  const results = result.units.map((u) => ({
    property: u.property, target: u.target, runs: u.runs,
    runs_per_second: u.busyMs > 0 ? round2(u.runs / (u.busyMs / 1000)) : 0,
    failures: u.failures, new_signatures: [...u.newSignatures], fixtures_written: [...u.fixturesWritten],
    rounds: u.rounds, seconds: round2(u.busyMs / 1000), error: u.error,
  }));
  const sum = (pick: (r: (typeof results)[number]) => number) => results.reduce((n, r) => n + pick(r), 0);
  return fuzzReportSchema.parse({
    format: FUZZ_REPORT_FORMAT,
    start: result.started.toISOString(),
    budget_seconds: round2(context.budgetMs / 1000),
    seed: context.seed,
    targets: [...context.targets],
    results,
    totals: { runs: sum((r) => r.runs), failures: sum((r) => r.failures), new_signatures: sum((r) => r.new_signatures.length), fixtures_written: sum((r) => r.fixtures_written.length) },
    finish: result.finished.toISOString(),
    elapsed_seconds: round2((result.finished.getTime() - result.started.getTime()) / 1000),
    interrupted: result.interrupted,
    shard: `${context.shard.index}/${context.shard.count}`,
    unavailable_targets: [...context.unavailable],
    known_signatures_at_start: result.knownSignatures,
    tool_version: context.toolVersion,
  });
}

const short = (signature: string) => signature.slice('sha256:'.length, 'sha256:'.length + 12);

export function renderMarkdown(report: FuzzReport): string {
  const lines = [
    `# Fuzz run ${report.start}`,
    '',
    `- seed ${report.seed} · shard ${report.shard} · budget ${report.budget_seconds} s · ran ${report.elapsed_seconds} s${report.interrupted ? ' · **interrupted**' : ''}`,
    `- targets: ${report.targets.join(', ') || 'none'}${report.unavailable_targets.map((u) => `; ${u.target} left out: ${u.reason}`).join('')}`,
    `- runs: ${report.totals.runs} · failures: ${report.totals.failures} · new signatures: ${report.totals.new_signatures} · fixtures written: ${report.totals.fixtures_written} (corpus held ${report.known_signatures_at_start} at the start)`,
    '',
    '| property | target | runs | runs/s | failures | new signatures | note |',
    '|---|---|---:|---:|---:|---|---|',
    ...report.results.map((r) => `| ${r.property} | ${r.target} | ${r.runs} | ${r.runs_per_second} | ${r.failures} | ${r.new_signatures.map(short).join(' ') || '–'} | ${r.error ?? ''} |`),
  ];
  const written = report.results.flatMap((r) => r.fixtures_written);
  if (written.length > 0) lines.push('', '## Fixtures written', '', ...written.map((p) => `- \`${p}\` — reproduce with \`npx rehearse replay ${p}\``));
  return `${lines.join('\n')}\n`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A horizontal bar chart as inline SVG. */
function barChart(title: string, bars: readonly { label: string; value: number; alert?: boolean }[], unit: string): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 22;
  const labelWidth = 380;
  const barWidth = 420;
  const height = bars.length * rowHeight + 10;
  const rows = bars.map((b, i) => {
    const y = i * rowHeight + 5;
    const width = Math.max(b.value > 0 ? 2 : 0, Math.round((b.value / max) * barWidth));
    return `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(b.label)}</text>`
      + `<rect x="${labelWidth}" y="${y + 3}" width="${width}" height="${rowHeight - 8}" fill="${b.alert ? '#c0392b' : '#2c7fb8'}"/>`
      + `<text x="${labelWidth + width + 6}" y="${y + 15}">${b.value} ${unit}</text>`;
  });
  return `<h2>${escapeHtml(title)}</h2>\n<svg role="img" aria-label="${escapeHtml(title)}" width="${labelWidth + barWidth + 120}" height="${height}" font-family="sans-serif" font-size="12">${rows.join('')}</svg>`;
}

export function renderHtml(report: FuzzReport): string {
  const label = (r: FuzzReport['results'][number]) => `${r.property} [${r.target}]`;
  const table = report.results.map((r) => `<tr><td>${escapeHtml(r.property)}</td><td>${escapeHtml(r.target)}</td><td>${r.runs}</td><td>${r.runs_per_second}</td><td>${r.failures}</td><td>${r.new_signatures.map((s) => `<code>${short(s)}</code>`).join(' ')}</td><td>${escapeHtml(r.error ?? '')}</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fuzz run ${escapeHtml(report.start)}</title>
<style>body{font-family:sans-serif;margin:2em;max-width:1000px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;font-size:13px}td:nth-child(n+3){text-align:right}</style></head>
<body>
<h1>Fuzz run ${escapeHtml(report.start)}</h1>
<p>seed ${report.seed} · shard ${escapeHtml(report.shard)} · budget ${report.budget_seconds} s · ran ${report.elapsed_seconds} s${report.interrupted ? ' · <strong>interrupted</strong>' : ''} · targets ${escapeHtml(report.targets.join(', '))}${report.unavailable_targets.map((u) => ` · ${escapeHtml(u.target)} left out: ${escapeHtml(u.reason)}`).join('')}</p>
<p>runs ${report.totals.runs} · failures ${report.totals.failures} · new signatures ${report.totals.new_signatures} · fixtures written ${report.totals.fixtures_written}</p>
${barChart('Runs per second, per property and target', report.results.map((r) => ({ label: label(r), value: r.runs_per_second })), 'runs/s')}
${barChart('Failures found, per property and target', report.results.map((r) => ({ label: label(r), value: r.failures, alert: r.new_signatures.length > 0 })), '')}
<h2>All results</h2>
<table><tr><th>property</th><th>target</th><th>runs</th><th>runs/s</th><th>failures</th><th>new signatures</th><th>note</th></tr>
${table}
</table>
</body></html>
`;
}

/** Writes report.json, report.md and report.html into `dir` (created), through the seal-token guard. */
export function writeReport(dir: string, report: FuzzReport): void {
  mkdirSync(dir, { recursive: true });
  writeGuardedFile(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeGuardedFile(join(dir, 'report.md'), renderMarkdown(report));
  writeGuardedFile(join(dir, 'report.html'), renderHtml(report));
}
