/**
 * The nightly fuzz run: every property on every target it applies to ("units"), round-robin
 * in time slices, until the budget ends or the run is interrupted. Each round of a unit is one fast-check run
 * with its own seed derived from the run's seed, so a run is reproducible from its seed. Every
 * failure is shrunk (within the budget), described, deduplicated by signature against the corpus
 * and this run, and a new one is written to the corpus as a fixture.
 */
import { FailureRecord } from './failureRecord.ts';
import type { FuzzOptions, FuzzResult } from './fuzzRun.ts';
import { OpenUnits } from './openUnits.ts';
import { newProgress, pickNext, type Schedule } from './scheduler.ts';
import { RunClock } from './runClock.ts';
import { Turns } from './turns.ts';

/**
 * The run: the units in turn (or where progress is), each turn rounds of one unit (turns.ts), every
 * failure kept (failureRecord.ts), every unit's instance and target opened once and closed at the end
 * (openUnits.ts).
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const clock = new RunClock(options);
  const failures = new FailureRecord(options, clock);
  options.onEvent({ kind: 'start', knownSignatures: failures.knownAtStart });
  const units = new OpenUnits(options, clock);
  const turns = new Turns(options, clock, units, failures);
  const schedule: Schedule = options.schedule ?? 'round-robin';
  try {
    if (schedule === 'round-robin') await roundRobin(options, clock, units, turns);
    else await whereProgressIs(options, clock, units, turns);
  } finally {
    await units.closeAll(turns.coverageTimeline);
  }
  return {
    started: clock.started,
    finished: new Date(),
    interrupted: options.interrupted(),
    units: units.all.map((u) => u.stats),
    knownSignatures: failures.knownAtStart,
    schedule,
    coverage: options.coverage ? { blocks: options.coverage.blocks, timeline: turns.coverageTimeline } : null,
  };
}

/** Every unit in turn, sweep after sweep. */
async function roundRobin(options: FuzzOptions, clock: RunClock, units: OpenUnits, turns: Turns): Promise<void> {
  const maxSweeps = options.maxSweeps ?? Number.POSITIVE_INFINITY;
  for (clock.sweep = 1; clock.sweep <= maxSweeps && !clock.stop() && units.all.some((u) => u.stats.error === null); clock.sweep++) {
    for (const u of units.all) await turns.take(u);
  }
}

/** As many turns as the sweeps would have given, spent where progress is (scheduler.ts). */
async function whereProgressIs(options: FuzzOptions, clock: RunClock, units: OpenUnits, turns: Turns): Promise<void> {
  const progress = units.all.map(() => newProgress());
  const maxTurns = (options.maxSweeps ?? Number.POSITIVE_INFINITY) * units.all.length;
  for (let turn = 0; turn < maxTurns && !clock.stop(); turn++) {
    clock.sweep = Math.floor(turn / units.all.length) + 1;
    for (const [i, u] of units.all.entries()) {
      const p = progress[i];
      if (p) p.broken = u.stats.error !== null;
    }
    const next = pickNext(progress, clock.elapsed());
    const [u, p] = [units.all[next], progress[next]];
    if (!u || !p) break;
    await turns.take(u, p);
  }
}
