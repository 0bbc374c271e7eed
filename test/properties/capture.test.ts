import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { stateOfObjects } from '../../generators/beforeState.ts';
import { objectAction, WORLD_OBJECT_KINDS, worldObjectOf, type WorldObjectKind } from '../../generators/worldObjects.ts';
import { realEngine } from '../../properties/harness/engineApi.ts';
import { captureDetectsEveryChange } from '../../properties/captureDetectsEveryChange.ts';
import { captureEntryEqualsExit } from '../../properties/captureEntryEqualsExit.ts';
import { captureOrderIndependent } from '../../properties/captureOrderIndependent.ts';
import { captureSeesEveryObjectChange } from '../../properties/captureSeesEveryObjectChange.ts';
import { ScratchPool } from '../../properties/harness/scratch.ts';
import { expectPropertyHolds, PROPERTY_TIMEOUT } from '../support/properties.ts';
import { describeEachTarget } from '../support/targets.ts';

describeEachTarget('capture properties', (target) => {
  // A pool (a clone and its session) per property, so no property's session state reaches another's.
  const pools = [new ScratchPool(target), new ScratchPool(target), new ScratchPool(target), new ScratchPool(target)] as const;
  afterAll(() => Promise.all(pools.map((p) => p.close())));

  it('capture.entry-equals-exit', () => expectPropertyHolds(captureEntryEqualsExit(pools[0]), target()), PROPERTY_TIMEOUT);
  it('capture.order-independent', () => expectPropertyHolds(captureOrderIndependent(pools[1]), target()), PROPERTY_TIMEOUT);
  it('capture.detects-every-change', () => expectPropertyHolds(captureDetectsEveryChange(pools[2]), target()), PROPERTY_TIMEOUT);
  it('capture.sees-every-object-change', () => expectPropertyHolds(captureSeesEveryObjectChange(pools[3]), target()), PROPERTY_TIMEOUT);
});

/** A state of one plain table and one object of the kind: every kind meets the capture properties on every target, every run. */
const oneObject = (kind: WorldObjectKind) =>
  worldObjectOf(kind).chain((object) => {
    const state = stateOfObjects([object]);
    return objectAction(object, true).map((a) => ({ state, change: { kind: 'object', object: 0, ...a } as const }));
  });

describeEachTarget('capture properties, on every kind of real-world object', (target) => {
  const pool = new ScratchPool(target);
  afterAll(() => pool.close());
  const small = WORLD_OBJECT_KINDS.filter((k) => k !== 'big');

  it.each(small)(
    '%s: entry equals exit, and every change of it is seen',
    async (kind: WorldObjectKind) => {
      const ctx = { engine: realEngine, target: target() };
      const entryExit = captureEntryEqualsExit(pool);
      const detects = captureDetectsEveryChange(pool);
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(oneObject(kind), async (value) => {
          runs++;
          expect(await entryExit.check(value.state, ctx)).toBe(true);
          expect(await detects.check(value, ctx)).toBe(true);
        }),
        { seed: 3, numRuns: 6 },
      );
      expect(runs).toBe(6);
    },
    120_000,
  );
});
