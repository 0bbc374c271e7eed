/** The fuzz run's units (a property on a target), its options, its events and its result. */
import { createHash } from 'node:crypto';
import type { CoverageSource } from './coverage.ts';
import type { Schedule } from './scheduler.ts';
import type { Shard } from './shard.ts';
import type { CorpusStore } from '../corpus/corpusStore.ts';
import type { Target } from '../../src/index.ts';
import type { EngineApi } from '../harness/engineApi.ts';
import type { Profile } from '../harness/profiles.ts';
import type { PropertyInstance } from '../registry.ts';

export interface FuzzUnit {
  readonly property: string;
  /** A target family (`sqlite`, `pglite`, `postgres`), or `pure` for properties with no database. */
  readonly target: string;
}

export const unitName = (unit: FuzzUnit) => `${unit.property}@${unit.target}`;

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
