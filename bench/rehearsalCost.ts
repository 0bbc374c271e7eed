/**
 * `rehearse bench run PLAN`: what a real rehearsal costs, step by step, against the bare work
 * of the same database in the same run — loading the same clone source with the target's own
 * loader (`psql -f` on a server, the driver with no check, no transaction and no census on the
 * embedded targets) plus five plain reads of every table. Rounds alternate baseline and
 * rehearsal, so machine noise falls on both; medians and the ratio are what count. The peak
 * memory is that of a whole `rehearse run` in a process of its own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/packageRoot.ts';
import { loadParser } from '../src/sql/parser.ts';
import { checkCloneSourceFiles, loadStatements, type CloneStatement } from '../src/source/cloneSource.ts';
import { REAL_PARTS, runRehearsal } from '../src/engine/runRehearsal.ts';
import type { RehearsalPlan } from '../src/plan/parsePlan.ts';
import type { Clone, Target } from '../src/targets/target.ts';
import type { CopyOutSession } from '../src/session/session.ts';
import { WHOLE_DATABASE } from '../src/capture/stateReader.ts';

export interface StepCost {
  readonly step: string;
  readonly seconds: number;
}

export interface BaselineCost {
  /** How the clone source was loaded, in words. */
  readonly loader: string;
  readonly loadSeconds: number;
  readonly readSeconds: number;
  readonly tables: number;
}

export interface RehearsalCostResult {
  readonly target: string;
  readonly rounds: number;
  readonly status: string;
  /** Median seconds per step (RX-0 in its parts). */
  readonly steps: readonly StepCost[];
  readonly rehearsalSeconds: number;
  readonly baseline: BaselineCost;
  readonly baselineSeconds: number;
  /** rehearsal / baseline. */
  readonly ratio: number;
  /** Peak resident memory of `rehearse run PLAN --target T` in a process of its own (Linux), and its wall time. */
  readonly process: { readonly peakRssBytes: number | null; readonly seconds: number } | null;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;
const now = () => Number(process.hrtime.bigint()) / 1e9;

/** Step labels from the engine's progress lines: `RX-0 isolation lock: loading the clone source` → `RX-0 load the clone source`. */
function stepLabel(line: string): string {
  const [head = line, rest] = line.split(': ');
  const id = head.split(' ')[0]!;
  return rest
    ? `${id} ${rest.replace(/^(checking|creating|loading|capturing)/, (w) => ({ checking: 'check', creating: 'create', loading: 'load', capturing: 'capture' })[w]!)}`
    : head;
}

async function timeRehearsal(plan: RehearsalPlan, target: Target): Promise<{ steps: Map<string, number>; total: number; status: string }> {
  const steps = new Map<string, number>();
  let label: string | null = null;
  let since = now();
  const mark = (next: string | null) => {
    const t = now();
    if (label !== null) steps.set(label, (steps.get(label) ?? 0) + t - since);
    label = next;
    since = t;
  };
  const start = now();
  const result = await runRehearsal(plan, target, { parts: REAL_PARTS, progress: (line) => mark(stepLabel(line)), onClone: () => {} });
  mark(null);
  return { steps, total: now() - start, status: result.status };
}

/** Statements a rehearsal loads, written back as a psql script (COPY data inline), a statement at a time. */
function writePsqlScript(path: string, statements: Iterable<CloneStatement>): void {
  const fd = openSync(path, 'w');
  try {
    for (const s of statements) {
      writeSync(fd, `${s.text};\n`);
      if (!s.copy) continue;
      for (const chunk of s.copy.chunks()) writeSync(fd, chunk);
      writeSync(fd, '\\.\n');
    }
  } finally {
    closeSync(fd);
  }
}

function psqlAvailable(): boolean {
  return spawnSync('psql', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Loads the clone source into a fresh clone the way the target's own tools would, and times it. */
async function bareLoad(
  plan: RehearsalPlan,
  target: Target,
  serverUrl: string | null,
  work: string,
): Promise<{ clone: Clone; seconds: number; loader: string }> {
  const t0 = now();
  if (plan.cloneFrom.kind === 'template_database') {
    const clone = await target.createClone({ templateDatabase: plan.cloneFrom.name });
    return { clone, seconds: now() - t0, loader: 'CREATE DATABASE … TEMPLATE' };
  }
  if (plan.cloneFrom.kind === 'sqlite_file') {
    const clone = await target.createClone({ sqliteFile: plan.cloneFrom.path });
    return { clone, seconds: now() - t0, loader: 'a copy of the SQLite file' };
  }
  if (target.capabilities.dialect === 'sqlite') {
    const clone = await target.createClone();
    for (const file of plan.cloneFrom.paths) await clone.session.exec(readFileSync(file, 'utf8'));
    return { clone, seconds: now() - t0, loader: 'SQLite exec of the whole script' };
  }
  const source = checkCloneSourceFiles(
    plan.cloneFrom.paths.map((file) => ({ file })),
    'postgres',
    plan.cloneFrom.skip,
  );
  const clone = await target.createClone({ extensions: source.extensions.map((e) => e.name) });
  const roles = new Set((await clone.session.query<{ rolname: string }>('SELECT rolname FROM pg_catalog.pg_roles')).map((r) => r.rolname));
  const statements = loadStatements(
    source,
    { existing: roles, owner: clone.roles?.owner.name ?? '' },
    plan.cloneFrom.skip,
    plan.cloneFrom.extensions,
    [],
  );
  if (serverUrl !== null && psqlAvailable()) {
    const script = join(work, 'baseline.sql');
    writePsqlScript(script, statements);
    const url = new URL(serverUrl);
    url.pathname = `/${clone.isolation.location}`;
    const started = now();
    const psql = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url.toString(), '-f', script], { encoding: 'utf8' });
    if (psql.status !== 0) throw new Error(`psql could not load the baseline: ${psql.stderr.split('\n')[0]}`);
    return { clone, seconds: started - t0 + (now() - started), loader: 'psql -f (the statements the rehearsal loads)' };
  }
  // The driver, statement by statement: no check, no transaction, no census.
  const session = clone.session as CopyOutSession;
  for (const s of statements) {
    if (s.copy) await session.copyIn(s.text, s.copy.chunks());
    else await session.exec(s.text);
  }
  return {
    clone,
    seconds: now() - t0,
    loader: serverUrl === null ? 'the driver, statement by statement' : 'the driver (no psql on this machine)',
  };
}

async function timeBaseline(plan: RehearsalPlan, target: Target, serverUrl: string | null, work: string): Promise<BaselineCost> {
  const { clone, seconds, loader } = await bareLoad(plan, target, serverUrl, work);
  try {
    const tables = await clone.state.readOnly(() => clone.state.listTables(WHOLE_DATABASE));
    const t0 = now();
    for (let i = 0; i < 5; i++) for (const table of tables.filter((t) => t.populated)) await clone.state.streamRowsBare(table);
    return { loader, loadSeconds: seconds, readSeconds: now() - t0, tables: tables.length };
  } finally {
    await clone.dispose();
  }
}

/** Runs `rehearse run` in a process of its own and follows its peak resident memory (VmHWM, Linux). */
async function processCost(planFile: string, targetSpec: string): Promise<{ peakRssBytes: number | null; seconds: number }> {
  const bin = join(PACKAGE_ROOT, 'bin', 'rehearse.js');
  const t0 = now();
  const child = spawn(process.execPath, [bin, 'run', planFile, '--target', targetSpec], { stdio: 'ignore' });
  let peak: number | null = null;
  const poll = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
      if (hwm) peak = Math.max(peak ?? 0, Number(hwm) * 1024);
    } catch {
      // Not Linux, or the process has just ended.
    }
  }, 10);
  await new Promise((resolve) => child.on('close', resolve));
  clearInterval(poll);
  return { peakRssBytes: peak, seconds: now() - t0 };
}

export interface RehearsalCostOptions {
  readonly rounds: number;
  /** The target string (for the process of its own); a server URL also lets psql load the baseline. */
  readonly targetSpec: string;
  readonly planFile: string;
  readonly progress: (line: string) => void;
}

export async function measureRehearsalCost(
  plan: RehearsalPlan,
  target: Target,
  options: RehearsalCostOptions,
): Promise<RehearsalCostResult> {
  await loadParser();
  const work = mkdtempSync(join(tmpdir(), 'rehearse-bench-run-'));
  const serverUrl = /^postgres(ql)?:\/\//.test(options.targetSpec) ? options.targetSpec : null;
  try {
    const rounds: { steps: Map<string, number>; total: number; status: string; baseline: BaselineCost }[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      options.progress(`round ${round} of ${options.rounds}: baseline`);
      const baseline = await timeBaseline(plan, target, serverUrl, work);
      options.progress(`round ${round} of ${options.rounds}: rehearsal`);
      rounds.push({ ...(await timeRehearsal(plan, target)), baseline });
    }
    options.progress('a rehearsal in a process of its own (peak memory)');
    const process_ = await processCost(options.planFile, options.targetSpec);
    const labels = [...new Set(rounds.flatMap((r) => [...r.steps.keys()]))];
    const steps = labels.map((step) => ({ step, seconds: median(rounds.map((r) => r.steps.get(step) ?? 0)) }));
    const rehearsalSeconds = median(rounds.map((r) => r.total));
    const baseline: BaselineCost = {
      loader: rounds[0]!.baseline.loader,
      loadSeconds: median(rounds.map((r) => r.baseline.loadSeconds)),
      readSeconds: median(rounds.map((r) => r.baseline.readSeconds)),
      tables: rounds[0]!.baseline.tables,
    };
    const baselineSeconds = median(rounds.map((r) => r.baseline.loadSeconds + r.baseline.readSeconds));
    return {
      target: target.id,
      rounds: options.rounds,
      status: rounds.at(-1)!.status,
      steps,
      rehearsalSeconds,
      baseline,
      baselineSeconds,
      ratio: rehearsalSeconds / baselineSeconds,
      process: process_,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
