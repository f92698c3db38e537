// A throw-away copy of the project (node_modules linked, not copied) in which a test or a
// benchmark can change content and run a real build (./build.ts), without touching the
// working tree or the shared dist/.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './sites.ts';

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
