// The re-chunked index must still be a valid Pagefind 1.6 index: Pagefind's own search script and
// WebAssembly (pagefind.js, written beside a stock index by the Pagefind Node API) run in Chromium
// over an index before and after rechunkIndex, and must answer every query the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import * as pagefind from 'pagefind';
import { launchBrowser } from '../../scripts/kit/browser.ts';
import { startBenchServer, type BenchServer } from '../../scripts/bench/server.ts';
import { decodeIndexChunk, decodeMeta, parseEntry, stripSignature } from '../lib/search/pagefind-format.ts';
import { rechunkIndex } from './pagefind-index.ts';

const PAGES: Record<string, string> = {
  '/a/': '<h1>党建联盟</h1><p>联席轮值机制。党建引领基层治理。apple apricot banana</p>',
  '/b/': '<h1>三会一课</h1><p>支部建在连上。组织生活会。application appetite</p>',
  '/c/': '<h1>双报到</h1><p>在职党员到社区报到。网格化管理。banana cherry peach</p>',
  '/d/': '<h1>公推直选</h1><p>党建联盟与网格化，联席会议。peach pear plum</p>',
};
/**
 * Every word of the index that is no prefix of another, and two absent words. Pagefind's search
 * completes the last word as a prefix (联 → 联盟, 联席会议), from the chunks whose range covers
 * it, so a prefix whose words straddle a chunk boundary finds only some of them — with Pagefind's
 * own chunks as with smaller ones. The site's search never completes prefixes.
 */
let queries: string[];

let dir: string;
let server: BenchServer;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kb-rechunk-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  try {
    for (const [url, body] of Object.entries(PAGES)) {
      await index!.addHTMLFile({ url, content: `<!doctype html><html lang="zh-CN"><body><main data-pagefind-body>${body}</main></body></html>` });
    }
    await index!.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  } finally {
    await pagefind.close();
  }
  const bundle = path.join(dir, 'pagefind');
  const read = async (p: string) => stripSignature(gunzipSync(await readFile(path.join(bundle, p))));
  const entry = parseEntry(JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')));
  const meta = decodeMeta(await read(`pagefind.${entry.indexHash}.pf_meta`));
  const words: string[] = [];
  for (const c of meta.chunks) words.push(...decodeIndexChunk(await read(`index/${c.hash}.pf_index`)).keys());
  queries = ['zzz', '无此词', ...words.filter((w) => !words.some((o) => o !== w && o.startsWith(w)))];
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><html><body></body></html>');
  server = await startBenchServer(dir, '/');
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Every query through stock pagefind.js in a fresh page: result URLs, in order, with their excerpts. */
async function stockAnswers(): Promise<string[][]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url('/'));
    // A string, so the test runner does not rewrite the page's dynamic import.
    const script = `(async (queries) => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.options({ baseUrl: '/' });
      const out = [];
      for (const q of queries) {
        const { results } = await pf.search(q);
        out.push(await Promise.all(results.map(async (r) => { const d = await r.data(); return d.url + ' ' + d.excerpt; })));
      }
      return out;
    })(${JSON.stringify(queries)})`;
    return (await page.evaluate(script)) as string[][];
  } finally {
    await context.close();
  }
}

describe('rechunkIndex', () => {
  it("keeps the index readable by Pagefind's own search: the same answers from many smaller chunks", async () => {
    const before = await stockAnswers();
    expect(queries.length).toBeGreaterThan(40);
    expect(before.filter((r) => r.length > 0).length).toBe(queries.length - 2);
    const chunks = await rechunkIndex(path.join(dir, 'pagefind'), 40);
    expect(chunks.after).toBeGreaterThan(chunks.before * 5);
    expect((await readdir(path.join(dir, 'pagefind', 'index'))).length).toBe(chunks.after);
    // The test server keeps compressed responses in memory: a new one serves the rewritten entry file.
    await server.close();
    server = await startBenchServer(dir, '/');
    expect(await stockAnswers()).toEqual(before);
  });
});
