// A throw-away copy of the project (node_modules linked, not copied) in which a test can
// change content and run the real `npm run build` (scripts/build.ts), without touching the
// working tree or the shared dist/.
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './sites.ts';

/** Top-level entries never copied: outputs, caches, VCS, and what the build does not read. */
const SKIP = new Set(['node_modules', 'dist', '.tmp', '.cache', '.git', '.astro', 'tests', 'docs', 'bench', 'test-results']);

/** Copies the project into `dest` (replacing it) and links node_modules. */
export function copyProject(dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (SKIP.has(entry) || entry.endsWith('.log')) continue;
    cpSync(path.join(ROOT, entry), path.join(dest, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dest, 'node_modules'), 'dir');
}

/** One textual edit of a file in the copy: a regular expression that must match, and its replacement. */
export interface Edit {
  file: string;
  find: string;
  replace: string;
  /** Regular expression flags; "m" by default. */
  flags?: string;
}

/** Applies edits; throws when a pattern does not match (the fixture went stale). */
export function applyEdits(dest: string, edits: Edit[]): void {
  for (const edit of edits) {
    const file = path.join(dest, edit.file);
    if (!existsSync(file)) throw new Error(`fixture edit: ${edit.file} does not exist in the project`);
    const text = readFileSync(file, 'utf8');
    const re = new RegExp(edit.find, edit.flags ?? 'm');
    if (!re.test(text)) throw new Error(`fixture edit: /${edit.find}/ does not match ${edit.file} (update the fixture)`);
    writeFileSync(file, text.replace(re, edit.replace));
  }
}

export interface ProcessResult {
  status: number;
  output: string;
  seconds: number;
}

/** Runs `node scripts/build.ts` in a project directory (asynchronously, so several can run at once). */
export function runBuildScript(projectDir: string, env: Record<string, string> = {}): Promise<ProcessResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectDir, 'scripts/build.ts')], {
      cwd: projectDir,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        SITE_OUT_DIR: path.join(projectDir, 'dist'),
        SITE_CACHE_DIR: path.join(projectDir, '.cache-astro'),
        SITE_BASE: '/',
        // CI=true makes Astro colour its output; messages are matched as plain text.
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
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

/** Runs async jobs with at most `limit` at a time, keeping the input order in the results. */
export async function mapLimit<T, R>(items: T[], limit: number, job: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
