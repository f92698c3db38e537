// Growth benchmark: builds the real site plus N synthetic reading pages with the real
// Astro build and Pagefind integration, then times search in Chromium (./search.ts). The pages
// come from scripts/kit/synthetic-corpus.ts (deterministic, made of the real sentences of the sources).
//
// The synthetic pages are built in a scratch copy of the project (scripts/kit/project-copy.ts;
// node_modules linked), never in the working tree: the copy's content config adds a
// `synthetic` collection (glob loader over content/synthetic/*.mdx, like the texts
// collection, .mdx) and one route renders each entry through the site's ReadingLayout with its
// table of contents — the same path a real text page takes (MDX → remark/rehype pipeline →
// layout → Pagefind).
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { copyProject } from '../kit/project-copy.ts';
import { pageToMarkdown, type SyntheticPage } from '../kit/synthetic-corpus.ts';
import { timedBuild } from './build.ts';
import type { GrowthResult, SearchLatency } from './report.ts';
import { searchLatency } from './search.ts';
import { startBenchServer } from './server.ts';

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
      search = await searchLatency(o.browser, server.url('/'), outDir, o.queries);
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
