// The facet model shared by the case library (build time and browser) and the search page.
// An item (a case, a result page) has values per facet; a selection ticks values per facet.
// An item passes when, for every facet with ticked values, it has one of them: OR within a
// facet, AND across facets. The count shown beside a value is how many items ticking it as
// well would show: counted over the items passing every *other* facet's selection.
// Pure and import-free, so browser scripts can use it.

/** facet key → ticked values; a missing or empty list puts no constraint on that facet. */
export type Selection<K extends string = string> = Readonly<Partial<Record<K, readonly string[]>>>;

/** An item's values per facet. */
export type ItemValues<K extends string = string> = Readonly<Record<K, readonly string[]>>;

/** facet key → value → count (see the module comment). */
export type FacetCounts<K extends string = string> = Record<K, Map<string, number>>;

/** Whether an item passes the selection; `except` leaves one facet out (for that facet's counts). */
export function matches<K extends string>(item: ItemValues<K>, selection: Selection<K>, except?: K): boolean {
  for (const key in selection) {
    if (key === except) continue;
    const wanted = selection[key];
    if (!wanted || wanted.length === 0) continue;
    if (!(item[key] ?? []).some((v) => wanted.includes(v))) return false;
  }
  return true;
}

/**
 * Counts per facet value over `items` (see the module comment). Every value some item has
 * is listed, with 0 when no item passing the other facets has it; an item counts once per value.
 */
export function countValues<K extends string>(keys: readonly K[], items: readonly ItemValues<K>[], selection: Selection<K>): FacetCounts<K> {
  const out = {} as FacetCounts<K>;
  for (const key of keys) {
    const counts = new Map<string, number>();
    for (const item of items) for (const v of item[key] ?? []) if (!counts.has(v)) counts.set(v, 0);
    for (const item of items) {
      if (!matches(item, selection, key)) continue;
      for (const v of new Set(item[key] ?? [])) counts.set(v, counts.get(v)! + 1);
    }
    out[key] = counts;
  }
  return out;
}

/** Whether nothing is ticked. */
export function isEmpty(selection: Selection): boolean {
  return Object.values<readonly string[] | undefined>(selection).every((v) => !v?.length);
}

/** Ticks (`on`) or unticks a value; without `on`, flips it. A facet left with nothing ticked is removed. */
export function toggleValue<K extends string>(selection: Selection<K>, key: K, value: string, on?: boolean): Selection<K> {
  const current = selection[key] ?? [];
  const tick = on ?? !current.includes(value);
  const next = tick ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  const out: Partial<Record<K, readonly string[]>> = { ...selection };
  if (next.length > 0) out[key] = next;
  else delete out[key];
  return out;
}
