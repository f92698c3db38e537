// The search page's first requests, whatever the query, are the index entry, the index metadata
// and the filter chunks; the last two have content-hashed names known only once the index is
// written. After writing it, the index build adds preload links for them to the search page,
// next to its preload of the entry file, so that they load with the page rather than one after
// another once the script has run. The modules the search script imports are preloaded too
// (modulepreload), so the browser fetches them with the script instead of after parsing it.
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

const MODULE_MARK = 'data-search-modulepreload';

/** The modules a built script imports statically (`import{…}from"./x.js"`, `import"./y.js"`), as written. */
export function staticImports(js: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g)) out.push(m[1]!);
  return [...new Set(out)];
}

/**
 * The page with a modulepreload link for every module its module scripts import statically
 * (`importsOf(src)` gives them for a script's src), before its first module script; earlier
 * links of this step are replaced.
 */
export function withModulePreloads(html: string, importsOf: (src: string) => string[]): string {
  const cleaned = html.replace(new RegExp(`<link ${MODULE_MARK} [^>]*>`, 'g'), '');
  const scripts = [...cleaned.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
  const hrefs = new Set<string>();
  for (const src of scripts) {
    for (const spec of importsOf(src)) hrefs.add(new URL(spec, `http://site${src}`).pathname);
  }
  for (const src of scripts) hrefs.delete(src);
  if (hrefs.size === 0) return cleaned;
  const at = cleaned.indexOf('</head>');
  if (at < 0) return cleaned;
  const links = [...hrefs].map((h) => `<link ${MODULE_MARK} rel="modulepreload" href="${h}">`).join('');
  return cleaned.slice(0, at) + links + cleaned.slice(at);
}
