import { describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { escapeMdx, poolFromSources, poolFromText, prng, syntheticPages } from './synthetic.ts';
import { startBenchServer } from './server.ts';

const SOURCES = path.resolve(import.meta.dirname, '../../content/sources');
const strip = (s: string) => s.replace(/\s+/g, '');

describe('synthetic corpus', () => {
  it('splits raw PDF text into whole sentences and headings', () => {
    const pool = poolFromText('一、总体要求 \n\n党的基层组织是党的\n\n全部工作的基础。要加强组织建设！\n（二）具体做法\n');
    expect(pool.headings).toEqual(['一、总体要求', '（二）具体做法']);
    expect(pool.sentences).toEqual(['党的基层组织是党的全部工作的基础。', '要加强组织建设！']);
  });

  it('builds pages only from real sentences of the sources, deterministically', () => {
    const pool = poolFromSources(SOURCES);
    const a = syntheticPages(pool, 20);
    expect(a).toHaveLength(20);
    expect(syntheticPages(pool, 20)).toEqual(a);
    expect(new Set(a.map((p) => p.slug)).size).toBe(20);
    const raw = ['wuxi-alliance', 'four-dimensions', 'urban-integration', 'multi-dimensions', 'practice-guide']
      .map((id) => strip(readFileSync(path.join(SOURCES, id, 'raw.txt'), 'utf8')))
      .join('');
    for (const page of a.slice(0, 5)) {
      const body = page.mdx.split('---\n')[2]!;
      const paragraphs = body.split('\n').filter((l) => l && !l.startsWith('## '));
      expect(paragraphs.length).toBeGreaterThanOrEqual(6);
      for (const p of paragraphs) for (const sentence of p.match(/[^。！？]+[。！？]/g)!) expect(raw).toContain(sentence);
    }
  });

  it('escapes characters MDX would read as JSX', () => {
    expect(escapeMdx('a{b}<c>')).toBe('a&#123;b&#125;&#60;c&#62;');
  });

  it('prng is seeded', () => {
    const a = prng(1);
    const b = prng(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(prng(2)()).not.toBe(prng(1)());
  });
});

describe('bench server', () => {
  it('serves pages under the base, gzips text, leaves other files alone, 404s the rest', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kb-bench-'));
    try {
      await mkdir(path.join(dir, 'a'), { recursive: true });
      await writeFile(path.join(dir, 'a/index.html'), '<p>甲</p>'.repeat(50));
      await writeFile(path.join(dir, 'x.pf_index'), 'binary');
      await writeFile(path.join(dir, '404.html'), 'missing');
      const server = await startBenchServer(dir, '/kb/');
      const get = (url: string) =>
        new Promise<{ status: number; encoding: string | undefined; body: Buffer }>((resolve, reject) => {
          const req = request(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
          });
          req.on('error', reject);
          req.end();
        });
      try {
        const html = await get(server.url('/a/'));
        expect(html.status).toBe(200);
        expect(html.encoding).toBe('gzip');
        expect(gunzipSync(html.body).toString()).toBe('<p>甲</p>'.repeat(50));
        const bin = await get(server.url('/x.pf_index'));
        expect(bin.encoding).toBeUndefined();
        expect(bin.body.toString()).toBe('binary');
        const missing = await get(`${server.origin}/a/`);
        expect(missing.status).toBe(404);
        expect((await get(server.url('/nope/'))).status).toBe(404);
      } finally {
        await server.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
