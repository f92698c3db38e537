// The search page's first requests, whatever the query: the files every search reads first
// (the index entry, the index metadata and the filter chunks, whose content-hashed names are known
// only once the index is written, and the fold and phrase tables) travel in one file the page
// preloads (startup.ts); startupFiles names the index files among them. The page's scripts and
// the modules they import are preloaded first of all (modulepreload): after writing the index,
// the build adds those links to the page.
import type { IndexMeta, PagefindEntry } from './pagefind-format.ts';

/** Bundle-relative paths of the index files every search reads first, after the entry file. */
export function startupFiles(entry: PagefindEntry, meta: IndexMeta): string[] {
  return [`pagefind.${entry.indexHash}.pf_meta`, ...meta.filters.map((f) => `filter/${f.hash}.pf_filter`)];
}

const MODULE_MARK = 'data-search-modulepreload';

/** The modules a built script imports statically (`import{…}from"./x.js"`, `import"./y.js"`), as written. */
export function staticImports(js: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g)) out.push(m[1]!);
  return [...new Set(out)];
}

/** The modules a built script imports dynamically with a literal name (`import("./x.js")`, also in backquotes), as written. */
export function dynamicImports(js: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/\bimport\(\s*(["'`])([^"'`]+\.m?js)\1\s*\)/g)) out.push(m[2]!);
  return [...new Set(out)];
}

/** A module of the page: its size in bytes and the modules it imports (as written: staticImports, dynamicImports). */
export interface ModuleInfo {
  size: number;
  imports: string[];
}

/**
 * The page with a modulepreload link for each of its module scripts and every module they import,
 * directly or through other modules (`moduleOf(src)` describes a module by its URL), before its
 * first <link>: the largest script first, each followed by its imports. The browser then asks for the scripts
 * before the page's other files and the search script, which everything waits for, first,
 * instead of after the stylesheets and preloads in the order the page names them. Earlier links
 * of this step are replaced.
 */
export function withModulePreloads(html: string, moduleOf: (src: string) => ModuleInfo): string {
  const cleaned = html.replace(new RegExp(`<link ${MODULE_MARK} [^>]*>`, 'g'), '');
  const scripts = [...cleaned.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => ({ src: m[1]!, ...moduleOf(m[1]!) }));
  if (scripts.length === 0) return cleaned;
  const hrefs = new Set<string>();
  const visit = (src: string, imports: string[]) => {
    if (hrefs.has(src)) return;
    hrefs.add(src);
    for (const spec of imports) {
      const href = new URL(spec, `http://site${src}`).pathname;
      visit(href, moduleOf(href).imports);
    }
  };
  for (const s of [...scripts].sort((a, b) => b.size - a.size)) visit(s.src, s.imports);
  const at = cleaned.indexOf('<link');
  if (at < 0 || at > cleaned.indexOf('</head>')) return cleaned;
  const links = [...hrefs].map((h) => `<link ${MODULE_MARK} rel="modulepreload" href="${h}">`).join('');
  return cleaned.slice(0, at) + links + cleaned.slice(at);
}
