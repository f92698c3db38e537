// Astro integration: builds the Pagefind search index into <outDir>/pagefind/ at the end
// of `astro build`, through Pagefind's Node API, so `npm run build` alone yields a
// complete, searchable dist/. Wiring only: what gets indexed is decided by the pages
// (data-pagefind-body and friends).
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexReport {
  pages: number;
  seconds: number;
}

/** Indexes every HTML file under `siteDir` and writes the index to `siteDir/pagefind`. */
export async function buildSearchIndex(siteDir: string): Promise<IndexReport> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: could not create an index: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: indexing ${siteDir} failed: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind: no pages with content found in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: writing the index failed: ${written.errors.join('; ')}`);
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'kb:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`indexed ${report.pages} pages in ${report.seconds.toFixed(2)} s`);
        // For `npm run bench`: also write the report as JSON when asked to.
        if (process.env.KB_PAGEFIND_REPORT) writeFileSync(process.env.KB_PAGEFIND_REPORT, JSON.stringify(report));
      },
    },
  };
}
