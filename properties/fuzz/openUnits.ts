/** The run's units: each property instance and target opened on first use, timelines sampled, all closed at the end. */
import type { Target } from '../../src/index.ts';
import { bestEffort } from '../../src/util/bestEffort.ts';
import type { PropertyContext, SuiteProperty } from '../harness/property.ts';
import type { PropertyInstance } from '../registry.ts';
import { unitName, type FuzzOptions, type FuzzUnit, type UnitStats } from './fuzzRun.ts';
import type { RunClock } from './runClock.ts';

export interface OpenUnit {
  readonly unit: FuzzUnit;
  readonly stats: UnitStats;
  instance: PropertyInstance | null;
  context: PropertyContext | null;
}

const newStats = (unit: FuzzUnit): UnitStats => ({
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
});

export class OpenUnits {
  readonly all: readonly OpenUnit[];
  /** One target per family, opened when a unit first needs it. */
  private readonly targets = new Map<string, Target>();

  constructor(
    private readonly options: Pick<FuzzOptions, 'units' | 'registry' | 'engine' | 'openTarget' | 'coverage'>,
    private readonly clock: RunClock,
  ) {
    this.all = options.units.map((unit) => ({ unit, instance: null, context: null, stats: newStats(unit) }));
  }

  /** The unit's property and context, made on first use (its target opened once per family). */
  opened(u: OpenUnit): { property: SuiteProperty<unknown>; context: PropertyContext } {
    if (!u.instance || !u.context) {
      const make = this.options.registry[u.unit.property];
      if (!make) throw new Error(`no property ${u.unit.property}`);
      const target = u.unit.target === 'pure' ? null : this.target(u.unit.target);
      u.instance = make(target);
      u.context = { engine: this.options.engine, target };
    }
    return { property: u.instance.property, context: u.context };
  }

  private target(family: string): Target {
    let target = this.targets.get(family);
    if (!target) this.targets.set(family, (target = this.options.openTarget(family)));
    return target;
  }

  /** A point of the unit's timeline, at most one per `sampleEveryMs` (and always the last). */
  sample(stats: UnitStats, last = false): void {
    const at = this.clock.elapsed();
    const previous = stats.timeline[stats.timeline.length - 1];
    if (previous && previous[1] === stats.runs && !last) return;
    if (last || !previous || at - previous[0] >= this.clock.sampleEveryMs) stats.timeline.push([at, stats.runs]);
  }

  /** The last point of every timeline (and of the run's coverage); every property instance and target, closed. */
  async closeAll(coverageTimeline: [number, number][]): Promise<void> {
    for (const u of this.all) this.sample(u.stats, true);
    if (this.options.coverage) coverageTimeline.push([this.clock.elapsed(), this.options.coverage.blocks]);
    for (const u of this.all) await bestEffort(`closing the clones of ${unitName(u.unit)}`, () => u.instance?.dispose());
    for (const t of this.targets.values()) await bestEffort(`closing target ${t.id}`, () => t.close());
  }
}
