// Dates on the pages: ordering and Chinese display at the stated precision ("2018-04" never
// becomes 2018-04-01). Parsing and validation live with the schemas (src/schemas/date.ts).
import { parsePartialDate, type PartialDate } from '../../schemas/date.ts';
import { UI } from '../ui/zh-CN.ts';

export type { PartialDate };

/** Parses or throws an Error carrying the parse message. */
export function parseDateOrThrow(value: string): PartialDate {
  const r = parsePartialDate(value);
  if (!r.ok) throw new Error(r.message);
  return r.date;
}

/**
 * Orders dates chronologically; a less precise date sorts before a more precise
 * one in the same period ("2019" < "2019-06" < "2019-06-19").
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return (
    a.year - b.year ||
    (a.month ?? 0) - (b.month ?? 0) ||
    (a.day ?? 0) - (b.day ?? 0)
  );
}

/** Chinese display at the stated precision: 2018 年、2018 年 4 月、2019 年 6 月 19 日. */
export function formatDateZh(d: PartialDate): string {
  if (d.precision === 'year') return UI.date.year(d.year);
  if (d.precision === 'month') return UI.date.month(d.year, d.month!);
  return UI.date.day(d.year, d.month!, d.day!);
}

