import { expect } from 'vitest';
import { realEngine } from '../../properties/harness/engineApi.ts';
import { profileFromEnv } from '../../properties/harness/profiles.ts';
import { checkProperty, type SuiteProperty } from '../../properties/harness/property.ts';
import type { Target } from '../../src/index.ts';

export const PROFILE = profileFromEnv();

/** vitest's per-test limit for a property: the ci budget fits in two minutes, nightly runs take their time. */
export const PROPERTY_TIMEOUT = PROFILE.name === 'ci' ? 120_000 : 4 * 60 * 60_000;

/** Runs a property at the profile's budget; it must hold, and must have run every case (zero runs is a failure). */
export async function expectPropertyHolds<T>(property: SuiteProperty<T>, target: Target | null = null): Promise<void> {
  const outcome = await checkProperty(property, { engine: realEngine, target }, PROFILE);
  // The report carries the seed and path that reproduce a failure.
  expect(outcome.report, `${property.id}: ${property.sentence}`).toBeNull();
  expect(outcome.numRuns).toBeGreaterThanOrEqual(PROFILE.runs[property.cost]);
}
