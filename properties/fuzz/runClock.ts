import type { FuzzOptions } from './fuzzRun.ts';

/** The run's time: when it started, its deadline, the sweep under way, and whether it should stop. */
export class RunClock {
  readonly started = new Date();
  readonly deadline: number;
  /** The sweep over the units under way, from 1. */
  sweep = 0;
  /** A failure was found (the run may stop at the first: `stopAtFirstFailure`). */
  failed = false;

  constructor(private readonly options: Pick<FuzzOptions, 'budgetMs' | 'interrupted' | 'stopAtFirstFailure'>) {
    this.deadline = this.started.getTime() + options.budgetMs;
  }

  elapsed(): number {
    return Date.now() - this.started.getTime();
  }

  stop(): boolean {
    return this.options.interrupted() || Date.now() >= this.deadline || (this.options.stopAtFirstFailure === true && this.failed);
  }
}
