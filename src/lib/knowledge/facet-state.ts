// The case library's filter state in the browser: which facet values are chosen, read from
// and written to the URL query (?model=a,b&region=x&sort=newest), and the counts shown next
// to each value. Shared by the page script (src/client/cases/filter.ts) and its tests.
// Client-safe: no imports (the script must not pull the schemas into the browser).

/** The facet keys, in display order (same as FACET_KEYS in facets.ts; a test checks). */
export const FACET_KEYS = ['source', 'type', 'model', 'domain', 'region', 'year'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Chosen values per facet (empty or missing = no constraint). */
export type Selection = Partial<Record<FacetKey, string[]>>;
/** A card's values per facet (from its data- attributes). */
export type CardValues = Record<FacetKey, string[]>;

export type SortOrder = 'oldest' | 'newest';

export interface LibraryState {
  selection: Selection;
  sort: SortOrder;
}

const VALUE = /^[a-z0-9-]{1,64}$/;

/** Reads the state from a query string; unknown keys and malformed values are ignored. */
export function parseState(search: string): LibraryState {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  for (const key of FACET_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => VALUE.test(v));
    if (values.length) selection[key] = [...new Set(values)];
  }
  return { selection, sort: params.get('sort') === 'newest' ? 'newest' : 'oldest' };
}

/** The query string for a state ("" when nothing is chosen), keys in facet order. */
export function formatState(state: LibraryState): string {
  const parts: string[] = [];
  for (const key of FACET_KEYS) {
    const values = state.selection[key];
    if (values?.length) parts.push(`${key}=${values.map(encodeURIComponent).join(',')}`);
  }
  if (state.sort === 'newest') parts.push('sort=newest');
  return parts.length ? `?${parts.join('&')}` : '';
}

export function isEmpty(selection: Selection): boolean {
  return FACET_KEYS.every((k) => !selection[k]?.length);
}

/** Adds the value if absent, removes it if present. */
export function toggleValue(selection: Selection, key: FacetKey, value: string): Selection {
  const current = selection[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const out: Selection = { ...selection };
  if (next.length) out[key] = next;
  else delete out[key];
  return out;
}

/** AND across facets, OR within a facet; `except` ignores one facet (for its counts). */
export function matchesCard(card: CardValues, selection: Selection, except?: FacetKey): boolean {
  return FACET_KEYS.every((key) => {
    if (key === except) return true;
    const wanted = selection[key];
    if (!wanted?.length) return true;
    return card[key].some((v) => wanted.includes(v));
  });
}

/**
 * For every facet value, how many cards choosing it would show: counted over the cards
 * matching the other facets' selection (same rule as computeFacets in facets.ts).
 */
export function countValues(cards: readonly CardValues[], selection: Selection): Record<FacetKey, Map<string, number>> {
  const out = {} as Record<FacetKey, Map<string, number>>;
  for (const key of FACET_KEYS) {
    const counts = new Map<string, number>();
    for (const card of cards) for (const v of card[key]) if (!counts.has(v)) counts.set(v, 0);
    for (const card of cards) {
      if (!matchesCard(card, selection, key)) continue;
      for (const v of new Set(card[key])) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    out[key] = counts;
  }
  return out;
}

/** Reads a card's values from its data-facet-<key> attributes (space-separated). */
export function cardValuesFrom(dataset: Record<string, string | undefined>): CardValues {
  const out = {} as CardValues;
  for (const key of FACET_KEYS) {
    const attr = `facet${key[0]!.toUpperCase()}${key.slice(1)}`;
    out[key] = (dataset[attr] ?? '').split(/\s+/).filter(Boolean);
  }
  return out;
}
