// Route data of the case library (/cases/ and its static facet pages /cases/<facet>/<value>/)
// and the alliance comparison (/cases/compare/).
import type { Case, Model } from '../../schemas/knowledge.ts';
import { allianceSourceOf } from '../knowledge/alliance-compare.ts';
// The comparison page's data is computed beside the comparison (the handouts' table reads it too).
export { allianceCompareView, allianceSourceOf, type AllianceCompareView } from '../knowledge/alliance-compare.ts';
import { caseDate, caseFacetValues, computeFacets, filterCases, sortCasesByDate, NOT_STATED, type Facet, type FacetKey } from '../knowledge/facets.ts';
import { formatDateZh } from '../knowledge/dates.ts';
import { modelLabel, type SourceInfo } from '../knowledge/present.ts';
import { zhNumeral } from '../zh-numerals.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { UI } from '../ui/zh-CN.ts';
import { compareZh } from './order.ts';
import { caseHref } from '../routes.ts';

/**
 * A facet value's label: "未注明" is said more plainly for models (非联盟案例) and years
 * (未注明年份); `qualified` names the facet for the others (地区未注明), as page titles need.
 */
export function facetValueLabel(key: FacetKey, value: string, label: string, qualified = false): string {
  if (value !== NOT_STATED) return label;
  if (key === 'model') return UI.caseLibrary.noModel;
  if (key === 'year') return UI.caseLibrary.noYear;
  return qualified ? UI.caseLibrary.notStated(UI.caseLibrary.facets[key]) : label;
}

/** A case in the library: what its card shows, and its facet values for the filter script. */
export interface CaseCardView {
  id: string;
  href: string;
  name: string;
  kindLabel: string;
  facets: Record<FacetKey, string>;
  founded?: { iso: string; label: string };
  region?: string;
  /** A guide case's chapter and page ("第七章 · 原书第 216 页"). */
  where?: string;
  models: string[];
  sourceTitle: string;
  guideCase: boolean;
  orderOldest: number;
  orderNewest: number;
  hidden: boolean;
}

export interface CaseGroup<T> {
  key: 'cases' | 'guide-cases';
  title: string;
  note: string;
  cases: T[];
  cards: CaseCardView[];
}

export interface CaseLibraryView<T extends Entry<Case>> {
  facets: Facet[];
  /** Cases with text, then the guide's contents-only cases (each oldest first); empty groups left out. */
  groups: CaseGroup<T>[];
  /** Ids of the cases shown (all, or those of the facet page's value). */
  shown: Set<string>;
  status: string;
}

export function caseLibraryView<T extends Entry<Case>>(
  cases: readonly T[],
  models: readonly Entry<Model>[],
  sourceLabels: Readonly<Record<string, string>>,
  current?: { key: FacetKey; value: string },
): CaseLibraryView<T> {
  const sourceOrder = Object.keys(sourceLabels);
  // Sources in the upstream order; regions by name (pinyin), "not stated" last.
  const facets = computeFacets(cases, { models, sourceLabels }).map((f) => {
    const values =
      f.key === 'source'
        ? [...f.values].sort((a, b) => sourceOrder.indexOf(a.value) - sourceOrder.indexOf(b.value))
        : f.key === 'region'
          ? [...f.values].sort((a, b) => Number(a.value === NOT_STATED) - Number(b.value === NOT_STATED) || compareZh(a.label, b.label))
          : f.values;
    return { ...f, values: values.map((v) => ({ ...v, label: facetValueLabel(f.key, v.value, v.label) })) };
  });
  const oldest = sortCasesByDate(cases);
  const newest = sortCasesByDate(cases, true);
  const shown = new Set((current ? filterCases(cases, { [current.key]: [current.value] }) : cases).map((c) => c.id));
  const t = UI.caseLibrary;
  const groups: CaseGroup<T>[] = [
    { key: 'cases' as const, title: t.groupCases, note: '', cases: oldest.filter((c) => c.data.kind !== 'guide-case') },
    { key: 'guide-cases' as const, title: t.groupGuideCases, note: t.groupGuideCasesNote, cases: oldest.filter((c) => c.data.kind === 'guide-case') },
  ]
    .filter((g) => g.cases.length > 0)
    .map((g) => ({ ...g, cards: g.cases.map((c) => caseCard(c)) }));
  function caseCard(entry: T): CaseCardView {
    const c = entry.data;
    const values = caseFacetValues(c);
    const date = caseDate(c);
    return {
      id: entry.id,
      href: caseHref(entry.id),
      name: c.name.value,
      kindLabel: UI.caseKind[c.kind],
      facets: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.join(' ')])) as Record<FacetKey, string>,
      ...(date ? { founded: { iso: date.iso, label: formatDateZh(date) } } : {}),
      ...(c.region ? { region: c.region.value } : {}),
      ...(c.kind === 'guide-case' ? { where: t.guideCaseWhere(zhNumeral(c.chapter.value.number), c.page.value) } : {}),
      models: c.kind === 'alliance' ? c.models.flatMap((m) => models.filter((x) => x.id === m.model)).map((m) => modelLabel(m.data)) : [],
      sourceTitle: sourceLabels[c.source] ?? c.source,
      guideCase: c.kind === 'guide-case',
      orderOldest: oldest.indexOf(entry),
      orderNewest: newest.indexOf(entry),
      hidden: !shown.has(entry.id),
    };
  }
  return { facets, groups, shown, status: t.status(shown.size, cases.length) };
}

/** Source titles by id, in the upstream order (the facet labels and the cards' 来源). */
export function sourceLabelsOf(sources: ReadonlyMap<string, SourceInfo>): Record<string, string> {
  return Object.fromEntries([...sources].map(([id, s]) => [id, s.title]));
}

export interface CaseIndexView {
  description: string;
  total: number;
  alliances: number;
  guideCases: number;
  other: number;
  allianceSource: string;
}

export function caseIndexView(kb: KnowledgeBase, sources: ReadonlyMap<string, SourceInfo>): CaseIndexView {
  const total = kb.cases.length;
  const alliances = kb.cases.filter((c) => c.data.kind === 'alliance').length;
  const guideCases = kb.cases.filter((c) => c.data.kind === 'guide-case').length;
  return {
    description: UI.caseLibrary.describe(total, alliances, guideCases),
    total,
    alliances,
    guideCases,
    other: total - alliances - guideCases,
    allianceSource: sources.get(allianceSourceOf(kb) ?? '')?.title ?? '',
  };
}

export interface FacetPageView {
  title: string;
  description: string;
  lead: string;
  /** The model itself, on a model's facet page. */
  models: Entry<Model>[];
}

export function facetPageView(kb: KnowledgeBase, page: { key: FacetKey; value: string; label: string; count: number }): FacetPageView {
  const shown = facetValueLabel(page.key, page.value, page.label, true);
  const title = UI.facetPage.title(UI.caseLibrary.facets[page.key], shown);
  return {
    title,
    description: UI.facetPage.describe(title, page.count),
    lead: UI.facetPage.lead(UI.caseLibrary.facets[page.key], shown, page.count),
    models: page.key === 'model' ? kb.models.filter((m) => m.id === page.value) : [],
  };
}
