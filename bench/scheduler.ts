/**
 * `npm run bench:scheduler`: the two schedules side by side in one measurement — branch blocks of
 * src/ reached by a fuzz run of the same budget, seed and targets under round-robin and under the
 * progress scheduler (blocks at every tenth of the budget), then the teeth hunt's time to detect
 * under both (the hunt with the bench's 300 ms turns, first failure, no shrinking).
 *
 *   npm run bench:scheduler [-- --budget 10m] [--seed 1] [--hunt-budget 60s] [--only id,id] [--sequential]
 *
 * Each schedule runs in a process of its own (`--schedule` runs one and prints its JSON), so
 * neither inherits the other's warm clones or compiled code; the two run at the same time, so
 * whatever else loads the machine loads both alike (`--sequential`: one after the other). Writes reports/scheduler-<time>.json.
 * Targets: SQLite and PGlite, or the Postgres server when REHEARSE_PG_URL names one (as the hunt).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDuration } from '../cli/arguments.ts';
import { DirectoryCorpus } from '../properties/corpus/corpusStore.ts';
import { SourceCoverage } from '../properties/fuzz/coverage.ts';
import { fileStamp } from '../properties/fuzz/report.ts';
import { runFuzz } from '../properties/fuzz/runner.ts';
import type { Schedule } from '../properties/fuzz/scheduler.ts';
import { realEngine } from '../properties/harness/engineApi.ts';
import { PROFILES } from '../properties/harness/profiles.ts';
import { PROPERTY_REGISTRY } from '../properties/registry.ts';
import { PACKAGE_ROOT } from '../src/suite.ts';
import { KNOWN_BAD_ENGINES } from '../test/teeth/knownBadEngines.ts';
import { hunt, huntPlanted, huntTargets, huntUnits, median } from '../test/teeth/hunt.ts';
import { PLANTED_DEFECTS } from '../test/teeth/plantedDefects.ts';

const { values } = parseArgs({
  options: {
    budget: { type: 'string', default: '10m' },
    seed: { type: 'string', default: '1' },
    'hunt-budget': { type: 'string', default: '60s' },
    only: { type: 'string' },
    schedule: { type: 'string' },
    sequential: { type: 'boolean', default: false },
  },
});
const budgetMs = parseDuration(values.budget);
const huntBudgetMs = parseDuration(values['hunt-budget']);
const seed = Number(values.seed);
const only = values.only?.split(',');
const SCHEDULES: readonly Schedule[] = ['round-robin', 'progress'];

if (values.schedule === undefined) {
  // The parent: each schedule in a fresh process — both at once by default, so they share the
  // machine's load alike (one measurement); `--sequential` runs one after the other.
  const runChild = (schedule: Schedule) =>
    new Promise<unknown>((resolveChild, rejectChild) => {
      const args = [
        ...process.execArgv,
        process.argv[1]!,
        ...process.argv.slice(2).filter((a) => a !== '--sequential'),
        '--schedule',
        schedule,
      ];
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
      });
      child.on('error', rejectChild);
      child.on('close', (status) => {
        if (status !== 0) return rejectChild(new Error(`the ${schedule} run failed (exit ${status})`));
        const lines = out.trim().split('\n');
        for (const line of lines.slice(0, -1)) console.log(line);
        resolveChild(JSON.parse(lines[lines.length - 1]!));
      });
    });
  const measured: Record<string, unknown> = {};
  if (values.sequential) {
    for (const schedule of SCHEDULES) measured[schedule] = await runChild(schedule);
  } else {
    const both = await Promise.all(SCHEDULES.map(runChild));
    SCHEDULES.forEach((schedule, i) => {
      measured[schedule] = both[i];
    });
  }
  mkdirSync('reports', { recursive: true });
  const file = join('reports', `scheduler-${fileStamp(new Date())}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), seed, budget_seconds: budgetMs / 1000, together: !values.sequential, measured }, null, 2)}\n`,
  );
  console.log(`scheduler: ${file}`);
  process.exit(0);
}
const onlySchedule = values.schedule as Schedule;
if (!SCHEDULES.includes(onlySchedule)) throw new Error(`--schedule: expected one of ${SCHEDULES.join(', ')}`);

const targets = await huntTargets();
const scratch = mkdtempSync(join(tmpdir(), 'rehearse-scheduler-'));
console.error(
  `scheduler: ${onlySchedule}, ${budgetMs / 1000} s, seed ${seed}, targets ${targets.map((t) => t.name).join(', ')}; then the teeth hunt`,
);

/** Blocks reached at each tenth of the budget, from a run's coverage timeline. */
const atTenths = (timeline: readonly (readonly [number, number])[]) =>
  Array.from({ length: 10 }, (_, i) => {
    const at = ((i + 1) * budgetMs) / 10;
    return timeline.filter(([ms]) => ms <= at).reduce((b, [, blocks]) => Math.max(b, blocks), 0);
  });

const runs: Record<string, { blocks: number; tenths: number[]; cases: number }> = {};
try {
  for (const schedule of [onlySchedule]) {
    const coverage = await SourceCoverage.start(PACKAGE_ROOT);
    await coverage.take();
    const result = await runFuzz({
      units: huntUnits(targets.map((t) => t.name)),
      seed,
      budgetMs,
      roundRuns: PROFILES.ci.runs,
      registry: PROPERTY_REGISTRY,
      engine: realEngine,
      openTarget: (family) => {
        const { target } = targets.find((t) => t.name === family)!;
        return {
          ...target,
          createClone: (o) => target.createClone(o),
          missingExtensions: (n) => target.missingExtensions(n),
          close: async () => {},
        };
      },
      corpus: new DirectoryCorpus(join(scratch, schedule)),
      toolVersion: 'bench',
      interrupted: () => false,
      onEvent: () => {},
      sliceMs: 2_000,
      schedule,
      coverage,
    });
    await coverage.stop();
    const cases = result.units.reduce((n, u) => n + u.runs, 0);
    runs[schedule] = { blocks: result.coverage!.blocks, tenths: atTenths(result.coverage!.timeline), cases };
    console.log(
      `${schedule.padEnd(12)} ${result.coverage!.blocks} blocks of src/ in ${budgetMs / 1000} s (${cases} cases); by tenths: ${runs[schedule]!.tenths.join(' ')}`,
    );
  }

  const hunts: Record<string, { id: string; caught: boolean; seconds: number | null }[]> = {};
  for (const schedule of [onlySchedule]) {
    hunts[schedule] = [];
    const options = { seed, budgetMs: huntBudgetMs, shrink: false, schedule };
    for (const bad of KNOWN_BAD_ENGINES.filter((e) => !only || only.includes(e.id))) {
      const r = await hunt(bad, targets, options);
      hunts[schedule]!.push({ id: r.id, caught: r.caught, seconds: r.detectedAfterMs === null ? null : r.detectedAfterMs / 1000 });
    }
    for (const d of PLANTED_DEFECTS.filter((e) => !only || only.includes(e.id))) {
      const r = await huntPlanted(d, options);
      hunts[schedule]!.push({ id: r.id, caught: r.caught, seconds: r.detectedAfterMs === null ? null : r.detectedAfterMs / 1000 });
    }
    const times = hunts[schedule]!.flatMap((h) => (h.seconds === null ? [] : [h.seconds]));
    console.log(
      `${schedule.padEnd(12)} teeth: caught ${times.length} of ${hunts[schedule]!.length}; median ${median(times).toFixed(2)} s, slowest ${Math.max(...times).toFixed(2)} s`,
    );
  }
  // The last line: this schedule's figures, for the parent.
  console.log(JSON.stringify({ run: runs[onlySchedule], hunts: hunts[onlySchedule] }));
} finally {
  for (const t of targets) await t.target.close();
  rmSync(scratch, { recursive: true, force: true });
}
