/**
 * The suite has teeth: every known-bad engine is caught by some property within a minute, and
 * the controls — the real engine and the defect-free reference capture — hold under the same
 * hunt (so a catch is the defect's doing, not the hunt's). How fast is measured by
 * `npm run bench:teeth`, not asserted here.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CONTROL_ENGINES, KNOWN_BAD_ENGINES } from './knownBadEngines.ts';
import { hunt, huntTargets } from './hunt.ts';

const targets = await huntTargets();
afterAll(async () => {
  for (const t of targets) await t.target.close();
});

describe('known-bad engines are caught', () => {
  it('there are at least 20 of them, each a different defect', () => {
    expect(KNOWN_BAD_ENGINES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(KNOWN_BAD_ENGINES.map((e) => e.id)).size).toBe(KNOWN_BAD_ENGINES.length);
  });

  for (const bad of KNOWN_BAD_ENGINES) {
    it(`${bad.id}: ${bad.defect}`, async () => {
      const result = await hunt(bad, targets, { budgetMs: 60_000, seed: 1 });
      expect(result.caught, `not caught in 60 s (${result.runs} runs)`).toBe(true);
    }, 120_000);
  }

  for (const control of CONTROL_ENGINES) {
    it(`${control.id} holds under the same hunt`, async () => {
      const result = await hunt(control, targets, { budgetMs: 8_000, seed: 1 });
      expect(result.message).toBeNull();
      expect(result.runs).toBeGreaterThan(0);
    }, 60_000);
  }
});
