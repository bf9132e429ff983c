import { defineConfig } from 'vitest/config';

const integration = (db: 'external' | 'embedded') => ({
  test: {
    name: `api-${db}`,
    include: ['server/**/*.test.ts'],
    globalSetup: ['server/test/global-setup.ts'],
    env: { KEJIJU_TEST_DB: db },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    // Two cores: files in parallel, but each file builds its own database from a template.
    maxWorkers: 2,
    projects: [
      { test: { name: 'domain', include: ['domain/**/*.test.ts', 'web/src/**/*.test.ts', 'scripts/bench/**/*.test.ts'] } },
      integration('external'),
      integration('embedded'),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
