// Dates as the sources state them: a year, a year and month, or a full date. The shape and the
// rule for impossible months and days belong to the schemas (dateValueSchema); display and
// ordering live in src/lib/knowledge/dates.ts.
import { z } from 'astro/zod';

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

/** YYYY, YYYY-MM or YYYY-MM-DD; impossible months/days are rejected with a clear message. */
export const dateValueSchema = z.string().superRefine((value, ctx) => {
  const r = parsePartialDate(value);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
});
