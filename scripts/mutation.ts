/**
 * `npm run mutation`: Stryker over all of src/, one run per shard (scripts/mutationShards.mjs),
 * then the shards' reports merged into one: a score per folder of src/ and overall, and every
 * surviving mutant sorted by kind.
 *
 *   npm run mutation [-- --shard gate,engine] [--incremental] [--merge-only] [--check]
 *
 *   --shard        run only these shards (the others' last reports are still merged)
 *   --incremental  keep each shard's results and rerun only the mutants and tests that changed
 *   --merge-only   run nothing: merge the reports already in reports/mutation/<shard>/
 *   --check        exit 1 when a shard has no report, the overall score is under 85 % or a folder's under 80 %
 *
 * Writes reports/mutation/summary.md and summary.json (and mutation.json, every shard's files
 * in one mutation-testing report). Shards naming the postgres target need REHEARSE_PG_URL.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
// @ts-expect-error: a plain JS module shared with stryker.config.mjs
import { MUTATION_SHARDS } from './mutationShards.mjs';

interface Shard {
  readonly name: string;
  readonly folder: string;
  readonly mutate: string[];
  readonly targets: string;
}
const SHARDS: readonly Shard[] = MUTATION_SHARDS;
const ROOT = 'reports/mutation';
export const OVERALL_TARGET = 85;
export const FOLDER_TARGET = 80;

/** The parts of a mutation-testing-report-schema mutant this summary reads. */
interface Mutant {
  readonly id: string;
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly statusReason?: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number } };
}
interface MutationReport {
  readonly schemaVersion: string;
  readonly thresholds: unknown;
  readonly files: Record<string, { readonly language: string; readonly source: string; readonly mutants: Mutant[] }>;
}

export interface Tally {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  errors: number;
  ignored: number;
}
const emptyTally = (): Tally => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, errors: 0, ignored: 0 });

/** Stryker's score: detected over all valid mutants (ignored and erroring ones left out). */
export const score = (t: Tally): number => {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid === 0 ? 100 : (100 * (t.killed + t.timeout)) / valid;
};

function count(t: Tally, status: string): void {
  if (status === 'Killed') t.killed++;
  else if (status === 'Timeout') t.timeout++;
  else if (status === 'Survived') t.survived++;
  else if (status === 'NoCoverage') t.noCoverage++;
  else if (status === 'Ignored') t.ignored++;
  else t.errors++;
}

/** The folder of src/ a file's figures go under (top-level files under `src`). */
export const folderOf = (file: string): string => {
  const parts = file.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]!;
};

export interface Summary {
  readonly date: string;
  readonly shards: { readonly name: string; readonly report: string | null }[];
  readonly overall: Tally & { score: number };
  readonly folders: Record<string, Tally & { score: number }>;
  readonly survivors: {
    readonly file: string;
    readonly line: number;
    readonly kind: string;
    readonly replacement: string;
    readonly status: string;
  }[];
}

export function summarize(reports: readonly { name: string; report: MutationReport | null }[]): Summary {
  const overall = emptyTally();
  const folders: Record<string, Tally> = {};
  const survivors: Summary['survivors'][number][] = [];
  for (const { report } of reports) {
    for (const [file, { mutants }] of Object.entries(report?.files ?? {})) {
      const folder = folderOf(file);
      folders[folder] ??= emptyTally();
      for (const m of mutants) {
        count(overall, m.status);
        count(folders[folder], m.status);
        if (m.status === 'Survived' || m.status === 'NoCoverage') {
          survivors.push({ file, line: m.location.start.line, kind: m.mutatorName, replacement: m.replacement ?? '', status: m.status });
        }
      }
    }
  }
  survivors.sort((a, b) => a.kind.localeCompare(b.kind) || a.file.localeCompare(b.file) || a.line - b.line);
  const withScore = (t: Tally) => ({ ...t, score: Math.round(score(t) * 100) / 100 });
  return {
    date: new Date().toISOString(),
    shards: reports.map((r) => ({ name: r.name, report: r.report ? join(ROOT, r.name, 'mutation.json') : null })),
    overall: withScore(overall),
    folders: Object.fromEntries(
      Object.entries(folders)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([f, t]) => [f, withScore(t)]),
    ),
    survivors,
  };
}

export function renderSummary(s: Summary): string {
  const row = (name: string, t: Tally & { score: number }) =>
    `| ${name} | ${t.score.toFixed(2)} | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.errors} | ${t.ignored} |`;
  const byKind = new Map<string, number>();
  for (const m of s.survivors) byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + 1);
  const missing = s.shards.filter((sh) => sh.report === null).map((sh) => sh.name);
  return [
    `# Mutation score over src/ (${s.date})`,
    '',
    missing.length > 0 ? `Shards with no report yet (not counted): ${missing.join(', ')}.\n` : '',
    '| folder | score % | killed | timeout | survived | no coverage | errors | ignored (static) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...Object.entries(s.folders).map(([f, t]) => row(f, t)),
    row('**all of src/**', s.overall),
    '',
    `## Survivors by kind (${s.survivors.length})`,
    '',
    ...[...byKind.entries()].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `- ${kind}: ${n}`),
    '',
    ...s.survivors.map(
      (m) =>
        `- ${m.kind} ${m.file}:${m.line}${m.status === 'NoCoverage' ? ' (no coverage)' : ''} → \`${m.replacement.replace(/\s+/g, ' ').slice(0, 100)}\``,
    ),
    '',
  ].join('\n');
}

function readReport(name: string): MutationReport | null {
  const file = join(ROOT, name, 'mutation.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as MutationReport) : null;
}

/** Every shard's files in one mutation-testing report (the HTML report's input format). */
function mergedReport(reports: readonly (MutationReport | null)[]): MutationReport | null {
  const present = reports.filter((r): r is MutationReport => r !== null);
  if (present.length === 0) return null;
  return {
    schemaVersion: present[0]!.schemaVersion,
    thresholds: present[0]!.thresholds,
    files: Object.assign({}, ...present.map((r) => r.files)),
  };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      shard: { type: 'string' },
      incremental: { type: 'boolean', default: false },
      'merge-only': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
    },
  });
  const wanted = values.shard?.split(',').map((s) => s.trim()) ?? SHARDS.map((s) => s.name);
  const unknown = wanted.filter((w) => !SHARDS.some((s) => s.name === w));
  if (unknown.length > 0) {
    console.error(`mutation: unknown shard ${unknown.join(', ')}; expected some of ${SHARDS.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  if (!values['merge-only']) {
    const needPg = SHARDS.filter((s) => wanted.includes(s.name) && s.targets.includes('postgres'));
    if (needPg.length > 0 && !process.env.REHEARSE_PG_URL) {
      console.error(`mutation: shards ${needPg.map((s) => s.name).join(', ')} run their tests on the Postgres server: set REHEARSE_PG_URL`);
      process.exit(2);
    }
    for (const [i, name] of wanted.entries()) {
      const started = Date.now();
      console.error(`mutation: shard ${i + 1}/${wanted.length} ${name}`);
      const run = spawnSync('npx', ['stryker', 'run', ...(values.incremental ? ['--incremental'] : [])], {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, REHEARSE_MUTATION_SHARD: name },
      });
      console.error(`mutation: shard ${name} done in ${Math.round((Date.now() - started) / 1000)} s (exit ${run.status})`);
      if (run.status !== 0) process.exit(run.status ?? 1);
    }
  }
  const reports = SHARDS.map((s) => ({ name: s.name, report: readReport(s.name) }));
  const summary = summarize(reports);
  mkdirSync(ROOT, { recursive: true });
  writeFileSync(join(ROOT, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const text = renderSummary(summary);
  writeFileSync(join(ROOT, 'summary.md'), text);
  const merged = mergedReport(reports.map((r) => r.report));
  if (merged) writeFileSync(join(ROOT, 'mutation.json'), `${JSON.stringify(merged)}\n`);
  console.log(text.split('\n## Survivors by kind')[0]);
  console.log(`mutation: ${join(ROOT, 'summary.md')} lists all ${summary.survivors.length} survivors by kind`);
  if (values.check) {
    const missing = summary.shards.filter((sh) => sh.report === null).map((sh) => sh.name);
    if (missing.length > 0) {
      console.error(`mutation: no report from shard ${missing.join(', ')}: the score does not cover all of src/`);
      process.exit(1);
    }
    const low = Object.entries(summary.folders).filter(([, t]) => t.score < FOLDER_TARGET);
    if (summary.overall.score < OVERALL_TARGET || low.length > 0) {
      console.error(
        `mutation: under target — overall ${summary.overall.score} % (≥ ${OVERALL_TARGET}), ${low.map(([f, t]) => `${f} ${t.score} %`).join(', ') || 'every folder ≥ 80 %'}`,
      );
      process.exit(1);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
