// What the site server sends with each file — pure rules, no I/O (README "部署"):
// which files may be cached for a year (their names carry a content hash), which must be
// revalidated, the security headers, the content encoding a request accepts and the byte range
// it asks for. The nginx example in the README follows the same rules.
import Negotiator from 'negotiator';
import parseRangeHeader from 'range-parser';
import { lookup } from 'mrmime';

/** The Content-Security-Policy the site is built to satisfy (see README). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Sent with every response unless turned off (`--no-security-headers`). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Never guess a type other than the one sent.
  'X-Content-Type-Options': 'nosniff',
  // Intranet addresses stay on the intranet: other sites never learn which page linked to them.
  'Referrer-Policy': 'same-origin',
  // frame-ancestors 'none' for browsers that predate it.
  'X-Frame-Options': 'DENY',
};

/**
 * Folders whose file names carry a content hash (a new build writes new names): Astro's bundles
 * and Pagefind's index, fragment and filter chunks. Everything else keeps its name between
 * builds (pages, pagefind-entry.json, the .pf_meta the entry names, kb-fold.json, .docx …).
 */
export const HASHED_FOLDERS = ['_assets/', 'pagefind/index/', 'pagefind/fragment/', 'pagefind/filter/'] as const;

export const CACHE_FOREVER = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Cache-Control for a file, by its path relative to the site root ("_assets/x.css"). */
export function cacheControl(relPath: string): string {
  return HASHED_FOLDERS.some((folder) => relPath.startsWith(folder)) ? CACHE_FOREVER : REVALIDATE;
}

/** Text types written compressed at build time (Pagefind's own files are gzip data already). */
export const COMPRESSIBLE_EXTENSIONS = ['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest'] as const;

export function isCompressible(relPath: string): boolean {
  return COMPRESSIBLE_EXTENSIONS.some((ext) => relPath.endsWith(ext));
}

/** Types the site builds that mrmime's table lacks (the handouts' Word files). */
const MORE_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Content-Type for a file name; text types name their charset. */
export function contentType(relPath: string): string {
  const type = MORE_TYPES[relPath.slice(relPath.lastIndexOf('.') + 1)] ?? lookup(relPath) ?? 'application/octet-stream';
  return type.startsWith('text/') || type === 'application/json' || type === 'application/manifest+json' || type === 'image/svg+xml'
    ? `${type}; charset=utf-8`
    : type;
}

export type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the request accepts among those available (brotli, then gzip, then none). */
export function chooseEncoding(acceptEncoding: string | undefined, available: readonly Encoding[]): Encoding | undefined {
  const offered = (['br', 'gzip', 'identity'] as const).filter((e) => e === 'identity' || available.includes(e));
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding ?? '' } });
  // Negotiator 1 takes the server's preference for equal q-values; @types/negotiator predates it.
  const encoding = negotiator.encoding.bind(negotiator) as (available: string[], options: { preferred: string[] }) => string | undefined;
  return encoding([...offered], { preferred: [...offered] }) as Encoding | undefined;
}

export type ByteRange = { start: number; end: number } | 'unsatisfiable' | undefined;

/**
 * The one byte range a `Range` header asks for (inclusive ends), 'unsatisfiable', or undefined
 * to send the whole file (no header, a malformed one, or several ranges — the server may
 * always answer with the whole representation).
 */
export function byteRange(header: string | undefined, size: number): ByteRange {
  if (!header) return undefined;
  const ranges = parseRangeHeader(size, header, { combine: true });
  if (ranges === -1) return 'unsatisfiable';
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return undefined;
  return { start: ranges[0]!.start, end: ranges[0]!.end };
}

/** True when an If-None-Match header names this entity tag (weak comparison, as for GET). */
export function etagMatches(ifNoneMatch: string, etag: string): boolean {
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
