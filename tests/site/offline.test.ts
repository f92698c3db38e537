// The offline edition, as a reader gets it: the dated zip `npm run build` writes, unpacked into
// a folder whose path has Chinese characters and spaces, opened through file:// URLs in current
// Chromium, Chromium 86, Chromium 109 and Firefox ESR. Checked on the parsed files: every link
// and asset is a relative path to a file of the edition, every page carries the CSP, Word files
// and print styles are there, the size stays within 1.5× the served site. Checked in each
// browser: links followed by clicking them land on their file; search queries give the same
// total, filter groups and result links as the served site in the same browser; result and 出处
// links land on their paragraph; no request leaves file://.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { listFiles } from '../../src/lib/files.ts';
import { isEditionZip } from '../../src/lib/offline/edition.ts';
import { splitUrl } from '../../src/lib/offline/links.ts';
import { DIST, KB_BASE, KB_DIST, ROOT } from '../support/sites.ts';
import { writeOfflineEdition } from '../../scripts/offline/edition.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import {
  CHROMIUM_86,
  CHROMIUM_109,
  DESKTOP,
  FIREFOX_MISSING,
  firefoxPath,
  launchCurrentChromium,
  launchFirefox,
  launchOldChromium,
  type TestBrowser,
  type TestPage,
} from '../support/old-browsers.ts';

const OFFLINE = `${DIST}-offline`;
/** Where the zip is unpacked: a path with Chinese characters and spaces. */
const EDITION = path.join(ROOT, '.tmp', '离线 测试', '基层党建知识库 离线版');
const SHOTS = path.join(ROOT, '.tmp', 'offline');
const QUERIES = ['党建联盟', '三会一课', '黨建聯盟', '组织 制度', '没有这个词语啊'];

const fileUrl = (rel: string): string => pathToFileURL(path.join(EDITION, rel)).href;
const ROOT_URL = pathToFileURL(EDITION).href + '/';

/** A link as "sources/x/#p12…" whatever served it: the edition's root or the server's, index.html dropped. */
function normal(href: string, root: string): string {
  const rel = href.startsWith(root) ? href.slice(root.length) : href;
  const { path: p, query, hash } = splitUrl(rel);
  return `${decodeURI(p.replace(/(^|\/)index\.html$/, '$1'))}${query}${hash}`;
}

type Node = DefaultTreeAdapterMap['childNode'];
function* elementsOf(node: { childNodes?: Node[] }): Generator<{ tagName: string; attrs: { name: string; value: string }[] }> {
  for (const child of node.childNodes ?? []) {
    if ('tagName' in child) {
      yield child;
      yield* elementsOf(child);
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check` (run in the page) is true; navigations in between are retried. */
async function until<A>(page: TestPage, check: (arg: A) => boolean, arg: A, what: string, tries = 300): Promise<void> {
  for (let i = 0; i < tries; i++) {
    try {
      if (await page.evaluate(check, arg)) return;
    } catch {
      // The page is between documents.
    }
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Clicks the index-th element matching `selector` (a link) and waits for the new document. Returns the link's href. */
async function click(page: TestPage, selector: string, index = 0): Promise<string> {
  const before = await page.evaluate(() => location.href, null);
  const href = await page.evaluate(
    ({ selector, index }) => {
      const a = document.querySelectorAll<HTMLAnchorElement>(selector)[index];
      if (!a) return '';
      const h = a.href;
      // Gone once a new document has replaced this one (also when the link leads to this same page).
      (window as unknown as { oldDocument?: boolean }).oldDocument = true;
      a.click();
      return h;
    },
    { selector, index },
  );
  if (!href) throw new Error(`no link ${selector} [${index}] on ${before}`);
  const target = href.split('#')[0]!;
  await until(
    page,
    (t) => !(window as unknown as { oldDocument?: boolean }).oldDocument && location.href.split('#')[0] === t && document.readyState === 'complete',
    target,
    `${href} to load`,
  );
  return href;
}

interface SearchView {
  /** Everything the results list says: group headings, titles, types, counts, excerpts. */
  text: string;
  status: string;
  total: string;
  links: string[];
  facets: string[];
  suggestions: string[];
}

async function search(page: TestPage, url: string, query: string): Promise<SearchView> {
  await page.goto(url);
  await until(
    page,
    (q) => {
      const list = document.querySelector<HTMLElement>('[data-search-results]');
      return !!list && list.dataset.state === 'done' && list.dataset.query === q;
    },
    query,
    `the results of ${query}`,
  );
  return page.evaluate(
    () => ({
      text: document.querySelector('[data-search-results]')?.textContent ?? '',
      status: document.querySelector('[data-search-status]')?.textContent ?? '',
      total: document.querySelector<HTMLElement>('[data-search-results]')?.dataset.total ?? '',
      links: [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] a')].map((a) => a.href),
      facets: [...document.querySelectorAll('[data-search-filters] label')].map((l) => (l.textContent ?? '').trim()),
      suggestions: [...document.querySelectorAll<HTMLAnchorElement>('[data-search-suggestions] a')].map((a) => a.href),
    }),
    null,
  );
}

/** Where the page stands: its address in the edition, the target block's text and whether it is on screen. */
async function landing(page: TestPage): Promise<{ url: string; id: string; text: string; main: string; onScreen: boolean; title: string }> {
  return page.evaluate(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = id ? document.getElementById(id) : null;
    const box = el?.getBoundingClientRect();
    return {
      url: location.href,
      id,
      text: el?.textContent ?? '',
      main: document.querySelector('main')?.textContent ?? '',
      onScreen: !!box && box.bottom > 0 && box.top < innerHeight,
      title: document.querySelector('h1')?.textContent ?? '',
    };
  }, null);
}

/** Waits (up to 5 s) until the block the address names is on screen; the checks after it say what is wrong when it never is. */
async function waitToLand(page: TestPage): Promise<void> {
  const onScreen = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const box = id ? document.getElementById(id)?.getBoundingClientRect() : undefined;
    return !id || (!!box && box.bottom > 0 && box.top < innerHeight);
  };
  await until(page, onScreen, null, 'the link to land', 100).catch(() => undefined);
}

/** Resources the page loaded (scripts, styles, data scripts), as the page itself records them. */
const loadedResources = (page: TestPage): Promise<string[]> =>
  page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)], null);

/**
 * What is wrong with an edition's pages: a link, asset or form that is not a relative path to
 * a file of the edition, a hash with no element, a module script, a resource loaded from the
 * network, a page without the CSP. Also counts the internal links.
 */
function editionProblems(dir: string): { problems: string[]; links: number; pages: number } {
  const files = new Set(listFiles(dir));
  const pages = [...files].filter((f) => f.endsWith('.html'));
  const problems: string[] = [];
  let links = 0;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      set = new Set<string>();
      for (const el of elementsOf(parse(readFileSync(path.join(dir, file), 'utf8')))) {
        const id = el.attrs.find((a) => a.name === 'id')?.value;
        if (id) set.add(id);
      }
      ids.set(file, set);
    }
    return set;
  };
  for (const page of pages) {
    const doc = parse(readFileSync(path.join(dir, page), 'utf8'));
    let csp = false;
    for (const el of elementsOf(doc)) {
      const get = (n: string) => el.attrs.find((a) => a.name === n)?.value;
      if (el.tagName === 'meta' && get('http-equiv') === 'Content-Security-Policy') csp = /connect-src 'none'/.test(get('content') ?? '');
      if (el.tagName === 'script' && get('type') === 'module') problems.push(`${page}: module script ${get('src')}`);
      for (const name of ['href', 'src', 'action']) {
        const value = get(name);
        if (value === undefined) continue;
        if (/^https?:/.test(value)) {
          if (el.tagName !== 'a') problems.push(`${page}: <${el.tagName} ${name}> loads ${value} from the network`);
          continue;
        }
        if (value.startsWith('#')) {
          if (value.length > 1 && !value.startsWith('#:~:') && !idsOf(page).has(decodeURIComponent(value.slice(1).split(':~:')[0]!))) problems.push(`${page}: ${value} has no target`);
          continue;
        }
        links++;
        if (value.startsWith('/')) problems.push(`${page}: ${name}="${value}" is not relative`);
        const { path: p, hash } = splitUrl(value);
        const file = path.posix.normalize(path.posix.join(path.posix.dirname(page), decodeURI(p)));
        if (!files.has(file)) problems.push(`${page}: ${name}="${value}" names no file (${file})`);
        const id = decodeURIComponent(hash.slice(1).split(':~:')[0]!);
        if (id && file.endsWith('.html') && files.has(file) && !idsOf(file).has(id)) problems.push(`${page}: ${value} has no element #${id}`);
      }
    }
    if (!csp) problems.push(`${page}: no Content-Security-Policy meta`);
  }
  return { problems, links, pages: pages.length };
}

/** A case, a practice and a glossary page with 出处 links (the first of each, by path). */
const CITING_PAGES = ['cases/', 'practices/', 'glossary/'].map(
  (dir) => listFiles(OFFLINE).find((f) => f.startsWith(dir) && f.split('/').length === 3 && readFileSync(path.join(OFFLINE, f), 'utf8').includes('class="cite"'))!,
);

/** A facet page of the case library (by model). */
const FACET_PAGE = listFiles(OFFLINE).find((f) => /^cases\/model\/[^/]+\/index\.html$/.test(f))!;

let zipName = '';
let site: RunningSite;
beforeAll(async () => {
  const zips = readdirSync(path.dirname(DIST)).filter((f) => isEditionZip(f));
  expect(zips, `one dated zip of the offline edition beside ${DIST}`).toHaveLength(1);
  zipName = zips[0]!;
  rmSync(path.dirname(EDITION), { recursive: true, force: true });
  for (const [name, data] of Object.entries(unzipSync(readFileSync(path.join(path.dirname(DIST), zipName))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(path.dirname(path.join(EDITION, name)), { recursive: true });
    writeFileSync(path.join(EDITION, name), data);
  }
  mkdirSync(SHOTS, { recursive: true });
  site = await serveSite(DIST, '/');
});
afterAll(async () => {
  await site?.close();
});

describe('the offline edition on disk', () => {
  it('is the zip named with the build date, unpacked: the same files as dist-offline/', () => {
    expect(zipName).toMatch(/^基层党建知识库-离线版-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = listFiles(EDITION);
    expect(files).toEqual(listFiles(OFFLINE));
    for (const f of files) expect(readFileSync(path.join(EDITION, f)).equals(readFileSync(path.join(OFFLINE, f))), f).toBe(true);
  });

  it('links every page, asset and form to a file of the edition, by a relative path; every page carries the CSP', () => {
    const { problems, links, pages } = editionProblems(EDITION);
    expect(listFiles(EDITION).filter((f) => f.endsWith('.html'))).toEqual(listFiles(DIST).filter((f) => f.endsWith('.html')));
    expect(problems.slice(0, 20)).toEqual([]);
    expect(links).toBeGreaterThan(5000);
    console.info(`offline edition: ${pages} pages, ${links} internal links and assets, all relative paths to files`);
  });

  it('is made the same from a build under /kb/, byte for byte the same twice (zip included)', async () => {
    const work = path.join(ROOT, '.tmp', 'offline-kb');
    rmSync(work, { recursive: true, force: true });
    const env = { SITE_BASE: KB_BASE, SOURCE_DATE_EPOCH: '1796583600' };
    const a = await writeOfflineEdition(KB_DIST, path.join(work, 'a', 'edition'), env);
    const b = await writeOfflineEdition(KB_DIST, path.join(work, 'b', 'edition'), env);
    try {
      expect(path.basename(a.zip)).toBe('基层党建知识库-离线版-2026-12-07.zip');
      const files = listFiles(a.dir);
      expect(files).toEqual(listFiles(b.dir));
      for (const f of files) expect(readFileSync(path.join(a.dir, f)).equals(readFileSync(path.join(b.dir, f))), f).toBe(true);
      expect(readFileSync(a.zip).equals(readFileSync(b.zip)), 'the zips').toBe(true);
      expect(editionProblems(a.dir).problems.slice(0, 20)).toEqual([]);
      // Page addresses in the search data carry no base: the search page joins them onto its relative one.
      expect(files.filter((x) => x.startsWith('pagefind/')).length).toBe(listFiles(EDITION).filter((x) => x.startsWith('pagefind/')).length);
      expect(readFileSync(path.join(a.dir, 'search/names.json.js')).equals(readFileSync(path.join(EDITION, 'search/names.json.js')))).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('has the Word files, printable packs, print styles and search data; stays within 1.5× the served site', () => {
    const files = listFiles(EDITION);
    const served = listFiles(DIST).filter((f) => !/\.(gz|br)$/.test(f));
    const docx = served.filter((f) => f.endsWith('.docx'));
    expect(docx.length).toBeGreaterThan(10);
    for (const f of docx) expect(readFileSync(path.join(EDITION, f)).equals(readFileSync(path.join(DIST, f))), f).toBe(true);
    expect(files.filter((f) => /\/handout\/index\.html$/.test(f)).length).toBe(served.filter((f) => /\/handout\/index\.html$/.test(f)).length);
    const css = files.filter((f) => f.endsWith('.css'));
    expect(css.some((f) => /@media print/.test(readFileSync(path.join(EDITION, f), 'utf8')))).toBe(true);
    expect(files.filter((f) => f.startsWith('pagefind/') && f.endsWith('.js')).length).toBe(served.filter((f) => f.startsWith('pagefind/')).length);
    expect(files).toContain('search/names.json.js');
    expect(files.some((f) => /\.(wasm|pf_index|pf_fragment|json)$/.test(f))).toBe(false);
    const size = (dir: string, list: string[]) => list.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
    const edition = size(EDITION, files);
    const dist = size(DIST, served);
    const zip = statSync(path.join(path.dirname(DIST), zipName)).size;
    console.info(
      `offline edition: ${files.length} files, ${(edition / 1e6).toFixed(2)} MB = ${(edition / dist).toFixed(2)}× the served dist/ (${(dist / 1e6).toFixed(2)} MB); zip ${(zip / 1e6).toFixed(2)} MB`,
    );
    expect(edition).toBeLessThanOrEqual(1.5 * dist);
  });

  it('says on its home page that it is the offline edition, with the build date', () => {
    const html = readFileSync(path.join(EDITION, 'index.html'), 'utf8');
    const date = zipName.match(/(\d{4})-(\d{2})-(\d{2})/)!;
    expect(html).toContain(`<strong>离线版</strong>`);
    expect(html).toContain(`构建日期：${Number(date[1])} 年 ${Number(date[2])} 月 ${Number(date[3])} 日`);
  });
});

const report: string[] = [];
afterAll(() => {
  if (report.length > 0) console.info(`Offline edition from file://:\n${report.join('\n')}`);
});

const firefoxInstalled = firefoxPath() !== null;
if (!firefoxInstalled) console.warn(FIREFOX_MISSING);
describe.each([
  // The full browser: result links carry text directives, and only it follows them (scripts/kit/browser.ts).
  ['current Chromium', () => launchCurrentChromium('full')],
  ['Chromium 86', () => launchOldChromium(CHROMIUM_86)],
  ['Chromium 109', () => launchOldChromium(CHROMIUM_109)],
  ...(firefoxInstalled ? ([['Firefox ESR', () => launchFirefox()]] as const) : []),
] as const)('the offline edition from file:// in %s', (_label, launch) => {
  let browser: TestBrowser;
  let page: TestPage;
  /** The served site, in a tab of its own, so that `page` only ever opens file:// pages. */
  let servedPage: TestPage;
  const visited = new Set<string>();
  const resources = new Set<string>();
  const note = async () => {
    const loaded = await loadedResources(page);
    for (const r of loaded) resources.add(r);
    visited.add(normal(loaded[0]!.split('?')[0]!.split('#')[0]!, ROOT_URL));
  };
  beforeAll(async () => {
    const launched = await launch();
    if (!launched) throw new Error(FIREFOX_MISSING);
    browser = launched;
    page = await browser.newPage(DESKTOP);
    servedPage = await browser.newPage(DESKTOP);
  }, 120_000);
  afterAll(async () => {
    const offNetwork = [...resources, ...(page?.requests ?? [])].filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
    report.push(`  ${browser?.name}: ${visited.size} pages visited; requests leaving file://: ${offNetwork.length}`);
    await page?.close();
    await servedPage?.close();
    await browser?.close();
  });

  it('opens the home page and follows its links by clicking them, each to its file', async () => {
    await page.goto(fileUrl('index.html'));
    await note();
    const notice = await page.evaluate(() => document.querySelector('[data-offline-notice]')?.textContent ?? '', null);
    expect(notice).toMatch(/^离线版：.*构建日期：\d{4} 年/);
    const hrefs = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('header a[href], main a[href], footer a[href]')].map((a) => a.getAttribute('href')!), null);
    const internal = [...new Set(hrefs.filter((h) => !/^[a-z]+:/.test(h) && !h.startsWith('#')))];
    expect(internal.length).toBeGreaterThan(10);
    let landed = 0;
    for (const href of internal) {
      await page.goto(fileUrl('index.html'));
      const followed = await click(page, `a[href="${href}"]`);
      const where = await landing(page);
      expect(where.url.split('#')[0], href).toBe(followed.split('#')[0]);
      expect(where.title, `${href} shows a page`).not.toBe('');
      await note();
      landed++;
    }
    // The 404 page and a page deep in the tree, and back home from each by their links.
    for (const start of ['404.html', 'topics/index.html']) {
      await page.goto(fileUrl(start));
      await note();
      await click(page, 'a.site-name');
      expect(normal((await landing(page)).url, ROOT_URL)).toBe('');
      landed++;
    }
    report.push(`  ${browser.name}: ${landed}/${internal.length + 2} links clicked on the home, 404 and topics pages landed on their file`);
    expect(page.errors).toEqual([]);
  }, 240_000);

  it('answers queries as the served site does: totals, filter groups and result links', async () => {
    let same = 0;
    for (const query of QUERIES) {
      const offline = await search(page, `${fileUrl('search/index.html')}?q=${encodeURIComponent(query)}`, query);
      await note();
      const served = await search(servedPage, site.url(`search/?q=${encodeURIComponent(query)}`), query);
      expect(offline.status, query).toBe(served.status);
      expect(offline.total, query).toBe(served.total);
      expect(offline.text, query).toBe(served.text);
      expect(offline.facets, query).toEqual(served.facets);
      expect(offline.links.map((h) => normal(h, ROOT_URL)), query).toEqual(served.links.map((h) => normal(h, site.url(''))));
      expect(offline.suggestions.map((h) => normal(h, ROOT_URL)), query).toEqual(served.suggestions.map((h) => normal(h, site.url(''))));
      same++;
    }
    const shot = path.join(SHOTS, `${browser.name.replace(/\s+/g, '-')}-search.png`);
    await search(page, `${fileUrl('search/index.html')}?q=${encodeURIComponent('党建联盟')}`, '党建联盟');
    await page.screenshot(shot);
    report.push(`  ${browser.name}: ${same}/${QUERIES.length} queries match the served site (status, total, groups, excerpts, filters, every result link); screenshot ${path.relative(ROOT, shot)}`);
    expect(page.errors).toEqual([]);
  }, 240_000);

  it('searches from the home page form, and result and 出处 links land on their paragraph', async () => {
    // The header form, as a reader uses it.
    await page.goto(fileUrl('index.html'));
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#home-search')!;
      input.value = '三会一课';
      input.form!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    }, null);
    await until(page, () => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state === 'done', null, 'the search from the home page');
    await note();
    expect(normal(await page.evaluate(() => location.href, null), ROOT_URL)).toBe(`search/?q=${encodeURIComponent('三会一课')}`);
    // Typing a new query searches again and keeps the address in step (history.pushState on a file:// page).
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-search-page-input]')!;
      input.value = '双报到';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, null);
    await until(page, () => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === '双报到', null, 'the typed query');
    expect(await page.evaluate(() => decodeURIComponent(location.search), null)).toBe('?q=双报到');
    let landed = 0;
    let tried = 0;
    // The first result and first sub-result of two queries.
    for (const query of ['联席轮值', '双报到']) {
      for (const selector of ['a[data-result-url]', 'a[data-sub-result]']) {
        await search(page, `${fileUrl('search/index.html')}?q=${encodeURIComponent(query)}`, query);
        const has = await page.evaluate((s) => document.querySelectorAll(s).length > 0, selector);
        if (!has) continue;
        tried++;
        const href = await click(page, selector);
        await waitToLand(page);
        const where = await landing(page);
        await note();
        expect(where.url.startsWith(ROOT_URL), href).toBe(true);
        // A paragraph address opens at the block holding the match; a section heading's at the heading.
        if (/^p\d/.test(where.id)) expect(where.text.replace(/\s+/g, ''), `${href} lands on a block with ${query}`).toContain(query);
        else expect(where.main.replace(/\s+/g, ''), `${href} opens a page with ${query}`).toContain(query);
        if (where.id) expect(where.onScreen, `${href} on screen`).toBe(true);
        landed++;
      }
    }
    // 出处 links, clicked on the knowledge pages where readers find them.
    for (const from of CITING_PAGES) {
      await page.goto(fileUrl(from));
      const has = await page.evaluate(() => document.querySelectorAll('a.cite').length, null);
      if (has === 0) continue;
      tried++;
      const href = await click(page, 'a.cite');
      await waitToLand(page);
      const where = await landing(page);
      await note();
      expect(where.id, href).toMatch(/^p\d+/);
      expect(where.text.length, `${href} lands on its paragraph`).toBeGreaterThan(0);
      expect(where.onScreen, `${href} on screen`).toBe(true);
      expect(await page.evaluate(() => document.querySelector(':target')?.id ?? '', null)).toBe(where.id);
      landed++;
    }
    expect(tried).toBeGreaterThanOrEqual(6);
    report.push(`  ${browser.name}: ${landed}/${tried} result, sub-result and 出处 links landed on their paragraph`);
    expect(page.errors).toEqual([]);
  }, 240_000);

  it('filters the case library as the served site does, combining facets across facet pages', async () => {
    const facetPage = FACET_PAGE.replace(/index\.html$/, '');
    const view = () => ({
      status: document.querySelector('[data-status]')?.textContent ?? '',
      cards: [...document.querySelectorAll<HTMLElement>('li[data-case]')].filter((li) => !li.hidden).map((li) => li.querySelector('a')?.href ?? ''),
      pressed: [...document.querySelectorAll<HTMLElement>('button[aria-pressed="true"]')].map((b) => `${b.dataset.facetKey}=${b.dataset.facetValue}`),
      search: decodeURIComponent(location.search),
    });
    type View = ReturnType<typeof view>;
    const off = async (): Promise<View> => {
      const v = await page.evaluate(view, null);
      return { ...v, cards: v.cards.map((h) => normal(h, ROOT_URL)) };
    };
    const on = async (): Promise<View> => {
      const v = await servedPage.evaluate(view, null);
      return { ...v, cards: v.cards.map((h) => normal(h, site.url(''))) };
    };
    const press = (arg: { key: string; value: string }) => {
      (window as unknown as { oldDocument?: boolean }).oldDocument = true;
      document.querySelector<HTMLButtonElement>(`button[data-facet-key="${arg.key}"][data-facet-value="${arg.value}"]`)!.click();
    };
    const enhanced = () => document.readyState === 'complete' && document.querySelector<HTMLElement>('[data-case-library]')?.dataset.enhanced === 'true';
    await page.goto(fileUrl(FACET_PAGE));
    await until(page, enhanced, null, 'the case library script');
    await note();
    await servedPage.goto(site.url(facetPage));
    await until(servedPage, enhanced, null, 'the served case library script');
    expect(await off()).toEqual({ ...(await on()), search: '' });
    // A second facet, from a facet page: the offline page opens the library with both (a file:// page may only rewrite its own address).
    const second = await servedPage.evaluate(() => {
      const b = [...document.querySelectorAll<HTMLElement>('button[data-facet-key="region"]')].find((x) => !x.classList.contains('facet__value--empty'));
      return { key: 'region', value: b?.dataset.facetValue ?? '' };
    }, null);
    expect(second.value).not.toBe('');
    const pressed = (n: number) => document.querySelectorAll('button[aria-pressed="true"]').length === n;
    await servedPage.evaluate(press, second);
    await until(servedPage, pressed, 2, 'the served library to filter');
    await page.evaluate(press, second);
    await until(page, () => !(window as unknown as { oldDocument?: boolean }).oldDocument && document.querySelector<HTMLElement>('[data-case-library]')?.dataset.enhanced === 'true', null, 'the offline library with two facets');
    await note();
    const served = await on();
    const offline = await off();
    expect(offline).toEqual(served);
    expect(offline.pressed.length).toBe(2);
    expect(normal(await page.evaluate(() => location.href, null), ROOT_URL).split('?')[0]).toBe('cases/');
    // And off again, in place (pushState on the library's own file).
    const third = { key: second.key, value: second.value };
    await servedPage.evaluate(press, third);
    await until(servedPage, pressed, 1, 'the served library to unfilter');
    await page.evaluate(press, third);
    await until(page, pressed, 1, 'the offline library to unfilter');
    expect(await off()).toEqual(await on());
    report.push(`  ${browser.name}: case library filters (a facet page, a second facet, one off again) match the served site`);
    expect(page.errors).toEqual([]);
  }, 120_000);

  it('sends no request off file://', () => {
    expect(resources.size).toBeGreaterThan(20);
    const off = [...resources, ...page.requests].filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
    expect(off).toEqual([]);
  });
});
