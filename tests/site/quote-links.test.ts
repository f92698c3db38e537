// Every 出处 link, clicked on a page where readers find it, opens the source at the quote's own
// words: the quote's first characters are on screen, inside the span the link names, and that
// span is the :target — on a phone (390×844) and on a laptop (1366×768), in current Chromium,
// Chromium 86 (the kernel of the 360 and 奇安信 browsers) and Firefox ESR with text fragments
// off. No link carries a text directive, so nothing here depends on text fragments.
//
// Each quote's link is clicked on the first page (in file order) that shows it: the page is
// opened (or gone back to), the link clicked (a real navigation), and the destination probed.
// QUOTE_LINKS_BROWSERS (e.g. "Chromium") and QUOTE_LINKS_SIZES ("390×844") narrow a run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/lib/content/knowledge.ts';
import { htmlFiles } from '../../src/lib/files.ts';
import { collectQuotes } from '../../src/lib/knowledge/quotes.ts';
import { locate, quoteHref } from '../../src/lib/sources/model.ts';
import {
  CHROMIUM_86,
  FIREFOX_MISSING,
  firefoxPath,
  launchCurrentChromium,
  launchFirefox,
  launchOldChromium,
  type TestBrowser,
  type TestPage,
  type Viewport,
} from '../support/old-browsers.ts';
import { type RunningSite, servedDuringTests } from '../support/server.ts';
import { DIST, ROOT } from '../support/sites.ts';
import { limiter } from '../support/limiter.ts';

const PHONE: Viewport = { width: 390, height: 844 };
const LAPTOP: Viewport = { width: 1366, height: 768 };
/** QUOTE_LINKS_DIST measures another build (with QUOTE_LINKS_PAIRS: a JSON file of {href, quote} for its links). */
const SITE_DIR = process.env.QUOTE_LINKS_DIST ?? DIST;

/** The source a 出处 link opens (/sources/<id>/…, or the guide's chapters: the book). */
function sourceOfHref(href: string): string {
  return /^\/sources\/([^/]+)\//.exec(href)?.[1] ?? 'practice-guide';
}

interface CiteLink {
  /** Page (site path) where the link is clicked. */
  from: string;
  href: string;
  quote: string;
}

/**
 * Every quote behind a 出处 link of the built pages, with its link and the first page showing it
 * (a link shared by several quotes, as a paragraph address is, is clicked for each of them).
 */
function citeLinks(): CiteLink[] {
  const firstPage = new Map<string, string>();
  for (const rel of htmlFiles(SITE_DIR)) {
    if (!rel.endsWith('index.html')) continue;
    const html = readFileSync(path.join(SITE_DIR, rel), 'utf8');
    for (const m of html.matchAll(/<a class="cite"[^>]*? href="([^"]+)"/g)) {
      if (!firstPage.has(m[1]!)) firstPage.set(m[1]!, `/${rel.replace(/index\.html$/, '')}`);
    }
  }
  const pairs: { href: string; quote: string }[] = process.env.QUOTE_LINKS_PAIRS
    ? JSON.parse(readFileSync(process.env.QUOTE_LINKS_PAIRS, 'utf8'))
    : collectQuotes(loadKnowledge({ root: ROOT }).kb).map(({ quote }) => ({ href: quoteHref(quote), quote: quote.text }));
  const links = new Map<string, CiteLink>();
  for (const p of pairs) {
    const from = firstPage.get(p.href);
    if (from) links.set(`${p.href}|${p.quote}`, { from, ...p });
  }
  const explained = new Set(pairs.map((p) => p.href));
  expect([...firstPage.keys()].filter((h) => !explained.has(h)), '出处 links that no quote of the knowledge model makes').toEqual([]);
  // Grouped by the page they are clicked on.
  return [...links.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

interface Probe {
  onScreen: boolean;
  inTarget: boolean;
  target: string | null;
}

/** Runs in the page: is the quote's opening on screen, inside the element the URL names, which is the :target? */
function probe(args: { quote: string; id: string }): Probe {
  const squash = (s: string) => s.replace(/[\s\u200b]+/gu, '');
  const main = document.querySelector('main')!;
  const skip = '.site-header, .site-footer, nav, .toc, .paragraph-mark, [data-footnote-ref], [data-footnote-backref]';
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  let flat = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.parentElement?.closest(skip)) continue;
    for (let i = 0; i < n.data.length; i++) {
      if (/[\s\u200b]/u.test(n.data[i]!)) continue;
      flat += n.data[i];
      nodes.push(n);
      offsets.push(i);
    }
  }
  // The opening of the quote: its first eight characters, or (a quote may run on past what the
  // page shows of it, e.g. a contents line's leader dots) the longest run of at least four of
  // them starting in its first four characters that the page shows.
  const raw = squash(args.quote);
  const candidates: string[] = [];
  for (let s = 0; s < Math.min(4, raw.length); s++) {
    for (let len = Math.min(8, raw.length - s); len >= Math.min(4, raw.length - s); len--) {
      const c = raw.slice(s, s + len);
      if (flat.includes(c)) {
        candidates.push(c);
        break;
      }
    }
  }
  candidates.sort((a, b) => b.length - a.length);
  const named = args.id ? document.getElementById(args.id) : null;
  const target = document.querySelector(':target');
  let onScreen = false;
  let inTarget = false;
  for (const needle of candidates) {
    for (let at = flat.indexOf(needle); at >= 0; at = flat.indexOf(needle, at + 1)) {
      const range = document.createRange();
      range.setStart(nodes[at]!, offsets[at]!);
      range.setEnd(nodes[at + needle.length - 1]!, offsets[at + needle.length - 1]! + 1);
      const rect = range.getClientRects()[0];
      if (!rect || rect.width === 0) continue;
      if (rect.top >= -2 && rect.bottom <= window.innerHeight + 2) {
        onScreen = true;
        const inNamed =
          !!named && (named.contains(nodes[at]!) || (named.matches('h1,h2,h3,h4,h5,h6') && (named.compareDocumentPosition(nodes[at]!) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0));
        if (inNamed) inTarget = true;
      }
    }
    if (inTarget) break;
  }
  return { onScreen, inTarget: inTarget && target === named, target: target?.id ?? null };
}

/** Waits until the page shows `url`, fully loaded (evaluations may fail while it navigates). */
async function settle(page: TestPage, url: string): Promise<boolean> {
  for (const end = Date.now() + 10_000; Date.now() < end; ) {
    try {
      const state = await page.evaluate(() => ({ href: decodeURIComponent(location.href), ready: document.readyState }), null);
      if (state.href === url && state.ready === 'complete') return true;
    } catch {
      // The page navigated away under the evaluation: look again.
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}

/** Clicks the link on its page (going back to the page when it was the last one clicked from) and probes where it landed. */
async function clickAndProbe(page: TestPage, site: RunningSite, link: CiteLink, previous: CiteLink | undefined): Promise<Probe> {
  const origin = decodeURIComponent(site.url(link.from));
  if (previous?.from === link.from) {
    await page.evaluate(() => history.back(), null).catch(() => undefined);
    if (!(await settle(page, origin))) await page.goto(site.url(link.from));
  } else {
    await page.goto(site.url(link.from));
  }
  const clicked = await page
    .evaluate((href) => {
      const a = [...document.querySelectorAll<HTMLAnchorElement>('a.cite')].find((x) => x.getAttribute('href') === href);
      a?.click();
      return a !== undefined;
    }, link.href)
    // The navigation the click starts may end the evaluation.
    .catch(() => true);
  if (!clicked) throw new Error(`${link.from} shows no 出处 link to ${link.href}`);
  const id = decodeURIComponent(link.href.split('#')[1] ?? '');
  let last: Probe = { onScreen: false, inTarget: false, target: null };
  if (!(await settle(page, decodeURIComponent(site.url(link.href))))) return last;
  for (let i = 0; i < 40; i++) {
    try {
      last = await page.evaluate(probe, { quote: link.quote, id });
      if (last.onScreen && last.inTarget) return last;
    } catch {
      // Still navigating.
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return last;
}

const site = servedDuringTests(SITE_DIR, '/');

const summary: string[] = [];
afterAll(() => {
  if (summary.length > 0) console.info(`出处 links clicked, quote on screen in its span:\n${summary.join('\n')}`);
});

const firefoxInstalled = firefoxPath() !== null;
if (!firefoxInstalled) console.warn(FIREFOX_MISSING);
type Launch = (viewport: Viewport) => Promise<TestBrowser | null>;
const BROWSERS: [string, Launch][] = [
  ['Chromium', () => launchCurrentChromium()],
  ['Chromium 86', () => launchOldChromium(CHROMIUM_86)],
  ...(firefoxInstalled ? ([['Firefox ESR (text fragments off)', (v: Viewport) => launchFirefox({ 'dom.text_fragments.enabled': false }, v)]] as [string, Launch][]) : []),
];
const ONLY = process.env.QUOTE_LINKS_BROWSERS?.split(',');
/**
 * Characters into its block from which a quote could start below the first screen when its block
 * is scrolled to the top: measured on a source page, 20 characters a line and 27 lines on a phone
 * (390×844), 36 and 25 on a laptop (1366×768); each threshold is well inside its first screen.
 */
const DEEP: Record<string, number> = { '390×844': 200, '1366×768': 600 };
/**
 * Every quote is clicked at 390×844 in current Chromium (a phone: where a quote deep in a long
 * paragraph would fall below the screen). Elsewhere, to keep the run short, every quote starting
 * deep in its block for that size (DEEP) and every tenth of the others; QUOTE_LINKS_ALL=1 clicks all.
 */
function sampled(links: CiteLink[], name: string, size: string): CiteLink[] {
  if (process.env.QUOTE_LINKS_ALL === '1' || (name === 'Chromium' && size === '390×844')) return links;
  return links.filter((l, i) => i % 10 === 0 || (locate(sourceOfHref(l.href), l.quote)?.span.start ?? 0) >= DEEP[size]!);
}
const SIZES = process.env.QUOTE_LINKS_SIZES?.split(',');

/** Runs at once: each waits on its own navigations, so two share two cores well. */
const together = limiter(2);
/** The run that clicks every quote is cut in two parts (at a page boundary), one per tab, so the two slots finish together. */
const PARTS = 2;
const RUNS = BROWSERS.filter(([name]) => !ONLY || ONLY.includes(name)).flatMap(([name, launch]) =>
  ([
    ['390×844', PHONE],
    ['1366×768', LAPTOP],
  ] as const)
    .filter(([size]) => !SIZES || SIZES.includes(size))
    .flatMap(([size, viewport]) => {
      const parts = process.env.QUOTE_LINKS_ALL === '1' || (name === 'Chromium' && size === '390×844') ? PARTS : 1;
      return Array.from({ length: parts }, (_, part) => ({ name, launch, size, viewport, part, parts, label: parts > 1 ? ` (part ${part + 1} of ${parts})` : '' }));
    }),
);

/** Part `part` of `parts` of the links, cut where the page they are clicked on changes. */
function part(links: CiteLink[], part: number, parts: number): CiteLink[] {
  const cuts = [0];
  for (let k = 1; k < parts; k++) {
    let at = Math.round((links.length * k) / parts);
    while (at < links.length && at > 0 && links[at]!.from === links[at - 1]!.from) at++;
    cuts.push(at);
  }
  cuts.push(links.length);
  return links.slice(cuts[part], cuts[part + 1]);
}

// Each browser and size in its own test, two at a time (in this order: the longest first).
describe.concurrent('出处 links clicked', () => {
  it.each(RUNS.map((r) => ({ ...r, run: `${r.size}${r.label}` })))('in $name at $run: open at the quote, on screen and marked', ({ name, launch, size, viewport, part: p, parts, label }) =>
    together(async () => {
      const started = Date.now();
      const all = citeLinks();
      expect(all.length).toBeGreaterThan(100);
      const links = part(sampled(all, name, size), p, parts);
      const browser = await launch(viewport);
      if (!browser) throw new Error(`${name}: browser not available`);
      try {
        const page = await browser.newPage(viewport);
        const failures: string[] = [];
        let onScreen = 0;
        let previous: CiteLink | undefined;
        for (const link of links) {
          const p = await clickAndProbe(page, site, link, previous);
          previous = link;
          if (p.onScreen) onScreen++;
          if (!(p.onScreen && p.inTarget)) failures.push(`${link.from} → ${decodeURIComponent(link.href)} “${link.quote.slice(0, 20)}” ${JSON.stringify(p)}`);
        }
        // Headless Firefox keeps its window at least 450 (ESR 140) or 500 px (ESR 153) wide: say the width really tested.
        const width = await page.evaluate(() => innerWidth, null);
        await page.close();
        const tested = width === viewport.width ? '' : ` (the window is ${width} px wide: the narrowest this browser allows)`;
        summary.push(`  ${name} ${size}${tested}${label}: ${links.length - failures.length}/${links.length} in their span on screen (${onScreen} with the quote on screen)${links.length < all.length ? `, of ${all.length}` : ''}; ${Math.round((Date.now() - started) / 1000)} s`);
        expect(failures).toEqual([]);
      } finally {
        await browser.close();
      }
    }),
  900_000);
});
