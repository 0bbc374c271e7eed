/**
 * `npm run bench:teeth`: every known-bad engine hunted by every property (cheapest first) for
 * up to the budget each; per defect: caught or not, by which property, time to the first
 * failing case, and the size of the shrunk counterexample. The controls (the real engine and the
 * defect-free reference capture) must hold for the same budget, or a catch would mean nothing.
 *
 *   npm run bench:teeth [-- --budget 60s] [--control-budget 20s] [--seed 1] [--slice-ms 300] [--max-sweeps N] [--only id,id]
 *
 * Exit 0 when every defect was caught and every control held, else 1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDuration } from '../cli/arguments.ts';
import { DirectoryCorpus } from '../properties/corpus/corpusStore.ts';
import { fileStamp } from '../properties/fuzz/report.ts';
import { CONTROL_ENGINES, KNOWN_BAD_ENGINES } from '../test/teeth/knownBadEngines.ts';
import { hunt, huntPlanted, huntTargets, median, type HuntResult } from '../test/teeth/hunt.ts';
import { PLANTED_DEFECTS } from '../test/teeth/plantedDefects.ts';
import { startPrivateServer } from '../test/support/privateServer.ts';

const { values } = parseArgs({
  options: {
    budget: { type: 'string', default: '60s' },
    'control-budget': { type: 'string', default: '20s' },
    seed: { type: 'string', default: '1' },
    'slice-ms': { type: 'string', default: '300' },
    'max-sweeps': { type: 'string' },
    only: { type: 'string' },
  },
});
const budgetMs = parseDuration(values.budget);
const controlBudgetMs = parseDuration(values['control-budget']);
const seed = Number(values.seed);
const sliceMs = Number(values['slice-ms']);
const maxSweeps = values['max-sweeps'] === undefined ? undefined : Number(values['max-sweeps']);
const only = values.only?.split(',');
// The Postgres hunts run on a server of their own (a new cluster on a free port, removed afterwards):
// a defect that lets a hostile case through leaves its role or setting there, not on a server in use.
const started = await startPrivateServer();
const server = 'url' in started ? started : null;
if (!server)
  console.error(
    `teeth: no private server (${(started as { unavailable: string }).unavailable}); Postgres hunts on REHEARSE_PG_URL if set, standing checks not run`,
  );
const huntEnv = server ? { ...process.env, REHEARSE_PG_URL: server.url } : process.env;
const engines = KNOWN_BAD_ENGINES.filter((e) => !only || only.includes(e.id));
/** Defects planted in a copy of the real sources (test/teeth/plantedDefects.ts), each hunted on its copy's own targets. */
const planted = PLANTED_DEFECTS.filter((d) => (!only || only.includes(d.id)) && (!d.standing || server));

const stamp = fileStamp(new Date());
/** Beside the report: each caught engine's and control's shrunk counterexample, a fixture `rehearse replay` reads. */
const counterexamples = join('reports', `teeth-${stamp}`);
const corpusFor = (id: string) => new DirectoryCorpus(join(counterexamples, id));
const targets = await huntTargets(huntEnv);
const seconds = (ms: number | null) => (ms === null ? '–' : (ms / 1000).toFixed(2));
console.error(
  `teeth: ${engines.length + planted.length} known-bad engines (${planted.length} planted in the real sources), ${budgetMs / 1000} s each at most, seed ${seed}, targets ${targets.map((t) => `${t.name} (${t.target.id})`).join(', ')}`,
);

const results: HuntResult[] = [];
try {
  const said = (r: HuntResult) =>
    console.log(
      `${r.caught ? 'caught' : 'MISSED'}  ${r.id.padEnd(44)} ${seconds(r.detectedAfterMs).padStart(7)} s  ${String(r.counterexampleSize ?? '–').padStart(6)} chars  sweep ${String(r.detectedInSweep ?? '–').padStart(3)}  by ${r.by ?? '–'}`,
    );
  for (const bad of engines) {
    const r = await hunt(bad, targets, { budgetMs, seed, sliceMs, maxSweeps, corpus: corpusFor(bad.id) });
    results.push(r);
    said(r);
  }
  for (const defect of planted) {
    const r = await huntPlanted(defect, { budgetMs, seed, sliceMs, maxSweeps, corpus: corpusFor(defect.id) }, huntEnv);
    results.push(r);
    said(r);
  }
  const controls: HuntResult[] = [];
  for (const control of CONTROL_ENGINES) {
    const r = await hunt(control, targets, { budgetMs: controlBudgetMs, seed, sliceMs, maxSweeps, corpus: corpusFor(control.id) });
    controls.push(r);
    console.log(
      `${r.caught ? 'CONTROL FAILED' : 'control held'}  ${r.id}: ${r.runs} runs in ${seconds(r.elapsedMs)} s${r.caught ? ` — ${r.by}: ${r.message}` : ''}`,
    );
  }
  const caught = results.filter((r) => r.caught);
  const ttd = caught.map((r) => r.detectedAfterMs!);
  const summary = {
    date: new Date().toISOString(),
    seed,
    budget_seconds: budgetMs / 1000,
    targets: targets.map((t) => t.name),
    caught: caught.length,
    defects: results.length,
    median_seconds_to_detect: ttd.length ? median(ttd) / 1000 : null,
    max_seconds_to_detect: ttd.length ? Math.max(...ttd) / 1000 : null,
    median_counterexample_chars: caught.length ? median(caught.map((r) => r.counterexampleSize!)) : null,
    results,
    controls,
    counterexamples,
  };
  console.log(
    `teeth: caught ${caught.length} of ${results.length}; median time to detect ${seconds(ttd.length ? median(ttd) : null)} s, slowest ${seconds(ttd.length ? Math.max(...ttd) : null)} s; median shrunk counterexample ${summary.median_counterexample_chars ?? '–'} chars`,
  );
  mkdirSync('reports', { recursive: true });
  const file = join('reports', `teeth-${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`teeth: ${file}; counterexamples (rehearse replay reads them) in ${counterexamples}/<engine>/<property>/`);
  process.exitCode = caught.length === results.length && controls.every((c) => !c.caught) ? 0 : 1;
} finally {
  for (const t of targets) await t.target.close();
  await server?.stop();
}
