import { describe, expect, it } from 'vitest';
import { parseIndexed, parsePagesBuilt } from './build.ts';
import { evaluateTargets, formatBytes, markdownTable, median, renderReport, renderSearch, type GrowthResult, type PageResult } from './report.ts';

const bytes = (raw: number, gz: number) => ({ raw, gz });
function page(key: string, over: Partial<PageResult> = {}): PageResult {
  return {
    key,
    label: key,
    path: `/${key}/`,
    reading: ['source', 'guide', 'case'].includes(key),
    missing: false,
    html: bytes(5000, 2000),
    css: bytes(20000, 5000),
    js: bytes(0, 0),
    other: bytes(0, 0),
    requests: 2,
    transferred: 8000,
    lighthouse: { performance: 100, accessibility: 100, bestPractices: 100, seo: 100, failing: [], runs: 1 },
    ...over,
  };
}
const allPages = () => ['home', 'source', 'guide', 'case', 'cases', 'search'].map((k) => page(k));
function growth(n: number, seconds: number): GrowthResult {
  const build = { pages: n, indexedPages: n, totalSeconds: seconds, cpuSeconds: seconds, load: [0, 0] as [number, number], pagefindSeconds: 1, astroSeconds: seconds - 1, distBytes: 1, distFiles: 1, indexBytes: 1, indexFiles: 1 };
  return { n, build, secondsPerPage: seconds / n };
}
const byName = (targets: ReturnType<typeof evaluateTargets>, prefix: string) => targets.find((t) => t.name.includes(prefix))!;

describe('helpers', () => {
  it('median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('formats bytes in decimal units', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(12_345)).toBe('12.3 KB');
    expect(formatBytes(3_456_789)).toBe('3.46 MB');
    expect(formatBytes(undefined)).toBe('—');
  });
  it('renders a Markdown table and escapes pipes', () => {
    expect(markdownTable(['a', 'b'], [['1', 'x|y']])).toBe('| a | b |\n| --- | --- |\n| 1 | x\\|y |');
  });
  it("reads Astro's page count from the build output", () => {
    expect(parsePagesBuilt('06:26:44 [build] 1004 page(s) built in 31.2s\n')).toBe(1004);
    expect(parsePagesBuilt('nothing')).toBeUndefined();
    expect(parseIndexed('06:26:44 [kb:pagefind-index] indexed 155 pages in 1.07 s\n')).toEqual({ pages: 155, seconds: 1.07 });
    expect(parseIndexed('nothing')).toBeUndefined();
  });
});

describe('evaluateTargets', () => {
  it('passes a site that meets every target', () => {
    const targets = evaluateTargets({ pages: allPages(), growth: [growth(1000, 30), growth(10000, 400)] });
    expect(targets.map((t) => t.met)).toEqual([true, true, true, true, true, true]);
  });

  it('fails JavaScript on a reading page but not on the search page', () => {
    const pages = allPages();
    pages.find((p) => p.key === 'search')!.js = bytes(90_000, 15_000);
    expect(byName(evaluateTargets({ pages, growth: [] }), 'JavaScript').met).toBe(true);
    pages.find((p) => p.key === 'guide')!.js = bytes(10, 10);
    const t = byName(evaluateTargets({ pages, growth: [] }), 'JavaScript');
    expect(t.met).toBe(false);
    expect(t.actual).toContain('guide 10 B');
  });

  it('does not claim a target met when pages are missing', () => {
    const pages = allPages().map((p) => (p.reading ? { ...p, missing: true } : p));
    expect(byName(evaluateTargets({ pages, growth: [] }), 'JavaScript').met).toBeNull();
    const some = allPages();
    some[1] = { ...some[1]!, missing: true };
    expect(byName(evaluateTargets({ pages: some, growth: [] }), 'Lighthouse').met).toBeNull();
  });

  it('judges CSS, home transfer and Lighthouse against their limits', () => {
    const pages = allPages();
    pages[0] = page('home', { css: bytes(50_000, 12_001), transferred: 50_001 });
    pages[5] = page('search', { lighthouse: { performance: 98, accessibility: 100, bestPractices: 100, seo: 100, failing: [], runs: 1 } });
    const targets = evaluateTargets({ pages, growth: [] });
    expect(byName(targets, 'CSS').met).toBe(false);
    expect(byName(targets, '首页').met).toBe(false);
    const lh = byName(targets, 'Lighthouse');
    expect(lh.met).toBe(false);
    expect(lh.actual).toContain('search 性能 98');
  });

  it('judges growth: 10,000 pages under 10 minutes and at most 1.5× the time per page', () => {
    const slow = evaluateTargets({ pages: allPages(), growth: [growth(1000, 30), growth(10000, 460)] });
    expect(byName(slow, '10 分钟').met).toBe(true);
    expect(byName(slow, '每页').met).toBe(false);
    expect(byName(slow, '每页').actual).toContain('1.53×');
    const tooLong = evaluateTargets({ pages: allPages(), growth: [growth(1000, 30), growth(10000, 601)] });
    expect(byName(tooLong, '10 分钟').met).toBe(false);
    const quick = evaluateTargets({ pages: allPages(), growth: [growth(1000, 30)] });
    expect(byName(quick, '10 分钟').met).toBeNull();
    expect(byName(quick, '每页').met).toBeNull();
  });
});

describe('the search section', () => {
  const score = (recall: number) => ({ recall, precision: 1, bestFirst: 0.5, medianMs: 12, p95Ms: 40, indexBytes: 2000, coldIndexBytes: 90_000, fragmentBytes: 1200 });
  const corpus = { name: '全站', pages: 199, queries: 161, kinds: {}, ours: score(1), stock: score(0.964), indexBytes: { ours: 378_500, stock: 1_040_000 }, stockIndexSeconds: 2, pageMismatches: 0 };
  it('sets ours and stock Pagefind side by side per corpus', () => {
    const text = renderSearch([corpus, { ...corpus, name: '合成 1000 页' }]);
    expect(text).toContain('|  | 全站：本站检索 | 全站：默认 Pagefind | 合成 1000 页：本站检索 | 合成 1000 页：默认 Pagefind |');
    expect(text).toContain('| 召回率 | 1.000 | 0.964 | 1.000 | 0.964 |');
    expect(text).toContain('| 搜索页与引擎不一致的查询 | 0 |  | 0 |  |');
  });
  it('a report of the search part alone has no empty page or target tables', () => {
    const base = { generatedAt: '2026-11-30T17:00:00Z', commit: 'abc', machine: { cpus: 2, cpuModel: 'x', memoryGB: 4, load: [0, 0] as [number, number], node: 'v24', chromium: 'c', astro: '7', pagefind: '1.6.0', lighthouse: '13' }, options: { lighthouseRuns: 0, growthSizes: [], searchQuery: 'q' } };
    const text = renderReport({ ...base, pages: [], growth: [], search: [corpus], targets: [] });
    expect(text).toContain('### 全文检索');
    expect(text).not.toContain('### 页面重量');
    expect(text).not.toContain('### 目标');
  });
});

describe('the load part', () => {
  const stats = (rps: number, p99Ms: number, errors = 0) => ({ rps, p50Ms: 1, p99Ms, errors, requests: rps * 10, bodyBytes: 2000 });
  const load = {
    connections: 50,
    seconds: 10,
    tool: 'wrk 4.1.0',
    nginx: '1.22.1',
    rows: [
      { label: '首页', path: '', ours: stats(9000, 12), nginx: stats(15000, 8), ratio: 0.6 },
      { label: '搜索索引', path: 'pagefind/index/a.pf_index', ours: stats(4000, 30), nginx: stats(10000, 20), ratio: 0.4 },
    ],
  };
  it('judges the lowest ratio to nginx, the highest p99 and the errors', async () => {
    const { evaluateLoadTargets } = await import('./report.ts');
    const targets = evaluateLoadTargets(load);
    expect(targets.map((t) => t.met)).toEqual([false, true, true]);
    expect(targets[0]!.actual).toContain('最低 0.40×');
    expect(evaluateLoadTargets({ ...load, rows: [{ ...load.rows[0]!, ours: stats(9000, 80, 3) }] }).map((t) => t.met)).toEqual([true, false, false]);
    expect(evaluateLoadTargets({ ...load, rows: [{ label: '首页', path: '', ours: stats(9000, 12) }], nginx: 'not installed' })[0]!.met).toBeNull();
  });
  it('prints one row per address, ours beside nginx, and only the load targets in a load-only run', async () => {
    const { evaluateLoadTargets } = await import('./report.ts');
    const report = renderReport({
      generatedAt: '2026-12-06T18:00:00Z',
      commit: 'abc',
      machine: { cpus: 2, cpuModel: 'x', memoryGB: 8, load: [0.1, 0.2], node: 'v24', chromium: '—', astro: '7', pagefind: '1.6.0', lighthouse: '13' },
      options: { lighthouseRuns: 0, growthSizes: [], searchQuery: 'q', parts: ['load'] },
      pages: [],
      growth: [],
      load,
      targets: [...evaluateTargets({ pages: [], growth: [] }), ...evaluateLoadTargets(load)],
    });
    expect(report).toContain('| 首页 `/` | 2.0 KB | 9,000 | 1 ms | 12 ms | 0 | 15,000 | 1 ms | 8 ms | 0 | 0.60× |');
    expect(report).toContain('npm run serve p99 延迟');
    expect(report).not.toContain('阅读页 JavaScript');
  });
});
