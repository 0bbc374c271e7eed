import { defineConfig } from 'vitest/config';

/** The tests that exercise the mutated modules (stryker.config.mjs), on SQLite alone: fast enough to run once per mutant. */
export default defineConfig({
  test: {
    include: [
      'test/gate/**/*.test.ts',
      'test/validator/**/*.test.ts',
      'test/guard/sealTokens.test.ts',
      'test/json/**/*.test.ts',
      'test/capture/**/*.test.ts',
      'test/compare/**/*.test.ts',
      'test/properties/pure.test.ts',
      'test/properties/capture.test.ts',
      // Rehearsals on SQLite: the evidence validator and the guarded output are exercised here.
      'test/engine/evidence.test.ts',
      'test/guard/noSealLeak.test.ts',
    ],
    env: { REHEARSE_TARGETS: 'sqlite', REHEARSE_PG_URL: '', REHEARSE_REQUIRE_PG: '0' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 1,
  },
});
