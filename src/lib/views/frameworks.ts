// Route data of the framework index (/frameworks/) and the side-by-side comparison of the
// two four-dimension frameworks (/frameworks/compare/).
import { type SourceInfo } from '../knowledge/present.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { authorsLine } from '../sources/record.ts';
import { UI } from '../ui/zh-CN.ts';
import { frameworkSize } from './framework.ts';
import { frameworkHref, sourceHref } from '../routes.ts';
// The comparison page's data is computed beside the frameworks (the handouts' table reads it too).
export { frameworkCompareView, pairLabel, type CompareCell, type CompareSide, type FrameworkCompareView } from '../knowledge/framework-compare.ts';

export interface FrameworkIndexView {
  /** The comparison's two sources, when the content has a comparison. */
  compare?: { left: string; right: string };
  groups: {
    source: SourceInfo;
    authors: string;
    sourceHref: string;
    frameworks: { id: string; href: string; name: string; kindLabel: string; summary: string }[];
  }[];
}

export function frameworkIndexView(kb: KnowledgeBase, sources: ReadonlyMap<string, SourceInfo>): FrameworkIndexView {
  const comparison = kb.comparisons[0];
  const sourceTitleOf = (frameworkId: string): string => {
    const fw = kb.frameworks.find((f) => f.id === frameworkId)?.data;
    return sources.get(fw?.source ?? '')?.title ?? '';
  };
  const groups = [...sources.values()]
    .map((s) => ({
      source: s,
      authors: authorsLine(s),
      sourceHref: sourceHref(s.id),
      frameworks: kb.frameworks
        .filter((f) => f.data.source === s.id)
        .sort((a, b) => a.data.order - b.data.order)
        .map((f) => ({
          id: f.id,
          href: frameworkHref(f.id),
          name: f.data.name.value,
          kindLabel: UI.frameworkKind[f.data.kind],
          summary: UI.frameworks.summary(frameworkSize(f.data), f.data.dimensions.map((d) => d.name.value)),
        })),
    }))
    .filter((g) => g.frameworks.length > 0);
  return {
    ...(comparison ? { compare: { left: sourceTitleOf(comparison.data.left), right: sourceTitleOf(comparison.data.right) } } : {}),
    groups,
  };
}
