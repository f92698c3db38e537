import { describe, expect, it } from 'vitest';
import { groupTimelineByYear, sortTimeline } from './timeline.ts';
import type { TimelineEvent } from '../../schemas/knowledge.ts';

const ev = (id: string, date: string) => ({
  id,
  data: {
    kind: 'statistic',
    date: { value: date, quote: { source: 'wuxi-alliance', text: 'x' } },
    title: { value: id, quote: { source: 'wuxi-alliance', text: 'x' } },
    source: 'wuxi-alliance',
    cases: [],
  } as TimelineEvent,
});

describe('sortTimeline', () => {
  it('orders by date, less precise first within a period, then by id', () => {
    const events = [ev('d', '2019-06-19'), ev('a', '2019'), ev('c', '2019-06'), ev('e', '1850-03'), ev('b', '2019-06')];
    expect(sortTimeline(events).map((i) => i.entry.id)).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('throws on an impossible date', () => {
    expect(() => sortTimeline([ev('x', '2018-13')])).toThrow(/impossible month 13/);
  });
});

describe('groupTimelineByYear', () => {
  it('groups in year order', () => {
    const g = groupTimelineByYear([ev('b', '2018-11'), ev('a', '2017-09'), ev('c', '2018-04')]);
    expect(g.map((x) => [x.year, x.items.map((i) => i.entry.id)])).toEqual([
      [2017, ['a']],
      [2018, ['c', 'b']],
    ]);
  });
});
