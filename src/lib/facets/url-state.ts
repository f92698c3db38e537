// The URL query codec shared by the case library and the search page: a free-text query and
// ticked facet values live in the query string, so a filtered view can be shared and
// back/forward restore it. Each page describes its parameters with a UrlFormat.
// Pure and import-free, so browser scripts can use it.
import type { Selection } from './model.ts';

export interface UrlFormat<K extends string = string> {
  /** Facet parameters, in the order they are written. */
  keys: readonly K[];
  /**
   * How several values of one facet are written: 'comma' → `k=a,b` in the order ticked (values
   * must not contain ","); 'repeat' → `k=a&k=b`, sorted.
   */
  values: 'comma' | 'repeat';
  /** Which values read from a URL are kept (after trimming); others are dropped. */
  accept?: (value: string) => boolean;
  /** The free-text query parameter and how its text is normalised, for a page that has one. */
  query?: { name: string; normalize: (text: string) => string };
}

export interface UrlState<K extends string = string> {
  /** The free-text query ('' when none or the page has no query). */
  q: string;
  selection: Selection<K>;
}

/** Longest parameter value read from a URL; anything longer is cut. */
const MAX_PARAM = 1000;

const sortValues = (values: readonly string[]) => [...values].sort();

/** Reads the state from a query string; unknown parameters are ignored. */
export function readUrlState<K extends string>(search: string | URLSearchParams, format: UrlFormat<K>): UrlState<K> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const q = format.query ? format.query.normalize((params.get(format.query.name) ?? '').slice(0, MAX_PARAM)) : '';
  const selection: Partial<Record<K, string[]>> = {};
  for (const key of format.keys) {
    const raw = params.getAll(key).flatMap((v) => (format.values === 'comma' ? v.split(',') : [v]));
    const values = [...new Set(raw.map((v) => v.trim().slice(0, MAX_PARAM)).filter((v) => v !== '' && (format.accept?.(v) ?? true)))];
    if (values.length > 0) selection[key] = format.values === 'repeat' ? sortValues(values) : values;
  }
  return { q, selection };
}

/** One `name=value` pair, encoded as a form (URLSearchParams) encodes it. */
const pair = (name: string, value: string) => new URLSearchParams([[name, value]]).toString();

/**
 * The query string for a state ("?q=…&k=…", or "" when empty): the query first, then the facets
 * in format order, then `extra` parameters (in their order, for settings such as a sort order).
 */
export function writeUrlState<K extends string>(state: UrlState<K>, format: UrlFormat<K>, extra: Readonly<Record<string, string>> = {}): string {
  const parts: string[] = [];
  if (format.query && state.q) parts.push(pair(format.query.name, state.q));
  for (const key of format.keys) {
    const values = state.selection[key];
    if (!values?.length) continue;
    if (format.values === 'comma') parts.push(pair(key, values.join(',')).replaceAll('%2C', ','));
    else for (const v of sortValues(values)) parts.push(pair(key, v));
  }
  for (const [name, value] of Object.entries(extra)) parts.push(pair(name, value));
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Whether two states give the same URL. */
export function sameUrlState<K extends string>(a: UrlState<K>, b: UrlState<K>, format: UrlFormat<K>): boolean {
  return writeUrlState(a, format) === writeUrlState(b, format);
}
