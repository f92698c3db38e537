import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../schemas/date.ts';
import { compareDates, formatDateZh, parseDateOrThrow } from './dates.ts';

describe('parsePartialDate', () => {
  it('keeps the precision stated', () => {
    expect(parseDateOrThrow('2019')).toMatchObject({ year: 2019, precision: 'year' });
    expect(parseDateOrThrow('2018-04')).toMatchObject({ year: 2018, month: 4, precision: 'month' });
    expect(parseDateOrThrow('2019-06-19')).toMatchObject({ year: 2019, month: 6, day: 19, precision: 'day' });
  });

  it('rejects an impossible month with a clear message', () => {
    const r = parsePartialDate('2018-13');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('date "2018-13" has an impossible month 13 (months are 01–12)');
    expect(parsePartialDate('2018-00').ok).toBe(false);
  });

  it('rejects impossible days, including 29 February outside leap years', () => {
    const r = parsePartialDate('2019-02-29');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('2019-02 has 28 days');
    expect(parsePartialDate('2020-02-29').ok).toBe(true);
    expect(parsePartialDate('2019-06-31').ok).toBe(false);
  });

  it('rejects other shapes', () => {
    for (const bad of ['2018-4', '18-04', '2018/04', '2018-04-1', '', '2018年4月']) {
      const r = parsePartialDate(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toContain('YYYY, YYYY-MM or YYYY-MM-DD');
    }
  });

  it('parseDateOrThrow throws the message', () => {
    expect(() => parseDateOrThrow('2018-13')).toThrow(/impossible month 13/);
  });
});

describe('compareDates and formatDateZh', () => {
  it('orders less precise dates first within a period', () => {
    const sorted = ['2019-06-19', '2018-11', '2019', '2019-06', '1850-03'].map(parseDateOrThrow).sort(compareDates);
    expect(sorted.map((d) => d.iso)).toEqual(['1850-03', '2018-11', '2019', '2019-06', '2019-06-19']);
  });

  it('formats at the stated precision', () => {
    expect(formatDateZh(parseDateOrThrow('2018'))).toBe('2018 年');
    expect(formatDateZh(parseDateOrThrow('2018-04'))).toBe('2018 年 4 月');
    expect(formatDateZh(parseDateOrThrow('2019-06-19'))).toBe('2019 年 6 月 19 日');
  });
});
