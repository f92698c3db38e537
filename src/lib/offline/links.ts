// Where a link of the served site points in the offline edition. Opened from disk there is
// no server to add "index.html" to a directory address or to know the base path, so every
// internal URL becomes a path relative to the page, ending at a file:
//   /kb/sources/x/#p12 on sources/y/index.html → ../x/index.html#p12
// Pure: the file list is passed in.
import path from 'node:path';

/** Which files the edition has, by their path in the site ("sources/x/index.html"). */
export interface SiteFiles {
  has(file: string): boolean;
}

/** A URL with a scheme ("https:", "mailto:", "data:") or protocol-relative: not a file of the site. */
export function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/** Splits "path?query#hash" into its parts (query and hash keep their "?" and "#"). */
export function splitUrl(url: string): { path: string; query: string; hash: string } {
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const rest = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = rest.indexOf('?');
  return queryAt >= 0 ? { path: rest.slice(0, queryAt), query: rest.slice(queryAt), hash } : { path: rest, query: '', hash };
}

/**
 * The file a site path names ("sources/x/" → "sources/x/index.html"; "" → "index.html";
 * "topics/a/handout.docx" stays), or undefined when the edition has no such file.
 */
export function fileOf(sitePath: string, files: SiteFiles): string | undefined {
  const decoded = decodeURI(sitePath);
  if (decoded === '' || decoded.endsWith('/')) {
    const index = `${decoded}index.html`;
    return files.has(index) ? index : undefined;
  }
  if (files.has(decoded)) return decoded;
  const index = `${decoded}/index.html`;
  return files.has(index) ? index : undefined;
}

/** "../" repeated to reach the site's root from page `from` ("./" at the root). */
export function rootFrom(from: string): string {
  const depth = from.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * The offline form of `url` found on page `from`: unchanged when external or only a hash; a
 * relative path to a file otherwise; undefined when it names no file of the edition.
 */
export function offlineUrl(url: string, from: string, base: string, files: SiteFiles): string | undefined {
  if (url === '' || url.startsWith('#') || isExternal(url)) return url;
  const { path: urlPath, query, hash } = splitUrl(url);
  let sitePath: string;
  if (urlPath.startsWith('/')) {
    if (!`${urlPath}/`.startsWith(base)) return undefined;
    sitePath = urlPath.slice(base.length);
  } else if (urlPath === '') {
    return url;
  } else {
    const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from), urlPath));
    if (joined.startsWith('..')) return undefined;
    sitePath = joined === '.' ? '' : `${joined}${urlPath.endsWith('/') && !joined.endsWith('/') ? '/' : ''}`;
  }
  const file = fileOf(sitePath, files);
  if (file === undefined) return undefined;
  const relative = path.posix.relative(path.posix.dirname(from), file);
  return `${encodeURI(relative)}${query}${hash}`;
}

/** A site-relative page address in file form, for data the search page joins onto its base: "/glossary/x/" → "/glossary/x/index.html". */
export function fileFormOf(sitePath: string): string {
  const { path: p, query, hash } = splitUrl(sitePath);
  return `${p.endsWith('/') ? `${p}index.html` : p}${query}${hash}`;
}
