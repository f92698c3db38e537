// Route data of the practice index (/practices/): practices by source and by framework
// dimension, each list by pinyin.
import { type SourceInfo } from '../knowledge/present.ts';
import { practicesByDimension, practicesBySource } from '../knowledge/related.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { Practice } from '../../schemas/knowledge.ts';
import type { Entry } from '../knowledge/types.ts';
import { sortByName } from './order.ts';
import { frameworkHref, practiceHref, sourceHref } from '../routes.ts';

export interface PracticeLink {
  id: string;
  href: string;
  label: string;
}

export interface PracticeIndexView {
  count: number;
  bySource: { source: SourceInfo; sourceHref: string; practices: PracticeLink[] }[];
  byFramework: {
    id: string;
    href: string;
    name: string;
    sourceTitle: string;
    dimensions: { id: string; href: string; label: string; practices: PracticeLink[] }[];
  }[];
}

const links = (practices: readonly Entry<Practice>[]): PracticeLink[] =>
  sortByName(practices).map((p) => ({ id: p.id, href: practiceHref(p.id), label: p.data.name.value }));

export function practiceIndexView(kb: KnowledgeBase, sources: ReadonlyMap<string, SourceInfo>): PracticeIndexView {
  const bySource = practicesBySource(kb);
  const byDimension = practicesByDimension(kb);
  const sourceOrder = [...sources.keys()];
  const frameworks = [...new Set(byDimension.map((g) => g.frameworkId))]
    .map((id) => kb.frameworks.find((f) => f.id === id)!)
    .sort((a, b) => sourceOrder.indexOf(a.data.source) * 100 + a.data.order - (sourceOrder.indexOf(b.data.source) * 100 + b.data.order));
  return {
    count: kb.practices.length,
    bySource: [...sources.values()]
      .map((s) => ({ source: s, sourceHref: sourceHref(s.id), practices: links(bySource.get(s.id) ?? []) }))
      .filter((g) => g.practices.length > 0),
    byFramework: frameworks.map((f) => ({
      id: f.id,
      href: frameworkHref(f.id),
      name: f.data.name.value,
      sourceTitle: sources.get(f.data.source)?.title ?? '',
      dimensions: byDimension
        .filter((g) => g.frameworkId === f.id)
        .map((g) => ({ id: g.dimensionId, href: `${frameworkHref(f.id)}#${g.dimensionId}`, label: g.label, practices: links(g.practices) })),
    })),
  };
}
