// Growth benchmark: builds the real site plus N synthetic reading pages with the real
// Astro build and Pagefind integration, then measures search in Chromium. The pages come from
// tests/support/synthetic-corpus.ts (deterministic, made of the real sentences of the sources).
//
// The synthetic pages are built in a scratch copy of the project (tests/support/project-copy.ts;
// node_modules linked), never in the working tree: the copy's content config adds a
// `synthetic` collection (glob loader over content/synthetic/*.mdx, like the texts
// collection, .mdx) and one route renders each entry through the site's ReadingLayout with its
// table of contents — the same path a real text page takes (MDX → remark/rehype pipeline →
// layout → Pagefind).
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Request } from 'playwright-core';
import { copyProject } from '../../tests/support/project-copy.ts';
import { timedBuild } from './build.ts';
import type { GrowthResult, SearchLatency } from './report.ts';
import { median } from './report.ts';
import { startBenchServer } from './server.ts';
import { pageToMarkdown, type SyntheticPage } from '../../tests/support/synthetic-corpus.ts';

const CONTENT_CONFIG = `// Benchmark copy: the site's collections plus the synthetic corpus.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { collections as site } from './content.config.site.ts';

const synthetic = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/synthetic' }),
  schema: z.object({ title: z.string(), type: z.string(), sources: z.array(z.string()), dimensions: z.array(z.string()) }),
});

export const collections = { ...site, synthetic };
`;

const ROUTE = `---
// Benchmark copy only: one reading page per synthetic entry.
import { getCollection, render } from 'astro:content';
import ReadingLayout from '../../layouts/ReadingLayout.astro';
import { buildToc } from '../../lib/toc.ts';

export async function getStaticPaths() {
  const entries = await getCollection('synthetic');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content, headings } = await render(entry);
---
<ReadingLayout
  title={entry.data.title}
  toc={buildToc(headings)}
  byline={entry.data.sources.join('；')}
  searchType={entry.data.type}
  searchSources={entry.data.sources}
  searchDimensions={entry.data.dimensions}
>
  <Content />
</ReadingLayout>
`;

/** Writes the scratch project for `pages` under `projectDir` (replacing it). */
export function writeSyntheticProject(root: string, projectDir: string, pages: SyntheticPage[]): void {
  copyProject(projectDir, root);
  const src = path.join(projectDir, 'src');
  renameSync(path.join(src, 'content.config.ts'), path.join(src, 'content.config.site.ts'));
  writeFileSync(path.join(src, 'content.config.ts'), CONTENT_CONFIG);
  mkdirSync(path.join(src, 'pages/synthetic'), { recursive: true });
  writeFileSync(path.join(src, 'pages/synthetic/[slug].astro'), ROUTE);
  const dir = path.join(projectDir, 'content/synthetic');
  mkdirSync(dir, { recursive: true });
  for (const page of pages) writeFileSync(path.join(dir, `${page.slug}.mdx`), pageToMarkdown(page));
}

/**
 * Times queries on the site's search page in a real browser: the first after the page loaded
 * (cold: the index metadata and chunks are fetched) and the rest (warm). A query is typed into
 * the search box; it is done when the results list says so (data-state, data-query).
 */
export async function measureSearch(browser: Browser, siteUrl: string, queries: string[]): Promise<SearchLatency> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let bytes = 0;
  let counting = false;
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (r: Request) => {
    if (!counting) return;
    pending.push(r.sizes().then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize)));
  });
  try {
    await page.goto(`${siteUrl}search/`, { waitUntil: 'networkidle' });
    const run = (q: string) =>
      page.evaluate(async (query) => {
        const input = document.querySelector<HTMLInputElement>('[data-search-page-input]')!;
        const list = document.querySelector<HTMLElement>('[data-search-results]')!;
        const expected = query.trim().split(/\s+/u).join(' ');
        const started = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((resolve) => {
          const check = () => (list.dataset.state === 'done' && list.dataset.query === expected ? resolve() : requestAnimationFrame(check));
          check();
        });
        return { ms: performance.now() - started, results: Number(list.dataset.total) };
      }, q);
    counting = true;
    const cold = await run(queries[0]!);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    counting = false;
    const warm: number[] = [];
    const results = [cold.results];
    for (const q of queries.slice(1)) {
      const r = await run(q);
      warm.push(r.ms);
      results.push(r.results);
    }
    return { queries, coldMs: cold.ms, warmMedianMs: median(warm), coldBytes: bytes, results };
  } finally {
    await context.close();
  }
}

export interface GrowthOptions {
  root: string;
  workDir: string;
  n: number;
  pages: SyntheticPage[];
  browser: Browser;
  queries: string[];
  verbose: boolean;
  keep: boolean;
}

export async function runGrowth(o: GrowthOptions): Promise<GrowthResult> {
  const projectDir = path.join(o.workDir, `project-${o.n}`);
  const outDir = path.join(o.workDir, `dist-${o.n}`);
  writeSyntheticProject(o.root, projectDir, o.pages);
  try {
    const build = await timedBuild({
      root: projectDir,
      outDir,
      cacheDir: path.join(o.workDir, `cache-${o.n}`),
      verbose: o.verbose,
    });
    const server = await startBenchServer(outDir, '/');
    let search: SearchLatency;
    try {
      search = await measureSearch(o.browser, server.url('/'), o.queries);
    } finally {
      await server.close();
    }
    return { n: o.n, build, secondsPerPage: build.totalSeconds / build.pages, search };
  } finally {
    if (!o.keep) {
      rmSync(projectDir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
      rmSync(path.join(o.workDir, `cache-${o.n}`), { recursive: true, force: true });
    }
  }
}
