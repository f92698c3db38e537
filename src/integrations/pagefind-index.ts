// Astro integration: builds the search index into <outDir>/pagefind/ at the end of
// `astro build`, through Pagefind's Node API, so `npm run build` alone yields a complete,
// searchable dist/. Wiring only: what gets indexed is decided by the pages (data-pagefind-body
// and friends); how text is prepared for exact Chinese matching is src/lib/search/index-copy.ts.
// Pagefind indexes an index-only copy of every page; the files served stay as built. Only the
// index files the search page reads are kept: Pagefind's UI, script, worker and WebAssembly go.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { sitePages } from '../lib/files.ts';
import { FOLD_FILE } from '../lib/search/fold.ts';
import { foldDataFor } from '../lib/search/fold-table.ts';
import { indexCopy, urlForFile } from '../lib/search/index-copy.ts';
import { decodeMeta, isGzip, isIndexFile, parseEntry, stripSignature } from '../lib/search/pagefind-format.ts';
import { startupFiles, staticImports, withModulePreloads, withStartupPreloads } from '../lib/search/preload.ts';
import { originTag } from '../lib/search/origin.ts';
import { VOCAB_FILE } from '../lib/search/understand.ts';
import { knownNames, vocabularyFor } from '../lib/search/vocabulary-table.ts';
import { loadSourceTexts } from '../lib/content/sources.ts';
import { knowledgeOf } from '../lib/content/knowledge.ts';

export interface IndexReport {
  pages: number;
  seconds: number;
}

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

/** Indexes every HTML page under `siteDir` and writes the bundle to `siteDir/pagefind`. */
export async function buildSearchIndex(siteDir: string): Promise<IndexReport> {
  const started = performance.now();
  const outputPath = path.join(siteDir, 'pagefind');
  const files = sitePages(siteDir);
  // Pass 1: the punctuation and symbols the pages use, so Pagefind indexes them too, and every
  // character they use, for the variant-form table.
  const extra = new Set<string>();
  const chars = new Set<string>();
  await inBatches(files, 64, async (f) => {
    indexCopy(await readFile(path.join(siteDir, f), 'utf8'), extra, chars);
  });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn', includeCharacters: [...extra].sort().join('') });
  if (!index) throw new Error(`Pagefind: could not create an index: ${errors.join('; ')}`);
  try {
    let added = 0;
    const failures: string[] = [];
    // Pass 2: hand Pagefind the index-only copy of each page, one at a time in file order:
    // Pagefind numbers pages as they arrive, so concurrent adds make builds differ byte-wise.
    for (let i = 0; i < files.length; i += 64) {
      const batch = files.slice(i, i + 64);
      const htmls = await Promise.all(batch.map((f) => readFile(path.join(siteDir, f), 'utf8')));
      for (const [k, f] of batch.entries()) {
        const html = htmls[k]!;
        const url = urlForFile(f);
        const res = await index.addHTMLFile({ url, content: indexCopy(html, undefined, undefined, originTag(url)) });
        if (res.errors.length > 0) failures.push(`${f}: ${res.errors.join('; ')}`);
        else added++;
      }
    }
    if (failures.length > 0) throw new Error(`Pagefind: indexing ${siteDir} failed: ${failures.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: writing the index failed: ${written.errors.join('; ')}`);
    for (const name of readdirSync(outputPath)) {
      if (!isIndexFile(name)) rmSync(path.join(outputPath, name), { recursive: true, force: true });
    }
    await writeFile(path.join(outputPath, FOLD_FILE), JSON.stringify(foldDataFor(chars)));
    await writeFile(path.join(outputPath, VOCAB_FILE), JSON.stringify(siteVocabulary()));
    await preloadStartupFiles(siteDir, outputPath);
    const { pages } = await pageCount(outputPath);
    if (added === 0 || pages === 0) throw new Error(`Pagefind: no pages with content found in ${siteDir}`);
    return { pages, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}

/** The words and names query segmentation uses (understand.ts), from the content layer. */
function siteVocabulary() {
  return vocabularyFor(Object.values(loadSourceTexts()), knownNames(knowledgeOf()));
}

/** Where the search page is, relative to the site. */
const SEARCH_PAGE = 'search/index.html';

/**
 * Gives the search page (if the site has one) preload links for the index files every search
 * fetches first, and modulepreload links for the modules its scripts import.
 */
async function preloadStartupFiles(siteDir: string, outputPath: string): Promise<void> {
  const pagePath = path.join(siteDir, SEARCH_PAGE);
  let html: string;
  try {
    html = await readFile(pagePath, 'utf8');
  } catch {
    return;
  }
  const entry = parseEntry(JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')));
  const raw = await readFile(path.join(outputPath, `pagefind.${entry.indexHash}.pf_meta`));
  const meta = decodeMeta(stripSignature(isGzip(raw) ? gunzipSync(raw) : raw));
  // The site's base, from where the page finds the index (<base>pagefind/).
  const base = /data-pagefind-url="([^"]*)pagefind\/"/.exec(html)?.[1] ?? '/';
  const importsOf = (src: string): string[] => {
    if (!src.startsWith(base)) return [];
    try {
      return staticImports(readFileSync(path.join(siteDir, src.slice(base.length)), 'utf8'));
    } catch {
      return [];
    }
  };
  const updated = withModulePreloads(withStartupPreloads(html, startupFiles(entry, meta)), importsOf);
  if (updated !== html) await writeFile(pagePath, updated);
}

/** Pages in the written index (pages without data-pagefind-body are left out by Pagefind). */
async function pageCount(outputPath: string): Promise<{ pages: number }> {
  try {
    const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return { pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0) };
  } catch {
    return { pages: 0 };
  }
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'kb:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex(fileURLToPath(dir));
        // The benchmark takes the indexing time from this line (scripts/bench/build.ts).
        logger.info(`indexed ${report.pages} pages in ${report.seconds.toFixed(2)} s`);
      },
    },
  };
}
