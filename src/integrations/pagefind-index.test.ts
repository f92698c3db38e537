// Runs the real Pagefind indexer over a tiny site on disk and checks the index it writes.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
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
  it('indexes every page and writes pagefind.js with a zh-cn index', async () => {
    const dir = await site({
      'index.html': page('<h1>党建联盟</h1><p>联席轮值机制。</p>'),
      'cases/a/index.html': page('<h1>红帆</h1><p>亲商助企。</p>'),
    });
    const report = await buildSearchIndex(dir);
    expect(report.pages).toBe(2);
    const files = await readdir(path.join(dir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.some((f) => f.startsWith('pagefind.zh'))).toBe(true);
  });

  it('fails with a clear message when there is nothing to index', async () => {
    const dir = await site({ 'robots.txt': 'User-agent: *' });
    await expect(buildSearchIndex(dir)).rejects.toThrow(/no pages with content/);
  });
});
