// Where the content lives: content/, or the directory SITE_CONTENT_DIR names (a copy of the
// content elsewhere). The one place that reads SITE_CONTENT_DIR.
import { existsSync, readdirSync, statSync, watch } from 'node:fs';
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

/** Calls `onChange` whenever something under `dir` changes; false when the directory cannot be watched. */
export type Watch = (dir: string, onChange: () => void) => boolean;

/** Node's recursive watch, not keeping the process alive (a build ends when its work does). */
const watchDir: Watch = (dir, onChange) => {
  try {
    if (!existsSync(dir)) return false;
    const watcher = watch(dir, { recursive: true, persistent: false }, onChange);
    watcher.on('error', onChange);
    return true;
  } catch {
    return false;
  }
};

/**
 * Memoises `read` per directory: the directory is read once per build, and read again only when
 * a file under it has changed (so `npm run dev` shows an edit without a restart). A watch on the
 * directory says when to look: between changes a call costs a map lookup, not a stat of every
 * file; after a change notice, the files' sizes and times decide whether to read again. Where
 * the directory cannot be watched, every call compares them.
 */
export function memoised<T>(read: (dir: string) => T, options: { watch?: Watch } = {}): (dir: string) => T {
  const watchOne = options.watch ?? watchDir;
  const cache = new Map<string, { signature: string; value: T; dirty: boolean; watched: boolean }>();
  return (dir) => {
    const hit = cache.get(dir);
    if (hit && hit.watched && !hit.dirty) return hit.value;
    const current = signature(dir);
    if (hit && hit.signature === current) {
      hit.dirty = false;
      return hit.value;
    }
    const value = read(dir);
    const entry = { signature: current, value, dirty: false, watched: hit?.watched ?? false };
    cache.set(dir, entry);
    if (!hit) {
      entry.watched = watchOne(dir, () => {
        const now = cache.get(dir);
        if (now) now.dirty = true;
      });
    }
    return value;
  };
}
