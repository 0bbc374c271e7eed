/**
 * Which unit (property × target) fuzzes next. `round-robin` gives every unit its turn in order;
 * `progress` — after HypoFuzz — gives the next turn to the unit expected to discover the most per
 * second: new branch coverage of `src/` and new failure signatures, counted over its recent turns
 * (older turns weigh less), with a floor so no unit starves. The floor: until a unit has run
 * `minCases` cases, or while its share of the run's time is under `floorShare` (5 %, or half a
 * round-robin share when there are too many units for 5 % each), it is served first, the most
 * starved first. The minimum of cases holds a unit up only to a round-robin share of the time, so
 * a short run is not spent bringing slow units to 50 cases.
 */

export type Schedule = 'round-robin' | 'progress';

/** What the scheduler knows of a unit. */
export interface UnitProgress {
  runs: number;
  busyMs: number;
  /** Decayed discoveries (new blocks, new signatures weighted) and the decayed time they took. */
  recentFound: number;
  recentMs: number;
  broken: boolean;
}

export const SCHEDULER = {
  /** Each turn of a unit keeps this much of its past. */
  decay: 0.8,
  /** A new failure signature counts as this many new blocks. */
  signatureWeight: 100,
  minCases: 50,
  floorShare: 0.05,
} as const;

export const newProgress = (): UnitProgress => ({ runs: 0, busyMs: 0, recentFound: 0, recentMs: 0, broken: false });

/** Records one turn of a unit: its time, cases, and what it discovered. */
export function recordTurn(p: UnitProgress, turn: { ms: number; runs: number; newBlocks: number; newSignatures: number }): void {
  p.runs += turn.runs;
  p.busyMs += turn.ms;
  p.recentFound = SCHEDULER.decay * p.recentFound + turn.newBlocks + SCHEDULER.signatureWeight * turn.newSignatures;
  p.recentMs = SCHEDULER.decay * p.recentMs + turn.ms;
}

/** The floor share of the run's time for each of `units` units. */
export const floorShare = (units: number) => Math.min(SCHEDULER.floorShare, 0.5 / Math.max(1, units));

/**
 * The index of the unit to run next, or -1 when every unit is broken. `elapsedMs`: the run's time so far.
 * `canRunMore`: false for a unit that cannot reach `minCases` (its target is down: it is broken).
 */
export function pickNext(units: readonly UnitProgress[], elapsedMs: number): number {
  const live = units.map((u, i) => ({ u, i })).filter(({ u }) => !u.broken);
  if (live.length === 0) return -1;
  const share = floorShare(units.length);
  // Under its floor share of the time; or under its minimum of cases while it has had less than a round-robin share.
  const fair = elapsedMs / units.length;
  const starving = live.filter(({ u }) => u.busyMs < share * elapsedMs || (u.runs < SCHEDULER.minCases && u.busyMs < fair));
  if (starving.length > 0) {
    // The most starved: fewest cases under the minimum first, then the smallest share of time.
    return starving.reduce((a, b) => (starvation(b.u, elapsedMs) < starvation(a.u, elapsedMs) ? b : a)).i;
  }
  // Expected discoveries per second, with a prior of one discovery so a quiet unit keeps a small chance.
  const rate = (u: UnitProgress) => (u.recentFound + 1) / (u.recentMs + 1);
  return live.reduce((a, b) => (rate(b.u) > rate(a.u) ? b : a)).i;
}

/** Lower is more starved. */
const starvation = (u: UnitProgress, elapsedMs: number) => Math.min(u.runs / SCHEDULER.minCases, 1) + u.busyMs / Math.max(1, elapsedMs);
