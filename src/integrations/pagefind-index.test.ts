// Runs the real Pagefind indexer over a tiny site on disk and checks the index it writes.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSearchIndex } from './pagefind-index.ts';

const dirs: string[] = [];
async function site(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kb-pagefind-'));
  dirs.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), html);
  }
  return dir;
}
const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('buildSearchIndex', () => {
  it('indexes every page into a zh-cn index and keeps only the files the search reads', async () => {
    const dir = await site({
      'index.html': page('<h1>党建联盟</h1><p>联席轮值机制。</p>'),
      'cases/a/index.html': page('<h1>红帆</h1><p>亲商助企。</p>'),
    });
    const report = await buildSearchIndex(dir);
    expect(report.pages).toBe(2);
    // filter/ holds the title-length and origin filters every page gets; kb-fold.json is the
    // variant-form table, kb-vocab.json the words and names query segmentation uses,
    // kb-phrases.json the table of phrases with their own index chunk (none on a tiny site),
    // kb-start.json the files every search reads first, in one (startup.ts).
    const files = (await readdir(path.join(dir, 'pagefind'))).sort();
    expect(files).toEqual(['filter', 'fragment', 'index', 'kb-fold.json', 'kb-phrases.json', 'kb-start.json', 'kb-vocab.json', 'pagefind-entry.json', expect.stringMatching(/^pagefind\.zh-cn_\w+\.pf_meta$/)]);
    // Pagefind's UI, search script, worker and WebAssembly are not shipped.
    for (const f of files) expect(f).not.toMatch(/\.(js|css|wasm)$|^wasm\.|\.pagefind$/);
  });

  it('indexes the index-only copy (one word per character) and leaves the served files unchanged', async () => {
    const html = page('<h1>三会一课</h1><p>支部建在连上。</p>');
    const dir = await site({ 'index.html': html, 'search/index.html': '<!doctype html><html><body><main><p>不索引</p></main></body></html>' });
    const report = await buildSearchIndex(dir);
    expect(report.pages).toBe(1);
    expect(await readFile(path.join(dir, 'index.html'), 'utf8')).toBe(html);
    const { SearchEngine } = await import('../lib/search/engine.ts');
    const engine = await SearchEngine.open(async (p) => new Uint8Array(await readFile(path.join(dir, 'pagefind', p))));
    // Default Pagefind segments 三会一课 as 三会|一课 and cannot find 会一; the index copy can.
    for (const q of ['会一', '三会一课', '连上。', '支部建']) expect((await engine.search(q)).results, q).toHaveLength(1);
    expect((await engine.search('不索引')).results).toHaveLength(0);
  });

  it('fails with a clear message when there is nothing to index', async () => {
    const dir = await site({ 'robots.txt': 'User-agent: *' });
    await expect(buildSearchIndex(dir)).rejects.toThrow(/no pages with content/);
  });
});
