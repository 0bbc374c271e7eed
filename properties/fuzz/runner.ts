/**
 * The nightly fuzz run: every property on every target it applies to ("units"), round-robin
 * in time slices, until the budget ends or the run is interrupted. Each round of a unit is one fast-check run
 * with its own seed derived from the run's seed, so a run is reproducible from its seed. Every
 * failure is shrunk (within the budget), described, deduplicated by signature against the corpus
 * and this run, and a new one is written to the corpus as a fixture.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { CoverageSource } from './coverage.ts';
import { newProgress, pickNext, recordTurn, type Schedule } from './scheduler.ts';
import { makeFixture, failureSignature, type FailureDescription } from '../corpus/fixture.ts';
import type { CorpusStore } from '../corpus/corpusStore.ts';
import { encodedSize } from '../corpus/valueCodec.ts';
import type { Target } from '../../src/index.ts';
import type { EngineApi } from '../harness/engineApi.ts';
import { runCase } from '../harness/outcome.ts';
import type { Profile } from '../harness/profiles.ts';
import type { PropertyContext, SuiteProperty } from '../harness/property.ts';
import type { PropertyInstance } from '../registry.ts';

export interface FuzzUnit {
  readonly property: string;
  /** A target family (`sqlite`, `pglite`, `postgres`), or `pure` for properties with no database. */
  readonly target: string;
}

export const unitName = (unit: FuzzUnit) => `${unit.property}@${unit.target}`;

export { parseShard, type Shard } from './shard.ts';
import type { Shard } from './shard.ts';
import { bestEffort } from '../../src/util/bestEffort.ts';
import { firstLine } from '../../src/util/errors.ts';

/**
 * The units of a run: each pure property once, each database property per target; sorted by
 * name and dealt round-robin to the shards, so n shards together cover every unit exactly once.
 */
export function planUnits(
  properties: readonly { readonly id: string; readonly pure: boolean }[],
  targets: readonly string[],
  shard: Shard,
): FuzzUnit[] {
  const units = properties.flatMap((p) =>
    p.pure ? [{ property: p.id, target: 'pure' }] : targets.map((target) => ({ property: p.id, target })),
  );
  units.sort((a, b) => unitName(a).localeCompare(unitName(b)));
  return units.filter((_, i) => i % shard.count === shard.index - 1);
}

/** A 31-bit seed for round `round` of `unit`, derived from the run's seed. */
export function roundSeed(seed: number, unit: FuzzUnit, round: number): number {
  return (
    createHash('sha256')
      .update(`${seed}|${unitName(unit)}|${round}`)
      .digest()
      .readUInt32BE(0) >>> 1
  );
}

export interface UnitStats {
  readonly property: string;
  readonly target: string;
  rounds: number;
  /** Generated cases run (shrink attempts not counted). */
  runs: number;
  /** Wall time spent on this unit, shrinking included. */
  busyMs: number;
  failures: number;
  newSignatures: string[];
  fixturesWritten: string[];
  /** Why the unit stopped early (its target would not open, the property threw outside a case). */
  error: string | null;
  /** Cases run so far, sampled as the run goes: [ms since the run started, runs]. */
  timeline: [number, number][];
  /** Every failure found, new or already in the corpus. */
  found: FoundFailure[];
  /** Branch blocks of src/ this unit reached first (when the run measures coverage). */
  blocks: number;
  /** [ms since the run started, blocks this unit has reached first so far], after each turn that found some. */
  coverage: [number, number][];
  /** When this unit last reached a new block, in ms since the run started (null: never). */
  lastNewCoverageMs: number | null;
}

export interface FoundFailure {
  readonly signature: string;
  readonly isNew: boolean;
  /** The fixture that holds it: written now, or already in the corpus. null when the corpus cannot say. */
  readonly path: string | null;
  readonly message: string;
  readonly counterexampleSize: number;
  readonly detectedAfterMs: number;
}

export type FuzzEvent =
  /** Before the first round: how many signatures the corpus already held. */
  | { readonly kind: 'start'; readonly knownSignatures: number }
  | { readonly kind: 'round'; readonly unit: UnitStats }
  | {
      readonly kind: 'failure';
      readonly unit: UnitStats;
      readonly sweep: number;
      readonly signature: string;
      readonly isNew: boolean;
      readonly path: string | null;
      readonly message: string;
      /** When the first failing case of this round ran (before shrinking), in ms since the run started. */
      readonly detectedAfterMs: number;
      /** The length of the shrunk counterexample's lossless encoding. */
      readonly counterexampleSize: number;
    }
  | { readonly kind: 'unit-error'; readonly unit: UnitStats };

export interface FuzzOptions {
  readonly units: readonly FuzzUnit[];
  readonly seed: number;
  readonly budgetMs: number;
  /** Cases per round, by how much a case costs. */
  readonly roundRuns: Profile['runs'];
  readonly registry: Readonly<Record<string, (target: Target | null) => PropertyInstance>>;
  readonly engine: EngineApi;
  /** Opens the target of a family (called once per family). */
  readonly openTarget: (family: string) => Target;
  readonly corpus: CorpusStore;
  readonly toolVersion: string;
  readonly interrupted: () => boolean;
  readonly onEvent: (event: FuzzEvent) => void;
  /** End the run at the first failure (how fast a defect is found, not how many). */
  readonly stopAtFirstFailure?: boolean;
  /**
   * Each turn of a unit runs rounds for at least this long (at least one round), so cheap units
   * get as much wall time as slow ones rather than as many rounds. 0: one round per turn. A
   * unit's first turn is always one round, so the first sweep looks at every unit quickly.
   */
  readonly sliceMs?: number;
  /**
   * End after this many sweeps over the units (with sliceMs 0, a sweep is one round of each): a
   * budget of work rather than time, so what a run covers does not depend on the machine's load.
   */
  readonly maxSweeps?: number;
  /** false: a failure is reported as drawn, not shrunk (whether a defect is caught, not its smallest case). */
  readonly shrink?: boolean;
  /** Which unit runs next (scheduler.ts): every unit in turn (the default), or where progress is. */
  readonly schedule?: Schedule;
  /** Branch coverage of src/, taken after every turn (coverage.ts); without it only new signatures count as progress. */
  readonly coverage?: CoverageSource | null;
}

export interface FuzzResult {
  readonly started: Date;
  readonly finished: Date;
  readonly interrupted: boolean;
  readonly units: readonly UnitStats[];
  /** Signatures already in the corpus when the run started. */
  readonly knownSignatures: number;
  readonly schedule: Schedule;
  /** Branch blocks of src/ reached, over time ([ms since the start, blocks]); null when not measured. */
  readonly coverage: { readonly blocks: number; readonly timeline: readonly [number, number][] } | null;
}

interface OpenUnit {
  readonly unit: FuzzUnit;
  readonly stats: UnitStats;
  instance: PropertyInstance | null;
  context: PropertyContext | null;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const started = new Date();
  const deadline = started.getTime() + options.budgetMs;
  const known = new Set(options.corpus.entries().flatMap((e) => (e.read.ok ? [e.read.fixture.signature] : [])));
  const knownAtStart = known.size;
  options.onEvent({ kind: 'start', knownSignatures: knownAtStart });
  const targets = new Map<string, Target>();
  const open: OpenUnit[] = options.units.map((unit) => ({
    unit,
    instance: null,
    context: null,
    stats: {
      property: unit.property,
      target: unit.target,
      rounds: 0,
      runs: 0,
      busyMs: 0,
      failures: 0,
      newSignatures: [],
      fixturesWritten: [],
      error: null,
      timeline: [[0, 0]],
      found: [],
      blocks: 0,
      coverage: [],
      lastNewCoverageMs: null,
    },
  }));
  const schedule: Schedule = options.schedule ?? 'round-robin';
  const progress = open.map(() => newProgress());
  const coverageTimeline: [number, number][] = [[0, 0]];
  let failed = false;
  /** The sweep over the units under way, from 1. */
  let sweep = 0;
  const stop = () => options.interrupted() || Date.now() >= deadline || (options.stopAtFirstFailure === true && failed);

  try {
    if (schedule === 'round-robin') {
      for (sweep = 1; sweep <= (options.maxSweeps ?? Infinity) && !stop() && open.some((u) => u.stats.error === null); sweep++) {
        for (const u of open) await takeTurn(u);
      }
    } else {
      // As many turns as the sweeps would have given, spent where progress is.
      const maxTurns = (options.maxSweeps ?? Infinity) * open.length;
      for (let turns = 0; turns < maxTurns && !stop(); turns++) {
        sweep = Math.floor(turns / open.length) + 1;
        for (const [i, u] of open.entries()) progress[i]!.broken = u.stats.error !== null;
        const next = pickNext(progress, Date.now() - started.getTime());
        if (next < 0) break;
        await takeTurn(open[next]!);
      }
    }
  } finally {
    await closeAll();
  }
  return {
    started,
    finished: new Date(),
    interrupted: options.interrupted(),
    units: open.map((u) => u.stats),
    knownSignatures: knownAtStart,
    schedule,
    coverage: options.coverage ? { blocks: options.coverage.blocks, timeline: coverageTimeline } : null,
  };

  /** A unit's turn: rounds until its slice of time is up (at least one), unless the run stops or the unit broke. */
  async function takeTurn(u: OpenUnit): Promise<void> {
    const turnBegan = Date.now();
    const runsBefore = u.stats.runs;
    const signaturesBefore = u.stats.newSignatures.length;
    await turnRounds(u);
    const ms = Date.now() - turnBegan;
    // What the turn reached first (coverage is taken outside the turn's time).
    const newBlocks = options.coverage ? await options.coverage.take() : 0;
    const at = Date.now() - started.getTime();
    if (newBlocks > 0) {
      u.stats.blocks += newBlocks;
      u.stats.coverage.push([at, u.stats.blocks]);
      u.stats.lastNewCoverageMs = at;
      const last = coverageTimeline[coverageTimeline.length - 1]!;
      if (at - last[0] >= Math.max(100, options.budgetMs / 300)) coverageTimeline.push([at, options.coverage!.blocks]);
      else last[1] = options.coverage!.blocks;
    }
    const newSignatures = u.stats.newSignatures.length - signaturesBefore;
    recordTurn(progress[open.indexOf(u)]!, { ms, runs: u.stats.runs - runsBefore, newBlocks, newSignatures });
  }

  async function turnRounds(u: OpenUnit): Promise<void> {
    // A unit's first turn is one round: every unit has a first look before any has a long turn.
    const turnEnds = Date.now() + (u.stats.rounds === 0 ? 0 : (options.sliceMs ?? 0));
    do {
      if (stop() || u.stats.error !== null) return;
      const began = Date.now();
      try {
        await runRound(u, u.stats.rounds);
      } catch (error) {
        u.stats.error = firstLine(error);
        options.onEvent({ kind: 'unit-error', unit: u.stats });
      } finally {
        u.stats.busyMs += Date.now() - began;
      }
      u.stats.rounds++;
      sample(u.stats);
      options.onEvent({ kind: 'round', unit: u.stats });
    } while (Date.now() < turnEnds);
  }

  /** The last point of every timeline; every property instance and target the run opened, closed. */
  async function closeAll(): Promise<void> {
    for (const u of open) sample(u.stats, true);
    if (options.coverage) coverageTimeline.push([Date.now() - started.getTime(), options.coverage.blocks]);
    for (const u of open) await bestEffort(`closing the clones of ${unitName(u.unit)}`, () => u.instance?.dispose());
    for (const t of targets.values()) await bestEffort(`closing target ${t.id}`, () => t.close());
  }

  /** A point of the unit's timeline, at most about 300 per unit over the budget (and always the last). */
  function sample(stats: UnitStats, last = false): void {
    const at = Date.now() - started.getTime();
    const previous = stats.timeline[stats.timeline.length - 1]!;
    if (previous[1] === stats.runs && !last) return;
    if (last || at - previous[0] >= Math.max(100, options.budgetMs / 300)) stats.timeline.push([at, stats.runs]);
  }

  function opened(u: OpenUnit): { property: SuiteProperty<unknown>; context: PropertyContext } {
    if (!u.instance) {
      const make = options.registry[u.unit.property];
      if (!make) throw new Error(`no property ${u.unit.property}`);
      let target: Target | null = null;
      if (u.unit.target !== 'pure') {
        if (!targets.has(u.unit.target)) targets.set(u.unit.target, options.openTarget(u.unit.target));
        target = targets.get(u.unit.target)!;
      }
      u.instance = make(target);
      u.context = { engine: options.engine, target };
    }
    return { property: u.instance.property, context: u.context! };
  }

  async function runRound(u: OpenUnit, round: number): Promise<void> {
    const { property, context } = opened(u);
    const seed = roundSeed(options.seed, u.unit, round);
    let lastFailure: { value: unknown; failure: FailureDescription } | null = null;
    let shrinking = false;
    let detectedAt = 0;
    const details = await fc.check(
      fc.asyncProperty(property.arbitrary(context), async (value) => {
        // Let timers and signal handlers run: on SQLite and pure properties every await is already settled.
        await new Promise<void>((resume) => setImmediate(resume));
        // Interrupted: every remaining case (and shrink step) is skipped, so the run ends now.
        fc.pre(!options.interrupted());
        if (!shrinking) u.stats.runs++;
        const outcome = await runCase(property, value, context);
        if (outcome.held) return true;
        if (!shrinking) detectedAt = Date.now();
        shrinking = true;
        lastFailure = { value, failure: outcome.failure };
        return false;
      }),
      {
        // No property skips cases itself, so the only skips are the interrupt's: give up on the first.
        seed,
        numRuns: options.roundRuns[property.cost],
        maxSkipsPerRun: 1,
        endOnFailure: options.shrink === false,
        interruptAfterTimeLimit: Math.max(1, deadline - Date.now()),
        markInterruptAsFailure: false,
      },
    );
    if (!details.failed || details.counterexample === null || lastFailure === null) return;
    const found = lastFailure as { value: unknown; failure: FailureDescription };
    // The last failing call is the shrunk counterexample; re-describe it if fast-check handed back another value.
    const failure =
      found.value === details.counterexample[0] ? found.failure : await describeAgain(property, details.counterexample[0], context);
    if (failure === null) return;
    recordFailure(u, failure, details.counterexample[0], seed, details.counterexamplePath ?? '', detectedAt);
  }

  /** A failure found: counted, its signature checked against the corpus, a new one kept as a fixture, and reported. */
  function recordFailure(
    u: OpenUnit,
    failure: FailureDescription,
    counterexample: unknown,
    seed: number,
    shrinkPath: string,
    detectedAt: number,
  ): void {
    u.stats.failures++;
    failed = true;
    const signature = failureSignature(u.unit.property, failure);
    const isNew = !known.has(signature);
    let path: string | null = null;
    const fixture = makeFixture({
      property: u.unit.property,
      target: u.unit.target,
      counterexample,
      seed,
      path: shrinkPath,
      failure,
      toolVersion: options.toolVersion,
      date: new Date(),
    });
    if (isNew) {
      known.add(signature);
      u.stats.newSignatures.push(signature);
      const saved = options.corpus.save(fixture);
      path = saved.path;
      if (saved.outcome === 'written') u.stats.fixturesWritten.push(saved.path);
    } else {
      // Already in the corpus: saving it again keeps the fixture there and says where it is.
      try {
        path = options.corpus.save(fixture).path;
      } catch {
        path = null;
      }
    }
    const detectedAfterMs = detectedAt - started.getTime();
    const counterexampleSize = encodedSize(counterexample);
    u.stats.found.push({ signature, isNew, path, message: failure.message, counterexampleSize, detectedAfterMs });
    options.onEvent({
      kind: 'failure',
      unit: u.stats,
      sweep,
      signature,
      isNew,
      path,
      message: failure.message,
      detectedAfterMs,
      counterexampleSize,
    });
  }
}

async function describeAgain(
  property: SuiteProperty<unknown>,
  value: unknown,
  context: PropertyContext,
): Promise<FailureDescription | null> {
  const outcome = await runCase(property, value, context);
  return outcome.held ? null : outcome.failure;
}
