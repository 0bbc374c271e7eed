/**
 * Hunts one engine with every property, cheapest first, until the first failure or the budget:
 * the measure behind `npm run bench:teeth` and the teeth test. The fuzz runner does the work
 * (same rounds, same shrinking); nothing is written to disk.
 */
import { PROPERTY_REGISTRY } from '../../properties/registry.ts';
import { planUnits, type FuzzUnit } from '../../properties/fuzz/fuzzRun.ts';
import { runFuzz } from '../../properties/fuzz/runner.ts';
import type { CorpusEntry, CorpusStore } from '../../properties/corpus/corpusStore.ts';
import type { Fixture } from '../../properties/corpus/fixture.ts';
import { availableTargets, resolveTarget, type Target } from '../../src/index.ts';
import { PACKAGE_ROOT } from '../../src/suite.ts';
import { SourceCoverage } from '../../properties/fuzz/coverage.ts';
import type { Schedule } from '../../properties/fuzz/scheduler.ts';
import { connectingRoleServer, type KnownBadEngine } from './knownBadEngines.ts';
import { plantDefect, type PlantedDefect } from './plantedDefects.ts';
import { STANDING_CHECKS } from './standingChecks.ts';

export interface HuntResult {
  readonly id: string;
  readonly defect: string;
  readonly caught: boolean;
  /** `property@target` of the first failure. */
  readonly by: string | null;
  readonly detectedAfterMs: number | null;
  /** The sweep over the units (1 = the first) in which the first failure was found. */
  readonly detectedInSweep: number | null;
  /** Length of the shrunk counterexample's lossless encoding. */
  readonly counterexampleSize: number | null;
  readonly message: string | null;
  readonly runs: number;
  readonly elapsedMs: number;
}

/** A corpus that keeps fixtures in memory: a hunt writes nothing. */
function memoryCorpus(): CorpusStore {
  const fixtures = new Map<string, Fixture>();
  return {
    save: (fixture) => {
      const outcome = fixtures.has(fixture.signature) ? 'duplicate' : 'written';
      fixtures.set(fixture.signature, fixture);
      return { outcome, path: `memory:${fixture.signature}` };
    },
    entries: (): CorpusEntry[] =>
      [...fixtures.values()].map((fixture) => ({ path: `memory:${fixture.signature}`, read: { ok: true, fixture, value: null } })),
  };
}

const COST_ORDER = { pure: 0, database: 1, rehearsal: 2 } as const;

/** The hunt's targets: SQLite, and the Postgres server when REHEARSE_PG_URL names one, else PGlite. */
export async function huntTargets(
  env: NodeJS.ProcessEnv = process.env,
  resolve: typeof resolveTarget = resolveTarget,
): Promise<{ name: string; target: Target }[]> {
  const available = await availableTargets({ ...env, REHEARSE_TARGETS: '' });
  const postgres = available.find((a) => a.name === 'postgres' && a.spec !== null && env.REHEARSE_PG_URL);
  const family = postgres ?? available.find((a) => a.name === 'pglite')!;
  // A known-bad engine that logs in as the connecting role must reach the server these clones are on.
  if (postgres) connectingRoleServer.url = env.REHEARSE_PG_URL;
  return [
    { name: 'sqlite', target: resolve('sqlite:') },
    { name: family.name, target: resolve(family.spec!, { reuseClones: true }) },
  ];
}

/** The property a known-bad engine's `caughtBy` names, in its parentheses. */
export const propertyOf = (caughtBy: string): string => /\(([a-z-]+\.[a-z-]+)/.exec(caughtBy)?.[1] ?? caughtBy;

/**
 * Hunts a defect planted in a copy of the sources, on that copy's own targets (closed afterwards);
 * one only a standing check catches (standingChecks.ts) is run by it, once, on the server
 * `env.REHEARSE_PG_URL` names — a server of the hunt's own, as the check changes its roles.
 */
export async function huntPlanted(defect: PlantedDefect, options: HuntOptions, env: NodeJS.ProcessEnv = process.env): Promise<HuntResult> {
  const planted = await plantDefect(defect);
  if (defect.standing) {
    const check = STANDING_CHECKS[defect.standing];
    if (!check || !env.REHEARSE_PG_URL)
      throw new Error(`${defect.id}: the standing check ${defect.standing} needs a Postgres server of its own`);
    const start = performance.now();
    const found = await check({ engine: planted.engine, resolveTarget: planted.resolveTarget, url: env.REHEARSE_PG_URL });
    const elapsedMs = Math.round(performance.now() - start);
    return {
      id: defect.id,
      defect: defect.defect,
      caught: found !== null,
      by: found === null ? null : `standing check ${defect.standing}`,
      detectedAfterMs: found === null ? null : elapsedMs,
      detectedInSweep: found === null ? null : 1,
      counterexampleSize: null,
      message: found,
      runs: 1,
      elapsedMs,
    };
  }
  const targets = await huntTargets(env, planted.resolveTarget);
  try {
    return await hunt({ id: defect.id, defect: defect.defect, caughtBy: defect.caughtBy, engine: planted.engine }, targets, {
      ...options,
      coverageRoot: planted.root,
    });
  } finally {
    for (const t of targets) await t.target.close();
  }
}

/** Every unit a fuzz run would have, cheapest first, so a defect the cheap properties catch is caught at once. */
export function huntUnits(targets: readonly string[]): FuzzUnit[] {
  const cost = new Map(Object.keys(PROPERTY_REGISTRY).map((id) => [id, COST_ORDER[PROPERTY_REGISTRY[id]!(null).property.cost]]));
  const units = planUnits(
    [...cost.keys()].map((id) => ({ id, pure: cost.get(id) === COST_ORDER.pure })),
    targets,
    { index: 1, count: 1 },
  );
  return units.sort(
    (a, b) =>
      cost.get(a.property)! - cost.get(b.property)! ||
      a.property.localeCompare(b.property) ||
      targets.indexOf(a.target) - targets.indexOf(b.target),
  );
}

/**
 * How long a hunt goes on: `budgetMs` of wall time, or `maxSweeps` sweeps over the units. The
 * teeth test hunts by sweeps with one round per turn (`sliceMs` 0), so what it covers is the same
 * on an idle machine and a loaded one; the bench hunts by time, 300 ms turns after a first look
 * of one round per unit.
 */
export interface HuntOptions {
  readonly seed: number;
  readonly budgetMs: number;
  readonly sliceMs?: number;
  readonly maxSweeps?: number;
  /** false: stop at the first failing case, unshrunk (the test asks whether, the bench how small). */
  readonly shrink?: boolean;
  /** Where the hunt keeps what it finds (default: in memory, nothing written). */
  readonly corpus?: CorpusStore;
  /** Only these properties' units (default: every property). */
  readonly properties?: readonly string[];
  /** Which unit runs next (default: every unit in turn); `progress` is guided by branch coverage of the engine's code. */
  readonly schedule?: Schedule;
  /** Whose src/ the coverage measures (default: the checkout's; a planted defect's copy for its hunt). */
  readonly coverageRoot?: string;
}

interface Detection {
  by: string;
  detectedAfterMs: number;
  sweep: number;
  size: number;
  message: string;
}

export async function hunt(
  bad: KnownBadEngine,
  targets: readonly { name: string; target: Target }[],
  options: HuntOptions,
): Promise<HuntResult> {
  let first: Detection | null = null;
  const coverage = options.schedule === 'progress' ? await SourceCoverage.start(options.coverageRoot ?? PACKAGE_ROOT) : null;
  await coverage?.take();
  const result = await runFuzz({
    schedule: options.schedule,
    coverage,
    units: huntUnits(targets.map((t) => t.name)).filter((u) => !options.properties || options.properties.includes(u.property)),
    seed: options.seed,
    budgetMs: options.budgetMs,
    roundRuns: { pure: 50, database: 5, rehearsal: 1 },
    sliceMs: options.sliceMs ?? 300,
    maxSweeps: options.maxSweeps,
    shrink: options.shrink,
    registry: PROPERTY_REGISTRY,
    engine: bad.engine,
    // The targets stay open across hunts; the run closes only what it opened (its clones).
    openTarget: (family) => {
      const { target } = targets.find((t) => t.name === family)!;
      return {
        id: target.id,
        kind: target.kind,
        capabilities: target.capabilities,
        createClone: (o) => target.createClone(o),
        missingExtensions: (n) => target.missingExtensions(n),
        ...(target.census ? { census: () => target.census!() } : {}),
        close: async () => {},
      };
    },
    corpus: options.corpus ?? memoryCorpus(),
    toolVersion: 'teeth',
    interrupted: () => false,
    stopAtFirstFailure: true,
    onEvent: (event) => {
      if (event.kind === 'failure' && first === null) {
        first = {
          by: `${event.unit.property}@${event.unit.target}`,
          detectedAfterMs: event.detectedAfterMs,
          sweep: event.sweep,
          size: event.counterexampleSize,
          message: event.message,
        };
      }
    },
  });
  await coverage?.stop();
  const found = first as Detection | null;
  return {
    id: bad.id,
    defect: bad.defect,
    caught: found !== null,
    by: found?.by ?? null,
    detectedAfterMs: found?.detectedAfterMs ?? null,
    detectedInSweep: found?.sweep ?? null,
    counterexampleSize: found?.size ?? null,
    message: found?.message ?? null,
    runs: result.units.reduce((n, u) => n + u.runs, 0),
    elapsedMs: result.finished.getTime() - result.started.getTime(),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
