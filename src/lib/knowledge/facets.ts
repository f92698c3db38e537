// Facets of the case library (案例库): source, type, model, domain, district/region, year.
// Every case has at least one value per facet (cases without one get "未注明"), so
// counts add up and static facet pages (/cases/<facet>/<value>/) cover every case.
import { CASE_KIND_IDS, DOMAIN_IDS, type Case, type CaseKind, type DomainId, type Model } from '../../schemas/knowledge.ts';
import { countValues, matches, type Selection } from '../facets/model.ts';
import { compareDates, parseDateOrThrow, type PartialDate } from './dates.ts';
import { modelLabel } from './present.ts';
import { FACET_KEYS, type FacetKey } from '../facets/case-library-state.ts';
import type { Entry } from './types.ts';
import { UI } from '../ui/zh-CN.ts';
import { facetHref } from '../routes.ts';

export { FACET_KEYS, type FacetKey };

/** The value of a facet a case does not state. */
export const NOT_STATED = 'none';

export interface FacetContext {
  /** Alliance models (for labels and order). */
  models: readonly Entry<Model>[];
  /** Display labels of the sources (short titles); falls back to the id. */
  sourceLabels?: Readonly<Record<string, string>>;
}

export interface FacetValue {
  /** ASCII value used in URLs and data attributes. */
  value: string;
  label: string;
  count: number;
}

export interface Facet {
  key: FacetKey;
  label: string;
  values: FacetValue[];
}

export type FacetSelection = Selection<FacetKey>;

/** A short ASCII slug for a free-text value (FNV-1a, base 36), stable while the text is unchanged. */
export function textSlug(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `r${h.toString(36)}`;
}

/** The case's founding date, if it has one. */
export function caseDate(c: Case): PartialDate | undefined {
  return c.kind === 'alliance' ? parseDateOrThrow(c.founded.value) : undefined;
}

/** Facet values of one case: key → ASCII values (never empty). */
export function caseFacetValues(c: Case): Record<FacetKey, string[]> {
  const date = caseDate(c);
  return {
    source: [c.source],
    type: [c.kind],
    model: c.kind === 'alliance' ? c.models.map((m) => m.model) : [NOT_STATED],
    domain: c.domains.length ? [...c.domains] : [NOT_STATED],
    region: c.region ? [textSlug(c.region.value)] : [NOT_STATED],
    year: date ? [String(date.year)] : [NOT_STATED],
  };
}

function labelOf(key: FacetKey, value: string, cases: readonly Entry<Case>[], ctx: FacetContext): string {
  if (value === NOT_STATED) return UI.caseLibrary.notStatedValue;
  switch (key) {
    case 'source':
      return ctx.sourceLabels?.[value] ?? value;
    case 'type':
      return UI.caseKind[value as CaseKind] ?? value;
    case 'model': {
      const m = ctx.models.find((x) => x.id === value);
      return m ? modelLabel(m.data) : value;
    }
    case 'domain':
      return UI.domain[value as DomainId] ?? value;
    case 'region': {
      const c = cases.find((x) => x.data.region && textSlug(x.data.region.value) === value);
      return c?.data.region?.value ?? value;
    }
    case 'year':
      return UI.date.year(value);
  }
}

function orderOf(key: FacetKey, value: string, ctx: FacetContext): number | string {
  if (value === NOT_STATED) return Number.MAX_SAFE_INTEGER;
  switch (key) {
    case 'model':
      return ctx.models.find((m) => m.id === value)?.data.number ?? 999;
    case 'type':
      return CASE_KIND_IDS.indexOf(value as CaseKind);
    case 'domain':
      return DOMAIN_IDS.indexOf(value as DomainId);
    case 'year':
      return Number(value);
    default:
      return value;
  }
}

/** The cases matching a selection: AND across facets, OR within a facet. */
export function filterCases<T extends Entry<Case>>(cases: readonly T[], selection: FacetSelection): T[] {
  return cases.filter((c) => matches(caseFacetValues(c.data), selection));
}

/**
 * All facets with their values and counts. With a selection, each facet's counts are
 * computed over the cases matching the selection of the *other* facets (so a count says
 * how many cases choosing that value would show).
 */
export function computeFacets(
  cases: readonly Entry<Case>[],
  ctx: FacetContext,
  selection: FacetSelection = {},
): Facet[] {
  const counts = countValues(
    FACET_KEYS,
    cases.map((c) => caseFacetValues(c.data)),
    selection,
  );
  return FACET_KEYS.map((key) => {
    const values = [...counts[key].entries()]
      .map(([value, count]) => ({ value, count, label: labelOf(key, value, cases, ctx) }))
      .sort((a, b) => {
        const oa = orderOf(key, a.value, ctx);
        const ob = orderOf(key, b.value, ctx);
        if (typeof oa === 'number' && typeof ob === 'number') return oa - ob;
        return String(oa).localeCompare(String(ob), 'zh');
      });
    return { key, label: UI.caseLibrary.facets[key], values };
  });
}

export interface FacetPage<T> {
  key: FacetKey;
  value: string;
  label: string;
  /** Path without base: /cases/<key>/<value>/ */
  path: string;
  cases: T[];
}

/** One static page per facet value (the no-JavaScript way to filter). */
export function facetPages<T extends Entry<Case>>(cases: readonly T[], ctx: FacetContext): FacetPage<T>[] {
  const pages: FacetPage<T>[] = [];
  for (const facet of computeFacets(cases, ctx)) {
    for (const v of facet.values) {
      pages.push({
        key: facet.key,
        value: v.value,
        label: v.label,
        path: facetHref(facet.key, v.value),
        cases: sortCasesByDate(filterCases(cases, { [facet.key]: [v.value] })),
      });
    }
  }
  return pages;
}

const KIND_ORDER: Record<Case['kind'], number> = { alliance: 0, 'guide-case': 1, historical: 2 };

/**
 * Sorts cases by date: dated cases first (oldest first, or newest first with
 * `newestFirst`), then undated ones by type and, for guide cases, by chapter.
 */
export function sortCasesByDate<T extends Entry<Case>>(cases: readonly T[], newestFirst = false): T[] {
  return [...cases].sort((a, b) => {
    const da = caseDate(a.data);
    const db = caseDate(b.data);
    if (da && db) return (newestFirst ? -1 : 1) * compareDates(da, db) || a.id.localeCompare(b.id);
    if (da) return -1;
    if (db) return 1;
    const k = KIND_ORDER[a.data.kind] - KIND_ORDER[b.data.kind];
    if (k) return k;
    const ca = a.data.kind === 'guide-case' ? a.data.chapter.value.number : 0;
    const cb = b.data.kind === 'guide-case' ? b.data.chapter.value.number : 0;
    return ca - cb || a.id.localeCompare(b.id);
  });
}
