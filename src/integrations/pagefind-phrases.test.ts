// Phrase chunks (src/lib/search/phrases.ts) must change what a query downloads, never what it
// finds: over a real index, every query is answered with and without them, and the results,
// their order, counts, groups and the occurrences shown (excerpts, links) must be the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SearchEngine, type SearchOutcome } from '../lib/search/engine.ts';
import { PHRASES_FILE } from '../lib/search/phrases.ts';
import { buildSearchIndex, rechunkIndex, writePhraseChunks, writeStartFile } from './pagefind-index.ts';

const PAGES: Record<string, string> = {
  'a/index.html': '<h1>党建联盟</h1><p>党建联盟是联盟。党建党建，党建联盟的联席轮值。</p><h2>联席轮值</h2><p>轮值。</p>',
  'b/index.html': '<h1>黨建聯盟</h1><p>舊稱黨建聯盟，今作党建联盟。</p>',
  'c/index.html': '<h1>三会一课</h1><p>支部建在连上。党建引领。联盟。</p>',
  'd/index.html': '<h1>其他</h1><p>党的建设，联合盟约。党建 联盟。</p>',
};
const PHRASES = ['党建联盟', '党建', '联盟', '联席轮值', '三会一课', '支部建在连上', '党建引领', '盟约'];
const QUERIES = [...PHRASES, '黨建聯盟', '党建 联盟', '联盟 党建', '党建联盟的联席', '党建工作怎么做', '不存在的词'];

let dir: string;
/** Every file the engines opened here have read. */
const read: string[] = [];
const open = () =>
  SearchEngine.open(async (p) => {
    read.push(p);
    return new Uint8Array(await readFile(path.join(dir, 'pagefind', p)));
  });
const summary = (o: SearchOutcome) => ({
  total: o.results.length,
  words: o.words,
  results: o.results.map((m) => ({ page: m.page, group: m.group, hits: SearchEngine.hits(o, m.page).map((h) => ({ starts: [...h.starts], weights: [...h.weights], length: h.length })) })),
});

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kb-phrases-'));
  for (const [file, body] of Object.entries(PAGES)) {
    await mkdir(path.join(dir, path.dirname(file)), { recursive: true });
    await writeFile(path.join(dir, file), `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><main data-pagefind-body>${body}</main></body></html>`);
  }
  await buildSearchIndex(dir);
}, 60_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('phrase chunks', () => {
  it('answer every query exactly as the characters do', async () => {
    const plain = await open();
    expect(JSON.parse(await readFile(path.join(dir, 'pagefind', PHRASES_FILE), 'utf8'))).toEqual({});
    const before = await Promise.all(QUERIES.map(async (q) => summary(await plain.search(q))));
    expect(before.filter((s) => s.total > 0).length).toBeGreaterThan(10);
    const { entryBytes } = await rechunkIndex(path.join(dir, 'pagefind'));
    // Every phrase gets its own chunk here, whatever its size.
    expect(await writePhraseChunks(path.join(dir, 'pagefind'), PHRASES, entryBytes, () => true)).toBe(PHRASES.length);
    const table = JSON.parse(await readFile(path.join(dir, 'pagefind', PHRASES_FILE), 'utf8')) as Record<string, string>;
    expect(Object.keys(table)).toContain('党/黨 建 联/聯 盟');
    // The startup file carries the phrase table: written again, as the build does last.
    await writeStartFile(path.join(dir, 'pagefind'));
    read.length = 0;
    const withPhrases = await open();
    const after = await Promise.all(QUERIES.map(async (q) => summary(await withPhrases.search(q))));
    expect(after).toEqual(before);
    expect(read.filter((p) => p.includes('_phrase_')).length).toBe(PHRASES.length);
  });
});
