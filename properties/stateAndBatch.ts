import fc from 'fast-check';
import { applyBatch, type Batch } from '../generators/applyBatch.ts';
import { beforeState, type BeforeStateModel } from '../generators/beforeState.ts';

export interface StateAndBatch {
  readonly state: BeforeStateModel;
  readonly batch: Batch;
}

export const stateAndBatch: fc.Arbitrary<StateAndBatch> = beforeState.chain((state) => applyBatch(state).map((batch) => ({ state, batch })));
