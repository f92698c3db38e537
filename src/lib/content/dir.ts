// Where the content lives: content/, or the directory SITE_CONTENT_DIR names (a copy of the
// content elsewhere). The one place that reads SITE_CONTENT_DIR.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The content directory, absolute. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.SITE_CONTENT_DIR ?? 'content');
}

/** A file name as messages show it: relative to `root`, "/"-separated. */
export function relativeName(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/') || abs;
}

/** What changes when a file under `dir` changes: each file's path, size and modification time. */
function signature(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      const { size, mtimeMs } = statSync(file);
      return `${file}\t${size}\t${mtimeMs}`;
    })
    .join('\n');
}

/**
 * Memoises `read` per directory: the directory is read once per build, and read again only when
 * a file under it has changed (so `npm run dev` shows an edit without a restart).
 */
export function memoised<T>(read: (dir: string) => T): (dir: string) => T {
  const cache = new Map<string, { signature: string; value: T }>();
  return (dir) => {
    const current = signature(dir);
    const hit = cache.get(dir);
    if (hit && hit.signature === current) return hit.value;
    const value = read(dir);
    cache.set(dir, { signature: current, value });
    return value;
  };
}
