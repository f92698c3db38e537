// Every page in the sitemap, in a real browser, served with the site's Content-Security-Policy
// header: no console error, no failed request, no request off the site's own origin (intranet
// use), no CSP violation, axe-core WCAG 2.2 A/AA with 0 violations in the light colour scheme and,
// in the dark one, 0 violations of the WCAG rules that depend on colour (axe's "cat.color" rules:
// color-contrast, link-in-text-block; the others judge markup, which the scheme does not change), exactly one h1 and no skipped heading levels, lang="zh-CN", a title, a description and
// a canonical URL equal to the sitemap entry. axe's rendering rules (colour contrast, links in
// text, target size: computed styles and boxes, which follow from the kinds of elements, not their
// words) run on a sample of pages that shows every kind of element in every context the site has
// (tests/support/axe-sample.ts); axe's other WCAG rules and every other check run on every page.
// Also the search page with a query (results are
// rendered by script) and the 404 page, whose search form is exercised under "/" and "/kb/".
// (Under /kb/ the links test checks every href/src/url() statically, csp.test.ts searches.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import postcss from 'postcss';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { readSitemap } from '../support/links/sitemap.ts';
import { elementKinds, renderingSample } from '../support/axe-sample.ts';
import { builtPage } from '../support/html.ts';
import { gotoSettled, watchPage } from '../support/browser.ts';
import { launchBrowser } from '../../scripts/kit/browser.ts';
import { serveSite, type RunningSite, servedDuringTests } from '../support/server.ts';
import { DIST, KB_BASE, KB_DIST } from '../support/sites.ts';
import { pool } from '../support/limiter.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The WCAG rules in axe's colour category: what the dark scheme can change. */
const COLOUR_RULES = (require('axe-core') as { getRules(tags: string[]): { ruleId: string; tags: string[] }[] })
  .getRules(['cat.color'])
  .filter((r) => r.tags.some((t) => WCAG_TAGS.includes(t)))
  .map((r) => r.ruleId);
/**
 * axe's rules that judge rendering (computed colours and boxes): the colour rules and target
 * size. They run on RENDERING_SAMPLE; the markup rules run on every page.
 */
const RENDERING_RULES = [...COLOUR_RULES, 'target-size'];
/** Pages checked at once (two cores: the browser, the server and axe share them). */
const PARALLEL = 3;

const urls = readSitemap(DIST);
const paths = urls.map((u) => new URL(u).pathname);
/** Each sitemap page's kinds of element in context, read from the built HTML. */
const KINDS = new Map(paths.map((p) => [p, elementKinds(builtPage(DIST, p.slice(1)))]));
/** The pages the rendering rules run on: together they show every kind of element of every page. */
const RENDERING_SAMPLE = new Set(renderingSample(KINDS));

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * axe-core's WCAG 2.2 A/AA violations. In the light scheme every rule runs (without the
 * rendering rules when `rendering` is false); in the dark scheme only the rules of axe's colour
 * category (the scheme changes colours, not markup or names).
 */
async function axeViolations(page: Page, scheme: 'light' | 'dark', rendering = true): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme });
  const rules = rendering ? {} : Object.fromEntries(RENDERING_RULES.map((id) => [id, { enabled: false }]));
  const violations = await page.evaluate(
    async ({ runOnly, rules }) =>
      (
        await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(
          document,
          { runOnly, rules, resultTypes: ['violations'] },
        )
      ).violations,
    { runOnly: scheme === 'dark' ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: WCAG_TAGS }, rules },
  );
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `axe ${v.id} (${v.impact ?? 'n/a'}, ${scheme}): ${v.help} — element ${n.target.map(String).join(' ')}` +
        (n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}` : ''),
    ),
  );
}

/** lang, title, description, canonical, one h1, no skipped heading level. */
async function documentProblems(page: Page, expectedCanonical: string | null): Promise<string[]> {
  const facts = await page.evaluate(() => {
    const headings = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')]
      .filter((h) => h.checkVisibility())
      .map((h) => ({
        level: /^H[1-6]$/.test(h.tagName) ? Number(h.tagName[1]) : Number(h.getAttribute('aria-level') ?? 2),
        text: (h.textContent ?? '').trim().slice(0, 40),
        id: h.id,
      }));
    const canonicals = [...document.querySelectorAll<HTMLLinkElement>('link[rel="canonical"]')].map((l) => l.getAttribute('href'));
    return {
      lang: document.documentElement.getAttribute('lang'),
      title: document.title.trim(),
      description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
      canonicals,
      headings,
    };
  });
  const problems: string[] = [];
  if (facts.lang !== 'zh-CN') problems.push(`html lang is ${JSON.stringify(facts.lang)}, expected "zh-CN"`);
  if (!facts.title) problems.push('no <title>');
  if (!facts.description) problems.push('no <meta name="description">');
  // The 404 page (expectedCanonical null) is served at any missing URL, so it has no canonical URL.
  const expected = expectedCanonical === null ? [] : [expectedCanonical];
  if (JSON.stringify(facts.canonicals) !== JSON.stringify(expected)) {
    problems.push(`canonical ${JSON.stringify(facts.canonicals)}, expected ${JSON.stringify(expected)}`);
  }
  const h1s = facts.headings.filter((h) => h.level === 1);
  if (h1s.length !== 1) problems.push(`${h1s.length} h1 elements (${h1s.map((h) => `"${h.text}"`).join(', ')}), expected exactly 1`);
  let previous = 1;
  for (const h of facts.headings) {
    if (h.level > previous + 1) {
      problems.push(`heading level skipped: h${h.level} "${h.text}"${h.id ? ` #${h.id}` : ''} follows h${previous}`);
    }
    previous = h.level;
  }
  return problems;
}

/**
 * Opens a tab that records Content-Security-Policy violations in every page it loads and has
 * axe-core in every page (an init script through the DevTools protocol, which the CSP does not
 * govern: sent to the browser once per tab; sending it with each page cost more than axe's own run).
 */
async function newTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: AXE_SOURCE });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return page;
}

/** Loads a page in a (reused) tab and returns what went wrong on the wire and in the console. */
async function visit(
  page: Page,
  site: RunningSite,
  path: string,
  expectedStatus: number,
  inspect: (page: Page) => Promise<string[]>,
): Promise<string[]> {
  const seen = watchPage(page);
  // The document itself answering 404 is expected for the 404 page; Chromium logs it as a console error.
  const expected404 = new Set<string>();
  const on404 = (m: ConsoleMessage) => {
    if (m.type() === 'error' && m.location().url === `${site.origin}${path}` && m.text().includes('404')) expected404.add(m.text());
  };
  if (expectedStatus === 404) page.on('console', on404);
  try {
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await gotoSettled(page, `${site.origin}${path}`);
    const problems: string[] = [];
    if (response?.status() !== expectedStatus) problems.push(`HTTP status ${response?.status()}, expected ${expectedStatus}`);
    problems.push(...(await inspect(page)));
    const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    problems.push(...violations.map((v) => `Content-Security-Policy violation: ${v}`));
    const failures = expectedStatus === 404 ? seen.failures.filter((f) => !f.startsWith(`${site.origin}${path} `)) : seen.failures;
    problems.push(...failures.map((f) => `request failed: ${f}`));
    problems.push(...seen.errors.filter((e) => !expected404.has(e)).map((e) => `console error: ${e}`));
    for (const url of seen.requests) {
      if (url.startsWith('data:') || url.startsWith('blob:')) continue;
      const u = new URL(url);
      if (u.origin !== site.origin) problems.push(`request to another origin: ${url}`);
      else if (!u.pathname.startsWith(new URL(site.root).pathname)) problems.push(`request outside the base path: ${url}`);
    }
    return problems;
  } finally {
    seen.stop();
    page.off('console', on404);
  }
}

const fullCheck =
  (canonical: string | null, rendering = true) =>
  async (page: Page): Promise<string[]> => [
    ...(await documentProblems(page, canonical)),
    ...(await axeViolations(page, 'light', rendering)),
    ...(rendering ? await axeViolations(page, 'dark') : []),
  ];

let browser: Browser;
let context: BrowserContext;
/** PARALLEL tabs, each reused from page to page: opening a tab costs more than checking a page. */
const tab = pool(PARALLEL, () => newTab(context));
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

it('the dark scheme is checked with axe’s colour rules (contrast of text and of links in text)', () => {
  expect(COLOUR_RULES).toEqual(expect.arrayContaining(['color-contrast', 'link-in-text-block']));
});

it('the dark scheme changes colours only (so markup rules need not run twice)', () => {
  const others: string[] = [];
  for (const file of readdirSync(path.join(DIST, '_assets')).filter((f) => f.endsWith('.css'))) {
    postcss.parse(readFileSync(path.join(DIST, '_assets', file), 'utf8')).walkAtRules('media', (media) => {
      if (!/prefers-color-scheme:\s*dark/.test(media.params)) return;
      media.walkDecls((d) => {
        if (!/^--|^(-\w+-)?(color|background(-color)?|border(-\w+)*-color|outline-color|text-decoration-color|fill|stroke)$/.test(d.prop)) others.push(`${file}: ${d.prop}`);
      });
    });
  }
  expect(others).toEqual([]);
});

it('axe’s rendering rules run on pages that show every kind of element in context, and the first of each kind of page', () => {
  expect(RENDERING_RULES).toEqual(expect.arrayContaining(['color-contrast', 'link-in-text-block', 'target-size']));
  const covered = new Set([...RENDERING_SAMPLE].flatMap((p) => [...KINDS.get(p)!]));
  const missing = [...KINDS].flatMap(([p, kinds]) => [...kinds].filter((k) => !covered.has(k)).map((k) => `${p}: ${k}`));
  expect(missing).toEqual([]);
  console.info(`axe rendering rules (${RENDERING_RULES.join(', ')}): ${RENDERING_SAMPLE.size} of ${paths.length} pages, covering ${covered.size} kinds of element in context`);
});

it('the sitemap lists pages, each once (links.test.ts checks it lists every built page)', () => {
  expect(urls.length).toBeGreaterThan(2);
  expect(new Set(paths).size).toBe(paths.length);
});

describe('every sitemap page (base /, with the Content-Security-Policy header)', () => {
  const site = servedDuringTests(DIST, '/', true);

  it.concurrent.each(urls.map((url, i) => ({ url, path: paths[i]! })))('$path', async ({ url, path }) => {
    const problems = await tab((page) => visit(page, site, path, 200, fullCheck(url, RENDERING_SAMPLE.has(path))));
    expect(problems, `${path}:\n  ${problems.join('\n  ')}`).toEqual([]);
  });

  it('the search page with a query: the rendered results pass too', async () => {
    const canonical = urls[paths.indexOf('/search/')] ?? null;
    const problems = await tab((page) => visit(page, site, '/search/?q=%E5%85%9A%E5%BB%BA', 200, fullCheck(canonical)));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the search page with a query that finds nothing: the help (related names, indexes) passes too', async () => {
    const canonical = urls[paths.indexOf('/search/')] ?? null;
    const problems = await tab((page) =>
      // Characters no page has together, in any order: not even a partial match, so the help shows.
      visit(page, site, `/search/?q=${encodeURIComponent('联赛足球轮')}`, 200, async (page) => {
        await page.locator('[data-search-suggestions] a').first().waitFor();
        return fullCheck(canonical)(page);
      }),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the 404 page: Chinese, accessible, offers search', async () => {
    const problems = await tab((page) => visit(page, site, '/no-such-page/', 404, fullCheck(null)));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('the 404 page under a base path', () => {
  for (const [dir, base] of [
    [DIST, '/'],
    [KB_DIST, KB_BASE],
  ] as const) {
    it(`is served for a missing URL under ${base}, in Chinese, and its search form finds pages`, async () => {
      const site = await serveSite(dir, base, true);
      const page = await context.newPage();
      try {
        const response = await page.goto(site.url('no/such/page/'), { waitUntil: 'load' });
        expect(response?.status()).toBe(404);
        expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
        expect(await page.locator('h1').textContent()).toBe('页面未找到');
        const form = page.locator('main form[role="search"]');
        expect(await form.getAttribute('action')).toBe(`${base}search/`);
        // Links on the 404 page are absolute, so they work at any depth.
        const home = await page.locator('main a', { hasText: '返回首页' }).getAttribute('href');
        expect(home).toBe(base);
        await form.locator('input[name="q"]').fill('原文');
        await Promise.all([page.waitForURL(/\/search\/\?q=/), form.locator('button[type="submit"]').click()]);
        expect(new URL(page.url()).pathname).toBe(`${base}search/`);
        await page.waitForFunction(() => Number(document.querySelector('[data-search-results]')?.getAttribute('data-total')) > 0);
        const first = await page.locator('[data-search-results] a').first().getAttribute('href');
        expect(first?.startsWith(base)).toBe(true);
      } finally {
        await page.close();
        await site.close();
      }
    });
  }
});
