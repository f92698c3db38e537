// `npm run serve` on the real build (npm run build): every text file went out compressed by the
// build and decodes to the file itself, and the files of each kind carry the cache rule the
// README's nginx example gives them (scripts/serve/policy.ts) — compared with nginx itself,
// running that configuration, where nginx is installed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.ts';
import { isCompressible } from '../../scripts/serve/policy.ts';
import { findNginx, startNginx, type RunningNginx } from '../../scripts/bench/load.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { DIST, ROOT } from '../support/sites.ts';

const files = readdirSync(DIST, { recursive: true }).map((f) => String(f).split(path.sep).join('/'));
const first = (folder: string) => files.find((f) => f.startsWith(folder) && !/\.(br|gz)$/.test(f))!;

const NGINX = findNginx();
let site: RunningSite;
let nginx: RunningNginx | undefined;
beforeAll(async () => {
  site = await serveSite(DIST, '/', true);
  if (NGINX) nginx = await startNginx({ binary: NGINX, root: ROOT, dist: DIST, prefix: path.join(ROOT, '.tmp/server-test-nginx') });
  else console.warn('nginx is not installed: the README nginx configuration was NOT compared with npm run serve.');
});
afterAll(async () => {
  await site.close();
  await nginx?.stop();
});

describe('the build, compressed', () => {
  it('has a brotli and a gzip form beside every text file, each decoding to the file', () => {
    const text = files.filter((f) => isCompressible(f));
    expect(text.length).toBeGreaterThan(200);
    const missing: string[] = [];
    for (const name of text) {
      const original = readFileSync(path.join(DIST, name));
      const br = files.includes(`${name}.br`) ? brotliDecompressSync(readFileSync(path.join(DIST, `${name}.br`))) : undefined;
      const gz = files.includes(`${name}.gz`) ? gunzipSync(readFileSync(path.join(DIST, `${name}.gz`))) : undefined;
      // Only files too small to shrink (robots.txt) may go without.
      if (original.length > 200 && (!br || !gz)) missing.push(name);
      if (br) expect(br.equals(original), `${name}.br`).toBe(true);
      if (gz) expect(gz.equals(original), `${name}.gz`).toBe(true);
    }
    expect(missing).toEqual([]);
  });
});

describe('npm run serve on the build', () => {
  const cases = [
    { label: 'the home page', path: 'index.html', url: '', cache: 'no-cache', encoding: 'br' },
    { label: 'a long source page', path: 'sources/four-dimensions/index.html', url: 'sources/four-dimensions/', cache: 'no-cache', encoding: 'br' },
    { label: 'a hashed stylesheet', path: first('_assets/'), cache: 'public, max-age=31536000, immutable', encoding: 'br' },
    { label: 'the search entry file', path: 'pagefind/pagefind-entry.json', cache: 'no-cache', encoding: 'br' },
    { label: 'a search index chunk', path: first('pagefind/index/'), cache: 'public, max-age=31536000, immutable', encoding: undefined },
    { label: 'a search fragment', path: first('pagefind/fragment/'), cache: 'public, max-age=31536000, immutable', encoding: undefined },
    { label: 'a search filter', path: first('pagefind/filter/'), cache: 'public, max-age=31536000, immutable', encoding: undefined },
  ];
  for (const c of cases) {
    it.skipIf(!NGINX)(`sends ${c.label} as nginx does with the README's configuration (gzip, headers, body)`, async () => {
      const [ours, theirs] = await Promise.all([
        fetch(site.url(c.url ?? c.path), { headers: { 'Accept-Encoding': 'gzip' } }),
        fetch(`http://127.0.0.1:${nginx!.port}/kb/${c.url ?? c.path}`, { headers: { 'Accept-Encoding': 'gzip' } }),
      ]);
      expect(theirs.status).toBe(200);
      for (const header of ['cache-control', 'content-encoding', 'vary', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options']) {
        expect(ours.headers.get(header), header).toBe(theirs.headers.get(header));
      }
      expect(Buffer.from(await ours.arrayBuffer()).equals(Buffer.from(await theirs.arrayBuffer()))).toBe(true);
    });
    it(`sends ${c.label} with its cache rule, compressed when it is text, and the CSP`, async () => {
      const response = await fetch(site.url(c.url ?? c.path), { headers: { 'Accept-Encoding': 'br, gzip' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe(c.cache);
      expect(response.headers.get('content-encoding') ?? undefined).toBe(c.encoding);
      expect(response.headers.get('etag')).toMatch(/^"/);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      // fetch decodes the body: it must be the file itself.
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(path.join(DIST, c.path)))).toBe(true);
    });
  }
});
