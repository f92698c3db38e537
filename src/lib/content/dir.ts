// Where the content lives: content/, or SITE_CONTENT_DIR (the bad-content fixtures and the growth
// benchmark point it elsewhere). The one place that reads SITE_CONTENT_DIR.
import path from 'node:path';

/** The content directory, absolute. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.SITE_CONTENT_DIR ?? 'content');
}

/** A file name as messages show it: relative to `root`, "/"-separated. */
export function relativeName(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/') || abs;
}

/** Memoises `read` per key (a content directory): the content is read from disk once per build. */
export function memoised<T>(read: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, read(key));
    return cache.get(key)!;
  };
}
