import type { FuzzOptions } from './fuzzRun.ts';

/** The run's time: when it started, its deadline, the sweep under way, and whether it should stop. */
export class RunClock {
  readonly started = new Date();
  readonly deadline: number;
  /** The sweep over the units under way, from 1. */
  sweep = 0;
  /** A failure was found (the run may stop at the first: `stopAtFirstFailure`). */
  failed = false;
  /** The least time between two points of a timeline: about 300 over the budget. */
  readonly sampleEveryMs: number;

  constructor(private readonly options: Pick<FuzzOptions, 'budgetMs' | 'interrupted' | 'stopAtFirstFailure'>) {
    this.deadline = this.started.getTime() + options.budgetMs;
    this.sampleEveryMs = Math.max(100, options.budgetMs / 300);
  }

  elapsed(): number {
    return Date.now() - this.started.getTime();
  }

  stop(): boolean {
    return this.options.interrupted() || Date.now() >= this.deadline || (this.options.stopAtFirstFailure === true && this.failed);
  }
}
