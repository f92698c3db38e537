// The site in the browsers our readers have (README "支持的浏览器"): Chromium 86 (360 安全浏览器 and
// 奇安信可信浏览器 kernels), Chromium 109 (Chrome on Windows 7) and Firefox ESR, against current
// Chromium as the reference. The key pages open at 1366×768 (an office PC); in every browser:
// - no console or page errors, no horizontal scrolling;
// - the desktop layout as designed (contents column beside the text, filters beside the
//   results, the wide framework diagram), with the first case and the first result on the first screen;
// - the same results as current Chromium: cases after a filter, search results for several
//   queries and after a search filter;
// - the built CSS and JavaScript need nothing newer than the browser has: every @media query,
//   selector and declaration of the built stylesheets (read with a CSS parser) parses there
//   (apart from the listed enhancements), and every built script module loads without error.
// Old Chromium comes from npm packages (tests/support/old-browsers.ts); Firefox ESR from Debian,
// and where it is missing the run says so instead of passing quietly.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import postcss, { type AtRule } from 'postcss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_109,
  CHROMIUM_86,
  FIREFOX_MISSING,
  firefoxPath,
  launchCurrentChromium,
  launchFirefox,
  launchOldChromium,
  type TestBrowser,
  type TestPage,
} from '../support/old-browsers.ts';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/kit/browser.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { DIST, ROOT } from '../support/sites.ts';

const DESKTOP = { width: 1366, height: 768 };
const SCREENSHOTS = path.join(ROOT, '.tmp/old-browsers');

/**
 * Declarations an old browser may drop: cosmetic enhancements whose absence leaves the page as
 * usable and as accessible (links stay underlined, focus stays outlined, checkboxes stay checkboxes).
 */
const ENHANCEMENTS: Record<string, string> = {
  'text-underline-offset': 'underline a little lower (Chromium 87+)',
  'text-decoration-thickness': 'thicker underline on hover (Chromium 89+)',
  'accent-color': 'checkboxes in the site colour (Chromium 93+)',
  'text-size-adjust': 'no font inflation on phones (not in Firefox, which does not inflate)',
  '-webkit-text-size-adjust': 'the same for older WebKit and Blink phones',
  'text-autospace': 'space between Chinese and Latin letters (Chromium 140+)',
  'text-spacing-trim': 'tighter CJK punctuation (Chromium 123+)',
  'box-decoration-break': 'a quote highlight repeats its padding on each line (unprefixed from Chromium 130; Firefox)',
  '-webkit-box-decoration-break': 'the same for Chromium before 130 (not in Firefox, which has the unprefixed form)',
  orphans: 'paragraph breaks when printing (not in Firefox)',
  widows: 'paragraph breaks when printing (not in Firefox)',
};

/** What a page looks like and does in one browser. Compared across browsers, except `errors`. */
interface Observation {
  /** Layout facts that must hold (true) in every browser. */
  layout: Record<string, boolean>;
  /** Results that must equal current Chromium's. */
  results: unknown;
}

interface KeyPage {
  name: string;
  path: string;
  /** Waits until the page's script has done its work on load (before the screenshot). */
  ready?(page: TestPage): Promise<void>;
  /** Runs in the page after load; returns layout facts and results. */
  observe(page: TestPage): Promise<Observation>;
}

/** Waits until fn() is truthy in the page (polling; works the same in every browser). */
async function waitFor<A>(page: TestPage, fn: (arg: A) => boolean, arg: A, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await page.evaluate(fn, arg)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}; page errors: ${page.errors.join(' | ') || 'none'}`);
}

/** Layout facts in the page: [side, main] boxes beside each other, elements on the first screen. */
function layoutFacts(spec: { beside?: [string, string][]; onFirstScreen?: string[]; shown?: string[]; hidden?: string[] }) {
  const box = (sel: string) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? r : null;
  };
  const facts: Record<string, boolean> = {
    'no horizontal scrolling': document.documentElement.scrollWidth <= window.innerWidth,
  };
  for (const [a, b] of spec.beside ?? []) {
    const ra = box(a);
    const rb = box(b);
    facts[`${a} beside ${b}`] = Boolean(ra && rb && (ra.left >= rb.right - 1 || ra.right <= rb.left + 1) && ra.top < rb.bottom && rb.top < ra.bottom);
  }
  for (const sel of spec.onFirstScreen ?? []) {
    const r = box(sel);
    facts[`${sel} on the first screen`] = Boolean(r && r.top >= 0 && r.top < window.innerHeight);
  }
  for (const sel of spec.shown ?? []) facts[`${sel} shown`] = box(sel) !== null;
  for (const sel of spec.hidden ?? []) facts[`${sel} hidden`] = box(sel) === null;
  return facts;
}

const layout = (page: TestPage, spec: Parameters<typeof layoutFacts>[0]) => page.evaluate(layoutFacts, spec);

// Exact names, then natural queries: a question, a half-remembered name, other marks (the query's
// words come from the site's vocabulary, not Intl.Segmenter, so every browser finds the same).
const SEARCH_QUERIES = ['联席轮值', '双报到', '三会一课', '支部建在连上', '党建 联盟', '党建工作存在的问题有哪些', '联席轮值制度', '融・媒＋党建联盟', '大数据是什么'];

/** Runs a search through the page's own script and reads what it rendered. */
async function searchResults(page: TestPage, q: string) {
  await page.evaluate((query) => {
    const input = document.querySelector<HTMLInputElement>('[data-search-page-input]')!;
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, q);
  await waitFor(
    page,
    (query) => {
      const list = document.querySelector<HTMLElement>('[data-search-results]')!;
      return list.dataset.state === 'done' && list.dataset.query === query;
    },
    q,
    `results for ${q}`,
  );
  // Pages in order; the text-fragment part of a link may differ where a browser lacks Intl.Segmenter
  // (it is then cut at punctuation only), so where the links land is checked separately.
  return page.evaluate(
    () => ({
      status: document.querySelector('[data-search-status]')!.textContent,
      near: document.querySelector<HTMLElement>('[data-search-near]')!.hidden ? '' : document.querySelector('[data-search-near]')!.textContent,
      groups: [...document.querySelectorAll('[data-search-results] .search-group')].map((h) => h.textContent),
      pages: [...document.querySelectorAll<HTMLAnchorElement>('a[data-result-url]')].map((a) => a.getAttribute('href')!.split('#')[0]),
    }),
    null,
  );
}

/** Opens a link and tells whether the term is on screen there (a text fragment scrolled to it), waiting up to 5 s for the scroll. */
async function landsOn(page: TestPage, href: string, term: string): Promise<boolean> {
  await page.goto(href);
  const onScreen = (t: string) => {
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n.textContent ?? '').indexOf(t);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + t.length);
      const r = range.getBoundingClientRect();
      if (r.top >= 0 && r.bottom <= window.innerHeight && window.scrollY > 0) return true;
    }
    return false;
  };
  return waitFor(page, onScreen, term, `${term} on screen`, 5000).then(
    () => true,
    () => false,
  );
}

const PAGES: KeyPage[] = [
  {
    name: '首页',
    path: '/',
    observe: async (page) => ({
      layout: await layout(page, { onFirstScreen: ['h1', '.primary-nav', '.search-form'] }),
      results: null,
    }),
  },
  {
    name: '文献页',
    path: '/sources/wuxi-alliance/',
    observe: async (page) => ({
      layout: await layout(page, { beside: [['.reading--with-toc > .toc--side', '.reading__header h1']], onFirstScreen: ['.reading--with-toc > .toc--side'] }),
      results: null,
    }),
  },
  {
    name: '指南章节',
    path: '/guide/chapter-1/',
    observe: async (page) => ({
      // One contents list per guide page: the book's outline after the text (no side column); the text starts on the first screen.
      layout: await layout(page, { onFirstScreen: ['.reading__header h1', '.reading__text'] }),
      results: null,
    }),
  },
  {
    name: '案例库（筛选）',
    path: '/cases/',
    ready: (page) => waitFor(page, () => document.querySelector<HTMLElement>('[data-case-library]')?.dataset.enhanced === 'true', null, 'the case filters'),
    observe: async (page) => {
      const facts = await layout(page, { beside: [['.facets', '.case-list']], onFirstScreen: ['.case-list > li[data-case]'] });
      const visibleCases = () =>
        [...document.querySelectorAll<HTMLElement>('[data-case-list] > li[data-case]')].filter((li) => !li.hidden).map((li) => li.dataset.case);
      const before = await page.evaluate(visibleCases, null);
      await page.evaluate(() => document.querySelector<HTMLButtonElement>('button[data-facet-key="model"]')!.click(), null);
      await waitFor(page, (n) => document.querySelectorAll('[data-case-list] > li[data-case]:not([hidden])').length !== n, before.length, 'the filter');
      const after = await page.evaluate(
        () => ({
          cases: [...document.querySelectorAll<HTMLElement>('[data-case-list] > li[data-case]')].filter((li) => !li.hidden).map((li) => li.dataset.case),
          status: document.querySelector('[data-status]')!.textContent,
          url: location.search,
        }),
        null,
      );
      return { layout: { ...facts, 'the filter leaves fewer cases': after.cases.length > 0 && after.cases.length < before.length }, results: { before, after } };
    },
  },
  {
    name: '框架对照',
    path: '/frameworks/compare/',
    observe: async (page) => ({
      layout: await layout(page, { shown: ['.compare-table'], onFirstScreen: ['.compare-table'] }),
      results: await page.evaluate(() => document.querySelectorAll('.compare-table tbody tr').length, null),
    }),
  },
  {
    name: '框架图',
    path: '/frameworks/fd-four-dimensions/',
    observe: async (page) => ({
      layout: await layout(page, { shown: ['.fw-diagram--wide'], hidden: ['.fw-diagram--narrow'] }),
      results: null,
    }),
  },
  {
    name: '搜索',
    path: '/search/?q=双报到',
    ready: (page) => waitFor(page, () => document.querySelector<HTMLElement>('[data-search-results]')!.dataset.state === 'done', null, 'the search page'),
    observe: async (page) => {
      const results: Record<string, unknown> = {};
      for (const q of SEARCH_QUERIES) results[q] = await searchResults(page, q);
      const facts = await layout(page, {
        beside: [['.search-filters', '.search-main']],
        onFirstScreen: ['.search-results > li'],
        hidden: ['[data-search-unavailable]'],
      });
      // A filter narrows the last query's results.
      const total = await page.evaluate(() => document.querySelector<HTMLElement>('[data-search-results]')!.dataset.total, null);
      await page.evaluate(() => document.querySelector<HTMLInputElement>('.search-filters input[type="checkbox"]')!.click(), null);
      await waitFor(page, (t) => document.querySelector<HTMLElement>('[data-search-results]')!.dataset.total !== t, total, 'the search filter');
      results['filtered'] = await page.evaluate(
        () => ({
          url: location.search,
          pages: [...document.querySelectorAll<HTMLAnchorElement>('a[data-result-url]')].map((a) => a.getAttribute('href')!.split('#')[0]),
        }),
        null,
      );
      // The last section link for 联席轮值 opens its page scrolled to the term.
      const term = SEARCH_QUERIES[0]!;
      await searchResults(page, term);
      const href = await page.evaluate(() => {
        const links = document.querySelectorAll<HTMLAnchorElement>('[data-search-results] a[data-sub-result], [data-search-results] a[data-result-url]');
        return links[links.length - 1]!.href;
      }, null);
      facts[`a result for ${term} lands on the term`] = await landsOn(page, href, term);
      return { layout: facts, results };
    },
  },
];

/** What the built stylesheets ask of a browser, read with a CSS parser. */
interface CssFeatures {
  media: string[];
  selectors: string[];
  /** [property, value] */
  declarations: [string, string][];
  atRules: string[];
}

function cssFeatures(files: string[]): CssFeatures {
  const media = new Set<string>();
  const selectors = new Set<string>();
  const declarations = new Map<string, [string, string]>();
  const atRules = new Set<string>();
  for (const file of files) {
    postcss.parse(readFileSync(path.join(DIST, '_assets', file), 'utf8'), { from: file }).walk((node) => {
      if (node.type === 'atrule') {
        if (node.name === 'media') media.add(node.params);
        else atRules.add(node.name);
      } else if (node.type === 'rule') {
        if (node.parent?.type !== 'atrule' || (node.parent as AtRule).name !== 'keyframes') node.selectors.forEach((sel) => selectors.add(sel));
      } else if (node.type === 'decl' && !node.prop.startsWith('--') && node.parent?.type === 'rule') {
        // Declarations in rules only: @page and @font-face hold descriptors, which CSS.supports() does not know.
        declarations.set(`${node.prop}:${node.value}`, [node.prop, node.value]);
      }
    });
  }
  return { media: [...media], selectors: [...selectors], declarations: [...declarations.values()], atRules: [...atRules] };
}

/** In the page: which of the features this browser does not parse. */
function unsupportedIn(features: CssFeatures): string[] {
  const out: string[] = [];
  // A query the browser cannot parse becomes "not all": its rules never apply.
  for (const m of features.media) if (window.matchMedia(m).media === 'not all') out.push(`@media ${m}`);
  for (const sel of features.selectors) if (!CSS.supports(`selector(${sel})`)) out.push(`selector ${sel}`);
  for (const [property, value] of features.declarations) if (!CSS.supports(property, value)) out.push(`${property}: ${value}`);
  // At-rules in Chromium 86, Firefox 115 and Safari 14; others (@layer, @container, @scope …) drop their whole block there.
  const known = ['charset', 'import', 'namespace', 'media', 'supports', 'font-face', 'keyframes', 'page'];
  for (const name of features.atRules) if (!known.includes(name)) out.push(`@${name}`);
  return out;
}

const stylesheets = readdirSync(path.join(DIST, '_assets')).filter((f) => f.endsWith('.css'));
const scripts = readdirSync(path.join(DIST, '_assets')).filter((f) => f.endsWith('.js'));

let site: RunningSite;
let reference: TestBrowser;
/** Current Chromium's observations, page by page. */
const expected = new Map<string, Observation>();
const features = cssFeatures(stylesheets);
let referenceUnsupported: Set<string>;
/** browser → page → "✓" or what failed, printed at the end. */
const matrix = new Map<string, Map<string, string>>();

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  site = await serveSite(DIST, '/', true);
  reference = await launchCurrentChromium();
  // What current Chromium cannot parse either (e.g. selector() with a pseudo-element) is no old-browser problem.
  const page = await reference.newPage(DESKTOP);
  await page.goto(site.url('/'));
  referenceUnsupported = new Set(await page.evaluate(unsupportedIn, features));
  await page.close();
});

afterAll(async () => {
  await reference?.close();
  await site?.close();
  const browsers = [...matrix.keys()];
  const rows = PAGES.map((p) => `| ${p.name} \`${p.path}\` | ${browsers.map((b) => matrix.get(b)?.get(p.name) ?? '—').join(' | ')} |`);
  console.log(
    [
      '',
      `| 页面 | ${browsers.join(' | ')} |`,
      `| --- | ${browsers.map(() => '---').join(' | ')} |`,
      ...rows,
      ...(firefoxPath() ? [] : ['', FIREFOX_MISSING]),
      '',
    ].join('\n'),
  );
});

function record(browser: TestBrowser, page: string, outcome: string): void {
  const key = `${browser.name} (${browser.version})`;
  if (!matrix.has(key)) matrix.set(key, new Map());
  matrix.get(key)!.set(page, outcome);
}

/** Opens each key page in the browser and checks it; current Chromium's results become the expectation. */
function keyPageTests(getBrowser: () => TestBrowser, isReference: boolean): void {
  for (const keyPage of PAGES) {
    it(`${keyPage.name} (${keyPage.path})`, async () => {
      const browser = getBrowser();
      const page = await browser.newPage(DESKTOP);
      let outcome = '✗';
      const slug = `${browser.name.replace(/\s+/g, '-').toLowerCase()}${keyPage.path.replace(/\?.*/, '').replace(/\W+/g, '-')}`.replace(/-+$/, '');
      try {
        await page.goto(site.url(keyPage.path));
        await keyPage.ready?.(page);
        // The first screen as the reader sees it on arrival (looked at by hand: .tmp/old-browsers/).
        await page.screenshot(path.join(SCREENSHOTS, `${slug}.png`));
        const observed = await keyPage.observe(page);
        const failedFacts = Object.entries(observed.layout).filter(([, ok]) => !ok).map(([fact]) => fact);
        expect(page.errors, `console errors in ${browser.name}`).toEqual([]);
        expect(failedFacts, `layout at 1366×768 in ${browser.name}`).toEqual([]);
        if (isReference) expected.set(keyPage.name, observed);
        else expect(observed.results, `results in ${browser.name} equal current Chromium's`).toEqual(expected.get(keyPage.name)!.results);
        outcome = '✓';
      } finally {
        record(browser, keyPage.name, outcome);
        await page.close();
      }
    });
  }
}

/** The built stylesheets and scripts work in the browser. */
function builtOutputTests(getBrowser: () => TestBrowser): void {
  it('parses every @media query, selector and declaration of the built CSS (apart from listed enhancements)', async () => {
    const browser = getBrowser();
    const page = await browser.newPage(DESKTOP);
    try {
      await page.goto(site.url('/'));
      const unsupported = (await page.evaluate(unsupportedIn, features)).filter((f) => !referenceUnsupported.has(f));
      const unexpected = unsupported.filter((f) => !(f.split(':')[0]! in ENHANCEMENTS));
      expect(unexpected, `CSS ${browser.name} cannot parse (check the build targets in src/lib/browser-support.ts)`).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('loads every built script module', async () => {
    const browser = getBrowser();
    const page = await browser.newPage(DESKTOP);
    try {
      // The 404 page has none of the elements the scripts look for, so importing them only parses and runs their top level.
      await page.goto(site.url('/404.html'));
      const failures = await page.evaluate(async (urls) => {
        const out: string[] = [];
        window.addEventListener('error', (e) => out.push(`${e.filename}: ${e.message}`));
        for (const url of urls) {
          const script = document.createElement('script');
          script.type = 'module';
          script.src = url;
          await new Promise<void>((resolve) => {
            script.addEventListener('load', () => resolve());
            script.addEventListener('error', () => {
              out.push(`${url}: failed to load`);
              resolve();
            });
            document.head.append(script);
          });
        }
        return out;
      }, scripts.map((s) => site.url(`/_assets/${s}`)));
      expect(failures).toEqual([]);
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
}

describe('current Chromium (reference)', () => {
  keyPageTests(() => reference, true);
});

for (const spec of [CHROMIUM_86, CHROMIUM_109]) {
  describe(spec.name, () => {
    let browser: TestBrowser;
    beforeAll(async () => {
      browser = await launchOldChromium(spec);
    });
    afterAll(() => browser?.close());
    keyPageTests(() => browser, false);
    builtOutputTests(() => browser);
  });
}

const firefoxInstalled = firefoxPath() !== null;
if (!firefoxInstalled) console.warn(FIREFOX_MISSING);
describe.skipIf(!firefoxInstalled)(firefoxInstalled ? 'Firefox ESR' : FIREFOX_MISSING, () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = (await launchFirefox())!;
  });
  afterAll(() => browser?.close());
  keyPageTests(() => browser, false);
  builtOutputTests(() => browser);
});

// Where search cannot run, the page says so on the first screen instead of staying blank.
describe('search page when search cannot run (current Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  const onFirstScreen = (page: Page, selector: string) =>
    page.locator(selector).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    });

  for (const viewport of [DESKTOP, { width: 390, height: 844 }]) {
    it(`without JavaScript: the notice is on the first screen (${viewport.width} px)`, async () => {
      const context = await browser.newContext({ viewport, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(site.url('/search/?q=联席轮值'));
      await expect(page.locator('noscript').first().textContent()).resolves.toContain('搜索需要启用 JavaScript');
      expect(await onFirstScreen(page, '.search-notice:not([data-search-unavailable])')).toBe(true);
      await context.close();
    });
  }

  it('the search script fails to load: a notice, on the first screen, says search cannot run here', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    // Every script of the page but the guard answers with a syntax error, as in a browser too old for it.
    const html = readFileSync(path.join(DIST, 'search/index.html'), 'utf8');
    const srcs = [...html.matchAll(/<script type="module" src="\/_assets\/([^"]+)"/g)].map((m) => m[1]!);
    const broken = srcs.filter((src) => !readFileSync(path.join(DIST, '_assets', src), 'utf8').includes('unhandledrejection'));
    expect(broken.length).toBe(srcs.length - 1);
    await page.route(
      (url) => broken.some((src) => url.pathname.endsWith(src)),
      (route) => route.fulfill({ contentType: 'text/javascript', body: 'export const broken = ;' }),
    );
    await page.goto(site.url('/search/?q=联席轮值'));
    await page.locator('[data-search-unavailable]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-search-unavailable]').textContent()).toContain('搜索未能在此浏览器中运行');
    expect(await onFirstScreen(page, '[data-search-unavailable]')).toBe(true);
    await context.close();
  });

  it('the index fails to load: the status line says so', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.route(/\/pagefind\//, (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(site.url('/search/?q=联席轮值'));
    await page.locator('[data-search-results][data-state="error"]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-search-status]').textContent()).toContain('搜索索引加载失败');
    expect(await onFirstScreen(page, '[data-search-status]')).toBe(true);
    expect(await page.locator('[data-search-unavailable]').isHidden()).toBe(true);
    await context.close();
  });
});
