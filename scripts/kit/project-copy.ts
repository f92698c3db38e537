// A throw-away copy of the project (node_modules linked, not copied) in which a test or
// the benchmark can change content and run a real build (./build.ts), without touching the
// working tree or the shared dist/.
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Top-level entries never copied: outputs, caches, VCS, and what the build does not read. */
const SKIP = new Set(['node_modules', 'dist', '.tmp', '.cache', '.git', '.astro', 'tests', 'docs', 'bench', 'test-results']);

/** Copies the project at `from` (default: this repository) into `dest` (replacing it) and links node_modules. */
export function copyProject(dest: string, from = ROOT): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (SKIP.has(entry) || entry.endsWith('.log')) continue;
    cpSync(path.join(from, entry), path.join(dest, entry), { recursive: true });
  }
  symlinkSync(path.join(from, 'node_modules'), path.join(dest, 'node_modules'), 'dir');
}
