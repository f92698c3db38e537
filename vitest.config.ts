import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/support/**/*.test.ts'],
          testTimeout: 60_000,
          // The unit files share their workers' module cache (no file changes global state a
          // later file reads): loading the sources and the knowledge model once per worker
          // instead of once per file halves the run.
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Two files at a time (SITE_TEST_WORKERS to change): a browser test mostly waits on its
          // own navigations, so two of them keep both cores of the machine busy.
          fileParallelism: true,
          maxWorkers: Number(process.env.SITE_TEST_WORKERS ?? 2),
        },
      },
    ],
  },
});
