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

/**
 * CPU seconds (user + system) used by this process's finished children, from /proc (Linux);
 * NaN elsewhere. Unlike wall time it barely changes when other work shares the machine.
 */
export function childCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5), cutime and cstime, in clock ticks (USER_HZ, 100 on Linux).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
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
  const cpuBefore = childCpuSeconds();
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
      if (code === 0) resolve(text);
      else reject(new Error(`astro build failed (exit ${code}):\n${text.slice(-4000)}`));
    });
  });
  const totalSeconds = (performance.now() - started) / 1000;
  const cpuSeconds = childCpuSeconds() - cpuBefore;
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
