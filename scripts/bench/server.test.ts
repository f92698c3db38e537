import { describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startBenchServer } from './server.ts';

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
