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

function pagesFor(index: FilterIndex, name: string, values: readonly string[]): Set<number> {
  const set = new Set<number>();
  const byValue = index.get(name);
  for (const v of values) for (const p of byValue?.get(v) ?? []) set.add(p);
  return set;
}

export interface FacetResult {
  /** Pages that pass every ticked filter, in the order given. */
  kept: number[];
  /** filter name → value → count (see the module comment). */
  counts: Record<string, Record<string, number>>;
}

export function applyFacets(pages: readonly number[], index: FilterIndex, selection: Selection): FacetResult {
  const active = Object.entries(selection).filter(([, v]) => v.length > 0);
  const allowed = new Map(active.map(([name, values]) => [name, pagesFor(index, name, values)]));
  const passesExcept = (page: number, skip: string | null) => {
    for (const [name, set] of allowed) if (name !== skip && !set.has(page)) return false;
    return true;
  };
  const kept = pages.filter((p) => passesExcept(p, null));
  const counts: Record<string, Record<string, number>> = {};
  for (const [name, byValue] of index) {
    const base = pages.filter((p) => passesExcept(p, name));
    const baseSet = new Set(base);
    const c: Record<string, number> = {};
    for (const [value, valuePages] of byValue) {
      let n = 0;
      for (const p of valuePages) if (baseSet.has(p)) n++;
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
