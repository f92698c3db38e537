// The case library's facets as its page script sees them: the facet keys, the URL query
// (?model=a,b&region=x&sort=newest) and a card's values read from its data- attributes.
// Matching and counts are the shared facet model (src/lib/facets/).
// Client-safe: no schema imports (the script must not pull the schemas into the browser).
import { readUrlState, writeUrlState, type UrlFormat } from './url-state.ts';
import type { ItemValues, Selection as FacetSelection } from './model.ts';

/** The case library's facet keys, in display order. */
export const FACET_KEYS = ['source', 'type', 'model', 'domain', 'region', 'year'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Chosen values per facet (empty or missing = no constraint). */
export type Selection = FacetSelection<FacetKey>;
/** A card's values per facet (from its data- attributes). */
export type CardValues = ItemValues<FacetKey>;

export type SortOrder = 'oldest' | 'newest';

export interface LibraryState {
  selection: Selection;
  sort: SortOrder;
}

/** Facet values in URLs are ASCII slugs (see caseFacetValues). */
const VALUE = /^[a-z0-9-]{1,64}$/;
const URL_FORMAT: UrlFormat<FacetKey> = { keys: FACET_KEYS, values: 'comma', accept: (v) => VALUE.test(v) };

/** Reads the state from a query string; unknown keys and malformed values are ignored. */
export function parseState(search: string): LibraryState {
  const { selection } = readUrlState(search, URL_FORMAT);
  return { selection, sort: new URLSearchParams(search).get('sort') === 'newest' ? 'newest' : 'oldest' };
}

/** The query string for a state ("" when nothing is chosen), keys in facet order. */
export function formatState(state: LibraryState): string {
  return writeUrlState({ q: '', selection: state.selection }, URL_FORMAT, state.sort === 'newest' ? { sort: 'newest' } : {});
}

/** Reads a card's values from its data-facet-<key> attributes (space-separated). */
export function cardValuesFrom(dataset: Record<string, string | undefined>): CardValues {
  const out = {} as Record<FacetKey, string[]>;
  for (const key of FACET_KEYS) {
    const attr = `facet${key[0]!.toUpperCase()}${key.slice(1)}`;
    out[key] = (dataset[attr] ?? '').split(/\s+/).filter(Boolean);
  }
  return out;
}
