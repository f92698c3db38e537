// `npm run bench`: builds the site, measures page weight in Chromium, scores the pages with
// Lighthouse, builds synthetic corpora of growing size, prints a Markdown report and writes
// bench/results.json. Run by hand; not part of `npm test`.
//
//   npm run bench                        full run (growth at 1,000 and 10,000 pages)
//   npm run bench -- --quick             growth at 1,000 only, one Lighthouse run per page
//   npm run bench -- --growth 500,2000   other corpus sizes; --no-growth, --no-lighthouse to skip
//   options: --lighthouse-runs N (default 3), --out FILE (default bench/results.json),
//            --keep (keep the builds in .tmp/bench/), --verbose (show build output),
//            --wait-idle MIN (first wait up to MIN minutes for the 1-minute load average to fall below 1)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium, launchBrowser } from '../../tests/support/browser.ts';
import { timedBuild } from './build.ts';
import { runGrowth } from './growth.ts';
import { startLighthouse } from './lighthouse.ts';
import { measurePage, pageExists, pageTypes } from './pages.ts';
import type { BenchResults, GrowthResult, PageResult } from './report.ts';
import { evaluateTargets, renderReport } from './report.ts';
import { startBenchServer } from './server.ts';
import { loadSources, syntheticCorpus } from '../../tests/support/synthetic-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(ROOT, '.tmp/bench');
/** The search page is measured with a real query (a term found in the sources). */
const SEARCH_QUERY = '党建联盟';
/** Growth search latency: the first query is cold, the rest warm. All occur in the sources. */
const GROWTH_QUERIES = ['党建联盟', '联席轮值', '双报到', '支部建在连上', '三会一课', '网格化', '公推直选', '组织力'];

export interface Options {
  growth: number[];
  lighthouse: boolean;
  lighthouseRuns: number;
  out: string;
  keep: boolean;
  verbose: boolean;
  waitIdleMinutes: number;
}

export function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const sizes = value('growth');
  return {
    growth: argv.includes('--no-growth') ? [] : sizes ? sizes.split(',').map((s) => Number(s.replace(/_/g, ''))) : quick ? [1000] : [1000, 10000],
    lighthouse: !argv.includes('--no-lighthouse'),
    lighthouseRuns: Number(value('lighthouse-runs') ?? (quick ? 1 : 3)),
    out: path.resolve(ROOT, value('out') ?? 'bench/results.json'),
    keep: argv.includes('--keep'),
    verbose: argv.includes('--verbose'),
    waitIdleMinutes: Number(value('wait-idle') ?? 0),
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

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  await waitForIdle(options.waitIdleMinutes);
  mkdirSync(WORK, { recursive: true });
  const { executablePath: chromePath, env: chromeEnv } = findChromium();
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
      chromium: sh(chromePath, ['--version']),
      astro: version('astro'),
      pagefind: version('pagefind'),
      lighthouse: version('lighthouse'),
    },
    options: { lighthouseRuns: options.lighthouse ? options.lighthouseRuns : 0, growthSizes: options.growth, searchQuery: SEARCH_QUERY },
    pages: [],
    growth: [],
    targets: [],
  };

  // 1. The site itself: a cold build.
  const siteDist = path.join(WORK, 'site-dist');
  log('building the site (cold) …');
  results.build = await timedBuild({
    root: ROOT,
    outDir: siteDist,
    cacheDir: path.join(WORK, 'site-cache'),
    verbose: options.verbose,
  });
  log(`built ${results.build.pages} pages in ${results.build.totalSeconds.toFixed(1)} s`);

  const browser = await launchBrowser();
  try {
    // 2. Page weight per page type.
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

      // 3. Lighthouse.
      if (options.lighthouse) {
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
      }
    } finally {
      await server.close();
    }

    // 4. Growth.
    if (options.growth.length > 0) {
      const sources = loadSources(path.join(ROOT, 'content/sources'));
      for (const n of options.growth) {
        log(`growth: generating and building ${n} synthetic pages …`);
        let result: GrowthResult;
        try {
          result = await runGrowth({
            root: ROOT,
            workDir: WORK,
            n,
            pages: syntheticCorpus(n, { sources }),
            browser,
            queries: GROWTH_QUERIES,
            verbose: options.verbose,
            keep: options.keep,
          });
          log(`  ${result.build!.pages} pages in ${result.build!.totalSeconds.toFixed(1)} s`);
        } catch (error) {
          result = { n, error: error instanceof Error ? error.message.slice(0, 2000) : String(error) };
          log(`  failed: ${result.error}`);
        }
        results.growth.push(result);
      }
    }
  } finally {
    await browser.close();
  }

  results.machine.load[1] = os.loadavg()[0]!;
  results.targets = evaluateTargets(results);
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
