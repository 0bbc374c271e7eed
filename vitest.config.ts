import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: PGlite instances are memory- and CPU-heavy, so do not oversubscribe.
    maxWorkers: 2,
    reporters: process.env.CI ? ['verbose'] : ['default'],
  },
});
