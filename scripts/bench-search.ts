// `npm run bench:search` — search quality and speed, ours vs stock Pagefind, side by side.
//
// 1. Builds the site (or uses --site DIR), then writes a stock Pagefind index of the same pages
//    (default settings, the HTML as served) to <site>/pagefind-default/.
// 2. Builds ≥150 queries from the built pages: domain terms, random 2–6 character substrings
//    (some across word boundaries), two-term queries and absent strings. Truth: the pages whose
//    indexed text contains every term (tests/support/search-truth.ts).
// 3. In headless Chromium runs every query through the real search page (typing → results
//    rendered) and through stock pagefind.js (search → first 10 results' data loaded), and prints
//    recall, precision, best-page-first rate, median/p95 time and index bytes fetched per query.
// 4. Repeats on a synthetic corpus of 5,000 pages made from the real sources' text.
//
//   node scripts/bench-search.ts [--site DIR] [--pages 5000] [--queries 160] [--skip-synthetic] [--json FILE]
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { buildOrThrow } from '../tests/support/build.ts';
import { serveSite } from '../tests/support/server.ts';
import { buildSearchIndex } from '../src/integrations/pagefind-index.ts';
import { dirSize } from '../src/lib/files.ts';
import { SearchEngine } from '../src/lib/search/engine.ts';
import { MAX_QUERY_CHARS } from '../src/lib/search/query.ts';
import { prng, syntheticCorpus, writeSyntheticHtml } from '../tests/support/synthetic-corpus.ts';
import { bestUrls, loadTruth, truthSearch, writeStockIndex, type TruthPage } from '../tests/support/search-truth.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, '.tmp/bench-search');

const DOMAIN_TERMS = [
  '联席轮值', '双报到', '三会一课', '党组织书记', '党建联盟', '强基党建', '融合党建', '开放党建', '主体党建',
  '网格化', '基层党组织', '组织力', '红色先锋', '两新组织', '支部建在连上', '公推直选', '区域化党建',
  '服务型党组织', '大数据', '智慧党建', '四级联动', '街道社区', '非公企业', '社会组织', '党建引领', '基层治理',
  '政治功能', '组织生活', '民主集中制', '党员队伍', '典型案例', '中央精神', '无锡', '苏州大学', '党支部',
  '互联网', '共建共享', '党员教育', '书记', '制度建设',
];
const ABSENT_TERMS = ['足球联赛', '量子计算', '区块链金融', '宇宙飞船', '咖啡拉花', '深海潜水', '芭蕾舞团', '火星基地'];

interface Options {
  site?: string | undefined;
  pages: number;
  queries: number;
  skipSynthetic: boolean;
  skipSite: boolean;
  /** Reuse an already indexed synthetic corpus (only the search page is refreshed). */
  reuse: boolean;
  json?: string | undefined;
}

function parseArgs(argv: string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    site: get('site'),
    pages: Number(get('pages') ?? 5000),
    queries: Number(get('queries') ?? 160),
    skipSynthetic: argv.includes('--skip-synthetic'),
    skipSite: argv.includes('--skip-site'),
    reuse: argv.includes('--reuse'),
    json: get('json'),
  };
}

async function buildSite(outDir: string): Promise<void> {
  await buildOrThrow('astro build', { env: { SITE_OUT_DIR: outDir, SITE_CACHE_DIR: path.join(WORK, 'astro-cache') } });
}

// ---------------------------------------------------------------------------------------------
// Queries

export interface BenchQuery {
  q: string;
  kind: 'domain' | 'substring' | 'boundary' | 'two-term' | 'absent';
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function buildQueries(truth: readonly TruthPage[], count: number, seed = 1): BenchQuery[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const texts = truth.map((t) => t.text).filter((t) => t.length > 20);
  const out: BenchQuery[] = [];
  const seen = new Set<string>();
  const add = (q: string, kind: BenchQuery['kind']) => {
    if (!q || seen.has(q)) return false;
    seen.add(q);
    out.push({ q, kind });
    return true;
  };
  const substring = (min: number, max: number) => {
    for (;;) {
      const text = pick(texts);
      const len = min + Math.floor(rand() * (max - min + 1));
      const at = Math.floor(rand() * (text.length - len));
      const s = text.slice(at, at + len);
      // Pagefind ends blocks with an inserted "."; nobody types that, so leave it out of queries.
      if (/\p{L}/u.test(s) && !s.includes('.')) return s;
    }
  };
  for (const t of DOMAIN_TERMS) add(t, 'domain');
  const n = Math.max(count, 150);
  const quota = { substring: Math.round(n * 0.4), boundary: Math.round(n * 0.15), two: Math.round(n * 0.15) };
  while (out.filter((q) => q.kind === 'substring').length < quota.substring) add(substring(2, 6), 'substring');
  // Substrings that cross a word boundary (as Intl.Segmenter cuts the text).
  while (out.filter((q) => q.kind === 'boundary').length < quota.boundary) {
    const text = pick(texts);
    const at = Math.floor(rand() * (text.length - 30));
    const window = text.slice(at, at + 30);
    const bounds = [...segmenter.segment(window)].map((s) => s.index).filter((i) => i >= 2 && i <= 26);
    if (bounds.length === 0) continue;
    const b = pick(bounds);
    const left = 1 + Math.floor(rand() * 3);
    const right = 1 + Math.floor(rand() * 3);
    const s = window.slice(b - left, b + right);
    if (/\p{Script=Han}{2}/u.test(s) && !s.includes('.')) add(s, 'boundary');
  }
  while (out.filter((q) => q.kind === 'two-term').length < quota.two) {
    // Half from one page (usually found), half from two pages (often not).
    const text = pick(texts);
    const other = rand() < 0.5 ? text : pick(texts);
    const a = text.slice(Math.floor(rand() * (text.length - 4))).slice(0, 2 + Math.floor(rand() * 3));
    const b = other.slice(Math.floor(rand() * (other.length - 4))).slice(0, 2 + Math.floor(rand() * 3));
    if (/\p{Script=Han}/u.test(a) && /\p{Script=Han}/u.test(b) && a !== b && !`${a}${b}`.includes('.')) add(`${a} ${b}`, 'two-term');
  }
  for (const t of ABSENT_TERMS) if (truthSearch(truth, t).length === 0) add(t, 'absent');
  // More absent strings: common characters in an order no page contains.
  const common = [...new Set([...texts.join('').slice(0, 20000)].filter((c) => /\p{Script=Han}/u.test(c)))];
  while (out.length < n || out.filter((q) => q.kind === 'absent').length < 15) {
    const s = Array.from({ length: 3 + Math.floor(rand() * 2) }, () => pick(common)).join('');
    if (truthSearch(truth, s).length === 0) add(s, 'absent');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Running queries in the browser

interface Run {
  q: string;
  urls: string[];
  ms: number;
  /** Time in the engine (index fetch, decode, match) and in loading the shown results' fragments. */
  searchMs?: number;
  fragmentsMs?: number;
  indexBytes: number;
  fragmentBytes: number;
}

/**
 * Counts bytes of Pagefind files (index: meta, chunks, filters; fragments) fetched by a browser
 * context — from pages and from workers (stock pagefind.js searches in a Web Worker).
 */
function byteCounter(context: BrowserContext): { take(): { index: number; fragment: number } } {
  let index = 0;
  let fragment = 0;
  context.on('response', (r) => {
    const url = r.url();
    if (r.status() !== 200 || !/\/pagefind(-default)?\/.*\.pf_(index|meta|filter|fragment)/.test(url)) return;
    const size = Number(r.headers()['content-length'] ?? 0);
    if (url.includes('.pf_fragment')) fragment += size;
    else index += size;
  });
  return {
    take() {
      const out = { index, fragment };
      index = 0;
      fragment = 0;
      return out;
    },
  };
}

/** Our search, through the real search page: typing → results rendered. */
async function runOurs(browser: Browser, root: string, queries: readonly BenchQuery[], urlOf: (page: number) => string): Promise<Run[]> {
  const context = await browser.newContext();
  const bytesSeen = byteCounter(context);
  const page = await context.newPage();
  await page.goto(`${root}search/`);
  await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
  await page.waitForLoadState('networkidle');
  bytesSeen.take();
  const runs: Run[] = [];
  for (const { q } of queries) {
    const res = await page.evaluate(async (query) => {
      const input = document.querySelector<HTMLInputElement>('[data-search-page-input]')!;
      const list = document.querySelector<HTMLElement>('[data-search-results]')!;
      const done = new Promise<{ pages: number[]; phases: { search: number; fragments: number } }>((resolve) => {
        const on = (e: Event) => {
          const d = (e as CustomEvent<{ q: string; pages: number[]; phases: { search: number; fragments: number } }>).detail;
          if (d.q === query.trim().split(/\s+/u).join(' ')) {
            list.removeEventListener('kb:search-rendered', on);
            resolve(d);
          }
        };
        list.addEventListener('kb:search-rendered', on);
      });
      const t0 = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const d = await done;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return { ms: performance.now() - t0, pages: d.pages, phases: d.phases };
    }, q);
    const bytes = bytesSeen.take();
    runs.push({
      q,
      urls: res.pages.map(urlOf),
      ms: res.ms,
      searchMs: res.phases.search,
      fragmentsMs: res.phases.fragments,
      indexBytes: bytes.index,
      fragmentBytes: bytes.fragment,
    });
  }
  await context.close();
  return runs;
}

/** Stock Pagefind (pagefind.js with default settings): search → first 10 results' data loaded. */
async function runDefault(browser: Browser, root: string, queries: readonly BenchQuery[], urlOfHash: Map<string, string>): Promise<Run[]> {
  const context = await browser.newContext();
  const bytesSeen = byteCounter(context);
  const page = await context.newPage();
  await page.goto(`${root}bench-default-search/`); // any same-origin document (the 404 page)
  await page.evaluate(async (bundle) => {
    const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as { options(o: object): Promise<void>; init(): Promise<void> };
    await pf.options({ baseUrl: '/' });
    await pf.init();
    (globalThis as unknown as { __pf: unknown }).__pf = pf;
  }, `${new URL(root).pathname}pagefind-default/`);
  await page.waitForLoadState('networkidle');
  bytesSeen.take();
  const runs: Run[] = [];
  for (const { q } of queries) {
    const res = await page.evaluate(async (query) => {
      const pf = (globalThis as unknown as { __pf: { search(q: string): Promise<{ results: { id: string; data(): Promise<unknown> }[] }> } }).__pf;
      const t0 = performance.now();
      const search = await pf.search(query);
      await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      return { ms: performance.now() - t0, ids: search.results.map((r) => r.id) };
    }, q);
    const bytes = bytesSeen.take();
    runs.push({ q, urls: res.ids.map((id) => urlOfHash.get(id) ?? id), ms: res.ms, indexBytes: bytes.index, fragmentBytes: bytes.fragment });
  }
  await context.close();
  return runs;
}

/** Cold index bytes: a fresh page per query (sample), counting only what the query itself loads. */
async function coldBytes(browser: Browser, root: string, queries: readonly BenchQuery[], engine: 'ours' | 'default'): Promise<number[]> {
  const out: number[] = [];
  for (const { q } of queries) {
    const context = await browser.newContext();
    const bytesSeen = byteCounter(context);
    const page = await context.newPage();
    if (engine === 'ours') {
      await page.goto(`${root}search/`);
      await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
    } else {
      await page.goto(`${root}bench-default-search/`);
      await page.evaluate(async (bundle) => {
        const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as { options(o: object): Promise<void>; init(): Promise<void> };
        await pf.options({ baseUrl: '/' });
        await pf.init();
        (globalThis as unknown as { __pf: unknown }).__pf = pf;
      }, `${new URL(root).pathname}pagefind-default/`);
    }
    await page.waitForLoadState('networkidle');
    bytesSeen.take();
    if (engine === 'ours') {
      await page.locator('[data-search-page-input]').fill(q);
      await page.waitForFunction((query) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === query && document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state === 'done', q.trim().split(/\s+/u).join(' '));
    } else {
      await page.evaluate(async (query) => {
        const pf = (globalThis as unknown as { __pf: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } }).__pf;
        const search = await pf.search(query);
        await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      }, q);
    }
    out.push(bytesSeen.take().index);
    await context.close();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scoring

interface Score {
  /** Median time in the search engine and in loading the shown results (ours only). */
  searchMedianMs: number;
  fragmentsMedianMs: number;
  recall: number;
  precision: number;
  bestFirst: number;
  medianMs: number;
  p95Ms: number;
  indexKB: number;
  coldIndexKB: number;
  fragmentKB: number;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? 0;
};
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function score(runs: readonly Run[], truth: readonly TruthPage[], cold: number[]): Score {
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
    searchMedianMs: quantile(runs.map((r) => r.searchMs ?? NaN).filter(Number.isFinite), 0.5),
    fragmentsMedianMs: quantile(runs.map((r) => r.fragmentsMs ?? NaN).filter(Number.isFinite), 0.5),
    recall: mean(recalls),
    precision: mean(precisions),
    bestFirst: mean(best),
    medianMs: quantile(runs.map((r) => r.ms), 0.5),
    p95Ms: quantile(runs.map((r) => r.ms), 0.95),
    indexKB: mean(runs.map((r) => r.indexBytes)) / 1024,
    coldIndexKB: mean(cold) / 1024,
    fragmentKB: mean(runs.map((r) => r.fragmentBytes)) / 1024,
  };
}

// ---------------------------------------------------------------------------------------------

interface CorpusResult {
  name: string;
  /** The slowest queries (ours), for looking into p95. */
  slowest: Run[];
  pages: number;
  queries: number;
  kinds: Record<string, number>;
  ours: Score;
  stock: Score;
  indexMB: { ours: number; stock: number };
  buildSeconds: { ours: number; stock: number };
}

async function benchCorpus(browser: Browser, name: string, siteDir: string, opts: Options, log: (s: string) => void, reuse = false): Promise<CorpusResult> {
  const stockDir = path.join(siteDir, 'pagefind-default');
  let ourBuild = { seconds: NaN };
  let stock = { seconds: NaN };
  if (!reuse) {
    log(`[${name}] indexing: ours, then stock Pagefind …`);
    ourBuild = await buildSearchIndex(siteDir);
    rmSync(stockDir, { recursive: true, force: true });
    stock = await writeStockIndex(siteDir, stockDir);
  }
  const truth = await loadTruth(siteDir, stockDir);
  const queries = buildQueries(truth, opts.queries);
  const kinds: Record<string, number> = {};
  for (const q of queries) kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
  log(`[${name}] ${truth.length} pages, ${queries.length} queries ${JSON.stringify(kinds)}`);

  // Page number → URL for our index; page hash → URL for the stock index.
  const engine = await SearchEngine.open(async (p) => new Uint8Array(await readFile(path.join(siteDir, 'pagefind', p))));
  const ourUrls = await Promise.all(Array.from({ length: engine.pageCount }, async (_, i) => (await engine.fragment(i)).url));
  const stockEngine = await SearchEngine.open(async (p) => new Uint8Array(await readFile(path.join(stockDir, p))));
  const stockUrls = new Map<string, string>();
  await Promise.all(stockEngine.meta.pages.map(async (p, i) => stockUrls.set(p.hash, (await stockEngine.fragment(i)).url)));

  const site = await serveSite(siteDir, '/');
  try {
    log(`[${name}] running queries through the search page …`);
    const ours = await runOurs(browser, site.root, queries, (i) => ourUrls[i] ?? String(i));
    log(`[${name}] running queries through stock pagefind.js …`);
    const stockRuns = await runDefault(browser, site.root, queries, stockUrls);
    const sample = queries.filter((_, i) => i % Math.ceil(queries.length / 30) === 0);
    log(`[${name}] cold index bytes on ${sample.length} queries …`);
    const coldOurs = await coldBytes(browser, site.root, sample, 'ours');
    const coldStock = await coldBytes(browser, site.root, sample, 'default');
    return {
      name,
      slowest: [...ours].sort((a, b) => b.ms - a.ms).slice(0, 12).map((r) => ({ ...r, urls: r.urls.slice(0, 3) })),
      pages: truth.length,
      queries: queries.length,
      kinds,
      ours: score(ours, truth, coldOurs),
      stock: score(stockRuns, truth, coldStock),
      indexMB: { ours: dirSize(path.join(siteDir, 'pagefind')).bytes / 2 ** 20, stock: dirSize(stockDir).bytes / 2 ** 20 },
      buildSeconds: { ours: ourBuild.seconds, stock: stock.seconds },
    };
  } finally {
    await site.close();
  }
}

function table(results: readonly CorpusResult[]): string {
  const rows: [string, (s: Score) => string][] = [
    ['recall', (s) => s.recall.toFixed(3)],
    ['precision', (s) => s.precision.toFixed(3)],
    ['best page first', (s) => s.bestFirst.toFixed(3)],
    ['median ms (typing → results)', (s) => s.medianMs.toFixed(1)],
    ['p95 ms', (s) => s.p95Ms.toFixed(1)],
    ['  median ms in the engine', (s) => (Number.isFinite(s.searchMedianMs) ? s.searchMedianMs.toFixed(1) : '–')],
    ['  median ms loading 10 results', (s) => (Number.isFinite(s.fragmentsMedianMs) ? s.fragmentsMedianMs.toFixed(1) : '–')],
    ['index KB/query, cold page', (s) => s.coldIndexKB.toFixed(1)],
    ['index KB/query, in a session', (s) => s.indexKB.toFixed(1)],
    ['fragment KB/query', (s) => s.fragmentKB.toFixed(1)],
  ];
  const head = ['', ...results.flatMap((r) => [`${r.name}: ours`, `${r.name}: stock`])];
  const body = rows.map(([label, f]) => [label, ...results.flatMap((r) => [f(r.ours), f(r.stock)])]);
  body.push(['index size MB', ...results.flatMap((r) => [r.indexMB.ours.toFixed(2), r.indexMB.stock.toFixed(2)])]);
  body.push(['pages / queries', ...results.flatMap((r) => [`${r.pages} / ${r.queries}`, ''])]);
  const widths = head.map((_, c) => Math.max(...[head, ...body].map((row) => [...row[c]!].length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(head), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const log = (s: string) => console.error(s);
  mkdirSync(WORK, { recursive: true });
  let siteDir = opts.site ? path.resolve(opts.site) : path.join(WORK, 'site');
  if (!opts.site) {
    log('building the site …');
    await buildSite(siteDir);
  } else {
    // Work on a copy, so the stock index is not written into someone else's build.
    const copy = path.join(WORK, 'site');
    rmSync(copy, { recursive: true, force: true });
    cpSync(siteDir, copy, { recursive: true });
    siteDir = copy;
  }
  if (!existsSync(path.join(siteDir, 'pagefind/pagefind-entry.json'))) throw new Error(`${siteDir} has no search index`);
  const browser = await launchBrowser();
  const results: CorpusResult[] = [];
  try {
    if (!opts.skipSite) results.push(await benchCorpus(browser, 'site', siteDir, opts, log));
    if (!opts.skipSynthetic) {
      const synth = path.join(WORK, `synthetic-${opts.pages}`);
      const reuse = opts.reuse && existsSync(path.join(synth, 'pagefind-default/pagefind-entry.json'));
      if (!reuse) {
        rmSync(synth, { recursive: true, force: true });
        mkdirSync(synth, { recursive: true });
      }
      for (const part of ['search', '_assets', 'favicon.svg', '404.html']) {
        rmSync(path.join(synth, part), { recursive: true, force: true });
        cpSync(path.join(siteDir, part), path.join(synth, part), { recursive: true });
      }
      if (!reuse) {
        const css = readdirSync(path.join(synth, '_assets')).filter((f) => f.endsWith('.css') && !f.startsWith('search')).map((f) => `/_assets/${f}`);
        log(`writing ${opts.pages} synthetic pages …`);
        writeSyntheticHtml(synth, syntheticCorpus(opts.pages, { seed: 1 }), { stylesheets: css });
      }
      results.push(await benchCorpus(browser, `synthetic ${opts.pages}`, synth, opts, log, reuse));
    }
  } finally {
    await browser.close();
  }
  console.log('\nSearch benchmark — ours (exact substring search, src/lib/search) vs stock Pagefind 1.6 on the same pages');
  console.log('(ours: typing → 10 results rendered on the real search page; stock: pagefind.search → first 10 results\' data loaded)\n');
  console.log(table(results));
  for (const r of results) {
    const built = Number.isFinite(r.buildSeconds.ours) ? `; index built in ${r.buildSeconds.ours.toFixed(1)} s (ours), ${r.buildSeconds.stock.toFixed(1)} s (stock)` : ' (index reused)';
    console.log(`\n${r.name}: query kinds ${JSON.stringify(r.kinds)}${built}`);
  }
  const json = opts.json ?? path.join(WORK, 'report.json');
  writeFileSync(json, JSON.stringify(results, null, 2));
  console.log(`\nJSON: ${path.relative(ROOT, json)}`);
}

if (import.meta.main) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
