// The mutation run, split by folder of src/ (one Stryker run per shard; `npm run mutation` runs
// them all and merges the reports; the nightly workflow runs one job per shard). Each shard names
// the source it mutates, the tests that can kill those mutants (in-process tests: a test that
// spawns bin/rehearse.js runs dist/, which no mutant reaches) and the targets those tests run on.
// Read by stryker.config.mjs and vitest.mutation.config.ts (REHEARSE_MUTATION_SHARD picks one)
// and by scripts/mutation.ts.

/**
 * @typedef {object} MutationShard
 * @property {string} name         the shard's name (REHEARSE_MUTATION_SHARD, the nightly job)
 * @property {string} folder       the folder of src/ its figures are reported under
 * @property {string[]} mutate     Stryker's `mutate` globs
 * @property {string[]} tests      vitest `include` globs
 * @property {string} targets      REHEARSE_TARGETS for those tests ('' = none needed)
 */

/** The tests of a SQLite clone and its capture: the target's shard and the capture's state reader's run them both. */
const SQLITE_TARGET_TESTS = [
  'test/targets/sqliteTarget.test.ts',
  'test/targets/captureBytes.test.ts',
  'test/targets/conformance.test.ts',
  'test/targets/errors.test.ts',
  'test/properties/capture.test.ts',
  'test/engine/sequences.test.ts',
  'test/engine/evidenceBytes.test.ts',
];

/** The tests of a Postgres server clone and its capture: the target's shard and the capture's state reader's run them both. */
const POSTGRES_TARGET_TESTS = [
  'test/targets/cloneRoles.test.ts',
  'test/targets/cloneLogins.test.ts',
  'test/capture/carelessRead.test.ts',
  'test/targets/postgresTarget.test.ts',
  'test/targets/captureBytes.test.ts',
  'test/targets/conformance.test.ts',
  'test/targets/errors.test.ts',
  'test/targets/postgresPaging.test.ts',
  'test/targets/testcontainers.test.ts',
  'test/targets/pgCopyOut.test.ts',
  'test/engine/sequences.test.ts',
  'test/engine/realObjects.test.ts',
  'test/boundary/cloneRoles.test.ts',
];

/** @type {readonly MutationShard[]} */
export const MUTATION_SHARDS = [
  {
    name: 'gate',
    folder: 'src/gate',
    mutate: ['src/gate/**/*.ts'],
    tests: ['test/gate/**/*.test.ts'],
    targets: 'sqlite',
  },
  {
    name: 'validator',
    folder: 'src/validator',
    mutate: ['src/validator/**/*.ts'],
    tests: ['test/validator/**/*.test.ts'],
    targets: 'sqlite',
  },
  {
    name: 'evidence',
    folder: 'src/evidence',
    mutate: ['src/evidence/**/*.ts'],
    tests: ['test/validator/evidenceFindingTable.test.ts', 'test/engine/evidence.test.ts', 'test/engine/evidenceBytes.test.ts'],
    targets: 'sqlite',
  },
  {
    name: 'guard',
    folder: 'src/guard',
    mutate: ['src/guard/**/*.ts'],
    tests: ['test/guard/**/*.test.ts'],
    targets: 'sqlite',
  },
  {
    name: 'capture',
    folder: 'src/capture',
    mutate: ['src/capture/capture*.ts', 'src/capture/fingerprint.ts', 'src/capture/hashing.ts', 'src/capture/stateReader.ts'],
    tests: ['test/capture/**/*.test.ts', 'test/properties/capture.test.ts'],
    targets: 'sqlite',
  },
  {
    name: 'compare',
    folder: 'src/compare',
    mutate: ['src/compare/**/*.ts'],
    tests: ['test/compare/**/*.test.ts', 'test/capture/hardCases.test.ts', 'test/engine/steps.test.ts'],
    targets: 'sqlite',
  },
  {
    name: 'json',
    folder: 'src/json',
    mutate: ['src/json/**/*.ts'],
    tests: ['test/json/**/*.test.ts', 'test/plan/parsePlan.test.ts'],
    targets: '',
  },
  {
    name: 'plan',
    folder: 'src/plan',
    mutate: ['src/plan/**/*.ts'],
    tests: ['test/plan/**/*.test.ts', 'test/engine/examples.test.ts'],
    targets: 'sqlite,postgres',
  },
  {
    name: 'restore',
    folder: 'src/restore',
    mutate: ['src/restore/**/*.ts'],
    tests: ['test/restore/**/*.test.ts', 'test/engine/executor.test.ts'],
    targets: 'sqlite,postgres',
  },
  {
    name: 'schema',
    folder: 'src/schema',
    mutate: ['src/schema/**/*.ts'],
    tests: ['test/planFuzz/introspectLoad.test.ts', 'test/planFuzz/schemaKinds.test.ts', 'test/planFuzz/planState.test.ts'],
    targets: 'sqlite,pglite',
  },
  {
    name: 'util',
    folder: 'src/util',
    mutate: ['src/util/**/*.ts', 'src/*.ts'],
    tests: ['test/util/**/*.test.ts', 'test/layers/layers.test.ts', 'test/targets/errors.test.ts'],
    targets: 'sqlite',
  },
  {
    name: 'engine',
    folder: 'src/engine',
    mutate: ['src/engine/**/*.ts'],
    tests: ['test/engine/**/*.test.ts'],
    targets: 'sqlite,postgres',
  },
  {
    name: 'boundary',
    folder: 'src/boundary',
    mutate: ['src/boundary/**/*.ts'],
    tests: ['test/boundary/**/*.test.ts', '!test/boundary/regressCorpus.test.ts', 'test/properties/pure.test.ts'],
    targets: 'sqlite,postgres',
  },
  {
    name: 'targets-sqlite',
    folder: 'src/targets',
    mutate: ['src/targets/sqlite.ts'],
    tests: SQLITE_TARGET_TESTS,
    targets: 'sqlite',
  },
  {
    name: 'capture-sqlite',
    folder: 'src/capture',
    mutate: ['src/capture/sqliteState.ts'],
    tests: SQLITE_TARGET_TESTS,
    targets: 'sqlite',
  },
  {
    name: 'targets-postgres',
    folder: 'src/targets',
    mutate: [
      'src/targets/postgres.ts',
      'src/targets/scratchDatabases.ts',
      'src/targets/postgresConnection.ts',
      'src/targets/snapshotSet.ts',
      'src/targets/postgresClone.ts',
      'src/targets/cloneRoles.ts',
      'src/targets/clusterCensus.ts',
      'src/targets/testcontainers.ts',
    ],
    tests: POSTGRES_TARGET_TESTS,
    targets: 'postgres',
  },
  {
    name: 'capture-postgres',
    folder: 'src/capture',
    mutate: ['src/capture/postgres*.ts'],
    tests: POSTGRES_TARGET_TESTS,
    targets: 'postgres',
  },
  {
    name: 'targets-pglite',
    folder: 'src/targets',
    mutate: ['src/targets/pglite*.ts'],
    tests: [
      'test/targets/pgliteTarget.test.ts',
      'test/targets/pgliteInstances.test.ts',
      'test/targets/captureBytes.test.ts',
      'test/targets/conformance.test.ts',
      'test/targets/reusableClone.test.ts',
      'test/engine/sequences.test.ts',
    ],
    targets: 'pglite',
  },
  {
    name: 'targets-reuse',
    folder: 'src/targets',
    mutate: ['src/targets/reuse.ts', 'src/targets/target.ts', 'src/targets/resolveTarget.ts'],
    tests: [
      'test/targets/resolveTarget.test.ts',
      'test/targets/reuse.test.ts',
      'test/targets/reusableClone.test.ts',
      'test/targets/errors.test.ts',
    ],
    targets: 'sqlite,postgres',
  },
  {
    name: 'source',
    folder: 'src/source',
    mutate: ['src/source/**/*.ts'],
    tests: ['test/source/**/*.test.ts', 'test/engine/cloneSources.test.ts'],
    targets: 'sqlite,postgres',
  },
  {
    name: 'sql',
    folder: 'src/sql',
    mutate: ['src/sql/**/*.ts'],
    tests: ['test/boundary/**/*.test.ts', '!test/boundary/regressCorpus.test.ts', 'test/source/splitSqliteTable.test.ts'],
    targets: 'sqlite,postgres',
  },
  {
    name: 'session',
    folder: 'src/session',
    mutate: ['src/session/**/*.ts'],
    tests: ['test/targets/preparedStatements.test.ts', 'test/targets/conformance.test.ts'],
    targets: 'pglite,postgres',
  },
];

/** The shard REHEARSE_MUTATION_SHARD names; unset means every shard at once (one Stryker run). */
export function selectedShards(env = process.env) {
  const name = env.REHEARSE_MUTATION_SHARD ?? '';
  if (name === '') return MUTATION_SHARDS;
  const shard = MUTATION_SHARDS.find((s) => s.name === name);
  if (!shard) throw new Error(`REHEARSE_MUTATION_SHARD=${name}: expected one of ${MUTATION_SHARDS.map((s) => s.name).join(', ')}`);
  return [shard];
}
