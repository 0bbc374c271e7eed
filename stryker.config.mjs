// Mutation testing (npm run mutation): Stryker with the vitest runner over all of src/, one shard
// per folder (scripts/mutationShards.mjs; REHEARSE_MUTATION_SHARD picks one, unset runs them all in
// one Stryker run). Each shard's tests are listed beside it and run on the targets it names
// (vitest.mutation.config.ts); scripts/mutation.ts runs the shards and merges their reports.
import { selectedShards } from './scripts/mutationShards.mjs';

const shards = selectedShards();
const dir = shards.length === 1 ? `reports/mutation/${shards[0].name}` : 'reports/mutation/all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: shards.flatMap((s) => s.mutate),
  coverageAnalysis: 'perTest',
  // Static mutants (module-level values, evaluated once on import) are not run: the vitest runner
  // activates a mutant only after the modules are loaded, so every one of them looked alive
  // whatever the tests did (stryker-js issues #6144, #6209; docs/measurements.md "Mutation score").
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${dir}/mutation.html` },
  jsonReporter: { fileName: `${dir}/mutation.json` },
  // `npm run mutation -- --incremental` keeps each shard's results and reruns only what changed.
  incrementalFile: `${dir}/incremental.json`,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
