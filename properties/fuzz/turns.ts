/**
 * A unit's turns: rounds of one fast-check run each, with its own seed, until the turn's slice of
 * time is up; what the turn reached (cases, new branch blocks, new signatures) handed to the scheduler.
 */
import fc from 'fast-check';
import { firstLine } from '../../src/util/errors.ts';
import { runCase } from '../harness/outcome.ts';
import type { PropertyContext, SuiteProperty } from '../harness/property.ts';
import type { FailureDescription } from '../corpus/fixture.ts';
import type { FailureRecord, RoundFailure } from './failureRecord.ts';
import type { OpenUnit, OpenUnits } from './openUnits.ts';
import { roundSeed, type FuzzOptions } from './fuzzRun.ts';
import type { RunClock } from './runClock.ts';
import { recordTurn, type UnitProgress } from './scheduler.ts';

export class Turns {
  /** Branch blocks of src/ reached over the run: [ms since the start, blocks]. */
  readonly coverageTimeline: [number, number][] = [[0, 0]];

  constructor(
    private readonly options: FuzzOptions,
    private readonly clock: RunClock,
    private readonly units: OpenUnits,
    private readonly failures: FailureRecord,
  ) {}

  /** A unit's turn: rounds until its slice of time is up (at least one), unless the run stops or the unit broke. */
  async take(u: OpenUnit, progress?: UnitProgress): Promise<void> {
    const turnBegan = Date.now();
    const runsBefore = u.stats.runs;
    const signaturesBefore = u.stats.newSignatures.length;
    await this.rounds(u);
    const ms = Date.now() - turnBegan;
    // What the turn reached first (coverage is taken outside the turn's time).
    const newBlocks = await this.coverageOf(u);
    const newSignatures = u.stats.newSignatures.length - signaturesBefore;
    if (progress) recordTurn(progress, { ms, runs: u.stats.runs - runsBefore, newBlocks, newSignatures });
  }

  /** The branch blocks the turn reached first, noted on the unit and the run's timeline. */
  private async coverageOf(u: OpenUnit): Promise<number> {
    const coverage = this.options.coverage;
    if (!coverage) return 0;
    const newBlocks = await coverage.take();
    if (newBlocks === 0) return 0;
    const at = this.clock.elapsed();
    u.stats.blocks += newBlocks;
    u.stats.coverage.push([at, u.stats.blocks]);
    u.stats.lastNewCoverageMs = at;
    const last = this.coverageTimeline[this.coverageTimeline.length - 1];
    if (!last || at - last[0] >= this.clock.sampleEveryMs) this.coverageTimeline.push([at, coverage.blocks]);
    else last[1] = coverage.blocks;
    return newBlocks;
  }

  private async rounds(u: OpenUnit): Promise<void> {
    // A unit's first turn is one round: every unit has a first look before any has a long turn.
    const turnEnds = Date.now() + (u.stats.rounds === 0 ? 0 : (this.options.sliceMs ?? 0));
    do {
      if (this.clock.stop() || u.stats.error !== null) return;
      const began = Date.now();
      try {
        await this.round(u, u.stats.rounds);
      } catch (error) {
        u.stats.error = firstLine(error);
        this.options.onEvent({ kind: 'unit-error', unit: u.stats });
      } finally {
        u.stats.busyMs += Date.now() - began;
      }
      u.stats.rounds++;
      this.units.sample(u.stats);
      this.options.onEvent({ kind: 'round', unit: u.stats });
    } while (Date.now() < turnEnds);
  }

  /** One fast-check run of the unit's property with the round's seed; a failure it shrinks is kept. */
  private async round(u: OpenUnit, round: number): Promise<void> {
    const { property, context } = this.units.opened(u);
    const seed = roundSeed(this.options.seed, u.unit, round);
    let last: { value: unknown; failure: FailureDescription } | null = null;
    let shrinking = false;
    let detectedAt = 0;
    const details = await fc.check(
      fc.asyncProperty(property.arbitrary(context), async (value) => {
        // Let timers and signal handlers run: on SQLite and pure properties every await is already settled.
        await new Promise<void>((resume) => setImmediate(resume));
        // Interrupted: every remaining case (and shrink step) is skipped, so the run ends now.
        fc.pre(!this.options.interrupted());
        if (!shrinking) u.stats.runs++;
        const outcome = await runCase(property, value, context);
        if (outcome.held) return true;
        if (!shrinking) detectedAt = Date.now();
        shrinking = true;
        last = { value, failure: outcome.failure };
        return false;
      }),
      {
        // No property skips cases itself, so the only skips are the interrupt's: give up on the first.
        seed,
        numRuns: this.options.roundRuns[property.cost],
        maxSkipsPerRun: 1,
        endOnFailure: this.options.shrink === false,
        interruptAfterTimeLimit: Math.max(1, this.clock.deadline - Date.now()),
        markInterruptAsFailure: false,
      },
    );
    const found = last as { value: unknown; failure: FailureDescription } | null;
    if (!details.failed || details.counterexample === null || found === null) return;
    const [counterexample] = details.counterexample;
    // The last failing call is the shrunk counterexample; re-describe it if fast-check handed back another value.
    const failure = found.value === counterexample ? found.failure : await describeAgain(property, counterexample, context);
    if (failure === null) return;
    const roundFailure: RoundFailure = { failure, counterexample, seed, shrinkPath: details.counterexamplePath ?? '', detectedAt };
    this.failures.record(u, roundFailure);
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
