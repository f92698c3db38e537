// Runs a cold `astro build` (output and cache directories removed first) in a child
// process and times it; Pagefind's share comes from the report the integration writes
// when KB_PAGEFIND_REPORT is set (src/integrations/pagefind-index.ts).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BuildResult } from './report.ts';

export interface DirSize {
  bytes: number;
  files: number;
}

export function dirSize(dir: string): DirSize {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Astro's closing line: "N page(s) built in X s". */
export function parsePagesBuilt(output: string): number | undefined {
  const m = /(\d+) page\(s\) built in/.exec(output);
  return m ? Number(m[1]) : undefined;
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
  /** Where the Pagefind integration writes its JSON report. */
  reportFile: string;
  env?: Record<string, string>;
  /** Echo the build's output while it runs. */
  verbose?: boolean;
}

export async function timedBuild(options: BuildOptions): Promise<BuildResult> {
  rmSync(options.outDir, { recursive: true, force: true });
  rmSync(options.cacheDir, { recursive: true, force: true });
  rmSync(options.reportFile, { force: true });
  const astro = path.join(options.root, 'node_modules/astro/bin/astro.mjs');
  const started = performance.now();
  let sampledCpu = Number.NaN;
  const loadBefore = os.loadavg()[0]!;
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: options.root,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        SITE_OUT_DIR: options.outDir,
        SITE_CACHE_DIR: options.cacheDir,
        KB_PAGEFIND_REPORT: options.reportFile,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const sampler = child.pid === undefined ? undefined : sampleTreeCpu(child.pid);
    let text = '';
    const collect = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.length > 4_000_000) text = text.slice(-2_000_000);
      if (options.verbose) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      sampledCpu = sampler?.stop() ?? Number.NaN;
      if (code === 0) resolve(text);
      else reject(new Error(`astro build failed (exit ${code}):\n${text.slice(-4000)}`));
    });
  });
  const totalSeconds = (performance.now() - started) / 1000;
  const cpuSeconds = sampledCpu;
  const load: [number, number] = [loadBefore, os.loadavg()[0]!];
  if (!existsSync(options.reportFile)) throw new Error(`astro build did not write the Pagefind report ${options.reportFile}`);
  const index = JSON.parse(readFileSync(options.reportFile, 'utf8')) as { pages: number; seconds: number };
  const dist = dirSize(options.outDir);
  const pagefind = dirSize(path.join(options.outDir, 'pagefind'));
  return {
    pages: parsePagesBuilt(output) ?? Number.NaN,
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
