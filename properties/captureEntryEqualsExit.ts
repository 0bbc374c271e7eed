import { beforeState, type BeforeStateModel } from '../generators/beforeState.ts';
import { domainOf, beforeStateSchema } from '../generators/domains.ts';
import { renderState } from '../generators/render.ts';
import { dialectOf } from './harness/generatedPlan.ts';
import type { SuiteProperty } from './harness/property.ts';
import type { ScratchPool } from './harness/scratch.ts';

/** Two captures of the same state, with nothing in between, are identical. */
export function captureEntryEqualsExit(pool: ScratchPool): SuiteProperty<BeforeStateModel> {
  return {
    id: 'capture.entry-equals-exit',
    sentence: 'Two captures of the same state, with nothing in between, are identical.',
    cost: 'database',
    arbitrary: () => beforeState,
    domain: domainOf(beforeStateSchema),
    check: (state, { engine, target }) =>
      pool.withScratch(async (scratch) => {
        await scratch.exec(renderState(state, dialectOf(target!)));
        const entry = await scratch.capture(engine.captureFingerprint);
        const exit = await scratch.capture(engine.captureFingerprint);
        return entry.top_hash === exit.top_hash;
      }),
  };
}
