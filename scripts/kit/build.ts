// Runs a real build in a child process: `astro build` (what the site tests and benchmarks
// time and compare) or `node scripts/build.ts` (npm run build: staging directory, swap on
// success). The one place the tests and the benchmark start a build.
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  /** Project directory the build runs in (default: this repository). */
  cwd?: string;
  /** `astro` runs `astro build`; `script` runs `node scripts/build.ts` (npm run build). */
  command?: 'astro' | 'script';
  /** Added to the environment (SITE_OUT_DIR, SITE_CACHE_DIR, SITE_BASE …). */
  env?: Record<string, string>;
  /** Called with the child's pid once it runs (the benchmark samples its CPU time). */
  onStart?: (pid: number) => void;
  /** Echo the output to stderr while the build runs. */
  echo?: boolean;
}

export interface BuildResult {
  status: number;
  /** stdout and stderr, as plain text (colours removed). */
  output: string;
  seconds: number;
}

/**
 * The environment a build inherits: this process's, without what Vitest puts there for its
 * own workers (BASE_URL="/", MODE, NODE_ENV=test …), which Vite in the child would read as the
 * site's settings. A build started from a test then runs as `npm run build` does.
 */
function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST')) continue;
    env[key] = value;
  }
  // CI=true makes Astro colour its output; messages are matched as plain text.
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Runs the build; resolves with its exit status and output (it does not throw when it fails). */
export function runBuild(options: BuildOptions = {}): Promise<BuildResult> {
  const cwd = options.cwd ?? ROOT;
  const entry =
    options.command === 'script' ? path.join(cwd, 'scripts/build.ts') : path.join(cwd, 'node_modules/astro/bin/astro.mjs');
  const args = options.command === 'script' ? [entry] : [entry, 'build'];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: buildEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid !== undefined) options.onStart?.(child.pid);
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (output.length > 4_000_000) output = output.slice(-2_000_000);
      if (options.echo) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({
        status: code ?? (signal ? 128 : 1),
        output: stripVTControlCharacters(output),
        seconds: (performance.now() - started) / 1000,
      });
    });
  });
}

/** Runs `astro build` and throws with the output's tail when it fails. */
export async function buildOrThrow(what: string, options: BuildOptions = {}): Promise<BuildResult> {
  const result = await runBuild(options);
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.output.slice(-4000)}`);
  return result;
}
