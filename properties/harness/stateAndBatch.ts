import type fc from 'fast-check';
import { applyBatch, type Batch } from '../../generators/applyBatch.ts';
import { beforeState, type BeforeStateModel } from '../../generators/beforeState.ts';
import { domainOf, stateAndBatchSchema } from '../../generators/domains.ts';

export interface StateAndBatch {
  readonly state: BeforeStateModel;
  readonly batch: Batch;
}

export const stateAndBatch: fc.Arbitrary<StateAndBatch> = beforeState.chain((state) =>
  applyBatch(state).map((batch) => ({ state, batch })),
);

/** The cases of every property over a generated state and batch: the arbitrary, and the domain it draws from. */
export const stateAndBatchCases = { arbitrary: () => stateAndBatch, domain: domainOf(stateAndBatchSchema) } as const;
