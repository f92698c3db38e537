// The two four-dimension frameworks side by side (/frameworks/compare/ and the handouts' comparison
// table): one column per framework, one row per dimension number, and the editors' mapping
// (content/comparisons/) when there is one.
import type { Comparison, Framework, FrameworkDimension } from '../../schemas/knowledge.ts';
import { pointPrefix } from './diagram.ts';
import { indexDimensions, type DimensionRef } from './frameworks.ts';
import type { SourceInfo } from './present.ts';
import { zhNumeral } from '../zh-numerals.ts';
import type { Entry, KnowledgeBase } from './types.ts';
import { UI } from '../ui/zh-CN.ts';
import { dimensionHref, frameworkHref, sourceHref } from '../routes.ts';

/** A link in the editors' mapping. */
export interface PairLink {
  href: string;
  label: string;
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
  editorial?: { comparison: Comparison; left: string; right: string; pairs: { left: PairLink; right: PairLink; rationale: string }[] };
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
  const link = (id: string): PairLink => ({ href: dimensionHref(dims.get(id)!), label: pairLabel(dims.get(id)!) });
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
