// The result links of a set of queries land on their passage: after the reader clicks a result,
// the query is in the body text — not the contents, header, footer, citation box or related
// lists — on screen, and inside the block the link names. Run in current Chromium (the full
// browser: the headless shell does not follow text directives) and Firefox ESR, which both follow
// text directives (result links carry one), in Firefox ESR with text fragments turned off
// (dom.text_fragments.enabled = false, as Firefox before 131 — ESR 115 — behaves: landing comes
// from the block address alone) and in Chromium 86 (the kernel of the 360 and 奇安信 browsers,
// unpacked from its npm package). 出处 links are clicked on their own pages by quote-links.test.ts.
//
// Search results are followed as a reader follows them: the query is entered into the search page
// (as an input method commits it), the first result and the first sub-result are clicked in the
// same tab, and the reader comes back with the Back button between them (a real navigation: the
// load, the scroll after it, the back/forward cache). Where every other link lands depends on its
// page and its fragment, not on the page it is clicked on, so each is followed on its own page —
// opened once for the links of every query — as a fragment navigation from the top. A link with a
// text directive is followed with the directive alone, without the block address: the directive
// itself must find the match (the browser highlights it, and where it matches nothing or elsewhere
// first, the browser opens the page at its top or at that other place; beside the block address, a
// directive that matches nothing would be hidden by the browser falling back to the block).
import { afterAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_86,
  FIREFOX_MISSING,
  firefoxPath,
  launchCurrentChromium,
  launchFirefox,
  launchOldChromium,
  type TestBrowser,
  type TestPage,
} from '../support/old-browsers.ts';
import { type RunningSite, servedDuringTests } from '../support/server.ts';
import { findChromium } from '../../scripts/kit/browser.ts';
import { normalizeQueryText } from '../../src/lib/search/query.ts';
import { SEARCH_TYPES } from '../../src/lib/ui/zh-CN.ts';
import { DIST } from '../support/sites.ts';
import { limiter } from '../support/limiter.ts';
import { follow, followOnTheirPages, fragmentToFollow, FURNITURE, idOf, type Probe } from '../../scripts/kit/landing-probe.ts';

const VIEWPORT = { width: 1366, height: 768 };
/**
 * Queries whose result links are clicked: practices readers search for, names and common terms,
 * together reaching every result type (the test checks that). LANDING_QUERIES=a,b overrides.
 */
const QUERIES = process.env.LANDING_QUERIES
  ? process.env.LANDING_QUERIES.split(',')
  : ['联席轮值', '双报到', '三会一课', '流动党员', '网格化', '组织覆盖', '党建联盟', '融媒', '四维度', '轮值单位', '2018', '研讨题', '联盟 退出'];
const firefoxInstalled = firefoxPath() !== null;
/** One tab of a browser under test, named for the summary. */
type Driver = TestPage & { name: string };

/** Opens one tab at VIEWPORT; closing the driver closes the browser too. */
async function openDriver(name: string, launch: () => Promise<TestBrowser | null>): Promise<Driver> {
  const browser = await launch();
  if (!browser) throw new Error(`${name}: browser not available`);
  const page = await browser.newPage(VIEWPORT);
  return {
    ...page,
    name,
    close: async () => {
      await page.close();
      await browser.close();
    },
  };
}

interface ResultLink {
  kind: 'result' | 'sub-result';
  href: string;
  query: string;
  /** The result's type label (类型), for the coverage check. */
  type: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `fn` holds in the page; evaluations that fail while a navigation is under way are retried. */
async function until<A>(d: Driver, what: string, fn: (arg: A) => boolean, arg: A, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await d.evaluate(fn, arg).catch(() => false)) return;
    await sleep(10);
  }
  throw new Error(`${d.name}: timed out waiting for ${what}`);
}

/** The search page shows the results of `q` (as the page normalises it). */
function resultsShown(q: string): boolean {
  const list = document.querySelector<HTMLElement>('[data-search-results]');
  return location.pathname.endsWith('/search/') && list?.dataset.state === 'done' && list.dataset.query === q;
}

/** Numbers the result and sub-result links on the search page (data-landing-link) and lists them. */
function tagLinks(): { href: string; kind: string; type: string }[] {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] a')].filter(
    (a) => a.dataset.subResult !== undefined || a.dataset.resultUrl !== undefined,
  );
  return links.map((a, i) => {
    a.dataset.landingLink = String(i);
    return {
      href: a.href,
      kind: a.dataset.subResult !== undefined ? 'sub-result' : 'result',
      type: a.closest('.search-result')?.querySelector('.search-result__type')?.textContent ?? '',
    };
  });
}

type Followed = { link: ResultLink; probe: Probe; clicked: boolean };

/** The words a result link must land on: the query's. */
const wordsOf = (link: ResultLink): string[] => link.query.split(' ');

/**
 * Searches as a reader does — the query entered into the search page — and clicks the first result
 * and the first sub-result in the same tab, coming back with Back between them. Returns where the
 * clicked links landed and the query's other links.
 */
async function clickFirstResults(d: Driver, site: RunningSite, query: string): Promise<{ clicked: Followed[]; others: ResultLink[] }> {
  const q = normalizeQueryText(query);
  await d.goto(site.url('search/'));
  await d.enter('[data-search-page-input]', query);
  await until(d, `results of ${q}`, resultsShown, q);
  const links = (await d.evaluate(tagLinks, null)).map((l) => ({ ...l, query: q }) as ResultLink);
  const first = links.filter((l, i) => links.findIndex((x) => x.kind === l.kind) === i);
  const clicked: Followed[] = [];
  for (const link of first) {
    const i = links.indexOf(link);
    if (clicked.length > 0) {
      await d.evaluate(() => history.back(), null).catch(() => undefined);
      await until(d, `results of ${q} after Back`, resultsShown, q);
      const again = await d.evaluate(tagLinks, null);
      expect(again[i]?.href, 'the same results after Back').toBe(link.href);
    }
    await d.click(`[data-landing-link="${i}"]`);
    await until(d, `the page of ${link.href}`, () => location.protocol.startsWith('http') && !location.pathname.endsWith('/search/') && document.readyState === 'complete' && document.querySelector('main') !== null,
      null,
    );
    const [probe] = await d.evaluate(follow, { visits: [{ url: link.href, needles: wordsOf(link), id: idOf(link.href), here: true }], furniture: FURNITURE });
    clicked.push({ link, probe: probe!, clicked: true });
  }
  return { clicked, others: links.filter((l) => !first.includes(l)) };
}

/**
 * Whether the browser scrolls to a text directive on the page it shows (Firefox with text
 * fragments off does not, nor Chromium's headless shell, which stands in for current Chromium
 * when the full browser is missing: their links are followed with their block address).
 */
async function followsDirectives(d: Driver, site: RunningSite): Promise<boolean> {
  await d.goto(site.url('sources/wuxi-alliance/'));
  return d.evaluate(async () => {
    // A browser without the fragment directive API (Chromium 86, Firefox with text fragments off)
    // follows none: no need to wait for a scroll that cannot come.
    if (!('fragmentDirective' in document)) return false;
    // The page's last heading, far below the first screen (a whole heading: a directive matches whole words only).
    const headings = document.querySelectorAll<HTMLElement>('main h2');
    const text = headings[headings.length - 1]?.innerText.trim() ?? '';
    location.href = `#:~:text=${encodeURIComponent(text)}`;
    for (const end = Date.now() + 4000; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) if (scrollY > 0) return true;
    return false;
  }, null);
}

const site = servedDuringTests(DIST, '/');

const summary: string[] = [];
afterAll(() => {
  if (summary.length > 0) console.info(`Links followed and landed:\n${summary.join('\n')}`);
});

if (!firefoxInstalled) console.warn(FIREFOX_MISSING);
/** Browsers followed at once: each waits on its own navigations, so two share two cores well. */
const together = limiter(2);
// Each browser in its own test, two at a time (the longest first).
describe.concurrent('links land on their passage', () => {
  it.each([
    ['Chromium', () => launchCurrentChromium('full')],
    ...(firefoxInstalled ? ([['Firefox ESR', () => launchFirefox()]] as const) : []),
    ['Chromium 86 (360/奇安信 kernel)', () => launchOldChromium(CHROMIUM_86)],
    ...(firefoxInstalled ? ([['Firefox ESR (text fragments off)', () => launchFirefox({ 'dom.text_fragments.enabled': false })]] as const) : []),
  ] as const)('in %s: every result and sub-result link opens at the match, on screen', (name, launch) =>
    together(async () => {
      const started = Date.now();
      const d = await openDriver(name, launch);
      try {
        const directiveAlone = await followsDirectives(d, site);
        // The full Chromium follows them (a slow probe must not make the check lenient unnoticed).
        if (name === 'Chromium' && findChromium('full').followsTextDirectives) expect(directiveAlone, 'Chromium follows a text directive').toBe(true);
        const followed: Followed[] = [];
        const others: ResultLink[] = [];
        for (const query of QUERIES) {
          const found = await clickFirstResults(d, site, query);
          followed.push(...found.clicked);
          others.push(...found.others);
        }
        const onTheirPages = await followOnTheirPages(d, others, (l, page) => ({ url: `${page}${fragmentToFollow(l.href, directiveAlone)}`, needles: wordsOf(l), id: idOf(l.href) }));
        followed.push(...onTheirPages.map((f) => ({ ...f, clicked: false })));
        const counts = { result: [0, 0], 'sub-result': [0, 0] };
        const failures: string[] = [];
        for (const { link: l, probe } of followed) {
          counts[l.kind][1]!++;
          if (probe.landed) counts[l.kind][0]!++;
          else failures.push(`${l.query}: ${l.kind} ${decodeURIComponent(new URL(l.href).pathname + new URL(l.href).hash)} → ${JSON.stringify(probe)}`);
        }
        const directives = followed.filter(({ link }) => link.href.includes(':~:text=')).length;
        const clicks = followed.filter((f) => f.clicked).length;
        const types = [...new Set(followed.map(({ link }) => link.type))].sort();
        summary.push(
          `  ${d.name}: ${QUERIES.length} queries, results ${counts.result[0]}/${counts.result[1]}, sub-results ${counts['sub-result'][0]}/${counts['sub-result'][1]} landed (${clicks} clicked on the search page, ${followed.length - clicks} followed on their page; ${directives} links with a text directive${directives > 0 && !directiveAlone ? ', not followed by this browser' : ''}; types ${types.join(' ')}; ${Math.round((Date.now() - started) / 1000)} s)`,
        );
        expect(failures).toEqual([]);
        expect(counts.result[1]).toBeGreaterThan(QUERIES.length > 6 ? 30 : 20);
        if (!process.env.LANDING_QUERIES) expect(types).toEqual([...new Set(Object.values(SEARCH_TYPES))].sort());
      } finally {
        await d.close();
      }
    }),
  600_000);
});
