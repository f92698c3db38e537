// `npm run bench`: the benchmark, in four parts — `site` (a cold build, page weight in
// Chromium, Lighthouse), `growth` (synthetic corpora of growing size, built for real, search
// timed), `search` (search quality and speed against stock Pagefind) and `load` (npm run serve
// under 50 concurrent connections, beside nginx). Prints a Markdown report and writes
// bench/results.json. Run by hand; not part of `npm test`.
//
//   npm run bench                        all parts (growth at 1,000 and 10,000 pages)
//   npm run bench -- load                only the named parts (site, growth, search, load); the
//                                        results go to .tmp/bench/results.json unless --out
//   npm run bench -- --quick             growth at 1,000 only, one Lighthouse run per page,
//                                        search on 1,000 synthetic pages
//   npm run bench -- --growth 500,2000   other corpus sizes; --no-growth, --no-lighthouse to skip
//   options: --lighthouse-runs N (default 3), --search-pages N (default 5000), --queries N
//            (default 160), --out FILE, --keep (keep the builds in .tmp/bench/), --verbose (show
//            build output), --wait-idle MIN (first wait up to MIN minutes for the load to fall below 1),
//            --load-seconds N (default 10 per address and server), --connections N (default 50),
//            --load-tool wrk|autocannon (default wrk when installed)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildSearchIndex } from '../../src/integrations/pagefind-index.ts';
import { findChromium, launchBrowser } from '../kit/browser.ts';
import { unpackChromium } from '../kit/chromium-package.ts';
import { loadSources, syntheticCorpus, writeSyntheticHtml } from '../kit/synthetic-corpus.ts';
import { timedBuild } from './build.ts';
import { runGrowth } from './growth.ts';
import { startLighthouse } from './lighthouse.ts';
import { measurePage, pageExists, pageTypes } from './pages.ts';
import type { BenchResults, GrowthResult, PageResult } from './report.ts';
import { evaluateLoadTargets, evaluateTargets, renderReport } from './report.ts';
import { benchSearch } from './search.ts';
import { startBenchServer } from './server.ts';
import { benchLoad, type LoadTool } from './load.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(ROOT, '.tmp/bench');
/** The search page is measured with a real query (a term found in the sources). */
const SEARCH_QUERY = '党建联盟';
/** Growth search latency: the first query is cold, the rest warm. All occur in the sources. */
const GROWTH_QUERIES = ['党建联盟', '联席轮值', '双报到', '支部建在连上', '三会一课', '网格化', '公推直选', '组织力'];

export const PARTS = ['site', 'growth', 'search', 'load'] as const;
export type Part = (typeof PARTS)[number];

export interface Options {
  parts: Part[];
  growth: number[];
  lighthouse: boolean;
  lighthouseRuns: number;
  searchPages: number;
  queries: number;
  out: string;
  keep: boolean;
  verbose: boolean;
  waitIdleMinutes: number;
  loadSeconds: number;
  connections: number;
  loadTool?: LoadTool | undefined;
}

export function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const sizes = value('growth');
  const named = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const unknown = named.filter((a) => !(PARTS as readonly string[]).includes(a));
  if (unknown.length > 0) throw new Error(`unknown part ${unknown.join(', ')}: the parts are ${PARTS.join(', ')}`);
  const growth = argv.includes('--no-growth') ? [] : sizes ? sizes.split(',').map((s) => Number(s.replace(/_/g, ''))) : quick ? [1000] : [1000, 10000];
  const parts = (named.length > 0 ? PARTS.filter((p) => named.includes(p)) : [...PARTS]).filter((p) => p !== 'growth' || growth.length > 0);
  return {
    parts,
    growth: parts.includes('growth') ? growth : [],
    lighthouse: !argv.includes('--no-lighthouse'),
    lighthouseRuns: Number(value('lighthouse-runs') ?? (quick ? 1 : 3)),
    searchPages: Number(value('search-pages') ?? (quick ? 1000 : 5000)),
    queries: Number(value('queries') ?? 160),
    out: path.resolve(ROOT, value('out') ?? (named.length > 0 ? '.tmp/bench/results.json' : 'bench/results.json')),
    keep: argv.includes('--keep'),
    verbose: argv.includes('--verbose'),
    waitIdleMinutes: Number(value('wait-idle') ?? 0),
    loadSeconds: Number(value('load-seconds') ?? (quick ? 5 : 10)),
    connections: Number(value('connections') ?? 50),
    loadTool: value('load-tool') as LoadTool | undefined,
  };
}

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
const version = (pkg: string): string => (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
function sh(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '?';
  }
}

/** Timings measured on a busy machine mean little: wait (bounded) for it to go quiet, and say so if it does not. */
async function waitForIdle(minutes: number): Promise<void> {
  const deadline = Date.now() + minutes * 60_000;
  while (os.loadavg()[0]! >= 1 && Date.now() < deadline) {
    log(`waiting for the machine to go idle (load ${os.loadavg()[0]!.toFixed(1)}) …`);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
  const load = os.loadavg()[0]!;
  if (load >= os.availableParallelism()) log(`warning: load average ${load.toFixed(1)} on ${os.availableParallelism()} cores — timings and Lighthouse performance will be pessimistic`);
}

/** Page weight per page type, then Lighthouse. */
async function measureSite(browser: Browser, siteDist: string, chromePath: string, options: Options, results: BenchResults): Promise<void> {
  const server = await startBenchServer(siteDist, '/');
  try {
    for (const type of pageTypes(siteDist, SEARCH_QUERY)) {
      if (!pageExists(siteDist, type.path)) {
        log(`${type.label} ${type.path}: missing`);
        results.pages.push({ ...type, missing: true });
        continue;
      }
      log(`measuring ${type.label} ${type.path} …`);
      results.pages.push(await measurePage(browser, server, type));
    }
    if (!options.lighthouse) return;
    const lh = await startLighthouse(chromePath);
    try {
      for (const page of results.pages.filter((p): p is PageResult => !p.missing)) {
        log(`Lighthouse ${page.label} (${options.lighthouseRuns}×) …`);
        try {
          page.lighthouse = await lh.score(server.url(page.path), options.lighthouseRuns);
        } catch (error) {
          page.lighthouseError = error instanceof Error ? error.message : String(error);
          log(`  failed: ${page.lighthouseError}`);
        }
      }
    } finally {
      await lh.close();
    }
  } finally {
    await server.close();
  }
}

async function measureGrowth(browser: Browser, options: Options, results: BenchResults): Promise<void> {
  const sources = loadSources(path.join(ROOT, 'content/sources'));
  for (const n of options.growth) {
    log(`growth: generating and building ${n} synthetic pages …`);
    let result: GrowthResult;
    try {
      result = await runGrowth({ root: ROOT, workDir: WORK, n, pages: syntheticCorpus(n, { sources }), browser, queries: GROWTH_QUERIES, verbose: options.verbose, keep: options.keep });
      log(`  ${result.build!.pages} pages in ${result.build!.totalSeconds.toFixed(1)} s`);
    } catch (error) {
      result = { n, error: error instanceof Error ? error.message.slice(0, 2000) : String(error) };
      log(`  failed: ${result.error}`);
    }
    results.growth.push(result);
  }
}

/** Chromium 86 from its npm package (chrome-aws-lambda, a devDependency), unpacked once into .cache/browsers/ as the tests do. */
async function launchChromium86(): Promise<Browser> {
  const unpacked = unpackChromium(path.join(ROOT, 'node_modules/chrome-aws-lambda'), path.join(ROOT, '.cache/browsers/chrome-aws-lambda@5.3.1'));
  const env = { ...process.env, LD_LIBRARY_PATH: [...unpacked.libraryPath, process.env.LD_LIBRARY_PATH].filter(Boolean).join(path.delimiter) } as Record<string, string>;
  return chromium.launch({ executablePath: unpacked.executablePath, env, args: ['--headless', '--no-sandbox', '--no-zygote', '--use-gl=swiftshader', '--disable-gpu', '--no-first-run'] });
}

/** The site, then synthetic pages written as HTML beside a copy of its search page and indexed by the site's indexer. */
async function measureSearch(browser: Browser, siteDist: string, options: Options, results: BenchResults): Promise<void> {
  // The site's result links carry text directives; only the full browser follows them.
  results.search = [await benchSearch(browser, '全站', siteDist, options.queries, log, undefined, findChromium('full').followsTextDirectives)];
  const synthetic = path.join(WORK, `search-${options.searchPages}`);
  rmSync(synthetic, { recursive: true, force: true });
  for (const part of ['search', '_assets', 'favicon.svg', '404.html']) cpSync(path.join(siteDist, part), path.join(synthetic, part), { recursive: true });
  const css = readdirSync(path.join(synthetic, '_assets')).filter((f) => f.endsWith('.css') && !f.startsWith('search')).map((f) => `/_assets/${f}`);
  log(`search: writing and indexing ${options.searchPages} synthetic pages …`);
  writeSyntheticHtml(synthetic, syntheticCorpus(options.searchPages, { seed: 1 }), { stylesheets: css });
  await buildSearchIndex(synthetic);
  // The speed target holds for Chromium 86 too (the kernel of 360 安全浏览器): the same queries, typed into the same page.
  const old = await launchChromium86().catch((error: unknown) => {
    log(`Chromium 86 not measured: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  try {
    results.search.push(await benchSearch(browser, `合成 ${options.searchPages} 页`, synthetic, options.queries, log, old && { name: 'Chromium 86', browser: old }));
  } finally {
    await old?.close();
  }
  if (!options.keep) rmSync(synthetic, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  await waitForIdle(options.waitIdleMinutes);
  mkdirSync(WORK, { recursive: true });
  // Every part but load opens a browser.
  const needsBrowser = options.parts.some((p) => p !== 'load');
  const { executablePath: chromePath, env: chromeEnv } = needsBrowser ? findChromium('full') : { executablePath: '', env: {} };
  // Lighthouse's launcher and `chromium --version` start the browser with this process's environment.
  Object.assign(process.env, chromeEnv);
  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    commit: sh('git', ['rev-parse', '--short', 'HEAD']),
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? '?',
      memoryGB: Math.round(os.totalmem() / 1024 ** 3),
      load: [os.loadavg()[0]!, 0],
      node: process.version,
      chromium: needsBrowser ? sh(chromePath, ['--version']) : '—',
      astro: version('astro'),
      pagefind: version('pagefind'),
      lighthouse: version('lighthouse'),
    },
    options: { lighthouseRuns: options.lighthouse && options.parts.includes('site') ? options.lighthouseRuns : 0, growthSizes: options.growth, searchQuery: SEARCH_QUERY, parts: options.parts },
    pages: [],
    growth: [],
    targets: [],
  };

  // The site itself, a cold build (the site and search parts measure it).
  const siteDist = path.join(WORK, 'site-dist');
  if (options.parts.includes('site') || options.parts.includes('search')) {
    log('building the site (cold) …');
    results.build = await timedBuild({ root: ROOT, outDir: siteDist, cacheDir: path.join(WORK, 'site-cache'), verbose: options.verbose });
    log(`built ${results.build.pages} pages in ${results.build.totalSeconds.toFixed(1)} s`);
  }

  if (needsBrowser) {
    const browser = await launchBrowser('full');
    try {
      if (options.parts.includes('site')) await measureSite(browser, siteDist, chromePath, options, results);
      if (options.growth.length > 0) await measureGrowth(browser, options, results);
      if (options.parts.includes('search')) await measureSearch(browser, siteDist, options, results);
    } finally {
      await browser.close();
    }
  }
  if (options.parts.includes('load')) {
    try {
      results.load = await benchLoad({ root: ROOT, dist: path.join(ROOT, 'dist'), work: WORK, connections: options.connections, seconds: options.loadSeconds, ...(options.loadTool ? { tool: options.loadTool } : {}), log });
    } catch (error) {
      results.load = { error: error instanceof Error ? error.message : String(error) };
      log(`load: failed: ${results.load.error}`);
    }
  }

  results.machine.load[1] = os.loadavg()[0]!;
  results.targets = [...evaluateTargets(results), ...evaluateLoadTargets(results.load)];
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${renderReport(results)}\n`);
  log(`results written to ${path.relative(ROOT, options.out)}`);
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
