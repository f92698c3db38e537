// Route data of the timeline (/timeline/): events by year, each with its date as stated,
// its kind, its source and the cases it concerns.
import type { TimelineEvent } from '../../schemas/knowledge.ts';
import { formatDateZh } from '../knowledge/dates.ts';
import { type SourceInfo } from '../knowledge/present.ts';
import { groupTimelineByYear } from '../knowledge/timeline.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import type { RelatedLink } from './related.ts';
import { UI } from '../ui/zh-CN.ts';
import { caseHref, sourceHref } from '../routes.ts';

export interface TimelineEventView {
  entry: Entry<TimelineEvent>;
  date: { iso: string; label: string };
  kindLabel: string;
  sourceHref: string;
  sourceTitle: string;
  cases: RelatedLink[];
}

export function timelineView(kb: KnowledgeBase, sources: ReadonlyMap<string, SourceInfo>): { count: number; years: { year: number; events: TimelineEventView[] }[] } {
  const caseName = new Map(kb.cases.map((c) => [c.id, c.data.name.value]));
  return {
    count: kb.events.length,
    years: groupTimelineByYear(kb.events).map((y) => ({
      year: y.year,
      events: y.items.map(({ entry, date }) => ({
        entry,
        date: { iso: date.iso, label: formatDateZh(date) },
        kindLabel: UI.eventKind[entry.data.kind],
        sourceHref: sourceHref(entry.data.source),
        sourceTitle: sources.get(entry.data.source)?.title ?? entry.data.source,
        cases: entry.data.cases.map((id) => ({ href: caseHref(id), label: caseName.get(id) ?? id })),
      })),
    })),
  };
}
