// Mutation testing (npm run mutation): Stryker with the vitest runner over the fail-closed core —
// the gate, the validator, capture and the seal-token guard. The tests that can kill these
// mutants are listed in vitest.mutation.config.ts (SQLite only, so a mutant costs seconds).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: ['src/gate/**/*.ts', 'src/validator/**/*.ts', 'src/evidence/validateAgainstEvidence.ts', 'src/capture/**/*.ts', 'src/guard/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level values, evaluated once on import) are not run: the vitest runner
  // activates a mutant only after the modules are loaded, so every one of them looked alive
  // whatever the tests did (stryker-js issues #6144, #6209; README "Mutation score").
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
