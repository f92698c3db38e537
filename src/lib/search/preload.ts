// The search page's first requests, whatever the query, are the index entry, the index metadata
// and the filter chunks; the last two have content-hashed names known only once the index is
// written. After writing it, the index build adds preload links for them to the search page,
// next to its preload of the entry file, so that they load with the page rather than one after
// another once the script has run.
import type { IndexMeta, PagefindEntry } from './pagefind-format.ts';

/** Marks the links this step writes, so that indexing a site again replaces them. */
const MARK = 'data-search-preload';
const ENTRY_PRELOAD = /<link rel="preload" href="([^"]*)pagefind-entry\.json" as="fetch" crossorigin="anonymous">/;

/** Bundle-relative paths of the files every search fetches first, after the entry file. */
export function startupFiles(entry: PagefindEntry, meta: IndexMeta): string[] {
  return [`pagefind.${entry.indexHash}.pf_meta`, ...meta.filters.map((f) => `filter/${f.hash}.pf_filter`)];
}

/**
 * The page with preload links for `files` after its preload of the entry file (whose URL gives
 * the bundle's location); earlier links of this step are replaced. Pages without that preload
 * are returned as they are.
 */
export function withStartupPreloads(html: string, files: readonly string[]): string {
  const cleaned = html.replace(new RegExp(`<link ${MARK} [^>]*>`, 'g'), '');
  const m = ENTRY_PRELOAD.exec(cleaned);
  if (!m) return html;
  const links = files.map((f) => `<link ${MARK} rel="preload" href="${m[1]}${f}" as="fetch" crossorigin="anonymous">`).join('');
  return cleaned.slice(0, m.index + m[0].length) + links + cleaned.slice(m.index + m[0].length);
}
