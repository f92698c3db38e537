// The site works under a strict Content-Security-Policy (scripts/serve.ts, README):
// - the built HTML has no inline script, no inline event handler, no javascript: URL, no
//   <style> element and no style attribute (so no 'unsafe-inline' is needed);
// - served with the CSP header, the pages load and searching works (the search page reads the
//   Pagefind index with fetch: no WebAssembly, no eval) with no securitypolicyviolation and no
//   console error;
// - the README's nginx example sends exactly the policy the tests use.
// (pages.test.ts also loads every sitemap page under /kb/ with the CSP header.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.ts';
import { HASHED_FOLDERS } from '../../scripts/serve/policy.ts';
import { htmlFiles } from '../../src/lib/files.ts';
import { attr, parseHtml, walkElements } from '../support/links/html.ts';
import { watchPage } from '../support/browser.ts';
import { launchBrowser } from '../../scripts/kit/browser.ts';
import { servedDuringTests } from '../support/server.ts';
import { DIST, KB_BASE, KB_DIST, ROOT } from '../support/sites.ts';

/** Script types the browser does not execute (data blocks), which CSP does not govern. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);

function inlineCodeIn(html: string): string[] {
  const found: string[] = [];
  walkElements(parseHtml(html), (el) => {
    const type = (attr(el, 'type') ?? '').toLowerCase();
    if (el.tagName === 'script' && attr(el, 'src') === undefined && !DATA_SCRIPT_TYPES.has(type)) {
      found.push('inline <script> (no src)');
    }
    if (el.tagName === 'style') found.push('<style> element');
    for (const a of el.attrs) {
      if (a.name === 'style') found.push(`style attribute on <${el.tagName}>: style="${a.value.slice(0, 60)}"`);
      if (/^on[a-z]+$/.test(a.name)) found.push(`inline event handler ${a.name} on <${el.tagName}>`);
      if (/^\s*javascript:/i.test(a.value) && ['href', 'src', 'action', 'formaction'].includes(a.name)) {
        found.push(`javascript: URL in ${a.name} on <${el.tagName}>`);
      }
    }
  });
  return found;
}

describe('no inline code or styles in the built HTML', () => {
  it('detects inline code (self-check of the scanner)', () => {
    const bad = inlineCodeIn(
      '<p style="color:red" onclick="x()">x</p><script>alert(1)</script><style>p{}</style><a href="javascript:void 0">x</a>' +
        '<script type="application/ld+json">{}</script><script type="module" src="/a.js"></script>',
    );
    expect(bad).toEqual([
      'style attribute on <p>: style="color:red"',
      'inline event handler onclick on <p>',
      'inline <script> (no src)',
      '<style> element',
      'javascript: URL in href on <a>',
    ]);
  });

  it.each([
    { dir: DIST, base: '/' },
    { dir: KB_DIST, base: KB_BASE },
  ])('every page under base $base', ({ dir }) => {
    const files = htmlFiles(dir);
    expect(files.length).toBeGreaterThan(2);
    const problems = files.flatMap((f) => inlineCodeIn(readFileSync(path.join(dir, f), 'utf8')).map((p) => `${f}: ${p}`));
    expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
  });
});

describe('the site under the Content-Security-Policy header', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page that records CSP violations (from the DOM event) besides console errors and failed requests. */
  async function cspPage(): Promise<{ page: Page; problems: () => Promise<string[]> }> {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    const seen = watchPage(page);
    const problems = async (): Promise<string[]> => [
      ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).map((v) => `CSP violation: ${v}`),
      ...seen.errors.map((e) => `console error: ${e}`),
      ...seen.failures.map((f) => `request failed: ${f}`),
    ];
    return { page, problems };
  }

  describe.each([
    { dir: DIST, base: '/' },
    { dir: KB_DIST, base: KB_BASE },
  ])('under base $base', ({ dir, base }) => {
    const site = servedDuringTests(dir, base, true);

    it('sends the policy', async () => {
      const res = await fetch(site.root);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    });

    it('a search typed into the header search box runs and finds pages, with no violation', async () => {
      const { page, problems } = await cspPage();
      try {
        await page.goto(site.root, { waitUntil: 'load' });
        const form = page.locator('header form[role="search"]');
        await form.locator('input[name="q"]').fill('原文');
        await Promise.all([page.waitForURL(/\/search\/\?q=/), form.locator('button[type="submit"]').click()]);
        expect(new URL(page.url()).pathname).toBe(`${base}search/`);
        await page.waitForFunction(() => Number(document.querySelector('[data-search-results]')?.getAttribute('data-total')) > 0, null, {
          timeout: 15_000,
        });
        const href = await page.locator('[data-search-results] a').first().getAttribute('href');
        expect(href?.startsWith(base)).toBe(true);
        await page.waitForLoadState('networkidle');
        expect(await problems()).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
});

describe('the README documents the policy the site is tested with', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const nginx = readme.match(/```nginx\n([\s\S]*?)```/)?.[1] ?? '';

  it('every Content-Security-Policy in the nginx example is the tested policy, in its one location block', () => {
    const policies = [...nginx.matchAll(/add_header\s+Content-Security-Policy\s+"([^"]*)"/g)].map((m) => m[1]);
    expect(policies.length).toBeGreaterThan(0);
    for (const p of policies) expect(p).toBe(CONTENT_SECURITY_POLICY);
    // nginx drops inherited add_header directives in a block that has its own: one block, no nesting.
    expect(nginx.match(/\blocation\s/g)).toHaveLength(1);
  });

  it('the nginx example caches for a year exactly the folders npm run serve does, and revalidates the rest', () => {
    const rule = /~(\^\/kb\/\S+)\s+"public, max-age=31536000, immutable";/.exec(nginx);
    expect(rule, 'a map line for hashed folders').not.toBeNull();
    const hashed = new RegExp(rule![1]!);
    for (const folder of HASHED_FOLDERS) expect(hashed.test(`/kb/${folder}x`), folder).toBe(true);
    for (const named of ['/kb/index.html', '/kb/pagefind/pagefind-entry.json', '/kb/pagefind/kb-fold.json', '/kb/search/index.html']) expect(hashed.test(named), named).toBe(false);
    expect(nginx).toMatch(/default\s+"no-cache";/);
    expect(nginx).toContain('gzip_static on;');
  });
});
