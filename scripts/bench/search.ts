// Search: quality and speed of the site's search against stock Pagefind (default settings) on
// the same pages, and the latency measured in the growth builds.
//
// Queries (≥ 150): domain terms, random 2–6 character substrings of the pages (some across word
// boundaries), two-term queries and absent strings. Truth: scripts/kit/search-truth.ts, computed
// from a stock Pagefind index the benchmark writes itself (pagefind Node API) beside the site's.
// Ours: the ranking comes from the search engine (src/lib/search/engine.ts, the code the search
// page runs) over the built index; every query is also typed into the real search page in
// Chromium, timed until the results are on screen, and the page's count and first results must
// equal the engine's. Stock: pagefind.js in the browser, search → first 10 results' data loaded.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dirSize } from '../../src/lib/files.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { MAX_QUERY_CHARS } from '../../src/lib/search/query.ts';
import { bestUrls, decodeFragment, loadTruth, truthSearch, writeStockIndex, type TruthPage } from '../kit/search-truth.ts';
import { prng } from '../kit/synthetic-corpus.ts';
import { NATURAL_QUERIES, top3Share } from '../kit/natural-queries.ts';
import { directiveWords, followOnTheirPages, fragmentToFollow, idOf } from '../kit/landing-probe.ts';
import { median, type SearchCorpusResult, type SearchLatency, type SearchScore } from './report.ts';
import { startBenchServer } from './server.ts';

const DOMAIN_TERMS = [
  '联席轮值', '双报到', '三会一课', '党组织书记', '党建联盟', '强基党建', '融合党建', '开放党建', '主体党建',
  '网格化', '基层党组织', '组织力', '红色先锋', '两新组织', '支部建在连上', '公推直选', '区域化党建',
  '服务型党组织', '大数据', '智慧党建', '四级联动', '街道社区', '非公企业', '社会组织', '党建引领', '基层治理',
  '政治功能', '组织生活', '民主集中制', '党员队伍', '典型案例', '中央精神', '无锡', '苏州大学', '党支部',
  '互联网', '共建共享', '党员教育', '书记', '制度建设',
];
const ABSENT_TERMS = ['足球联赛', '量子计算', '区块链金融', '宇宙飞船', '咖啡拉花', '深海潜水', '芭蕾舞团', '火星基地'];

export type QueryKind = 'domain' | 'substring' | 'boundary' | 'two-term' | 'absent' | 'natural';

export function buildQueries(truth: readonly TruthPage[], count: number, seed = 1): { q: string; kind: QueryKind }[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const texts = truth.map((t) => t.text).filter((t) => t.length > 20);
  const out: { q: string; kind: QueryKind }[] = [];
  const seen = new Set<string>();
  const add = (q: string, kind: QueryKind) => {
    if (q && !seen.has(q)) out.push({ q, kind }), seen.add(q);
  };
  const ofKind = (kind: QueryKind) => out.filter((q) => q.kind === kind).length;
  // Pagefind ends blocks with an inserted "."; nobody types that, so it stays out of queries.
  const typed = (s: string) => !s.includes('.');
  for (const t of DOMAIN_TERMS) add(t, 'domain');
  const n = Math.max(count, 150);
  while (ofKind('substring') < Math.round(n * 0.4)) {
    const text = pick(texts);
    const len = 2 + Math.floor(rand() * 5);
    const s = text.slice(Math.floor(rand() * (text.length - len))).slice(0, len);
    if (/\p{L}/u.test(s) && typed(s)) add(s, 'substring');
  }
  // Substrings that cross a word boundary (as Intl.Segmenter cuts the text).
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  while (ofKind('boundary') < Math.round(n * 0.15)) {
    const text = pick(texts);
    const window = text.slice(Math.floor(rand() * (text.length - 30))).slice(0, 30);
    const bounds = [...segmenter.segment(window)].map((s) => s.index).filter((i) => i >= 2 && i <= 26);
    if (bounds.length === 0) continue;
    const b = pick(bounds);
    const s = window.slice(b - 1 - Math.floor(rand() * 3), b + 1 + Math.floor(rand() * 3));
    if (/\p{Script=Han}{2}/u.test(s) && typed(s)) add(s, 'boundary');
  }
  // Two terms: half from one page (usually found), half from two pages (often not).
  while (ofKind('two-term') < Math.round(n * 0.15)) {
    const text = pick(texts);
    const other = rand() < 0.5 ? text : pick(texts);
    const a = text.slice(Math.floor(rand() * (text.length - 4))).slice(0, 2 + Math.floor(rand() * 3));
    const b = other.slice(Math.floor(rand() * (other.length - 4))).slice(0, 2 + Math.floor(rand() * 3));
    if (/\p{Script=Han}/u.test(a) && /\p{Script=Han}/u.test(b) && a !== b && typed(a + b)) add(`${a} ${b}`, 'two-term');
  }
  for (const t of ABSENT_TERMS) if (truthSearch(truth, t).length === 0) add(t, 'absent');
  // More absent strings: common characters in an order no page contains.
  const common = [...new Set([...texts.join('').slice(0, 20000)].filter((c) => /\p{Script=Han}/u.test(c)))];
  while (out.length < n || ofKind('absent') < 15) {
    const s = Array.from({ length: 3 + Math.floor(rand() * 2) }, () => pick(common)).join('');
    if (truthSearch(truth, s).length === 0) add(s, 'absent');
  }
  return out;
}

/** What one query returned and cost. */
interface Run {
  q: string;
  /** Result URLs in order (ours: the exact phrase's group; the looser groups are not scored here). */
  urls: string[];
  ms: number;
  /** Pagefind index files (meta, chunks, filters) and fragments fetched for this query. */
  indexBytes: number;
  fragmentBytes: number;
  /** Every other byte fetched for this query (e.g. the no-hit suggestions). */
  otherBytes: number;
}

/** Bytes a browser context fetches, by kind, since the last take() (workers included). */
function byteCounter(context: BrowserContext): { take(): { index: number; fragment: number; other: number } } {
  let sums = { index: 0, fragment: 0, other: 0 };
  context.on('response', (r) => {
    const size = Number(r.headers()['content-length'] ?? 0);
    const url = r.url();
    if (url.includes('.pf_fragment')) sums.fragment += size;
    else if (/\.pf_(index|meta|filter)$/.test(new URL(url).pathname)) sums.index += size;
    else sums.other += size;
  });
  return {
    take() {
      const out = sums;
      sums = { index: 0, fragment: 0, other: 0 };
      return out;
    },
  };
}

/** The search page's answer for one query: its result count and the pages it lists, in order. */
export interface Expected {
  total: number;
  urls: string[];
  /** The exact phrase's results (group 完整匹配): what recall and precision are measured on. */
  exact: string[];
}

/**
 * Types `query` into the search page and waits until the results for it are on screen, judged
 * from the DOM alone: with results, the list has been re-rendered and the status line names the
 * expected count; without, the list is empty and the status line has changed (it names the
 * query). While the list says it is busy (aria-busy, data-state), it is not done.
 */
async function typeQuery(page: Page, query: string, total: number): Promise<{ ms: number; urls: string[]; timedOut: boolean }> {
  return page.evaluate(
    async ({ query, total }) => {
      const list = document.querySelector<HTMLElement>('[data-search-results]')!;
      const status = document.querySelector<HTMLElement>('[data-search-status]')!;
      const input = document.querySelector<HTMLInputElement>('[data-search-page-input]')!;
      const before = status.textContent;
      let rendered = false;
      const observer = new MutationObserver(() => (rendered = true));
      observer.observe(list, { childList: true });
      const count = new RegExp(`(^|\\D)${total}(\\D|$)`);
      const busy = () => list.getAttribute('aria-busy') === 'true' || list.dataset.state === 'loading';
      const done = () =>
        !busy() && (total > 0 ? rendered && count.test(status.textContent ?? '') : list.children.length === 0 && status.textContent !== before);
      const started = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const timedOut = await new Promise<boolean>((resolve) => {
        const check = () => (done() ? resolve(false) : performance.now() - started > 15_000 ? resolve(true) : requestAnimationFrame(check));
        check();
      });
      const ms = performance.now() - started;
      observer.disconnect();
      const urls = [...list.querySelectorAll(':scope > li')].map((li) => {
        const href = li.querySelector('a[href]')?.getAttribute('href') ?? '';
        return new URL(href, location.href).pathname;
      });
      return { ms, urls, timedOut };
    },
    { query, total },
  );
}

/**
 * Runs the queries one after another in one fresh search page (the first is cold: nothing of the
 * index but its start-up files loaded). Returns, per query, the time and bytes, and how many
 * answers differed from `expected` (count or listed pages).
 */
export async function searchOnPage(browser: Browser, searchUrl: string, queries: readonly string[], expected: readonly Expected[]): Promise<{ runs: Run[]; mismatches: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const bytes = byteCounter(context);
  try {
    const page = await context.newPage();
    await page.goto(searchUrl, { waitUntil: 'networkidle' });
    bytes.take();
    const runs: Run[] = [];
    const mismatches: string[] = [];
    for (const [i, q] of queries.entries()) {
      const want = expected[i]!;
      const got = await typeQuery(page, q, want.total);
      const shown = want.urls.slice(0, got.urls.length);
      if (got.timedOut || got.urls.length !== Math.min(10, want.total) || shown.some((u, k) => u !== got.urls[k])) {
        mismatches.push(`${q}: page ${got.timedOut ? 'did not show the expected count' : got.urls.slice(0, 3).join(' ')}; engine ${want.total} ${want.urls.slice(0, 3).join(' ')}`);
      }
      const b = bytes.take();
      runs.push({ q, urls: want.exact, ms: got.ms, indexBytes: b.index, fragmentBytes: b.fragment, otherBytes: b.other });
    }
    return { runs, mismatches };
  } finally {
    await context.close();
  }
}

/**
 * Whether the result links' text directives find their match: every query's first page of results
 * on the search page, each link with a directive followed on its own page (opened once for all
 * its links) with the directive alone — so the browser must find the words itself — and counted
 * when the words are on screen inside the block the link names. Needs a browser that follows
 * text directives (the full Chromium).
 */
export async function directivesFound(browser: Browser, searchUrl: string, queries: readonly string[]): Promise<{ links: number; found: number; misses: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    const links: { q: string; href: string }[] = [];
    for (const q of queries) {
      await page.goto(`${searchUrl}?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state === 'done', null, { timeout: 15_000 });
      const hrefs = await page.locator('[data-search-results] a[href*=":~:text="]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      links.push(...hrefs.map((href) => ({ q, href })));
    }
    const followed = await followOnTheirPages(page, links, (l, url) => ({ url: `${url}${fragmentToFollow(l.href, true)}`, needles: [directiveWords(l.href)], id: idOf(l.href) }));
    const misses = followed.filter((f) => !f.probe.landed).map(({ link }) => `${link.q}: ${decodeURIComponent(new URL(link.href).pathname + new URL(link.href).hash)}`);
    return { links: links.length, found: links.length - misses.length, misses };
  } finally {
    await context.close();
  }
}

/** The engine's answers (all matching pages, ranked) over a built index in `pagefindDir`. */
export async function engineAnswers(pagefindDir: string, queries: readonly string[]): Promise<Expected[]> {
  const engine = await SearchEngine.open(async (p) => new Uint8Array(await readFile(path.join(pagefindDir, p))));
  const url = async (page: number) => (await engine.fragment(page)).url;
  const out: Expected[] = [];
  for (const q of queries) {
    const { results } = await engine.search(q);
    const urls = await Promise.all(results.map((m) => url(m.page)));
    out.push({ total: results.length, urls, exact: urls.filter((_, i) => results[i]!.group === 'exact') });
  }
  return out;
}

/** Growth: the first query in a fresh search page (cold) and the median of the rest (warm). */
export async function searchLatency(browser: Browser, siteUrl: string, distDir: string, queries: string[]): Promise<SearchLatency> {
  const expected = await engineAnswers(path.join(distDir, 'pagefind'), queries);
  const { runs } = await searchOnPage(browser, `${siteUrl}search/`, queries, expected);
  const cold = runs[0]!;
  return {
    queries,
    coldMs: cold.ms,
    warmMedianMs: median(runs.slice(1).map((r) => r.ms)),
    coldBytes: cold.indexBytes + cold.fragmentBytes + cold.otherBytes,
    results: expected.map((e) => e.total),
  };
}

/** Stock results are fragment hashes; the fragment files name their page. */
function stockUrls(stockDir: string): Map<string, string> {
  const dir = path.join(stockDir, 'fragment');
  return new Map(readdirSync(dir).map((f) => [f.replace(/\.pf_fragment$/, ''), decodeFragment(readFileSync(path.join(dir, f))).url]));
}

/**
 * Stock pagefind.js (from `bundle`), loaded into a same-origin page (the 404 page), in one fresh
 * page: each query is timed from search() until the first 10 results' data are loaded.
 */
async function runStock(browser: Browser, root: string, bundle: string, queries: readonly string[], urls: Map<string, string>): Promise<Run[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const bytes = byteCounter(context);
  type Pagefind = { options(o: object): Promise<void>; init(): Promise<void>; search(q: string): Promise<{ results: { id: string; data(): Promise<unknown> }[] }> };
  try {
    const page = await context.newPage();
    await page.goto(`${root}stock-search/`);
    await page.evaluate(async (bundle) => {
      const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pf.options({ baseUrl: '/' });
      await pf.init();
      (globalThis as unknown as { pf: Pagefind }).pf = pf;
    }, bundle);
    await page.waitForLoadState('networkidle');
    bytes.take();
    const runs: Run[] = [];
    for (const q of queries) {
      const res = await page.evaluate(async (query) => {
        const { pf } = globalThis as unknown as { pf: Pagefind };
        const started = performance.now();
        const search = await pf.search(query);
        await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
        return { ms: performance.now() - started, ids: search.results.map((r) => r.id) };
      }, q);
      const b = bytes.take();
      runs.push({ q, urls: res.ids.map((id) => urls.get(id) ?? id), ms: res.ms, indexBytes: b.index, fragmentBytes: b.fragment, otherBytes: b.other });
    }
    return runs;
  } finally {
    await context.close();
  }
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
};
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

function score(runs: readonly Run[], truth: readonly TruthPage[], cold: number[]): SearchScore {
  const recalls: number[] = [];
  const precisions: number[] = [];
  const best: number[] = [];
  for (const r of runs) {
    const q = [...new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(r.q.trim().split(/\s+/u).join(' '))]
      .slice(0, MAX_QUERY_CHARS)
      .map((s) => s.segment)
      .join('');
    const expected = truthSearch(truth, q);
    const want = new Set(expected.map((m) => m.url));
    const got = new Set(r.urls);
    const hit = [...got].filter((u) => want.has(u)).length;
    if (want.size > 0) recalls.push(hit / want.size);
    if (got.size > 0) precisions.push(hit / got.size);
    if (want.size > 0) best.push(r.urls[0] !== undefined && bestUrls(expected).has(r.urls[0]) ? 1 : 0);
  }
  return {
    recall: mean(recalls),
    precision: mean(precisions),
    bestFirst: mean(best),
    medianMs: quantile(runs.map((r) => r.ms), 0.5),
    p95Ms: quantile(runs.map((r) => r.ms), 0.95),
    indexBytes: mean(runs.map((r) => r.indexBytes)),
    coldIndexBytes: mean(cold),
    fragmentBytes: mean(runs.map((r) => r.fragmentBytes)),
  };
}

/**
 * The whole comparison on one built, indexed site in `siteDir` (a directory the benchmark owns:
 * the stock index is written into it).
 */
export async function benchSearch(
  browser: Browser,
  name: string,
  siteDir: string,
  queryCount: number,
  log: (s: string) => void,
  oldBrowser?: { name: string; browser: Browser },
  /** Whether to check the result links' text directives (directivesFound): `browser` follows them. */
  checkDirectives = false,
): Promise<SearchCorpusResult> {
  const stockDir = path.join(siteDir, 'stock-pagefind');
  rmSync(stockDir, { recursive: true, force: true });
  log(`[${name}] writing a stock Pagefind index …`);
  const stock = await writeStockIndex(siteDir, stockDir);
  const truth = await loadTruth(siteDir, stockDir);
  // Natural queries (scripts/kit/natural-queries.ts) are timed too; they have no exact answer.
  const queries = [...buildQueries(truth, queryCount), ...NATURAL_QUERIES.map((n) => ({ q: n.q, kind: 'natural' as const }))];
  const kinds: Record<string, number> = {};
  for (const q of queries) kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
  const texts = queries.map((q) => q.q);
  log(`[${name}] ${truth.length} pages, ${queries.length} queries ${JSON.stringify(kinds)}`);
  const expected = await engineAnswers(path.join(siteDir, 'pagefind'), texts);
  const server = await startBenchServer(siteDir, '/');
  try {
    const searchUrl = server.url('/search/');
    log(`[${name}] typing every query into the search page …`);
    const ours = await searchOnPage(browser, searchUrl, texts, expected);
    let old: SearchCorpusResult['old'];
    if (oldBrowser) {
      log(`[${name}] typing every query into the search page in ${oldBrowser.name} …`);
      const runs = await searchOnPage(oldBrowser.browser, searchUrl, texts, expected);
      for (const m of runs.mismatches) log(`  ${oldBrowser.name}: page ≠ engine: ${m}`);
      const ms = runs.runs.map((r) => r.ms);
      old = { browser: oldBrowser.name, medianMs: quantile(ms, 0.5), p95Ms: quantile(ms, 0.95), mismatches: runs.mismatches.length };
    }
    log(`[${name}] running every query through stock pagefind.js …`);
    const bundle = '/stock-pagefind/';
    const stockRuns = await runStock(browser, server.url('/'), bundle, texts, stockUrls(stockDir));
    const sample = texts.filter((_, i) => i % Math.ceil(texts.length / 30) === 0);
    log(`[${name}] index bytes of one query on a fresh page (${sample.length} queries) …`);
    const coldOurs: number[] = [];
    const coldStock: number[] = [];
    for (const q of sample) {
      coldOurs.push((await searchOnPage(browser, searchUrl, [q], [expected[texts.indexOf(q)]!])).runs[0]!.indexBytes);
      coldStock.push((await runStock(browser, server.url('/'), bundle, [q], new Map()))[0]!.indexBytes);
    }
    for (const m of ours.mismatches) log(`  page ≠ engine: ${m}`);
    let directives: SearchCorpusResult['directives'];
    if (checkDirectives) {
      log(`[${name}] following every result link's text directive on its page …`);
      const d = await directivesFound(browser, searchUrl, texts);
      for (const m of d.misses) log(`  text directive not found: ${m}`);
      directives = { links: d.links, found: d.found };
    }
    // Share of natural queries answered in the top 3, on a corpus that has their answer pages.
    const urls = new Set(truth.map((t) => t.url));
    const natural = NATURAL_QUERIES.every((n) => n.answers.every((u) => urls.has(u)))
      ? Object.fromEntries(Object.entries(top3Share(NATURAL_QUERIES, (n) => expected[texts.indexOf(n.q)]!.urls.slice(0, 3))).map(([k, v]) => [k, v.share]))
      : undefined;
    return {
      ...(natural ? { natural } : {}),
      ...(old ? { old } : {}),
      ...(directives ? { directives } : {}),
      name,
      pages: truth.length,
      queries: queries.length,
      kinds,
      ours: score(ours.runs, truth, coldOurs),
      stock: score(stockRuns, truth, coldStock),
      indexBytes: { ours: dirSize(path.join(siteDir, 'pagefind')).bytes, stock: dirSize(stockDir).bytes },
      stockIndexSeconds: stock.seconds,
      pageMismatches: ours.mismatches.length,
    };
  } finally {
    await server.close();
  }
}
