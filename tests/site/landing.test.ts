// Every 出处 link and the result links of a set of queries land on their passage: after the
// browser follows the link, the quoted text (or the query) is in the body text — not the
// contents, header, footer, citation box or related lists — on screen, and inside the block
// the link names (:target). Run in Chromium (text fragments on: result links carry a text
// directive) and in Firefox ESR with text fragments turned off (dom.text_fragments.enabled =
// false; it then reads "#p12:~:text=…" as an unknown id, as Firefox before 131 does), where
// landing comes from the paragraph address alone; and in Chromium 86 (the kernel of the 360 and
// 奇安信 browsers), unpacked from its npm package.
//
// One server, one page per browser. 出处 links into the same page are followed by a real
// navigation to the first and fragment navigations (location.href = link) to the rest; every
// search result and sub-result is a real navigation from scratch.
import { readFileSync } from 'node:fs';
import { htmlFiles } from '../../src/lib/files.ts';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/lib/content/knowledge.ts';
import { collectQuotes } from '../../src/lib/knowledge/quotes.ts';
import { quoteHref } from '../../src/lib/sources/model.ts';
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
import { serveSite, type RunningSite } from '../support/server.ts';
import { DIST, ROOT } from '../support/sites.ts';

const VIEWPORT = { width: 1366, height: 768 };
/** Queries whose result links are followed (practices readers search for, and common terms); LANDING_QUERIES=a,b overrides. */
const QUERIES = process.env.LANDING_QUERIES ? process.env.LANDING_QUERIES.split(',') : ['联席轮值', '双报到', '三会一课', '流动党员', '网格化', '组织覆盖'];
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
  needle: string;
  /** The id the link names ('' for none). */
  id: string;
  /** The page is already at this URL (reached by a real navigation). */
  here?: boolean;
}

/**
 * Runs in the page: follows each link as a fragment navigation (from the top of the page),
 * waits until it has landed or ~1 s has passed, and reports where the needle is. Self-contained
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
    let p = probe(v.needle, v.id, viaDirective);
    for (let i = 0; i < 40 && !p.landed; i++) {
      await frame();
      await new Promise((r) => setTimeout(r, 25));
      p = probe(v.needle, v.id, viaDirective);
    }
    out.push(p);
  }
  return out;
}

/**
 * Follows links grouped by page: a real navigation to the first link of each page, fragment
 * navigations to the others. Returns the probe of every link, in the order given.
 */
async function followAll(d: Driver, visits: Omit<Visit, 'here'>[]): Promise<Probe[]> {
  const byPage = new Map<string, number[]>();
  visits.forEach((v, i) => {
    const page = v.url.split('#')[0]!;
    byPage.set(page, [...(byPage.get(page) ?? []), i]);
  });
  const out: Probe[] = new Array(visits.length);
  for (const indexes of byPage.values()) {
    // Pages differ from one group to the next, so this is a full navigation to a new document.
    await d.goto(visits[indexes[0]!]!.url);
    const probes = await d.evaluate(follow, { visits: indexes.map((i, k) => ({ ...visits[i]!, here: k === 0 })), furniture: FURNITURE });
    indexes.forEach((i, k) => (out[i] = probes[k]!));
  }
  return out;
}

function idOf(href: string): string {
  const hash = href.split('#')[1] ?? '';
  return decodeURIComponent(hash.split(':~:')[0]!);
}

/** Every 出处 link on the built pages, with the quotes that link there. */
function citeLinks(): { href: string; quote: string }[] {
  const hrefs = new Set<string>();
  for (const rel of htmlFiles(DIST)) {
    for (const m of readFileSync(path.join(DIST, rel), 'utf8').matchAll(/<a class="cite"[^>]*? href="([^"]+)"/g)) hrefs.add(m[1]!);
  }
  const { kb } = loadKnowledge({ root: ROOT });
  const pairs = new Map<string, { href: string; quote: string }>();
  for (const { quote } of collectQuotes(kb)) {
    const href = quoteHref(quote);
    if (hrefs.has(href)) pairs.set(`${href}|${quote.text}`, { href, quote: quote.text });
  }
  const unexplained = [...hrefs].filter((h) => ![...pairs.values()].some((p) => p.href === h));
  expect(unexplained, '出处 links on the pages that no quote of the knowledge model makes').toEqual([]);
  return [...pairs.values()];
}

interface ResultLink {
  kind: 'result' | 'sub-result';
  href: string;
  query: string;
}

async function resultLinks(d: Driver, site: RunningSite): Promise<ResultLink[]> {
  const out: ResultLink[] = [];
  for (const query of QUERIES) {
    await d.goto(site.url(`search/?q=${encodeURIComponent(query)}`));
    for (let i = 0; i < 100; i++) {
      const done = await d.evaluate((q) => {
        const list = document.querySelector<HTMLElement>('[data-search-results]');
        return list?.dataset.state === 'done' && list.dataset.query === q;
      }, query);
      if (done) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const links = await d.evaluate(
      () =>
        [...document.querySelectorAll<HTMLAnchorElement>('[data-search-results] a')].map((a) => ({
          href: a.href,
          kind: a.dataset.subResult !== undefined ? 'sub-result' : a.dataset.resultUrl !== undefined ? 'result' : 'other',
        })),
      null,
    );
    for (const l of links) if (l.kind !== 'other') out.push({ kind: l.kind as ResultLink['kind'], href: l.href, query });
  }
  return out;
}

let site: RunningSite;
beforeAll(async () => {
  site = await serveSite(DIST, '/');
});
afterAll(async () => {
  await site?.close();
});

const summary: string[] = [];
afterAll(() => {
  if (summary.length > 0) console.info(`Links followed and landed:\n${summary.join('\n')}`);
});

const firefoxInstalled = firefoxPath() !== null;
if (!firefoxInstalled) console.warn(FIREFOX_MISSING);
describe.each([
  ['Chromium (text fragments on)', launchCurrentChromium],
  ['Chromium 86 (360/奇安信 kernel)', () => launchOldChromium(CHROMIUM_86)],
  ...(firefoxInstalled
    ? ([['Firefox ESR (text fragments off)', () => launchFirefox({ 'dom.text_fragments.enabled': false })]] as const)
    : []),
] as const)('links land on their passage in %s', (name, launch) => {
  let d: Driver;
  beforeAll(async () => {
    d = await openDriver(name, launch);
  }, 60_000);
  afterAll(async () => {
    await d?.close();
  });

  it('every 出处 link opens its source at the block holding the quote, with the quote on screen', async () => {
    const links = citeLinks();
    expect(links.length).toBeGreaterThan(100);
    const probes = await followAll(
      d,
      links.map((l) => ({ url: site.url(l.href), needle: l.quote, id: idOf(l.href) })),
    );
    const failures = links.flatMap((l, i) => (probes[i]!.landed ? [] : [`${l.href} “${l.quote.slice(0, 30)}” → ${JSON.stringify(probes[i])}`]));
    summary.push(`  ${d.name}: 出处 ${links.length - failures.length}/${links.length} landed`);
    expect(failures).toEqual([]);
  }, 90_000);

  it('every result and sub-result link of the queries opens at the match, on screen', async () => {
    const links = await resultLinks(d, site);
    const probes = await followAll(
      d,
      links.map((l) => ({ url: l.href, needle: l.query, id: idOf(l.href) })),
    );
    const counts = { result: [0, 0], 'sub-result': [0, 0] };
    const failures: string[] = [];
    links.forEach((l, i) => {
      counts[l.kind][1]!++;
      if (probes[i]!.landed) counts[l.kind][0]!++;
      else failures.push(`${l.kind} ${decodeURIComponent(new URL(l.href).pathname + new URL(l.href).hash)} → ${JSON.stringify(probes[i])}`);
    });
    const directives = links.filter((l) => l.href.includes(':~:text=')).length;
    summary.push(
      `  ${d.name}: results ${counts.result[0]}/${counts.result[1]}, sub-results ${counts['sub-result'][0]}/${counts['sub-result'][1]} landed (${directives} links with a text directive)`,
    );
    expect(failures).toEqual([]);
    expect(counts.result[1]).toBeGreaterThan(20);
  }, 90_000);
});
