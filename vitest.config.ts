import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files start first, so that on two workers the teeth hunt (one file, minutes long)
 * runs beside everything else instead of after it. Vitest orders by cached durations when it has
 * them; a fresh clone (CI) has none.
 */
const LONGEST_FIRST = [
  'test/planFuzz/realWorldFuzz.test.ts',
  'test/realWorld/',
  'test/teeth/teeth.test.ts',
  'test/properties/rehearsal.test.ts',
  'test/properties/capture.test.ts',
  'test/engine/executor.test.ts',
  'test/cli/gateCli.test.ts',
  'test/boundary/regressCorpus.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((p) => f.moduleId.includes(p));
      return i === -1 ? LONGEST_FIRST.length : i;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Server roles and databases tests need, made before any file runs (a rehearsal running beside a
    // test that made one would see it appear).
    globalSetup: ['test/support/serverFixtures.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: PGlite instances are memory- and CPU-heavy, so do not oversubscribe.
    maxWorkers: 2,
    reporters: process.env.CI ? ['verbose'] : ['default'],
    sequence: { sequencer: LongestFirst },
  },
});
