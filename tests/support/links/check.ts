// Link check over a built site: every internal href/src/action resolves to a built file
// under the site's base path, every #fragment names an element id in the target page, and
// every url()/@import of the built stylesheets resolves under the base path too.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles, listFiles } from '../../../src/lib/files.ts';
import { pageFacts, type LinkRef, type PageFacts } from './html.ts';

export interface BrokenLink {
  /** The page the link is on, as a site URL path ("/kb/about/"). */
  page: string;
  /** The link as written in the page. */
  target: string;
  /** Element and attribute, e.g. "a[href]". */
  where: string;
  reason: string;
}

export interface LinkReport {
  /** HTML pages read. */
  pages: number;
  /** Internal URL references checked (one per attribute occurrence). */
  links: number;
  /** Of those, references with a #fragment that was checked against ids. */
  fragments: number;
  /** Distinct internal targets (path + fragment) checked. */
  targets: number;
  /** Links to other origins (allowed for <a>, reported for information). */
  external: { page: string; target: string }[];
  broken: BrokenLink[];
}

export interface CheckOptions {
  /** The built site directory. */
  dir: string;
  /** The base path the site was built for ("/" or "/kb/"). */
  base: string;
  /** The site's public origin (SITE_URL); absolute URLs on it count as internal (canonical links). */
  origin?: string;
}

/** Tags whose URL attributes make the browser fetch something (so must never leave the site). */
const RESOURCE_TAGS = new Set(['img', 'source', 'script', 'iframe', 'embed', 'object', 'audio', 'video', 'track', 'input']);
/** Placeholder origin used to resolve relative URLs. */
const LOCAL = 'http://site.invalid';

/** The URLs a stylesheet loads: url(...) values and @import strings (comments removed first). */
export function cssUrls(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const urls: string[] = [];
  for (const m of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) urls.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
  for (const m of text.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) urls.push((m[1] ?? m[2] ?? '').trim());
  return urls.filter((u) => u !== '');
}

/** The URL path a built file is served at ("about/index.html" → "/kb/about/"). */
export function fileToUrlPath(base: string, file: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (file === 'index.html') return b;
  if (file.endsWith('/index.html')) return `${b}${file.slice(0, -'index.html'.length)}`;
  return `${b}${file}`;
}

export type Resolution = { ok: true; file: string } | { ok: false; reason: string };

/** The built file a URL path resolves to, the way a static server with directory indexes does. */
export function resolveUrlPath(dir: string, base: string, pathname: string): Resolution {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(b)) return { ok: false, reason: `outside the base path ${b}` };
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(b.length));
  } catch {
    return { ok: false, reason: 'malformed percent-encoding' };
  }
  if (rel.split('/').includes('..')) return { ok: false, reason: 'path escapes the site' };
  const isDirectory = rel === '' || rel.endsWith('/');
  const file = isDirectory ? `${rel}index.html` : rel;
  const stat = statSync(path.join(dir, file), { throwIfNoEntry: false });
  if (stat?.isFile()) return { ok: true, file };
  if (!isDirectory && statSync(path.join(dir, rel, 'index.html'), { throwIfNoEntry: false })?.isFile()) {
    return { ok: false, reason: 'page link without the trailing slash (trailingSlash is "always")' };
  }
  return { ok: false, reason: `no such file in the build: ${file}` };
}

/** The element id a fragment points to, or undefined when it needs no element (empty, text fragment). */
export function fragmentId(hash: string): string | undefined {
  let raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const directive = raw.indexOf(':~:');
  if (directive >= 0) raw = raw.slice(0, directive);
  if (raw === '') return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function checkLinks(options: CheckOptions): LinkReport {
  const { dir } = options;
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const siteOrigin = options.origin ? new URL(options.origin).origin : undefined;
  const files = htmlFiles(dir);
  const cache = new Map<string, PageFacts>();
  const factsOf = (file: string): PageFacts => {
    let facts = cache.get(file);
    if (!facts) {
      facts = pageFacts(readFileSync(path.join(dir, file), 'utf8'));
      cache.set(file, facts);
    }
    return facts;
  };

  const report: LinkReport = { pages: files.length, links: 0, fragments: 0, targets: 0, external: [], broken: [] };
  const targets = new Set<string>();

  for (const file of files) {
    const pagePath = fileToUrlPath(base, file);
    const pageUrl = new URL(pagePath, LOCAL);
    const facts = factsOf(file);
    const fail = (link: LinkRef, reason: string): void => {
      report.broken.push({ page: pagePath, target: link.url, where: `${link.tag}[${link.attr}]`, reason });
    };
    for (const id of facts.duplicateIds) {
      report.broken.push({ page: pagePath, target: `#${id}`, where: '[id]', reason: 'the id occurs more than once in the page' });
    }
    for (const link of facts.links) {
      // The 404 page is served at any missing URL, so relative links in it would resolve differently.
      if (file === '404.html' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(link.url)) {
        fail(link, 'relative link on the 404 page (it is served at arbitrary URLs)');
        continue;
      }
      let url: URL;
      try {
        url = new URL(link.url, pageUrl);
      } catch {
        fail(link, 'not a valid URL');
        continue;
      }
      if (url.protocol === 'mailto:' || url.protocol === 'tel:') continue;
      if (url.protocol === 'data:') {
        if (RESOURCE_TAGS.has(link.tag)) continue;
        fail(link, 'data: URL in a link');
        continue;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        fail(link, `unsupported URL scheme ${url.protocol}`);
        continue;
      }
      const internal = url.origin === LOCAL || (siteOrigin !== undefined && url.origin === siteOrigin);
      if (!internal) {
        if (RESOURCE_TAGS.has(link.tag) || link.tag === 'link') {
          fail(link, 'resource on another origin (the site must work in an intranet without Internet access)');
        } else {
          report.external.push({ page: pagePath, target: link.url });
        }
        continue;
      }
      report.links++;
      const resolved = resolveUrlPath(dir, base, url.pathname);
      targets.add(`${url.pathname}${url.hash}`);
      if (!resolved.ok) {
        fail(link, resolved.reason);
        continue;
      }
      const id = fragmentId(url.hash);
      if (id === undefined) continue;
      report.fragments++;
      if (!resolved.file.endsWith('.html')) {
        fail(link, `fragment #${id} on a non-HTML file ${resolved.file}`);
        continue;
      }
      if (!factsOf(resolved.file).ids.has(id)) {
        fail(link, `no element with id "${id}" in ${resolved.file}`);
      }
    }
  }
  // Stylesheets: what they load (fonts, images, imports) must be built files under the base too.
  for (const file of listFiles(dir, '.css')) {
    const cssPath = fileToUrlPath(base, file);
    for (const ref of cssUrls(readFileSync(path.join(dir, file), 'utf8'))) {
      const where = 'css[url]';
      if (ref.startsWith('data:') || ref.startsWith('#')) continue;
      let url: URL;
      try {
        url = new URL(ref, new URL(cssPath, LOCAL));
      } catch {
        report.broken.push({ page: cssPath, target: ref, where, reason: 'not a valid URL' });
        continue;
      }
      const internal = url.origin === LOCAL || (siteOrigin !== undefined && url.origin === siteOrigin);
      if (!internal) {
        report.broken.push({ page: cssPath, target: ref, where, reason: 'resource on another origin (the site must work in an intranet without Internet access)' });
        continue;
      }
      report.links++;
      targets.add(url.pathname);
      const resolved = resolveUrlPath(dir, base, url.pathname);
      if (!resolved.ok) report.broken.push({ page: cssPath, target: ref, where, reason: resolved.reason });
    }
  }
  report.targets = targets.size;
  return report;
}

/**
 * A readable multi-line description of broken links, for test failure messages: one line per
 * distinct broken target, with the pages it is on (the same broken menu link on 150 pages is one line).
 */
export function formatBroken(broken: BrokenLink[], limit = 60): string {
  const groups = new Map<string, string[]>();
  for (const b of broken) {
    const key = `${b.where} "${b.target}" — ${b.reason}`;
    const pages = groups.get(key) ?? [];
    if (!pages.includes(b.page)) pages.push(b.page);
    groups.set(key, pages);
  }
  const lines = [...groups].slice(0, limit).map(([key, pages]) => {
    const on = pages.length <= 3 ? pages.join(', ') : `${pages.slice(0, 3).join(', ')} and ${pages.length - 3} more pages`;
    return `  ${on}: ${key}`;
  });
  if (groups.size > limit) lines.push(`  … and ${groups.size - limit} more broken targets`);
  return lines.join('\n');
}
