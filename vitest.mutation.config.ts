import { defineConfig } from 'vitest/config';
// @ts-expect-error: a plain JS module shared with stryker.config.mjs
import { selectedShards } from './scripts/mutationShards.mjs';

/**
 * The tests that can kill the mutants of the shard REHEARSE_MUTATION_SHARD names (or of every
 * shard), on the targets the shard names. A Postgres shard requires the server: a skipped test
 * kills no mutant, so it fails instead.
 */
const shards: { tests: string[]; targets: string }[] = selectedShards();
const targets = [...new Set(shards.flatMap((s) => s.targets.split(',').filter(Boolean)))];
const include = shards.flatMap((s) => s.tests.filter((t) => !t.startsWith('!')));
const exclude = shards.flatMap((s) => s.tests.filter((t) => t.startsWith('!')).map((t) => t.slice(1)));
const needsPg = targets.includes('postgres');

export default defineConfig({
  test: {
    include,
    exclude: [...exclude, 'node_modules/**'],
    env: {
      REHEARSE_TARGETS: targets.join(',') || 'sqlite',
      REHEARSE_PG_URL: needsPg ? (process.env.REHEARSE_PG_URL ?? '') : '',
      REHEARSE_REQUIRE_PG: needsPg ? '1' : '0',
    },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 1,
  },
});
