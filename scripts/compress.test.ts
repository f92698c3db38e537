import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compressSite } from './compress.ts';

const work = mkdtempSync(path.join(tmpdir(), 'compress-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(dir: string): void {
  const files: Record<string, string | Buffer> = {
    'index.html': '<p>基层党建知识库</p>\n'.repeat(200),
    '_assets/a.css': 'body { margin: 0 }\n'.repeat(100),
    'search/names.json': JSON.stringify(Array.from({ length: 200 }, (_, i) => `术语${i}`)),
    'pagefind/index/zh-cn_1.pf_index': gzipSync(Buffer.from('index '.repeat(100))),
    'cases/x/handout.docx': Buffer.from('PK\u0003\u0004 zip data'),
    'robots.txt': 'ok',
  };
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
  }
}

describe('compressSite', () => {
  it('writes brotli and gzip forms of text files that decode to the file, and nothing for the rest', async () => {
    const dir = path.join(work, 'one');
    site(dir);
    const summary = await compressSite(dir);
    const written = readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(br|gz)$/.test(f)).sort();
    expect(written).toEqual(['_assets/a.css.br', '_assets/a.css.gz', 'index.html.br', 'index.html.gz', 'search/names.json.br', 'search/names.json.gz']);
    for (const name of ['index.html', '_assets/a.css', 'search/names.json']) {
      const original = readFileSync(path.join(dir, name));
      expect(brotliDecompressSync(readFileSync(path.join(dir, `${name}.br`)))).toEqual(original);
      expect(gunzipSync(readFileSync(path.join(dir, `${name}.gz`)))).toEqual(original);
    }
    // robots.txt ("ok") would only grow; it counts as sent uncompressed.
    expect(summary.files).toBe(4);
    expect(summary.brotliBytes).toBeLessThan(summary.gzipBytes);
    expect(summary.gzipBytes).toBeLessThan(summary.bytes / 5);
  });

  it('writes the same bytes every time (two builds stay identical)', async () => {
    const [a, b] = [path.join(work, 'a'), path.join(work, 'b')];
    site(a);
    site(b);
    await compressSite(a);
    await compressSite(b);
    for (const name of ['index.html.gz', 'index.html.br']) expect(readFileSync(path.join(a, name))).toEqual(readFileSync(path.join(b, name)));
  });
});
