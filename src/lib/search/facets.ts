// Filters (type, source, dimension) over a result set, with the count each value would give.
// Values of one filter combine with OR, different filters with AND. The count shown next to a
// value is the number of results if that value were ticked as well (the usual faceted search:
// computed with the other filters applied, not this one).

/** filter name → value → page numbers. */
export type FilterIndex = ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
/** filter name → ticked values. */
export type Selection = Readonly<Record<string, readonly string[]>>;

/** The filters the search page offers, in display order, with their labels. */
export const FACETS = [
  { name: 'type', label: '类型' },
  { name: 'source', label: '文献' },
  { name: 'dimension', label: '维度' },
] as const;

/**
 * A filter the index copy adds to every page with a title: the title's length in characters.
 * Not offered to readers; the ranking uses it (match.ts).
 */
export const TITLE_LENGTH_FILTER = 'title-length';

/** Display order of result types; other values follow in code-point order. */
export const TYPE_ORDER = ['文献', '章节', '案例', '做法', '术语', '框架'];

/** Keeps only known filters and values that exist in the index (dropping duplicates). */
export function sanitizeSelection(selection: Selection, index: FilterIndex): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(selection)) {
    const known = index.get(name);
    if (!known) continue;
    const kept = [...new Set(values)].filter((v) => known.has(v));
    if (kept.length > 0) out[name] = kept;
  }
  return out;
}

export interface FacetResult {
  /** Pages that pass every ticked filter, in the order given. */
  kept: number[];
  /** filter name → value → count (see the module comment). */
  counts: Record<string, Record<string, number>>;
}

/** Flags (by page number) of the pages that have one of `values` for filter `name`. */
function flagsFor(index: FilterIndex, name: string, values: readonly string[], size: number): Uint8Array {
  const flags = new Uint8Array(size);
  const byValue = index.get(name);
  for (const v of values) for (const p of byValue?.get(v) ?? []) if (p < size) flags[p] = 1;
  return flags;
}

export function applyFacets(pages: readonly number[], index: FilterIndex, selection: Selection): FacetResult {
  let size = 0;
  for (const p of pages) if (p >= size) size = p + 1;
  const active = Object.entries(selection).filter(([name, v]) => v.length > 0 && index.has(name));
  const allowed = active.map(([name, values]) => [name, flagsFor(index, name, values, size)] as const);
  const passesExcept = (page: number, skip: string | null) => {
    for (const [name, flags] of allowed) if (name !== skip && flags[page] === 0) return false;
    return true;
  };
  const kept = allowed.length === 0 ? [...pages] : pages.filter((p) => passesExcept(p, null));
  const counts: Record<string, Record<string, number>> = {};
  for (const [name, byValue] of index) {
    // The pages this filter's counts are taken from: those passing every other ticked filter.
    const base = new Uint8Array(size);
    for (const p of pages) if (passesExcept(p, name)) base[p] = 1;
    const c: Record<string, number> = {};
    for (const [value, valuePages] of byValue) {
      let n = 0;
      for (const p of valuePages) if (p < size && base[p] === 1) n++;
      c[value] = n;
    }
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
