import fc from 'fast-check';
import type { Domain } from '../../generators/domains.ts';
import type { Target } from '../../src/index.ts';
import type { EngineApi } from './engineApi.ts';
import type { Profile } from './profiles.ts';

export interface PropertyContext {
  readonly engine: EngineApi;
  /** The target database, for database and rehearsal properties; `null` for pure ones. */
  readonly target: Target | null;
}

/** A property: a stable id (fixtures and reports refer to it), its sentence, and its check. */
export interface SuiteProperty<T> {
  readonly id: string;
  /** What must always hold, in one sentence. */
  readonly sentence: string;
  readonly cost: keyof Profile['runs'];
  arbitrary(context: PropertyContext): fc.Arbitrary<T>;
  /** What the arbitrary can produce: a stored value outside it is out of domain, not replayed. */
  readonly domain: Domain;
  /** Throws (or returns false) when the sentence does not hold for `value`. */
  check(value: T, context: PropertyContext): Promise<boolean | void>;
  /** A readable account of what happens for `value` (steps, diffs), for `rehearse replay`. */
  explain?(value: T, context: PropertyContext): Promise<string>;
}

export interface PropertyOutcome {
  readonly id: string;
  readonly numRuns: number;
  readonly failed: boolean;
  /** fast-check's report, with the seed and path that reproduce the failure. */
  readonly report: string | null;
}

export async function checkProperty<T>(
  property: SuiteProperty<T>,
  context: PropertyContext,
  profile: Profile,
  options: { seed?: number } = {},
): Promise<PropertyOutcome> {
  const numRuns = profile.runs[property.cost];
  const details = await fc.check(
    fc.asyncProperty(property.arbitrary(context), (value) => property.check(value, context)),
    { numRuns, ...(options.seed === undefined ? {} : { seed: options.seed }) },
  );
  return {
    id: property.id,
    numRuns: details.numRuns,
    failed: details.failed,
    report: details.failed ? (fc.defaultReportMessage(details) ?? 'failed') : null,
  };
}
