// The site server answers real HTTP requests the way the README's nginx example does: checked
// on a small site laid out like a build (pages, hashed assets, a Pagefind index) and
// compressed by the build's own step, over real sockets.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swapInto } from './build.ts';
import { compressSite } from './compress.ts';
import { CONTENT_SECURITY_POLICY, createSiteServer, resolvePath, serveOptions, siteAddresses, sitePath, stopServer, type SiteServer } from './serve.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'serve-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A small site laid out like a build; every file names the build it belongs to. */
async function makeSite(dir: string, label: string): Promise<Record<string, Buffer>> {
  const paragraph = `<p>第${label}版构建：基层党建知识库的一段正文，足够长，压缩后更小。</p>\n`;
  const files: Record<string, Buffer> = {
    'index.html': Buffer.from(`<!doctype html><html lang="zh-CN"><title>${label}</title><link rel="stylesheet" href="/_assets/site.${label}.css">\n${paragraph.repeat(40)}</html>`),
    '404.html': Buffer.from(`<!doctype html><title>404 ${label}</title><p>找不到该页面。</p>`),
    'sources/a/index.html': Buffer.from(`<!doctype html><title>a ${label}</title>${paragraph.repeat(20)}`),
    [`_assets/site.${label}.css`]: Buffer.from(`body { color: #222; } /* ${label} */\n`.repeat(50)),
    'pagefind/pagefind-entry.json': Buffer.from(JSON.stringify({ version: '1.6.0', languages: { 'zh-cn': { hash: `zh-cn_${label}`, page_count: 2 } } })),
    [`pagefind/index/zh-cn_${label}.pf_index`]: gzipSync(Buffer.from(`pagefind index ${label} `.repeat(30))),
    'robots.txt': Buffer.from('ok'),
  };
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
  }
  await compressSite(dir);
  return files;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(origin: string, pathname: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${origin}${pathname}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function start(options: Partial<Parameters<typeof createSiteServer>[0]> & { dir: string }, log?: string[]): Promise<{ server: SiteServer; origin: string }> {
  const server = createSiteServer({ base: '/', port: 0, host: '127.0.0.1', securityHeaders: true, log: false, watchMs: 0, ...options }, (line) => log?.push(line));
  await server.ready;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('the site server', () => {
  const dir = path.join(work, 'site');
  let files: Record<string, Buffer>;
  let server: SiteServer;
  let origin: string;
  const log: string[] = [];
  beforeAll(async () => {
    files = await makeSite(dir, 'A');
    ({ server, origin } = await start({ dir, log: true }, log));
  });
  afterAll(() => stopServer(server, 0));

  it('sends an HTML page in brotli with revalidation, Vary and the security headers', async () => {
    const r = await request(origin, '/', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['vary']).toBe('Accept-Encoding');
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.headers['etag']).toMatch(/^"[\w-]+-br"$/);
    expect(r.headers['last-modified']).toBeDefined();
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('same-origin');
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(brotliDecompressSync(r.body)).toEqual(files['index.html']);
    expect(r.body.length).toBeLessThan(files['index.html']!.length / 4);
  });

  it('sends a hashed asset for a year, in gzip when brotli is not accepted', async () => {
    const r = await request(origin, '/_assets/site.A.css', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers['etag']).toMatch(/-gz"$/);
    expect(gunzipSync(r.body)).toEqual(files['_assets/site.A.css']);
  });

  it('sends a Pagefind index chunk as it is (gzip data already), for a year; the entry file revalidated', async () => {
    const chunk = await request(origin, '/pagefind/index/zh-cn_A.pf_index', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(chunk.status).toBe(200);
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(chunk.headers['content-encoding']).toBeUndefined();
    expect(chunk.headers['vary']).toBeUndefined();
    expect(chunk.body).toEqual(files['pagefind/index/zh-cn_A.pf_index']);
    const entry = await request(origin, '/pagefind/pagefind-entry.json');
    expect(entry.headers['cache-control']).toBe('no-cache');
    expect(entry.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('sends the file as it is to a client that accepts no compression, and to one that refuses both', async () => {
    for (const headers of [{}, { 'Accept-Encoding': 'br;q=0, gzip;q=0' }]) {
      const r = await request(origin, '/sources/a/', { headers });
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.headers['vary']).toBe('Accept-Encoding');
      expect(r.body).toEqual(files['sources/a/index.html']);
    }
  });

  it('answers 304 to a matching ETag, per encoding', async () => {
    const first = await request(origin, '/', { headers: { 'Accept-Encoding': 'br' } });
    const again = await request(origin, '/', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': first.headers.etag! } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['etag']).toBe(first.headers.etag);
    expect(again.headers['cache-control']).toBe('no-cache');
    const otherEncoding = await request(origin, '/', { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': first.headers.etag! } });
    expect(otherEncoding.status).toBe(200);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await request(origin, '/', { headers: { 'Accept-Encoding': 'gzip' } });
    const head = await request(origin, '/', { method: 'HEAD', headers: { 'Accept-Encoding': 'gzip' } });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(get.body.length));
    expect(head.headers['etag']).toBe(get.headers['etag']);
  });

  it('answers a byte range from the uncompressed file, and 416 beyond its end', async () => {
    const whole = files['index.html']!;
    const r = await request(origin, '/', { headers: { Range: 'bytes=10-19', 'Accept-Encoding': 'gzip, br' } });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe(`bytes 10-19/${whole.length}`);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body).toEqual(whole.subarray(10, 20));
    const tail = await request(origin, '/', { headers: { Range: 'bytes=-5' } });
    expect(tail.body).toEqual(whole.subarray(whole.length - 5));
    const beyond = await request(origin, '/', { headers: { Range: `bytes=${whole.length + 10}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${whole.length}`);
    const stale = await request(origin, '/', { headers: { Range: 'bytes=0-1', 'If-Range': '"old"' } });
    expect(stale.status).toBe(200);
  });

  it("answers an unknown address with the site's 404 page and status 404", async () => {
    for (const p of ['/nowhere/', '/_assets/site.B.css', '/%E0%A4%A', '/../etc/passwd']) {
      const r = await request(origin, p);
      expect(r.status, p).toBe(404);
      expect(r.body.toString()).toContain('找不到该页面');
      expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('redirects a folder without its slash, and refuses methods other than GET and HEAD', async () => {
    const r = await request(origin, '/sources/a?q=1');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/sources/a/?q=1');
    const post = await request(origin, '/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('writes an access log line per request when asked', async () => {
    await request(origin, '/sources/a/', { headers: { 'User-Agent': 'probe' } });
    expect(log.at(-1)).toMatch(/^127\.0\.0\.1 - - \[\d\d\/\w{3}\/\d{4}:\d\d:\d\d:\d\d \+0000\] "GET \/sources\/a\/ HTTP\/1\.1" 200 \d+ "-" "probe" [\d.]+ms$/);
  });
});

describe('the site server under a base path, without security headers', () => {
  it('serves under the base, redirects the root to it, and sends no security headers', async () => {
    const dir = path.join(work, 'kb');
    await makeSite(dir, 'K');
    const { server, origin } = await start({ dir, base: '/kb/', securityHeaders: false });
    try {
      const root = await request(origin, '/');
      expect(root.status).toBe(302);
      expect(root.headers.location).toBe('/kb/');
      const page = await request(origin, '/kb/');
      expect(page.status).toBe(200);
      for (const header of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options']) expect(page.headers[header]).toBeUndefined();
      expect((await request(origin, '/sources/a/')).status).toBe(404);
    } finally {
      await stopServer(server, 0);
    }
  });
});

describe('a file changed after the build compressed it', () => {
  it('is sent as it is now: its stale .br and .gz are not used', async () => {
    const dir = path.join(work, 'stale');
    await makeSite(dir, 'S');
    const fresh = Buffer.from('<!doctype html><title>fresh</title>' + '<p>重新写入的页面。</p>'.repeat(50));
    writeFileSync(path.join(dir, 'index.html'), fresh);
    const { server, origin } = await start({ dir });
    try {
      const br = await request(origin, '/', { headers: { 'Accept-Encoding': 'br, gzip' } });
      // No valid brotli form left; gzip made afresh from the file.
      expect(br.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(br.body)).toEqual(fresh);
      expect((await request(origin, '/')).body).toEqual(fresh);
    } finally {
      await stopServer(server, 0);
    }
  });
});

describe('a rebuild while serving', () => {
  it('switches to the new build only once it is complete, and never serves a mix of the two', async () => {
    const dist = path.join(work, 'swap/dist');
    const a = await makeSite(dist, 'A');
    const staging = path.join(work, 'swap/staging');
    const b = await makeSite(staging, 'B');
    const { server, origin } = await start({ dir: dist, watchMs: 20 });
    const seen = new Set<string>();
    let stop = false;
    const errors: string[] = [];
    // Readers keep asking for the home page and its stylesheet while the build is swapped in.
    const reader = async () => {
      while (!stop) {
        const page = await request(origin, '/');
        const body = page.body.toString();
        if (page.status !== 200 || (!page.body.equals(a['index.html']!) && !page.body.equals(b['index.html']!))) errors.push(`page ${page.status}`);
        const label = body.includes('<title>A<') ? 'A' : 'B';
        seen.add(label);
        const css = await request(origin, `/_assets/site.${label}.css`);
        // The stylesheet of the build just served exists unless that build was replaced in between.
        if (css.status === 200 && !css.body.equals((label === 'A' ? a : b)[`_assets/site.${label}.css`]!)) errors.push('stylesheet from another build');
      }
    };
    try {
      const readers = [reader(), reader(), reader()];
      await new Promise((resolve) => setTimeout(resolve, 100));
      // The two renames of a swap, with dist/ missing for a moment in between: the old build stays.
      const old = `${dist}.old`;
      const { renameSync } = await import('node:fs');
      renameSync(dist, old);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await request(origin, '/')).body).toEqual(a['index.html']);
      renameSync(old, dist);
      swapInto(staging, dist);
      const deadline = Date.now() + 5000;
      while (server.snapshot()!.files.has('_assets/site.A.css') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      await new Promise((resolve) => setTimeout(resolve, 100));
      stop = true;
      await Promise.all(readers);
      expect(errors).toEqual([]);
      expect([...seen].sort()).toEqual(['A', 'B']);
      expect((await request(origin, '/')).body).toEqual(b['index.html']);
      expect((await request(origin, '/_assets/site.B.css')).status).toBe(200);
      expect((await request(origin, '/_assets/site.A.css')).status).toBe(404);
    } finally {
      stop = true;
      await stopServer(server, 0);
    }
  });
});

describe('resolvePath and sitePath', () => {
  const files = new Map([['index.html', 1], ['a/index.html', 1], ['b.html', 1], ['c.txt', 1]]);
  it('finds index.html for folders, redirects a folder named without its slash, and tries .html', () => {
    expect(resolvePath(files, '')).toEqual({ file: 'index.html' });
    expect(resolvePath(files, 'a/')).toEqual({ file: 'a/index.html' });
    expect(resolvePath(files, 'a')).toEqual({ redirect: 'a/' });
    expect(resolvePath(files, 'b')).toEqual({ file: 'b.html' });
    expect(resolvePath(files, 'c.txt')).toEqual({ file: 'c.txt' });
    expect(resolvePath(files, 'd/')).toBeUndefined();
  });
  it('decodes and normalises the path below the base, and refuses what lies outside it', () => {
    expect(sitePath('/kb/%E6%A1%88%E4%BE%8B/', '/kb/')).toBe('案例/');
    expect(sitePath('/kb/a/../b', '/kb/')).toBe('b');
    expect(sitePath('/kb/../../etc/passwd', '/kb/')).toBe('etc/passwd');
    expect(sitePath('/other/', '/kb/')).toBeUndefined();
    expect(sitePath('/kb/%E0%A4%A', '/kb/')).toBeUndefined();
    expect(sitePath('/kb/a%00b', '/kb/')).toBeUndefined();
  });
});

describe('serveOptions', () => {
  it('defaults to loopback on 4321 under the base from SITE_BASE, with security headers and no log', () => {
    expect(serveOptions([], { SITE_BASE: 'kb' })).toEqual({ dir: 'dist', base: '/kb/', port: 4321, host: '127.0.0.1', securityHeaders: true, log: false });
  });

  it('takes --host, --port, --base, --no-security-headers and --log', () => {
    expect(serveOptions(['--host', '0.0.0.0', '--port', '8080', '--base', '/kb', '--no-security-headers', '--log'], {})).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      base: '/kb/',
      securityHeaders: false,
      log: true,
    });
  });

  it('names the option and the expected value for a bad port or an unknown option', () => {
    expect(() => serveOptions(['--port', 'abc'], {})).toThrow(/--port: expected a port number from 0 to 65535, got "abc"/);
    expect(() => serveOptions(['--prot', '80'], {})).toThrow(/--prot/);
  });
});

describe('siteAddresses', () => {
  it('prints the host itself, or every IPv4 address for 0.0.0.0', () => {
    expect(siteAddresses('127.0.0.1', 4321, '/kb/')).toEqual(['http://127.0.0.1:4321/kb/']);
    expect(siteAddresses('0.0.0.0', 8080, '/')).toContain('http://127.0.0.1:8080/');
  });
});

describe('npm run serve as a process', () => {
  function run(args: string[]) {
    const child = spawn(process.execPath, ['scripts/serve.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    return { child, closed, out: () => stdout, err: () => stderr };
  }

  it('says the port is taken and how to choose another, without a stack trace', async () => {
    const blocker = http.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const p = run(['--port', String(port), '--dir', 'tests/fixtures/serve']);
    const code = await p.closed;
    blocker.close();
    expect(code).toBe(1);
    expect(p.err()).toContain(`端口 ${port} 已被占用`);
    expect(p.err()).toContain(`--port ${port + 1}`);
    expect(p.err()).not.toMatch(/at .*\(node:/);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops cleanly on ${signal} with status 0`, async () => {
      const p = run(['--port', '0', '--dir', 'tests/fixtures/serve']);
      const deadline = Date.now() + 20_000;
      while (!/http:\/\/127\.0\.0\.1:\d+\//.test(p.out()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      const origin = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(p.out())![1]!;
      expect((await request(origin, '/')).status).toBe(200);
      p.child.kill(signal);
      expect(await p.closed).toBe(0);
      expect(p.out()).toContain(`已停止（${signal}）`);
      expect(p.err()).toBe('');
    });
  }
});

it('the fixture the process tests serve exists', () => {
  expect(readFileSync(path.join(ROOT, 'tests/fixtures/serve/index.html'), 'utf8')).toContain('<title>');
});
