// Timeline ordering: events by date at their stated precision.
import type { TimelineEvent } from '../../schemas/knowledge.ts';
import { compareDates, parseDateOrThrow, type PartialDate } from './dates.ts';
import type { Entry } from './types.ts';

export interface TimelineItem<T extends Entry<TimelineEvent>> {
  entry: T;
  date: PartialDate;
}

/**
 * Events in chronological order. A less precise date sorts before a more precise one
 * in the same period (2019 → 2019-06 → 2019-06-19); ties keep id order.
 */
export function sortTimeline<T extends Entry<TimelineEvent>>(events: readonly T[]): TimelineItem<T>[] {
  return events
    .map((entry) => ({ entry, date: parseDateOrThrow(entry.data.date.value) }))
    .sort((a, b) => compareDates(a.date, b.date) || a.entry.id.localeCompare(b.entry.id));
}

/** Sorted events grouped by year (years ascending). */
export function groupTimelineByYear<T extends Entry<TimelineEvent>>(
  events: readonly T[],
): { year: number; items: TimelineItem<T>[] }[] {
  const groups: { year: number; items: TimelineItem<T>[] }[] = [];
  for (const item of sortTimeline(events)) {
    const last = groups[groups.length - 1];
    if (last && last.year === item.date.year) last.items.push(item);
    else groups.push({ year: item.date.year, items: [item] });
  }
  return groups;
}
