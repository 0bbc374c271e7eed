import { defineConfig } from 'vitest/config';

/**
 * The teeth: every known-bad engine (test/teeth/) is caught by the property its list names, and
 * the controls hold under the same hunt. It measures the suite, as the mutation run does, and takes
 * minutes, so it is not part of `npm test`; `npm run test:teeth` runs it, and CI runs it after
 * `npm test`. The hunts run on a Postgres server of their own (test/support/privateServer.ts).
 */
export default defineConfig({
  test: {
    include: ['test/teeth/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/support/serverFixtures.ts'],
    maxWorkers: 1,
    reporters: process.env.CI ? ['verbose'] : ['default'],
  },
});
