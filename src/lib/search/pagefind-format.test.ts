// Decodes an index written by the real Pagefind binary (through the site's integration), so a
// Pagefind upgrade that changes the file layouts fails here with a clear message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSearchIndex } from '../../integrations/pagefind-index.ts';
import { gunzip } from './engine.ts';
import {
  BODY_WEIGHT,
  chunksFor,
  decodeFilterChunk,
  decodeIndexChunk,
  decodeMeta,
  H1_WEIGHT,
  parseEntry,
  parseFragment,
  stripSignature,
  SUPPORTED_VERSIONS,
  type WordPostings,
} from './pagefind-format.ts';
import { contentPieces } from './excerpt.ts';

let dir: string;
const read = async (p: string) => new Uint8Array(await readFile(path.join(dir, 'pagefind', p)));
const readDecoded = async (p: string) => stripSignature(await gunzip(await read(p)));

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kb-pf-format-'));
  await mkdir(path.join(dir, 'a'), { recursive: true });
  await writeFile(
    path.join(dir, 'a/index.html'),
    `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><main data-pagefind-body>
<meta data-pagefind-filter="type[content]" content="做法"><meta data-pagefind-filter="source[content]" content="甲">
<h1>党建</h1><p>联席，党建。Café</p><h2 id="s1">小节</h2><p>党</p></main></body></html>`,
  );
  await buildSearchIndex(dir);
}, 60_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('Pagefind 1.6 file formats', () => {
  it('reads the entry file and the index metadata', async () => {
    const entry = parseEntry(JSON.parse(new TextDecoder().decode(await read('pagefind-entry.json'))));
    expect(entry.version, 'Pagefind version changed: check the file layouts in pagefind-format.ts').toMatch(SUPPORTED_VERSIONS);
    expect(entry.language).toBe('zh-cn');
    expect(entry.includeCharacters).toEqual(expect.arrayContaining(['，', '。']));
    const meta = decodeMeta(await readDecoded(`pagefind.${entry.indexHash}.pf_meta`));
    expect(meta.version).toBe(entry.version);
    expect(meta.pages).toHaveLength(1);
    expect(meta.pages[0]!.wordCount).toBeGreaterThan(10);
    expect(meta.chunks.length).toBeGreaterThan(0);
    expect(meta.filters.map((f) => f.name).sort()).toEqual(['origin', 'source', 'title-length', 'type']);
  });

  it('stores every character as a word at its position, with heading weights and accent variants', async () => {
    const entry = parseEntry(JSON.parse(new TextDecoder().decode(await read('pagefind-entry.json'))));
    const meta = decodeMeta(await readDecoded(`pagefind.${entry.indexHash}.pf_meta`));
    const words = new Map<string, WordPostings>();
    for (const c of meta.chunks) for (const [w, p] of decodeIndexChunk(await readDecoded(`index/${c.hash}.pf_index`))) words.set(w, p);
    for (const ch of ['党', '建', '联', '席', '，', '。', 'c', 'a', 'f', 'e']) {
      expect(words.has(ch), ch).toBe(true);
      expect(chunksFor(ch, meta.chunks).length, ch).toBeGreaterThan(0);
    }
    // 党 at 0 (h1), in 党建。 after 联席， and in the last paragraph.
    const dang = words.get('党')!.pages[0]!;
    const fragment = parseFragment(await readDecoded(`fragment/${meta.pages[0]!.hash}.pf_fragment`));
    const pieces = contentPieces(fragment.content);
    expect([...dang.positions].map((p) => pieces[p]!.trim())).toEqual(['党', '党', '党']);
    expect(dang.weights[0]).toBe(H1_WEIGHT);
    expect(dang.weights[1]).toBe(BODY_WEIGHT);
    expect(dang.weights[2]).toBe(BODY_WEIGHT);
    expect(words.get('e')!.variants.get('é')).toHaveLength(1);
    expect(fragment.anchors.map((a) => [a.element, a.id])).toEqual([['h2', 's1']]);
    expect(fragment.url).toBe('/a/');
  });

  it('reads filter chunks', async () => {
    const files = await readdir(path.join(dir, 'pagefind/filter'));
    const filters = await Promise.all(files.map(async (f) => decodeFilterChunk(await readDecoded(`filter/${f}`))));
    const byName = Object.fromEntries(filters.map((f) => [f.name, Object.fromEntries(f.values)]));
    // title-length and origin: added by the index copy (the h1 党建 has 2 characters; /a/ is neither a source text nor an editors' page).
    expect(byName).toEqual({ type: { 做法: [0] }, source: { 甲: [0] }, 'title-length': { 2: [0] }, origin: { derived: [0] } });
  });

  it('hands over the gap markers and the furniture text of the index copy, apart from the anchors', async () => {
    const other = await mkdtemp(path.join(tmpdir(), 'kb-pf-gaps-'));
    try {
      await mkdir(path.join(other, 'b'), { recursive: true });
      await writeFile(
        path.join(other, 'b/index.html'),
        `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><header>站名</header><main data-pagefind-body>
<h1>机制</h1><p id="p1">联席<a data-pagefind-ignore>出处</a>轮值</p></main></body></html>`,
      );
      await buildSearchIndex(other);
      const file = (await readdir(path.join(other, 'pagefind/fragment')))[0]!;
      const fragment = parseFragment(stripSignature(await gunzip(new Uint8Array(await readFile(path.join(other, 'pagefind/fragment', file))))));
      const pieces = contentPieces(fragment.content);
      expect(fragment.anchors.map((a) => a.id)).toEqual(['p1']);
      // The gap stands where 出处 stood: between 席 and 轮.
      expect(fragment.gaps).toHaveLength(1);
      expect(pieces[fragment.gaps![0]!]!.trim()).toBe('轮');
      expect(fragment.furniture!.split('¦').sort()).toEqual(['出处', '站名']);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('rejects files without the signature', () => {
    expect(() => stripSignature(new TextEncoder().encode('not pagefind'))).toThrow(/signature/);
  });
});
