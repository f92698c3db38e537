import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The site test files that take longest (measured: they click hundreds of links or print PDFs in
 * several browsers), started first in this order. Without it a fresh clone, which has no timings
 * from an earlier run, starts the largest files first, and the longest ones start late and end last.
 */
const SLOWEST_FIRST = ['landing', 'quote-links', 'pages', 'print-fill', 'offline', 'topics'].map((name) => `/tests/site/${name}.test.ts`);

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const i = SLOWEST_FIRST.findIndex((end) => file.moduleId.endsWith(end));
      return i < 0 ? SLOWEST_FIRST.length : i;
    };
    // Array.prototype.sort is stable: the other files keep vitest's own order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/support/**/*.test.ts'],
          testTimeout: 60_000,
          // One file per core (Vitest's default leaves one core to itself: on two cores, one
          // worker). Measured on two cores: 24 s → 20 s.
          maxWorkers: availableParallelism(),
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
          // One file more than there are cores (SITE_TEST_WORKERS to change): a browser test
          // waits on its navigations, polls and network-idle pauses, and a third file fills those
          // gaps. Measured on two cores: 2 files at a time 213 s (390 s of CPU), 3 files 196 s
          // (379 s), 4 files 206 s (403 s: the browsers then contend for the cores).
          fileParallelism: true,
          maxWorkers: Number(process.env.SITE_TEST_WORKERS ?? availableParallelism() + 1),
          // As in the unit project: the files share their worker's module cache (none changes
          // global state another reads), so the sources and the knowledge model load once per worker.
          isolate: false,
        },
      },
    ],
  },
});
