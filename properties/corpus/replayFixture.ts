/**
 * Replays one stored counterexample: the property its fixture names, checked on the value it
 * stores, on the target family it was found on. A value today's generator could not produce is
 * out of domain: reported as such, never replayed as if it still meant something.
 */
import type { FailureDescription } from './fixture.ts';
import type { Target } from '../../src/index.ts';
import type { EngineApi } from '../harness/engineApi.ts';
import { runCase } from '../harness/outcome.ts';
import type { PropertyContext, SuiteProperty } from '../harness/property.ts';
import { PROPERTY_REGISTRY } from '../registry.ts';

/** What running a stored value on its open property gives. */
export type ValueOutcome =
  | { readonly status: 'passes' }
  | { readonly status: 'fails'; readonly message: string; readonly failure: FailureDescription }
  | {
      readonly status: 'out-of-domain';
      readonly message: string /** The domain's own words: which field, and why. */;
      readonly reason: string;
    };

export type ReplayOutcome =
  | ValueOutcome
  /** The fixture names a property this version does not have. */
  | { readonly status: 'fails'; readonly message: string; readonly failure?: undefined }
  | { readonly status: 'skipped'; readonly reason: string };

export type TargetFor = (family: string) => Target | { readonly unavailable: string };

/** The property a fixture names, opened on its target family; `use` runs while it is open. */
export async function withFixtureProperty<R>(
  fixture: { readonly property: string; readonly target: string },
  engine: EngineApi,
  targetFor: TargetFor,
  use: (property: SuiteProperty<unknown>, context: PropertyContext) => Promise<R>,
): Promise<R | Extract<ReplayOutcome, { status: 'fails' | 'skipped' }>> {
  const make = PROPERTY_REGISTRY[fixture.property];
  if (!make) return { status: 'fails', message: `no property ${JSON.stringify(fixture.property)} in this version` };
  let target: Target | null = null;
  if (fixture.target !== 'pure') {
    const resolved = targetFor(fixture.target);
    if ('unavailable' in resolved) return { status: 'skipped', reason: resolved.unavailable };
    target = resolved;
  }
  const instance = make(target);
  try {
    return await use(instance.property, { engine, target });
  } finally {
    await instance.dispose();
  }
}

/** The check itself, on an open property: out of domain, or the outcome of running the stored value. */
export async function replayValue(
  fixture: { readonly property: string },
  value: unknown,
  property: SuiteProperty<unknown>,
  context: PropertyContext,
): Promise<ValueOutcome> {
  const outside = property.domain(value);
  if (outside !== null) {
    return {
      status: 'out-of-domain',
      reason: outside,
      message: `today's generator for ${fixture.property} cannot produce this value (${outside}): update or retire the fixture`,
    };
  }
  const outcome = await runCase(property, value, context);
  if (outcome.held) return { status: 'passes' };
  const { failure } = outcome;
  const message =
    failure.errorClass === 'PropertyFalse'
      ? `${fixture.property} still does not hold: ${failure.message}`
      : `${failure.errorClass}: ${failure.message}`;
  return { status: 'fails', message, failure };
}

export async function replayFixture(
  fixture: { readonly property: string; readonly target: string },
  value: unknown,
  engine: EngineApi,
  targetFor: TargetFor,
): Promise<ReplayOutcome> {
  return withFixtureProperty(fixture, engine, targetFor, (property, context) => replayValue(fixture, value, property, context));
}
