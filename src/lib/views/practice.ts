// Route data of a practice's page (/practices/<id>/): its passages (the naming quote first,
// each once), tags and related entries.
import type { Practice, Quote } from '../../schemas/knowledge.ts';
import { type SourceInfo } from '../knowledge/present.ts';
import { relatedForPractice } from '../knowledge/related.ts';
import type { DimensionRef } from '../knowledge/frameworks.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { UI } from '../ui/zh-CN.ts';
import { relatedGroups, type RelatedGroup } from './related.ts';
import { caseHref, mechanismHref, practiceHref, sourceHref, termHref } from '../routes.ts';

export interface PracticeView {
  entry: Entry<Practice>;
  data: Practice;
  source: SourceInfo;
  sourceHref: string;
  description: string;
  quotes: Quote[];
  dimensions: DimensionRef[];
  related: RelatedGroup[];
}

/** The naming quote, then the other quotes that are not the same passage. */
export function practiceQuotes(p: Practice): Quote[] {
  return [p.name.quote, ...p.quotes.filter((q) => !(q.source === p.name.quote.source && q.text === p.name.quote.text))];
}

export function practiceView(entry: Entry<Practice>, kb: KnowledgeBase, sources: ReadonlyMap<string, SourceInfo>): PracticeView {
  const id = entry.id;
  const p = entry.data;
  const source = sources.get(p.source);
  if (!source) throw new Error(`practiceView: practice "${id}" names unknown source "${p.source}"`);
  const related = relatedForPractice(entry, kb);
  const k = UI.knowledge;
  return {
    entry,
    data: p,
    source,
    sourceHref: sourceHref(p.source),
    description: UI.practice.describe(p.name.value, source.title),
    quotes: practiceQuotes(p),
    dimensions: related.dimensions,
    related: relatedGroups([
      { title: k.practices, practices: true, links: related.practices.map((x) => ({ href: practiceHref(x.id), label: x.data.name.value })) },
      { title: k.mechanisms, links: related.mechanisms.map((m) => ({ href: mechanismHref(m.id), label: m.data.name.value })) },
      { title: UI.practice.cases, links: related.cases.map((c) => ({ href: caseHref(c.id), label: c.data.name.value })) },
      { title: k.terms, links: related.terms.map((t) => ({ href: termHref(t.id), label: t.data.name })) },
    ]),
  };
}
