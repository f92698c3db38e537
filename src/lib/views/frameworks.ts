// Route data of the framework index (/frameworks/) and the side-by-side comparison of the
// two four-dimension frameworks (/frameworks/compare/).
import type { Comparison, Framework, FrameworkDimension } from '../../schemas/knowledge.ts';
import { pointPrefix } from '../knowledge/diagram.ts';
import { indexDimensions, type DimensionRef } from '../knowledge/frameworks.ts';
import { dimensionHref, frameworkHref, sourceHref, zhNumeral, type SourceInfo } from '../knowledge/present.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { authorsLine } from '../sources/record.ts';
import { UI } from '../ui/zh-CN.ts';
import type { RelatedLink } from './related.ts';
import { frameworkSize } from './framework.ts';

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

export interface CompareSide {
  entry: Entry<Framework>;
  href: string;
  sourceTitle: string;
  sourceHref: string;
}

export interface CompareCell {
  dimension: FrameworkDimension;
  source: string;
  href: string;
  points: { id: string; href: string; label: string }[];
}

export interface FrameworkCompareView {
  description: string;
  sides: CompareSide[];
  rows: { numeral: string; index: number; cells: (CompareCell | undefined)[] }[];
  /** The editors' mapping (content/comparisons/), when there is one. */
  editorial?: { comparison: Comparison; left: string; right: string; pairs: { left: RelatedLink; right: RelatedLink; rationale: string }[] };
}

/** A dimension's or sub-point's label in the editors' mapping: "主体党建 · 要点" for a point. */
export function pairLabel(ref: DimensionRef): string {
  return ref.level === 'point' ? `${ref.dimension.name.value} · ${ref.label}` : ref.label;
}

/**
 * The two frameworks side by side: those the comparison names; without a comparison (a
 * content set that has none), the four-dimension frameworks in source order.
 */
export function frameworkCompareView(kb: KnowledgeBase, sources: ReadonlyMap<string, SourceInfo>): FrameworkCompareView {
  const comparison = kb.comparisons[0];
  const sourceOrder = [...sources.keys()];
  const frameworks = comparison
    ? [comparison.data.left, comparison.data.right].flatMap((id) => kb.frameworks.filter((f) => f.id === id))
    : kb.frameworks.filter((f) => f.data.kind === 'dimensions').sort((a, b) => sourceOrder.indexOf(a.data.source) - sourceOrder.indexOf(b.data.source));
  const sides = frameworks.map((entry) => ({
    entry,
    href: frameworkHref(entry.id),
    sourceTitle: sources.get(entry.data.source)?.title ?? '',
    sourceHref: sourceHref(entry.data.source),
  }));
  const dims = indexDimensions(kb.frameworks).byId;
  const maxDims = Math.max(0, ...sides.map((s) => s.entry.data.dimensions.length));
  const link = (id: string): RelatedLink => ({ href: dimensionHref(dims.get(id)!), label: pairLabel(dims.get(id)!) });
  const [left, right] = sides;
  return {
    description: UI.frameworkCompare.describe(sides.map((s) => s.sourceTitle)),
    sides,
    rows: Array.from({ length: maxDims }, (_, i) => ({
      numeral: zhNumeral(i + 1),
      index: i + 1,
      cells: sides.map((s) => {
        const d = s.entry.data.dimensions[i];
        return d
          ? { dimension: d, source: s.entry.data.source, href: `${s.href}#${d.id}`, points: d.points.map((p) => ({ id: p.id, href: `${s.href}#${p.id}`, label: `${pointPrefix(p)}${p.name.value}` })) }
          : undefined;
      }),
    })),
    ...(comparison && left && right
      ? {
          editorial: {
            comparison: comparison.data,
            left: left.entry.data.name.value,
            right: right.entry.data.name.value,
            pairs: comparison.data.pairs.map((p) => ({ left: link(p.left), right: link(p.right), rationale: p.rationale })),
          },
        }
      : {}),
  };
}
