// Every 出处 link opens the source at the quote's own words: the quote's opening is on screen, inside
// the span the link names, and that span is the :target — in current Chromium on a phone (390×844)
// and on a laptop (1366×768), in Chromium 86 (the kernel of the 360 and 奇安信 browsers) and Firefox
// ESR with text fragments off on the office PCs that run them (1366×768). No link carries a text
// directive, so nothing here depends on text fragments. Two passes in each browser and size:
// - every link, on its destination: each source page is opened once and each of its 出处 links
//   followed there as a fragment navigation from the top of the page (where the browser scrolls
//   and what it marks :target depend on the page and the span, not on the page the link is on);
// - clicked where readers find them: for each source page, the first of its links in page order,
//   the one whose quote starts deepest into its block and the one whose span comes last on the
//   page are clicked on the first page showing them (a real navigation; Back between links on the
//   same page), so a cross-document click — the load, the scroll after it, the back/forward cache
//   — is checked for every destination. QUOTE_LINKS_ALL=1 clicks every link.
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
import { follow, followOnTheirPages, fragmentToFollow, FURNITURE, idOf, type Probe } from '../../scripts/kit/landing-probe.ts';

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

const NOT_LANDED: Probe = { found: '', occurrences: 0, onScreen: 0, onScreenInTarget: 0, target: null, landed: false };

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
  if (!(await settle(page, decodeURIComponent(site.url(link.href))))) return NOT_LANDED;
  const [probe] = await page.evaluate(follow, { visits: [{ url: link.href, needles: [link.quote], id: idOf(link.href), here: true }], furniture: FURNITURE });
  return probe!;
}

/** The page a link opens, without its fragment. */
function pathOf(href: string): string {
  return href.split('#')[0]!;
}

const builtPages = new Map<string, string>();
/** Where the span a link names starts in its page's built HTML (its place in page order). */
function placeOnPage(href: string): number {
  const page = pathOf(href);
  if (!builtPages.has(page)) builtPages.set(page, readFileSync(path.join(SITE_DIR, page, 'index.html'), 'utf8'));
  return builtPages.get(page)!.indexOf(`id="${idOf(href)}"`);
}

/**
 * The links clicked on the page where readers find them: for each destination page, the first
 * in page order, the deepest into its block and the last on the page (or every link, with
 * QUOTE_LINKS_ALL=1). In clicking order (grouped by the page they are clicked on).
 */
function clickSample(links: CiteLink[]): CiteLink[] {
  if (process.env.QUOTE_LINKS_ALL === '1') return links;
  const chosen = new Set<CiteLink>();
  for (const group of Map.groupBy(links, (l) => pathOf(l.href)).values()) {
    const byPlace = [...group].sort((a, b) => placeOnPage(a.href) - placeOnPage(b.href));
    const depth = (l: CiteLink) => locate(sourceOfHref(l.href), l.quote)?.span.start ?? 0;
    chosen.add(byPlace[0]!);
    chosen.add(byPlace.at(-1)!);
    chosen.add(group.reduce((a, b) => (depth(b) > depth(a) ? b : a)));
  }
  return links.filter((l) => chosen.has(l));
}

const site = servedDuringTests(SITE_DIR, '/');

const summary: string[] = [];
afterAll(() => {
  if (summary.length > 0) console.info(`出处 links, quote on screen in its span:\n${summary.join('\n')}`);
});

const firefoxInstalled = firefoxPath() !== null;
if (!firefoxInstalled) console.warn(FIREFOX_MISSING);
type Launch = (viewport: Viewport) => Promise<TestBrowser | null>;
type Size = readonly [string, Viewport];
const PHONE_SIZE: Size = ['390×844', PHONE];
const LAPTOP_SIZE: Size = ['1366×768', LAPTOP];
/**
 * The browsers and the sizes each is read at: current Chromium on phones and laptops; the old
 * browsers on the office PCs that run them (Chromium 86, the 360/奇安信 kernel, and Firefox ESR
 * are desktop browsers here; headless Firefox cannot be narrower than 450–500 px anyway).
 */
const BROWSERS: [string, Launch, Size[]][] = [
  ['Chromium', () => launchCurrentChromium(), [PHONE_SIZE, LAPTOP_SIZE]],
  ['Chromium 86', () => launchOldChromium(CHROMIUM_86), [LAPTOP_SIZE]],
  ...(firefoxInstalled
    ? ([['Firefox ESR (text fragments off)', (v: Viewport) => launchFirefox({ 'dom.text_fragments.enabled': false }, v), [LAPTOP_SIZE]]] as [string, Launch, Size[]][])
    : []),
];
const ONLY = process.env.QUOTE_LINKS_BROWSERS?.split(',');
const SIZES = process.env.QUOTE_LINKS_SIZES?.split(',');
const RUNS = BROWSERS.filter(([name]) => !ONLY || ONLY.includes(name)).flatMap(([name, launch, sizes]) =>
  sizes.filter(([size]) => !SIZES || SIZES.includes(size)).map(([size, viewport]) => ({ name, launch, size, viewport })),
);

/** Runs at once: each waits on its own navigations, so two share two cores well. */
const together = limiter(2);

function failure(link: CiteLink, p: Probe, how: string): string {
  return `${how} ${link.from} → ${decodeURIComponent(link.href)} “${link.quote.slice(0, 20)}” ${JSON.stringify(p)}`;
}

// Each browser and size in its own test, two at a time.
describe.concurrent('出处 links', () => {
  it.each(RUNS)('in $name at $size: open at the quote, on screen and marked — every link on its page, and clicked where readers find them', ({ name, launch, size, viewport }) =>
    together(async () => {
      const started = Date.now();
      const links = citeLinks();
      expect(links.length).toBeGreaterThan(100);
      const clicks = clickSample(links);
      // Every destination is clicked into at least once.
      expect(new Set(clicks.map((l) => pathOf(l.href)))).toEqual(new Set(links.map((l) => pathOf(l.href))));
      const browser = await launch(viewport);
      if (!browser) throw new Error(`${name}: browser not available`);
      try {
        const page = await browser.newPage(viewport);
        const failures: string[] = [];
        // Every link on its destination, opened once for all of its links.
        const onTheirPages = await followOnTheirPages(page, links.map((cite) => ({ cite, href: site.url(cite.href) })), (l, url) => ({ url: `${url}${fragmentToFollow(l.href, false)}`, needles: [l.cite.quote], id: idOf(l.href) }));
        for (const { link, probe } of onTheirPages) if (!probe.landed) failures.push(failure(link.cite, probe, 'followed on its page:'));
        const followed = links.length - failures.length;
        let clicked = 0;
        let previous: CiteLink | undefined;
        for (const link of clicks) {
          const p = await clickAndProbe(page, site, link, previous);
          previous = link;
          if (p.landed) clicked++;
          else failures.push(failure(link, p, 'clicked:'));
        }
        // Headless Firefox keeps its window at least 450 (ESR 140) or 500 px (ESR 153) wide: say the width really tested.
        const width = await page.evaluate(() => innerWidth, null);
        await page.close();
        const tested = width === viewport.width ? '' : ` (the window is ${width} px wide: the narrowest this browser allows)`;
        summary.push(
          `  ${name} ${size}${tested}: ${followed}/${links.length} followed on their page, ${clicked}/${clicks.length} clicked where readers find them; ${Math.round((Date.now() - started) / 1000)} s`,
        );
        expect(failures).toEqual([]);
      } finally {
        await browser.close();
      }
    }),
  900_000);
});
