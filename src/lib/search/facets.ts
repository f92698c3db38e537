// The search page's filters (type, source, dimension) over a result set, and its URL
// (?q=…&type=…&source=…). Matching and counts follow the shared facet model
// (src/lib/facets/model.ts): OR within a filter, AND across filters, and the count beside a
// value is the number of results if that value were ticked as well.
import { countValues, matches, type ItemValues, type Selection } from '../facets/model.ts';
import type { UrlFormat } from '../facets/url-state.ts';
import { normalizeQueryText } from './query.ts';
import { SEARCH_PAGE_TEXT, SEARCH_TYPES } from '../ui/zh-CN.ts';

export type { Selection };
/** filter name → value → page numbers. */
export type FilterIndex = ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;

/** The filters the search page offers, in display order, with their labels. */
export const FACETS = [
  { name: 'type', label: SEARCH_PAGE_TEXT.facets.type },
  { name: 'source', label: SEARCH_PAGE_TEXT.facets.source },
  { name: 'dimension', label: SEARCH_PAGE_TEXT.facets.dimension },
] as const;

/**
 * A filter the index copy adds to every page with a title: the title's length in characters.
 * Not offered to readers; the ranking uses it (match.ts).
 */
export const TITLE_LENGTH_FILTER = 'title-length';

/** Display order of result types; other values follow in code-point order. */
export const TYPE_ORDER: readonly string[] = [
  SEARCH_TYPES.source,
  SEARCH_TYPES.chapter,
  SEARCH_TYPES.case,
  SEARCH_TYPES.practice,
  SEARCH_TYPES.mechanisms,
  SEARCH_TYPES.term,
  SEARCH_TYPES.framework,
  SEARCH_TYPES.timeline,
  SEARCH_TYPES.topic,
  SEARCH_TYPES.prompts,
  SEARCH_TYPES.about,
];

/** The search page's URL: the query, then ticked values of each filter (repeated, sorted). */
export const SEARCH_URL_FORMAT: UrlFormat = {
  keys: FACETS.map((f) => f.name),
  values: 'repeat',
  query: { name: 'q', normalize: normalizeQueryText },
};

/** Keeps only known filters and values that exist in the index (dropping duplicates). */
export function sanitizeSelection(selection: Selection, index: FilterIndex): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries<readonly string[] | undefined>(selection)) {
    const known = index.get(name);
    if (!known || !values) continue;
    const kept = [...new Set(values)].filter((v) => known.has(v));
    if (kept.length > 0) out[name] = kept;
  }
  return out;
}

export interface FacetResult {
  /** Pages that pass every ticked filter, in the order given. */
  kept: number[];
  /** filter name → value → count, for every value in the index. */
  counts: Record<string, Record<string, number>>;
}

/** Each page's values per filter (the index inverted), computed once per index. */
const pageValuesOf = new WeakMap<FilterIndex, ItemValues[]>();
function pageValues(index: FilterIndex): ItemValues[] {
  let out = pageValuesOf.get(index);
  if (!out) {
    const pages: Record<string, string[]>[] = [];
    for (const [name, byValue] of index) {
      for (const [value, valuePages] of byValue) for (const p of valuePages) ((pages[p] ??= {})[name] ??= []).push(value);
    }
    out = pages;
    pageValuesOf.set(index, out);
  }
  return out;
}

const NO_VALUES: ItemValues = {};

/** Filters pages (ranked page numbers) by the selection and counts each filter value among them. */
export function applyFacets(pages: readonly number[], index: FilterIndex, selection: Selection): FacetResult {
  const byPage = pageValues(index);
  const valuesOf = (p: number) => byPage[p] ?? NO_VALUES;
  const applied: Record<string, readonly string[]> = {};
  for (const [name, values] of Object.entries<readonly string[] | undefined>(selection)) if (values && index.has(name)) applied[name] = values;
  const kept = pages.filter((p) => matches(valuesOf(p), applied));
  const counted = countValues([...index.keys()], pages.map(valuesOf), applied);
  const counts: Record<string, Record<string, number>> = {};
  for (const [name, byValue] of index) {
    const c: Record<string, number> = {};
    for (const value of byValue.keys()) c[value] = counted[name]?.get(value) ?? 0;
    counts[name] = c;
  }
  return { kept, counts };
}

/** Values of one filter in display order. */
export function orderValues(name: string, values: Iterable<string>): string[] {
  const list = [...values];
  if (name === 'type') {
    const rank = (v: string) => {
      const i = TYPE_ORDER.indexOf(v);
      return i < 0 ? TYPE_ORDER.length : i;
    };
    return list.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  }
  return list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
