// A static server for the benchmarks: serves a built site under its base path the way a
// production server would — text responses gzip-compressed (zlib level 6, nginx-like),
// Pagefind's own pre-compressed files as they are — so byte counts measured in the
// browser are what a reader on a real deployment downloads.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
/** Types a server compresses on the fly; Pagefind's index files are already gzip data. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

export interface BenchServer {
  origin: string;
  /** Absolute URL of a site path (with or without the base). */
  url(sitePath: string): string;
  close(): Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Maps a request path (base already removed, decoded) to a file in `dir`, the way `trailingSlash: 'always'` expects. */
async function resolveFile(dir: string, rel: string): Promise<string | undefined> {
  const clean = path.normalize(`/${rel}`);
  const candidates = clean.endsWith('/') ? [path.join(dir, clean, 'index.html')] : [path.join(dir, clean), path.join(dir, `${clean}.html`)];
  for (const file of candidates) {
    if (!file.startsWith(path.resolve(dir))) return undefined;
    if (await isFile(file)) return file;
  }
  return undefined;
}

export async function startBenchServer(dir: string, base = '/'): Promise<BenchServer> {
  const root = path.resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const gzCache = new Map<string, Buffer>();
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        pathname = url.pathname;
      }
      const file = pathname.startsWith(prefix) ? await resolveFile(root, pathname.slice(prefix.length)) : undefined;
      const status = file ? 200 : 404;
      const served = file ?? path.join(root, '404.html');
      if (!file && !(await isFile(served))) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const ext = path.extname(served).toLowerCase();
      let body: Buffer = await readFile(served);
      const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let gz = gzCache.get(served);
        if (!gz) {
          gz = gzipSync(body, { level: 6 });
          gzCache.set(served, gz);
        }
        body = gz;
        headers['Content-Encoding'] = 'gzip';
        headers['Vary'] = 'Accept-Encoding';
      }
      headers['Content-Length'] = String(body.length);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (sitePath: string) => {
      const p = sitePath.startsWith(prefix) ? sitePath : `${prefix}${sitePath.replace(/^\//, '')}`;
      return `${origin}${p}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
