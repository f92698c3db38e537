// Dates as the sources state them: a year, a year and month, or a full date.
// The precision is kept: "2018-04" never becomes 2018-04-01 on a page.

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
  /** The canonical string: YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: string;
}

export type DateParseResult = { ok: true; date: PartialDate } | { ok: false; message: string };

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; rejects impossible months and days with a clear message. */
export function parsePartialDate(value: string): DateParseResult {
  const m = DATE_SHAPE.exec(value);
  if (!m) {
    return {
      ok: false,
      message: `date "${value}" is not in the form YYYY, YYYY-MM or YYYY-MM-DD`,
    };
  }
  const year = Number(m[1]);
  if (m[2] === undefined) return { ok: true, date: { year, precision: 'year', iso: value } };
  const month = Number(m[2]);
  if (month < 1 || month > 12) {
    return { ok: false, message: `date "${value}" has an impossible month ${m[2]} (months are 01–12)` };
  }
  if (m[3] === undefined) return { ok: true, date: { year, month, precision: 'month', iso: value } };
  const day = Number(m[3]);
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) {
    return {
      ok: false,
      message: `date "${value}" has an impossible day ${m[3]} (${year}-${m[2]} has ${max} days)`,
    };
  }
  return { ok: true, date: { year, month, day, precision: 'day', iso: value } };
}

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
  if (d.precision === 'year') return `${d.year} 年`;
  if (d.precision === 'month') return `${d.year} 年 ${d.month} 月`;
  return `${d.year} 年 ${d.month} 月 ${d.day} 日`;
}

