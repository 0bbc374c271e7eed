// A property of your own, written against the package's arbitraries (README: "Your own properties").
import fc from 'fast-check';
import { captureFingerprint, decideRequest, resolveTarget } from 'rollback-rehearsal';
import { applyBatch, beforeState, mutatedRequest, renderBatch, renderState } from 'rollback-rehearsal/generators';
import { afterAll, expect, it } from 'vitest';

const target = resolveTarget('sqlite:');
afterAll(() => target.close());

it('a batch run in a transaction and rolled back leaves the database as it was', async () => {
  const stateAndBatch = beforeState.chain((state) => applyBatch(state).map((batch) => ({ state, batch })));
  await fc.assert(
    fc.asyncProperty(stateAndBatch, async ({ state, batch }) => {
      const clone = await target.createClone();
      try {
        await clone.session.exec(renderState(state, 'sqlite'));
        const before = await captureFingerprint(clone.state);
        await clone.session.exec('BEGIN');
        await clone.session.exec(renderBatch(state, batch, 'sqlite')).catch(() => {}); // some batches fail midway
        await clone.session.exec('ROLLBACK');
        expect((await captureFingerprint(clone.state)).top_hash).toBe(before.top_hash);
      } finally {
        await clone.dispose();
      }
    }),
    { numRuns: 25 },
  );
});

it('the gate denies every malformed request', () => {
  fc.assert(fc.property(mutatedRequest, ({ bytes }) => decideRequest(bytes).decision === 'DENY'));
});
