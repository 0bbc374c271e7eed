import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files start first, so that on two workers a file minutes long runs beside
 * everything else instead of after it. Vitest orders by cached durations when it has
 * them; a fresh clone (CI) has none.
 */
const LONGEST_FIRST = [
  'test/realWorld/',
  'test/properties/rehearsal.test.ts',
  'test/properties/capture.test.ts',
  'test/planFuzz/realWorldFuzz.test.ts',
  'test/engine/restoreScript.test.ts',
  'test/engine/executor.test.ts',
  'test/targets/pgliteInstances.test.ts',
  'test/engine/failOpen.test.ts',
  'test/hostile/hostileCorpus.test.ts',
  'test/boundary/regressCorpus.test.ts',
  'test/package/',
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
    // The teeth (known-bad engines hunted by the properties: does the suite catch real defects?)
    // measure the suite, as the mutation run does, and take minutes: `npm run test:teeth`, which
    // CI runs after `npm test` (vitest.teeth.config.ts).
    exclude: ['test/teeth/**', '**/node_modules/**'],
    // Server roles and databases tests need, made before any file runs (a rehearsal running beside a
    // test that made one would see it appear).
    globalSetup: ['test/support/serverFixtures.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: PGlite instances are memory- and CPU-heavy, so do not oversubscribe.
    maxWorkers: 2,
    // A worker runs file after file in one process, modules loaded once: starting a process and
    // loading the parser, the targets and the engine for each of ~110 files cost more than a
    // tenth of the run. No test mocks a module or leaves the environment changed behind it.
    isolate: false,
    reporters: process.env.CI ? ['verbose'] : ['default'],
    sequence: { sequencer: LongestFirst },
  },
});
