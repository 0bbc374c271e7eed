import { PlanError } from '../plan/planError.ts';

/**
 * A clone source that cannot be loaded as it is: one line naming the file, the line and the
 * problem, and what to do where there is something to do. Bad input, like a plan error (exit 2).
 */
export class CloneSourceError extends PlanError {
  override readonly name = 'CloneSourceError';

  /** `line`: where the problem is, or `null` for the source as a whole. */
  constructor(
    readonly file: string,
    readonly line: number | null,
    problem: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}`);
  }
}
