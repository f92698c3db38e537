// Lists the files of a built site (or any directory): the one listing the search indexer, the
// link check, the benchmarks and the site tests share.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files under `dir` whose names end with `ext` ("" for all), relative, "/"-separated, sorted. */
export function listFiles(dir: string, ext = ''): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The .html files under `dir`, relative, "/"-separated, sorted. */
export function htmlFiles(dir: string): string[] {
  return listFiles(dir, '.html');
}

/** The pages of a built site: its .html files, Pagefind's output directories left out. */
export function sitePages(dir: string): string[] {
  return htmlFiles(dir).filter((rel) => !rel.split('/')[0]!.startsWith('pagefind'));
}

/** Total size in bytes and number of the files under `dir` (0 and 0 when it does not exist). */
export function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  try {
    for (const rel of listFiles(dir)) {
      bytes += statSync(path.join(dir, rel)).size;
      files++;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return { bytes, files };
}
