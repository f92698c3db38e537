// The result links of a set of queries land on their passage: after the reader clicks a result,
// the query is in the body text — not the contents, header, footer, citation box or related
// lists — on screen, and inside the block the link names (:target). Run in current Chromium and
// Firefox ESR (both follow text directives: result links carry one), in Firefox ESR with text
// fragments turned off (dom.text_fragments.enabled = false, as Firefox before 131 — ESR 115 —
// behaves: landing comes from the block address alone) and in Chromium 86 (the kernel of the 360
// and 奇安信 browsers, unpacked from its npm package). 出处 links are clicked on their own pages by
// quote-links.test.ts.
//
// Search results are followed as a reader follows them: the query is typed into the search
// page, the result link is clicked in the same tab, and the reader comes back with the Back
// button for the next one. That matters: after a previous navigation, Chromium does not fall
// back to the element id when a text directive fails to match (it opens the page at the top),
// while a link opened in a fresh tab does fall back.
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
import { normalizeQueryText } from '../../src/lib/search/query.ts';
import { SEARCH_TYPES } from '../../src/lib/ui/zh-CN.ts';
import { DIST } from '../support/sites.ts';
import { limiter } from '../support/limiter.ts';

const VIEWPORT = { width: 1366, height: 768 };
/**
 * Queries whose result links are clicked: practices readers search for, names and common terms,
 * together reaching every result type (the test checks that). LANDING_QUERIES=a,b overrides.
 */
const QUERIES = process.env.LANDING_QUERIES
  ? process.env.LANDING_QUERIES.split(',')
  : ['联席轮值', '双报到', '三会一课', '流动党员', '网格化', '组织覆盖', '党建联盟', '融媒', '四维度', '轮值单位', '2018', '研讨题', '联盟 退出'];
/**
 * Chromium 86 (no Intl.Segmenter, so the search page adds no directive) and Firefox with text
 * fragments off get block addresses only: every other query suffices for them.
 */
const ADDRESS_ONLY_QUERIES = QUERIES.filter((_, i) => i % 2 === 0);
/**
 * Firefox with text fragments on gets the other queries: between its two runs every query is
 * clicked in Firefox once, and its text directives on six queries' links (the slowest browser to
 * drive; current Chromium follows the directives of all thirteen).
 */
const FIREFOX_DIRECTIVE_QUERIES = QUERIES.filter((_, i) => i % 2 === 1);
/** Page furniture: a link must never land here. */
const FURNITURE = '.site-header, .site-footer, nav, .toc, .related, .source-reference, .pager';

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

interface Probe {
  /** The text looked for (the needle, or the longest run of it the page shows). */
  found: string;
  occurrences: number;
  /** Occurrences in the body text whose start is on screen. */
  onScreen: number;
  /** …of which inside the element the link names (or, for a heading, in the text after it). */
  onScreenInTarget: number;
  target: string | null;
  landed: boolean;
}

interface Visit {
  url: string;
  /** The texts looked for: the link lands when one of them does (the words of a query). */
  needles: string[];
  /** The id the link names ('' for none). */
  id: string;
  /** The page is already at this URL (reached by a real navigation). */
  here?: boolean;
}

/**
 * Runs in the page: follows each link as a fragment navigation (from the top of the page),
 * waits until it has landed or 5 s have passed, and reports where the needle is. Self-contained
 * (it is serialised into the page).
 */
async function follow(args: { visits: Visit[]; furniture: string }): Promise<Probe[]> {
  const squash = (s: string) => s.replace(/[\s\u200b]+/gu, '');
  const main = document.querySelector('main')!;
  const skip = `${args.furniture}, .paragraph-mark, [data-footnote-ref], [data-footnote-backref]`;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  let flat = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.parentElement?.closest(skip)) continue;
    const d = n.data;
    for (let i = 0; i < d.length; i++) {
      if (/[\s\u200b]/u.test(d[i]!)) continue;
      flat += d[i];
      nodes.push(n);
      offsets.push(i);
    }
  }
  const probe = (needleText: string, id: string, viaDirective: boolean): Probe => {
    // The raw quote may differ from the page at its edges (a contents line's leader dots, a
    // renumbered heading): then the longest run of it starting in its first four characters.
    let needle = squash(needleText);
    if (!flat.includes(needle)) {
      let best = '';
      for (let s = 0; s < Math.min(4, needle.length); s++) {
        let lo = 0;
        let hi = needle.length - s;
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          if (flat.includes(needle.slice(s, s + mid))) lo = mid;
          else hi = mid - 1;
        }
        if (lo > best.length) best = needle.slice(s, s + lo);
      }
      needle = best.length >= Math.min(4, needle.length) ? best : '';
    }
    const target = document.querySelector(':target');
    // The element the link names. A paragraph address (p12) must hold the match; any other id
    // (a heading, a table caption on a knowledge page) may name the part of the page it opens.
    const named = id ? document.getElementById(id) : null;
    const paragraph = /^p\d+(-\d+)?$/.test(id);
    const inNamed = (node: Node): boolean => {
      if (!named) return false;
      if (named.contains(node)) return true;
      return !paragraph && (named.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    };
    let occurrences = 0;
    let onScreen = 0;
    let onScreenInTarget = 0;
    for (let at = needle ? flat.indexOf(needle) : -1; at >= 0; at = flat.indexOf(needle, at + 1)) {
      occurrences++;
      const range = document.createRange();
      range.setStart(nodes[at]!, offsets[at]!);
      range.setEnd(nodes[at + needle.length - 1]!, offsets[at + needle.length - 1]! + 1);
      const first = range.getClientRects()[0];
      if (!first || first.width === 0) continue;
      if (first.top >= -2 && first.bottom <= window.innerHeight + 2) {
        onScreen++;
        if (inNamed(nodes[at]!)) onScreenInTarget++;
      }
    }
    // Chromium leaves :target unset when it scrolls to a text directive; the on-screen match
    // must then still be in the named block. Without a directive the block is the :target.
    const landed = id ? onScreenInTarget > 0 && (target?.id === id || viaDirective) : onScreen > 0;
    return { found: needle, occurrences, onScreen, onScreenInTarget, target: target?.id ?? null, landed };
  };
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const out: Probe[] = [];
  for (const v of args.visits) {
    if (!v.here) {
      history.replaceState(null, '', location.pathname + location.search);
      window.scrollTo(0, 0);
      location.href = v.url;
    }
    const viaDirective = v.url.includes(':~:');
    const probeAll = () => {
      const probes = v.needles.map((n) => probe(n, v.id, viaDirective));
      return probes.find((x) => x.landed) ?? probes[0]!;
    };
    let p = probeAll();
    // Up to 5 s for the browser to scroll (a busy machine can be slow; a landed link stops at once).
    for (const until = Date.now() + 5000; !p.landed && Date.now() < until; ) {
      await frame();
      await new Promise((r) => setTimeout(r, 25));
      p = probeAll();
    }
    out.push(p);
  }
  return out;
}

function idOf(href: string): string {
  const hash = href.split('#')[1] ?? '';
  return decodeURIComponent(hash.split(':~:')[0]!);
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

/**
 * Searches as a reader does and follows every result and sub-result link on the first page of
 * results: the query typed into the search page, each link clicked in the same tab, then Back.
 * Returns the links with where each landed.
 */
async function clickResults(d: Driver, site: RunningSite, query: string): Promise<{ link: ResultLink; probe: Probe }[]> {
  const q = normalizeQueryText(query);
  const words = q.split(' ');
  await d.goto(site.url('search/'));
  await d.type('[data-search-page-input]', query);
  await until(d, `results of ${q}`, resultsShown, q);
  const links = (await d.evaluate(tagLinks, null)).map((l) => ({ ...l, query: q }) as ResultLink);
  const out: { link: ResultLink; probe: Probe }[] = [];
  for (const [i, link] of links.entries()) {
    if (i > 0) {
      await d.evaluate(() => history.back(), null).catch(() => undefined);
      await until(d, `results of ${q} after Back`, resultsShown, q);
      const again = await d.evaluate(tagLinks, null);
      expect(again[i]?.href, 'the same results after Back').toBe(link.href);
    }
    await d.click(`[data-landing-link="${i}"]`);
    await until(d, `the page of ${link.href}`, () => location.protocol.startsWith('http') && !location.pathname.endsWith('/search/') && document.readyState === 'complete' && document.querySelector('main') !== null,
      null,
    );
    const [probe] = await d.evaluate(follow, { visits: [{ url: link.href, needles: words, id: idOf(link.href), here: true }], furniture: FURNITURE });
    out.push({ link, probe: probe! });
  }
  return out;
}

const site = servedDuringTests(DIST, '/');

const summary: string[] = [];
afterAll(() => {
  if (summary.length > 0) console.info(`Links followed and landed:\n${summary.join('\n')}`);
});

const firefoxInstalled = firefoxPath() !== null;
if (!firefoxInstalled) console.warn(FIREFOX_MISSING);
/** Browsers followed at once: each waits on its own navigations, so two share two cores well. */
const together = limiter(2);
// Each browser in its own test, two at a time (the longest first).
describe.concurrent('links land on their passage', () => {
  it.each([
    ['Chromium', launchCurrentChromium, QUERIES],
    ...(firefoxInstalled ? ([['Firefox ESR', () => launchFirefox(), FIREFOX_DIRECTIVE_QUERIES]] as const) : []),
    ['Chromium 86 (360/奇安信 kernel)', () => launchOldChromium(CHROMIUM_86), ADDRESS_ONLY_QUERIES],
    ...(firefoxInstalled
      ? ([['Firefox ESR (text fragments off)', () => launchFirefox({ 'dom.text_fragments.enabled': false }), ADDRESS_ONLY_QUERIES]] as const)
      : []),
  ] as const)('in %s: every result and sub-result link, clicked on the search page, opens at the match, on screen', (name, launch, queries) =>
    together(async () => {
      const started = Date.now();
      const d = await openDriver(name, launch);
      try {
        const followed: { link: ResultLink; probe: Probe }[] = [];
        for (const query of queries) followed.push(...(await clickResults(d, site, query)));
        const counts = { result: [0, 0], 'sub-result': [0, 0] };
        const failures: string[] = [];
        for (const { link: l, probe } of followed) {
          counts[l.kind][1]!++;
          if (probe.landed) counts[l.kind][0]!++;
          else failures.push(`${l.query}: ${l.kind} ${decodeURIComponent(new URL(l.href).pathname + new URL(l.href).hash)} → ${JSON.stringify(probe)}`);
        }
        const directives = followed.filter(({ link }) => link.href.includes(':~:text=')).length;
        const types = [...new Set(followed.map(({ link }) => link.type))].sort();
        summary.push(
          `  ${d.name}: ${queries.length} queries, results ${counts.result[0]}/${counts.result[1]}, sub-results ${counts['sub-result'][0]}/${counts['sub-result'][1]} landed (${directives} links with a text directive; types ${types.join(' ')}; ${Math.round((Date.now() - started) / 1000)} s)`,
        );
        expect(failures).toEqual([]);
        expect(counts.result[1]).toBeGreaterThan(queries === QUERIES ? 50 : 20);
        if (!process.env.LANDING_QUERIES && queries === QUERIES) expect(types).toEqual([...new Set(Object.values(SEARCH_TYPES))].sort());
      } finally {
        await d.close();
      }
    }),
  600_000);
});
