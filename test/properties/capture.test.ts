import { afterAll, it } from 'vitest';
import { captureDetectsEveryChange } from '../../properties/captureDetectsEveryChange.ts';
import { captureEntryEqualsExit } from '../../properties/captureEntryEqualsExit.ts';
import { captureOrderIndependent } from '../../properties/captureOrderIndependent.ts';
import { ScratchPool } from '../../properties/scratch.ts';
import { expectPropertyHolds } from '../support/properties.ts';
import { describeEachTarget } from '../support/targets.ts';

describeEachTarget('capture properties', (target) => {
  const pool = new ScratchPool(target);
  afterAll(() => pool.close());

  it('capture.entry-equals-exit', () => expectPropertyHolds(captureEntryEqualsExit(pool), target()));
  it('capture.order-independent', () => expectPropertyHolds(captureOrderIndependent(pool), target()));
  it('capture.detects-every-change', () => expectPropertyHolds(captureDetectsEveryChange(pool), target()));
});
