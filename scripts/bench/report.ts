// The benchmark results: their shape, the targets they are judged against, and the
// Markdown report printed by `npm run bench`. Pure functions only (tested in report.test.ts).
import type { LoadResult } from './load.ts';

export interface Bytes {
  /** Decoded body bytes. */
  raw: number;
  /** Bytes on the wire (gzip where the server compresses). */
  gz: number;
}

export interface BuildResult {
  /** HTML pages written by Astro (Astro's own "N page(s) built"). */
  pages: number;
  /** Pages Pagefind indexed. */
  indexedPages: number;
  /** Wall time of the whole `astro build` process, seconds. */
  totalSeconds: number;
  /** CPU time (user + system) of the build process and its children, seconds; NaN where not measurable. */
  cpuSeconds: number;
  /** 1-minute load average when the build started and ended (other work on the machine inflates wall time). */
  load: [number, number];
  /** Pagefind indexing (inside the build), seconds. */
  pagefindSeconds: number;
  /** totalSeconds − pagefindSeconds. */
  astroSeconds: number;
  distBytes: number;
  distFiles: number;
  indexBytes: number;
  indexFiles: number;
}

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Audits that cost points, per category (only when a score is below 100). */
  failing: string[];
  runs: number;
}

export interface PageResult {
  key: string;
  label: string;
  path: string;
  /** Reading pages must ship no JavaScript. */
  reading: boolean;
  missing: boolean;
  html?: Bytes;
  css?: Bytes;
  js?: Bytes;
  /** Everything else fetched on load (search index, images, fonts). */
  other?: Bytes;
  requests?: number;
  /** Headers + encoded bodies of every response on first load. */
  transferred?: number;
  lighthouse?: LighthouseScores;
  lighthouseError?: string;
}

export interface SearchLatency {
  queries: string[];
  /** First query after the search page loaded: fetches the index chunks it needs. */
  coldMs: number;
  /** Median of the later queries (each a fresh term, loaded chunks reused). */
  warmMedianMs: number;
  /** Bytes fetched by the page to answer the first query. */
  coldBytes: number;
  results: number[];
}

export interface SearchScore {
  /** Mean over queries with an answer: found ∩ expected ÷ expected. */
  recall: number;
  /** Mean over queries that found something: found ∩ expected ÷ found. */
  precision: number;
  /** Share of queries whose first result is the truth's best page (ties within 1%). */
  bestFirst: number;
  /** Typing → results on screen (ours); search → first 10 results' data (stock). */
  medianMs: number;
  p95Ms: number;
  /** Mean index bytes fetched per query in a session, and by the first query on a fresh page. */
  indexBytes: number;
  coldIndexBytes: number;
  fragmentBytes: number;
}

export interface SearchCorpusResult {
  name: string;
  pages: number;
  queries: number;
  kinds: Record<string, number>;
  ours: SearchScore;
  stock: SearchScore;
  indexBytes: { ours: number; stock: number };
  stockIndexSeconds: number;
  /** Queries where the search page showed another count or other pages than the engine ranked. */
  pageMismatches: number;
  /** Natural queries answered in the top 3, per kind (scripts/kit/natural-queries.ts); only where the corpus has their answers. */
  natural?: Record<string, number>;
  /** Result links with a text directive (first page of results of every query), and how many find their words on their page. */
  directives?: { links: number; found: number };
  /** The same queries typed into the search page in an old browser (Chromium 86), timed the same way. */
  old?: { browser: string; medianMs: number; p95Ms: number; mismatches: number };
}

export interface GrowthResult {
  n: number;
  build?: BuildResult;
  secondsPerPage?: number;
  search?: SearchLatency;
  error?: string;
}

export interface TargetResult {
  /** Set for the load part's targets, which stand on their own in a load-only run. */
  part?: 'load';
  name: string;
  target: string;
  actual: string;
  /** null: could not be measured (e.g. page missing, step skipped). */
  met: boolean | null;
}

export interface BenchResults {
  generatedAt: string;
  commit: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; /** 1-minute load average when the run started and ended. */ load: [number, number]; node: string; chromium: string; astro: string; pagefind: string; lighthouse: string };
  options: { lighthouseRuns: number; growthSizes: number[]; searchQuery: string; parts?: string[] };
  build?: BuildResult;
  pages: PageResult[];
  growth: GrowthResult[];
  /** Search quality and speed, ours vs stock Pagefind (the site, then a synthetic corpus). */
  search?: SearchCorpusResult[];
  /** npm run serve under load, beside nginx (scripts/bench/load.ts). */
  load?: LoadResult | { error: string };
  targets: TargetResult[];
}

export const KB = 1000;
export const CSS_GZ_LIMIT = 12 * KB;
export const HOME_TRANSFER_LIMIT = 50 * KB;
export const BIG_BUILD_LIMIT_SECONDS = 10 * 60;
export const GROWTH_RATIO_LIMIT = 1.5;
/** npm run serve against nginx on the same machine: at least half its requests per second. */
export const LOAD_RATIO_MIN = 0.5;
export const LOAD_P99_LIMIT_MS = 50;

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** 1234 → "1.2 KB", 12 → "12 B", 3456789 → "3.46 MB" (decimal units). */
export function formatBytes(n: number | undefined): string {
  if (n === undefined || Number.isNaN(n)) return '—';
  if (n < KB) return `${n} B`;
  if (n < KB * KB) return `${(n / KB).toFixed(1)} KB`;
  return `${(n / (KB * KB)).toFixed(2)} MB`;
}

export function formatSeconds(s: number | undefined): string {
  if (s === undefined || Number.isNaN(s)) return '—';
  return s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(1)} s`;
}

export function formatLoad(load: [number, number]): string {
  return `${load[0].toFixed(1)} → ${load[1].toFixed(1)}`;
}

function formatMs(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '—';
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

const displayPath = (p: string): string => {
  try {
    return decodeURI(p);
  } catch {
    return p;
  }
};

const pair = (b: Bytes | undefined): string => (b ? `${formatBytes(b.raw)} / ${formatBytes(b.gz)}` : '—');

export function markdownTable(header: string[], rows: string[][]): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  const lines = [`| ${header.map(esc).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map(esc).join(' | ')} |`);
  return lines.join('\n');
}

/** Judges the results against the targets of issue 7. */
export function evaluateTargets(r: Pick<BenchResults, 'pages' | 'growth'>): TargetResult[] {
  const targets: TargetResult[] = [];
  const present = r.pages.filter((p) => !p.missing);

  const reading = r.pages.filter((p) => p.reading);
  const readingPresent = reading.filter((p) => !p.missing && p.js);
  const withJs = readingPresent.filter((p) => p.js!.raw > 0);
  const missingReading = reading.filter((p) => p.missing).map((p) => p.label);
  targets.push({
    name: '阅读页 JavaScript 为 0 字节',
    target: '0 B',
    actual:
      readingPresent.length === 0
        ? `未测（缺页：${missingReading.join('、')}）`
        : [
            readingPresent.map((p) => `${p.label} ${formatBytes(p.js!.raw)}`).join('，'),
            missingReading.length > 0 ? `缺页：${missingReading.join('、')}` : '',
          ]
            .filter(Boolean)
            .join('；'),
    met: readingPresent.length === 0 ? null : withJs.length === 0 && missingReading.length === 0 ? true : withJs.length > 0 ? false : null,
  });

  const css = present.filter((p) => p.css);
  const maxCss = css.reduce<PageResult | undefined>((m, p) => (!m || p.css!.gz > m.css!.gz ? p : m), undefined);
  targets.push({
    name: 'CSS（gzip）≤ 12 KB',
    target: `≤ ${formatBytes(CSS_GZ_LIMIT)}`,
    actual: maxCss ? `最大 ${formatBytes(maxCss.css!.gz)}（${maxCss.label}）` : '未测',
    met: maxCss ? maxCss.css!.gz <= CSS_GZ_LIMIT : null,
  });

  const home = r.pages.find((p) => p.key === 'home');
  targets.push({
    name: '首页首次访问传输量 ≤ 50 KB',
    target: `≤ ${formatBytes(HOME_TRANSFER_LIMIT)}`,
    actual: home?.transferred !== undefined ? formatBytes(home.transferred) : '未测',
    met: home?.transferred !== undefined ? home.transferred <= HOME_TRANSFER_LIMIT : null,
  });

  const scored = present.filter((p) => p.lighthouse);
  const below = scored.flatMap((p) => {
    const l = p.lighthouse!;
    const misses = (
      [
        ['性能', l.performance],
        ['无障碍', l.accessibility],
        ['最佳实践', l.bestPractices],
        ['SEO', l.seo],
      ] as const
    ).filter(([, s]) => s < 100);
    return misses.map(([c, s]) => `${p.label} ${c} ${s}`);
  });
  const unscored = r.pages.filter((p) => p.missing || !p.lighthouse).map((p) => p.label);
  targets.push({
    name: 'Lighthouse 四项均为 100（每类页面）',
    target: '100 × 4',
    actual:
      scored.length === 0
        ? '未测'
        : [below.length === 0 ? `${scored.length} 类页面全部 100` : below.join('，'), unscored.length > 0 ? `未测：${unscored.join('、')}` : '']
            .filter(Boolean)
            .join('；'),
    met: scored.length === 0 ? null : below.length > 0 ? false : unscored.length > 0 ? null : true,
  });

  const big = [...r.growth].filter((g) => g.build).sort((a, b) => b.n - a.n)[0];
  const small = [...r.growth].filter((g) => g.build).sort((a, b) => a.n - b.n)[0];
  targets.push({
    name: `${big ? big.n.toLocaleString('en-US') : '10,000'} 页构建 < 10 分钟`,
    target: `< ${BIG_BUILD_LIMIT_SECONDS} s`,
    actual: big?.build
      ? `${formatSeconds(big.build.totalSeconds)}（CPU 时间 ${formatSeconds(big.build.cpuSeconds)}，构建时负载 ${formatLoad(big.build.load)}）`
      : '未测',
    met: big?.build && big.n >= 10_000 ? big.build.totalSeconds < BIG_BUILD_LIMIT_SECONDS : null,
  });
  const canCompare = big && small && big !== small && big.secondsPerPage !== undefined && small.secondsPerPage !== undefined;
  const ratio = canCompare ? big.secondsPerPage! / small.secondsPerPage! : undefined;
  targets.push({
    name: '每页构建时间：大规模 / 小规模 ≤ 1.5',
    target: `≤ ${GROWTH_RATIO_LIMIT}×`,
    actual: ratio !== undefined ? `${ratio.toFixed(2)}×（${big!.n} 页 vs ${small!.n} 页）` : '未测',
    met: ratio !== undefined && big!.n >= 10_000 ? ratio <= GROWTH_RATIO_LIMIT : null,
  });
  return targets;
}

/** The load part's targets: throughput against nginx, p99 latency, no errors. */
export function evaluateLoadTargets(load: BenchResults['load']): TargetResult[] {
  if (!load) return [];
  if ('error' in load) return [{ part: 'load', name: 'npm run serve 负载测试', target: '—', actual: `失败：${load.error}`, met: null }];
  const ratios = load.rows.filter((r) => r.ratio !== undefined).map((r) => r.ratio!);
  const worstRatio = ratios.length > 0 ? Math.min(...ratios) : undefined;
  const worstP99 = Math.max(...load.rows.map((r) => r.ours.p99Ms));
  const errors = load.rows.reduce((n, r) => n + r.ours.errors, 0);
  return [
    {
      part: 'load',
      name: `npm run serve 吞吐量 ≥ nginx 的一半（${load.connections} 个并发连接）`,
      target: `≥ ${LOAD_RATIO_MIN}×`,
      actual: worstRatio !== undefined ? `最低 ${worstRatio.toFixed(2)}×（${load.rows.map((r) => `${r.label} ${r.ratio!.toFixed(2)}×`).join('，')}）` : `未测（${load.nginx}）`,
      met: worstRatio !== undefined ? worstRatio >= LOAD_RATIO_MIN : null,
    },
    { part: 'load', name: 'npm run serve p99 延迟', target: `< ${LOAD_P99_LIMIT_MS} ms`, actual: `最高 ${worstP99} ms`, met: worstP99 < LOAD_P99_LIMIT_MS },
    { part: 'load', name: 'npm run serve 错误数', target: '0', actual: String(errors), met: errors === 0 },
  ];
}

/** The load table: one row per address, ours beside nginx. */
export function renderLoad(load: NonNullable<BenchResults['load']>): string {
  if ('error' in load) return `### 服务器负载

失败：${load.error}
`;
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const stats = (s: LoadResult['rows'][number]['ours'] | undefined) => (s ? [n(s.rps), `${s.p50Ms} ms`, `${s.p99Ms} ms`, String(s.errors)] : ['—', '—', '—', '—']);
  return [
    `### 服务器负载（${load.connections} 个并发连接，每项 ${load.seconds} 秒，${load.tool}，gzip；nginx ${load.nginx}，README 中的配置）`,
    '',
    markdownTable(
      ['地址', '响应大小（gzip）', 'serve 请求/秒', 'serve p50', 'serve p99', 'serve 错误', 'nginx 请求/秒', 'nginx p50', 'nginx p99', 'nginx 错误', 'serve ÷ nginx'],
      load.rows.map((r) => [`${r.label} \`${r.path || '/'}\``, formatBytes(r.ours.bodyBytes), ...stats(r.ours), ...stats(r.nginx), r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : '—']),
    ),
    '',
  ].join('\n');
}

const mark = (met: boolean | null) => (met === true ? '达标' : met === false ? '**未达标**' : '未测');

export function renderReport(r: BenchResults): string {
  const out: string[] = [];
  out.push(`## 基准测试结果（${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC，提交 ${r.commit}）`);
  out.push('');
  out.push(
    `机器：${r.machine.cpus} 核 ${r.machine.cpuModel}，内存 ${r.machine.memoryGB} GB，负载 ${r.machine.load[0].toFixed(1)} → ${r.machine.load[1].toFixed(1)}；Node ${r.machine.node}，${r.machine.chromium}，Astro ${r.machine.astro}，Pagefind ${r.machine.pagefind}，Lighthouse ${r.machine.lighthouse}。`,
  );
  out.push('');

  if (r.build) {
    const b = r.build;
    out.push('### 构建');
    out.push('');
    out.push(
      markdownTable(
        ['页面数', '索引页数', 'astro build 总耗时', '其中 Astro', '其中 Pagefind 索引', 'CPU 时间', '负载', 'dist/ 大小', '其中 pagefind/'],
        [[String(b.pages), String(b.indexedPages), formatSeconds(b.totalSeconds), formatSeconds(b.astroSeconds), formatSeconds(b.pagefindSeconds), formatSeconds(b.cpuSeconds), formatLoad(b.load), `${formatBytes(b.distBytes)}（${b.distFiles} 个文件）`, `${formatBytes(b.indexBytes)}（${b.indexFiles} 个文件）`]],
      ),
    );
    out.push('');
  }

  if (r.pages.length > 0) out.push('### 页面重量（首次访问，无缓存，Chromium 实测；原始 / gzip 传输）', '');
  if (r.pages.length > 0) out.push(
    markdownTable(
      ['页面', '路径', 'HTML', 'CSS', 'JS', '其他（索引等）', '请求数', '总传输'],
      r.pages.map((p) =>
        p.missing
          ? [p.label, displayPath(p.path), '缺页', '', '', '', '', '']
          : [p.label, displayPath(p.path), pair(p.html), pair(p.css), pair(p.js), pair(p.other), String(p.requests ?? '—'), formatBytes(p.transferred)],
      ),
    ),
    '',
  );

  const lhPages = r.pages.filter((p) => p.lighthouse || p.lighthouseError);
  if (lhPages.length > 0) {
    const runs = lhPages.find((p) => p.lighthouse)?.lighthouse?.runs ?? r.options.lighthouseRuns;
    out.push(`### Lighthouse（移动端默认配置，${runs} 次取中位数）`);
    out.push('');
    out.push(
      markdownTable(
        ['页面', '性能', '无障碍', '最佳实践', 'SEO', '扣分项'],
        lhPages.map((p) =>
          p.lighthouse
            ? [p.label, String(p.lighthouse.performance), String(p.lighthouse.accessibility), String(p.lighthouse.bestPractices), String(p.lighthouse.seo), p.lighthouse.failing.join('，') || '—']
            : [p.label, '—', '—', '—', '—', `失败：${p.lighthouseError ?? ''}`],
        ),
      ),
    );
    out.push('');
  }

  if (r.growth.length > 0) {
    out.push('### 增长（合成语料，真实 Astro 构建 + Pagefind）');
    out.push('');
    out.push(
      markdownTable(
        ['N', '页面数', '构建总耗时', 'Astro', 'Pagefind', 'CPU 时间', '负载', '每页耗时', '索引大小', '首次检索', '后续检索（中位数）', '首次检索下载'],
        r.growth.map((g) =>
          g.build
            ? [
                g.n.toLocaleString('en-US'),
                String(g.build.pages),
                formatSeconds(g.build.totalSeconds),
                formatSeconds(g.build.astroSeconds),
                formatSeconds(g.build.pagefindSeconds),
                formatSeconds(g.build.cpuSeconds),
                formatLoad(g.build.load),
                g.secondsPerPage !== undefined ? `${(g.secondsPerPage * 1000).toFixed(1)} ms` : '—',
                `${formatBytes(g.build.indexBytes)}（${g.build.indexFiles} 个文件）`,
                formatMs(g.search?.coldMs),
                formatMs(g.search?.warmMedianMs),
                formatBytes(g.search?.coldBytes),
              ]
            : [g.n.toLocaleString('en-US'), `失败：${g.error ?? ''}`, '', '', '', '', '', '', '', '', '', ''],
        ),
      ),
    );
    out.push('');
  }

  if (r.search && r.search.length > 0) out.push(renderSearch(r.search), '');

  if (r.load) out.push(renderLoad(r.load), '');

  // A run without the site and growth parts shows only the targets it measured.
  const targets = r.pages.length > 0 || r.growth.length > 0 ? r.targets : r.targets.filter((t) => t.part === 'load');
  if (targets.length > 0) {
    out.push('### 目标', '', markdownTable(['目标', '要求', '实测', '结论'], targets.map((t) => [t.name, t.target, t.actual, mark(t.met)])), '');
  }
  return out.join('\n');
}

const NATURAL_KIND_LABELS: Record<string, string> = { question: '问句', reordered: '词序不同', paraphrase: '换种说法', misremembered: '名称记不准', variant: '全半角与标点' };

/** The search comparison: one column pair (本站 / Pagefind 默认) per corpus. */
export function renderSearch(results: readonly SearchCorpusResult[]): string {
  const rows: [string, (s: SearchScore) => string][] = [
    ['召回率', (s) => s.recall.toFixed(3)],
    ['准确率', (s) => s.precision.toFixed(3)],
    ['首位命中率', (s) => s.bestFirst.toFixed(3)],
    ['延迟中位数', (s) => formatMs(s.medianMs)],
    ['延迟 p95', (s) => formatMs(s.p95Ms)],
    ['每次查询下载索引（新页面）', (s) => formatBytes(Math.round(s.coldIndexBytes))],
    ['每次查询下载索引（同一页面）', (s) => formatBytes(Math.round(s.indexBytes))],
    ['每次查询下载摘录', (s) => formatBytes(Math.round(s.fragmentBytes))],
  ];
  const header = ['', ...results.flatMap((r) => [`${r.name}：本站检索`, `${r.name}：默认 Pagefind`])];
  const body = rows.map(([label, f]) => [label, ...results.flatMap((r) => [f(r.ours), f(r.stock)])]);
  body.push(['索引大小', ...results.flatMap((r) => [formatBytes(r.indexBytes.ours), formatBytes(r.indexBytes.stock)])]);
  body.push(['页面 / 查询', ...results.flatMap((r) => [`${r.pages} / ${r.queries}`, ''])]);
  body.push(['搜索页与引擎不一致的查询', ...results.flatMap((r) => [String(r.pageMismatches), ''])]);
  body.push(['结果链接的文本片段找到原词', ...results.flatMap((r) => [r.directives ? `${r.directives.found} / ${r.directives.links}` : '未测', ''])]);
  const old = results.find((r) => r.old)?.old?.browser;
  if (old) {
    body.push([`${old}：延迟中位数`, ...results.flatMap((r) => [r.old ? formatMs(r.old.medianMs) : '未测', ''])]);
    body.push([`${old}：延迟 p95`, ...results.flatMap((r) => [r.old ? formatMs(r.old.p95Ms) : '未测', ''])]);
    body.push([`${old}：搜索页与引擎不一致的查询`, ...results.flatMap((r) => [r.old ? String(r.old.mismatches) : '', ''])]);
  }
  const kinds = [...new Set(results.flatMap((r) => Object.keys(r.natural ?? {})))];
  for (const kind of kinds) body.push([`自然查询前 3 命中率（${NATURAL_KIND_LABELS[kind] ?? kind}）`, ...results.flatMap((r) => [r.natural?.[kind]?.toFixed(3) ?? '', ''])]);
  return [
    '### 全文检索（本站 vs 默认 Pagefind，同一批页面）',
    '',
    '本站检索：在真实搜索页输入查询到结果显示；默认 Pagefind：pagefind.search 到前 10 个结果的数据载入。',
    '',
    markdownTable(header, body),
  ].join('\n');
}
