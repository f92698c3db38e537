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
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { sitePages } from '../lib/files.ts';
import { FOLD_FILE } from '../lib/search/fold.ts';
import { foldDataFor } from '../lib/search/fold-table.ts';
import { indexCopy, urlForFile } from '../lib/search/index-copy.ts';
import { decodeMeta, isGzip, isIndexFile, parseEntry, stripSignature } from '../lib/search/pagefind-format.ts';
import { dynamicImports, startupFiles, staticImports, withModulePreloads, type ModuleInfo } from '../lib/search/preload.ts';
import { encodeStartFile, START_FILE } from '../lib/search/startup.ts';
import { originTag } from '../lib/search/origin.ts';
import { SearchEngine } from '../lib/search/engine.ts';
import { matchTerm, termHits } from '../lib/search/match.ts';
import { encodePhrase, phraseKey, PHRASES_FILE, worthAChunk } from '../lib/search/phrases.ts';
import { parseQuery } from '../lib/search/query.ts';
import { chunkEntries, chunkRanges, encodeChunk, groupEntries, TARGET_CHUNK_BYTES, withChunks } from '../lib/search/rechunk.ts';
import { VOCAB_FILE } from '../lib/search/understand.ts';
import { knownNames, vocabularyFor } from '../lib/search/vocabulary-table.ts';
import { sourceTexts } from '../lib/sources/model.ts';
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
    const { pages } = await pageCount(outputPath);
    if (added === 0 || pages === 0) throw new Error(`Pagefind: no pages with content found in ${siteDir}`);
    await writeFile(path.join(outputPath, FOLD_FILE), JSON.stringify(foldDataFor(chars)));
    const { entryBytes } = await rechunkIndex(outputPath);
    const vocabulary = siteVocabulary();
    await writePhraseChunks(outputPath, [...vocabulary.words.split(' '), ...vocabulary.names], entryBytes, worthAChunk, new Set(vocabulary.names));
    await writeFile(path.join(outputPath, VOCAB_FILE), JSON.stringify(vocabulary));
    await writeStartFile(outputPath);
    await preloadStartupFiles(siteDir);
    return { pages, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}

/** The words and names query segmentation uses (understand.ts): the sources' own sentences as the pages show them, and every known name. */
function siteVocabulary() {
  return vocabularyFor(sourceTexts(), knownNames(knowledgeOf()));
}

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** A file as Pagefind writes it: the signature, then the data, gzipped (no time stamp: builds repeat). */
function pagefindFile(data: Uint8Array): Buffer {
  const plain = new Uint8Array(SIGNATURE.length + data.length);
  plain.set(SIGNATURE, 0);
  plain.set(data, SIGNATURE.length);
  return gzipSync(plain, { level: 9 });
}

/** A content hash in Pagefind's naming (`<language>_<hex>`), `length` hex digits. */
function contentName(language: string, data: Uint8Array, length: number): string {
  return `${language}_${createHash('sha256').update(data).digest('hex').slice(0, length)}`;
}

/**
 * Regroups the written word index into smaller chunks (src/lib/search/rechunk.ts) and rewrites
 * the index metadata and the entry file to name them; the old chunks and metadata are removed.
 */
export async function rechunkIndex(outputPath: string, target = TARGET_CHUNK_BYTES): Promise<{ before: number; after: number; entryBytes: Map<string, number> }> {
  let before = 0;
  let after = 0;
  const entryBytes = new Map<string, number>();
  const entryPath = path.join(outputPath, 'pagefind-entry.json');
  const entryJson = JSON.parse(await readFile(entryPath, 'utf8')) as { languages: Record<string, { hash: string }> };
  for (const [language, info] of Object.entries(entryJson.languages)) {
    const metaPath = path.join(outputPath, `pagefind.${info.hash}.pf_meta`);
    const meta = stripSignature(gunzipSync(await readFile(metaPath)));
    const old = decodeMeta(meta).chunks;
    const entries = [];
    for (const c of old) entries.push(...chunkEntries(stripSignature(gunzipSync(await readFile(path.join(outputPath, 'index', `${c.hash}.pf_index`))))));
    for (const e of entries) entryBytes.set(e.word, (entryBytes.get(e.word) ?? 0) + e.bytes.length);
    const groups = groupEntries(entries, target);
    before += old.length;
    after += groups.length;
    const ranges = chunkRanges(groups);
    const named: { from: string; to: string; hash: string }[] = [];
    const written = new Set<string>();
    for (const [i, group] of groups.entries()) {
      const data = encodeChunk(group);
      let length = 7;
      let hash = contentName(language, data, length);
      while (written.has(hash)) hash = contentName(language, data, ++length);
      written.add(hash);
      named.push({ ...ranges[i]!, hash });
    }
    for (const c of old) rmSync(path.join(outputPath, 'index', `${c.hash}.pf_index`), { force: true });
    for (const [i, group] of groups.entries()) await writeFile(path.join(outputPath, 'index', `${named[i]!.hash}.pf_index`), pagefindFile(encodeChunk(group)));
    const newMeta = withChunks(meta, named);
    const metaHash = contentName(language, newMeta, 13);
    rmSync(metaPath, { force: true });
    await writeFile(path.join(outputPath, `pagefind.${metaHash}.pf_meta`), pagefindFile(newMeta));
    info.hash = metaHash;
  }
  await writeFile(entryPath, JSON.stringify(entryJson));
  return { before, after, entryBytes };
}

/**
 * Gives common phrases of the site (its vocabulary's words and names; `names` are held to the
 * names' threshold) their own index chunk where that saves most of a query's download
 * (src/lib/search/phrases.ts), and writes the
 * table PHRASES_FILE. The occurrences come from the search code itself, over the written index.
 */
export async function writePhraseChunks(
  outputPath: string,
  phrases: Iterable<string>,
  entryBytes: ReadonlyMap<string, number>,
  worth: (characterBytes: number, phraseBytes: number, isName: boolean) => boolean = worthAChunk,
  names: ReadonlySet<string> = new Set(),
): Promise<number> {
  const engine = await SearchEngine.open(async (p) => new Uint8Array(await readFile(path.join(outputPath, p))));
  const table: Record<string, string> = {};
  const language = engine.entry.language;
  for (const phrase of new Set(phrases)) {
    const terms = parseQuery(phrase, engine.includeCharacters, engine.folding).terms;
    if (terms.length !== 1) continue;
    const term = terms[0]!;
    const key = phraseKey(term);
    if (key === undefined || key in table) continue;
    let characterBytes = 0;
    for (const t of term.tokens) for (const k of new Set([t!, ...(t!.also ?? [])].map((x) => x.key))) characterBytes += entryBytes.get(k) ?? 0;
    if (!worth(characterBytes, 0, names.has(phrase))) continue;
    const match = matchTerm(await Promise.all(term.tokens.map((t) => engine.postings(t!))));
    const data = encodePhrase(
      key,
      match.pages.map((page) => ({ page, ...termHits(match, page) })),
    );
    if (!worth(characterBytes, data.length, names.has(phrase))) continue;
    const hash = `${contentName(language, data, 12).replace('_', '_phrase_')}`;
    await writeFile(path.join(outputPath, 'index', `${hash}.pf_index`), pagefindFile(data));
    table[key] = hash;
  }
  await writeFile(path.join(outputPath, PHRASES_FILE), JSON.stringify(table));
  return Object.keys(table).length;
}

/**
 * Writes START_FILE: the files every search reads first (the entry, the index metadata, the filter
 * chunks, the fold and phrase tables), packed into one file the search page preloads (startup.ts).
 */
export async function writeStartFile(outputPath: string): Promise<void> {
  const entryBytes = await readFile(path.join(outputPath, 'pagefind-entry.json'));
  const entry = parseEntry(JSON.parse(entryBytes.toString('utf8')));
  const raw = await readFile(path.join(outputPath, `pagefind.${entry.indexHash}.pf_meta`));
  const meta = decodeMeta(stripSignature(isGzip(raw) ? gunzipSync(raw) : raw));
  const names = ['pagefind-entry.json', ...startupFiles(entry, meta), FOLD_FILE, PHRASES_FILE];
  const files = await Promise.all(names.map(async (name) => [name, new Uint8Array(await readFile(path.join(outputPath, name)))] as const));
  await writeFile(path.join(outputPath, START_FILE), encodeStartFile(files));
}

/** Where the search page is, relative to the site. */
const SEARCH_PAGE = 'search/index.html';

/** Gives the search page (if the site has one) modulepreload links for its scripts and the modules they import. */
export async function preloadStartupFiles(siteDir: string): Promise<void> {
  const pagePath = path.join(siteDir, SEARCH_PAGE);
  let html: string;
  try {
    html = await readFile(pagePath, 'utf8');
  } catch {
    return;
  }
  // The site's base, from where the page finds the index (<base>pagefind/).
  const base = /data-pagefind-url="([^"]*)pagefind\/"/.exec(html)?.[1] ?? '/';
  const moduleOf = (src: string): ModuleInfo => {
    if (!src.startsWith(base)) return { size: 0, imports: [] };
    try {
      const js = readFileSync(path.join(siteDir, src.slice(base.length)), 'utf8');
      return { size: Buffer.byteLength(js), imports: [...staticImports(js), ...dynamicImports(js)] };
    } catch {
      return { size: 0, imports: [] };
    }
  };
  const updated = withModulePreloads(html, moduleOf);
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
