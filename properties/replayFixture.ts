/**
 * Replays one stored counterexample: the property its fixture names, checked on the value it
 * stores, on the target family it was found on.
 */
import type { Target } from '../src/index.ts';
import type { EngineApi } from './engineApi.ts';
import { PROPERTY_REGISTRY } from './registry.ts';

export type ReplayOutcome =
  | { readonly status: 'passes' }
  | { readonly status: 'fails'; readonly message: string }
  | { readonly status: 'skipped'; readonly reason: string };

export async function replayFixture(
  fixture: { readonly property: string; readonly target: string },
  value: unknown,
  engine: EngineApi,
  targetFor: (family: string) => Target | { readonly unavailable: string },
): Promise<ReplayOutcome> {
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
    const held = await instance.property.check(value, { engine, target });
    return held === false ? { status: 'fails', message: `${fixture.property} still does not hold: ${instance.property.sentence}` } : { status: 'passes' };
  } catch (error) {
    return { status: 'fails', message: `${(error as Error).name}: ${String((error as Error).message).split('\n')[0]}` };
  } finally {
    await instance.dispose();
  }
}
