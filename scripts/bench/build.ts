// Runs a cold `astro build` (output and cache directories removed first) in a child
// process and times it; Pagefind's share comes from the line the search-index integration
// logs ("indexed N pages in X s", src/integrations/pagefind-index.ts).
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dirSize } from '../../src/lib/files.ts';
import { runBuild } from '../kit/build.ts';
import type { BuildResult } from './report.ts';

/** Astro's closing line: "N page(s) built in X s". */
export function parsePagesBuilt(output: string): number | undefined {
  const m = /(\d+) page\(s\) built in/.exec(output);
  return m ? Number(m[1]) : undefined;
}

/** The search-index integration's line: "indexed N pages in X s". */
export function parseIndexed(output: string): { pages: number; seconds: number } | undefined {
  const m = /indexed (\d+) pages in ([\d.]+) s/.exec(output);
  return m ? { pages: Number(m[1]), seconds: Number(m[2]) } : undefined;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Fields 3… of /proc/<pid>/stat (after the command name), or undefined. */
function procStat(pid: string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds (user + system) of the process tree under `rootPid` (Astro, esbuild, Pagefind's
 * indexer …), sampled from /proc four times a second; NaN off Linux. Not cutime: that misses
 * grandchildren nobody reaps (Pagefind's backend is killed as Astro exits) and includes
 * whatever else of ours exits meanwhile (browsers). Each process's last quarter second and
 * processes shorter than that are missed, so this is a slight underestimate.
 */
export function sampleTreeCpu(rootPid: number): { stop(): number } {
  const last = new Map<string, number>();
  const sample = () => {
    let pids: string[];
    try {
      pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
    } catch {
      return;
    }
    const parent = new Map<string, string>();
    const stats = new Map<string, string[]>();
    for (const pid of pids) {
      const f = procStat(pid);
      if (!f) continue;
      parent.set(pid, f[1]!);
      stats.set(pid, f);
    }
    for (const [pid, f] of stats) {
      let p: string | undefined = pid;
      for (let depth = 0; p && p !== '0' && depth < 32; depth++, p = parent.get(p)) {
        if (p === String(rootPid)) {
          // Key by pid and start time, so a reused pid is a different process.
          last.set(`${pid}:${f[19]}`, (Number(f[11]) + Number(f[12])) / TICKS_PER_SECOND);
          break;
        }
      }
    }
  };
  if (procStat('self') === undefined) return { stop: () => Number.NaN };
  sample();
  const timer = setInterval(sample, 250);
  return {
    stop() {
      clearInterval(timer);
      return [...last.values()].reduce((a, b) => a + b, 0);
    },
  };
}

export interface BuildOptions {
  /** Project root the build runs in (the repository, or a synthetic copy of it). */
  root: string;
  outDir: string;
  cacheDir: string;
  env?: Record<string, string>;
  /** Echo the build's output while it runs. */
  verbose?: boolean;
}

export async function timedBuild(options: BuildOptions): Promise<BuildResult> {
  rmSync(options.outDir, { recursive: true, force: true });
  rmSync(options.cacheDir, { recursive: true, force: true });
  let sampler: { stop(): number } | undefined;
  const loadBefore = os.loadavg()[0]!;
  const run = await runBuild({
    cwd: options.root,
    env: { SITE_OUT_DIR: options.outDir, SITE_CACHE_DIR: options.cacheDir, ...options.env },
    echo: options.verbose ?? false,
    onStart: (pid) => (sampler = sampleTreeCpu(pid)),
  });
  const cpuSeconds = sampler?.stop() ?? Number.NaN;
  if (run.status !== 0) throw new Error(`astro build failed (exit ${run.status}):\n${run.output.slice(-4000)}`);
  const totalSeconds = run.seconds;
  const load: [number, number] = [loadBefore, os.loadavg()[0]!];
  const index = parseIndexed(run.output);
  if (!index) throw new Error('astro build did not log the search index line ("indexed N pages in X s")');
  const dist = dirSize(options.outDir);
  const pagefind = dirSize(path.join(options.outDir, 'pagefind'));
  return {
    pages: parsePagesBuilt(run.output) ?? Number.NaN,
    indexedPages: index.pages,
    totalSeconds,
    cpuSeconds,
    load,
    pagefindSeconds: index.seconds,
    astroSeconds: totalSeconds - index.seconds,
    distBytes: dist.bytes,
    distFiles: dist.files,
    indexBytes: pagefind.bytes,
    indexFiles: pagefind.files,
  };
}
