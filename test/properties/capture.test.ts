import { afterAll, it } from 'vitest';
import { captureDetectsEveryChange } from '../../properties/captureDetectsEveryChange.ts';
import { captureEntryEqualsExit } from '../../properties/captureEntryEqualsExit.ts';
import { captureOrderIndependent } from '../../properties/captureOrderIndependent.ts';
import { ScratchPool } from '../../properties/harness/scratch.ts';
import { expectPropertyHolds, PROPERTY_TIMEOUT } from '../support/properties.ts';
import { describeEachTarget } from '../support/targets.ts';

describeEachTarget('capture properties', (target) => {
  // A pool (a clone and its session) per property, so no property's session state reaches another's.
  const pools = [new ScratchPool(target), new ScratchPool(target), new ScratchPool(target)] as const;
  afterAll(() => Promise.all(pools.map((p) => p.close())));

  it('capture.entry-equals-exit', () => expectPropertyHolds(captureEntryEqualsExit(pools[0]), target()), PROPERTY_TIMEOUT);
  it('capture.order-independent', () => expectPropertyHolds(captureOrderIndependent(pools[1]), target()), PROPERTY_TIMEOUT);
  it('capture.detects-every-change', () => expectPropertyHolds(captureDetectsEveryChange(pools[2]), target()), PROPERTY_TIMEOUT);
});
