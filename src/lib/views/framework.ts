// Route data of a framework's explorer page (/frameworks/<id>/): each dimension and
// sub-point with its heading and what the editors tagged with it.
import type { Framework, FrameworkDimension, FrameworkPoint } from '../../schemas/knowledge.ts';
import { dimensionPrefix, pointPrefix } from '../knowledge/diagram.ts';
import { countPoints } from '../knowledge/frameworks.ts';
import { type SourceInfo } from '../knowledge/present.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { UI } from '../ui/zh-CN.ts';
import type { RelatedLink } from './related.ts';
import { caseHref, practiceHref, sourceHref } from '../routes.ts';

export interface FrameworkPointView {
  point: FrameworkPoint;
  heading: string;
  tagged: RelatedLink[];
}

export interface FrameworkDimensionView {
  dimension: FrameworkDimension;
  heading: string;
  tagged: RelatedLink[];
  points: FrameworkPointView[];
}

export interface FrameworkView {
  entry: Entry<Framework>;
  data: Framework;
  kindLabel: string;
  source: SourceInfo;
  sourceHref: string;
  description: string;
  /** "4 个维度、12 个要点" */
  size: string;
  /** Another framework is set beside this one on /frameworks/compare/. */
  comparable: boolean;
  dimensions: FrameworkDimensionView[];
}

/** "4 个维度、12 个要点" or "3 个部分". */
export function frameworkSize(fw: Framework): string {
  return UI.framework.size(fw.dimensions.length, countPoints(fw));
}

/** Practices, then cases, tagged with exactly this dimension or sub-point id. */
export function taggedWith(tagId: string, kb: KnowledgeBase): RelatedLink[] {
  return [
    ...kb.practices.filter((p) => p.data.dimensions.includes(tagId)).map((p) => ({ href: practiceHref(p.id), label: p.data.name.value })),
    ...kb.cases.filter((c) => c.data.dimensions.includes(tagId)).map((c) => ({ href: caseHref(c.id), label: c.data.name.value })),
  ];
}

export function frameworkView(entry: Entry<Framework>, kb: KnowledgeBase, sources: ReadonlyMap<string, SourceInfo>): FrameworkView {
  const id = entry.id;
  const fw = entry.data;
  const source = sources.get(fw.source);
  if (!source) throw new Error(`frameworkView: framework "${id}" names unknown source "${fw.source}"`);
  const size = frameworkSize(fw);
  return {
    entry,
    data: fw,
    kindLabel: UI.frameworkKind[fw.kind],
    source,
    sourceHref: sourceHref(fw.source),
    description: UI.framework.describe(fw.name.value, source.title, size),
    size,
    comparable: kb.comparisons.some((c) => c.data.left === id || c.data.right === id),
    dimensions: fw.dimensions.map((d) => ({
      dimension: d,
      heading: `${dimensionPrefix(d)}${d.name.value}`,
      tagged: taggedWith(d.id, kb),
      points: d.points.map((p) => ({ point: p, heading: `${pointPrefix(p)}${p.name.value}`, tagged: taggedWith(p.id, kb) })),
    })),
  };
}
