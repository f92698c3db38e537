import { describe, expect, it } from 'vitest';
import { countValues, isEmpty, matches, toggleValue, type ItemValues } from './model.ts';

type Key = 'model' | 'year';
const KEYS: Key[] = ['model', 'year'];
const items: ItemValues<Key>[] = [
  { model: ['a', 'b'], year: ['2018'] },
  { model: ['a'], year: ['2019'] },
  { model: ['c'], year: ['2019'] },
  { model: ['none'], year: ['none'] },
];

describe('matches', () => {
  it('ORs the values of one facet and ANDs facets', () => {
    expect(matches(items[0]!, { model: ['b', 'z'], year: ['2018'] })).toBe(true);
    expect(matches(items[0]!, { model: ['b'], year: ['2019'] })).toBe(false);
    expect(matches(items[0]!, { model: ['z'] })).toBe(false);
    expect(matches(items[0]!, { model: [] })).toBe(true);
  });

  it('leaves one facet out on request', () => {
    expect(matches<Key>(items[0]!, { model: ['z'] }, 'model')).toBe(true);
    expect(matches<Key>(items[0]!, { model: ['z'], year: ['2019'] }, 'model')).toBe(false);
  });
});

describe('countValues', () => {
  it('without a selection counts every item once per value', () => {
    const counts = countValues(KEYS, [...items, { model: ['c', 'c'], year: ['2019'] }], {});
    expect(Object.fromEntries(counts.model)).toEqual({ a: 2, b: 1, c: 2, none: 1 });
    expect(Object.fromEntries(counts.year)).toEqual({ 2018: 1, 2019: 3, none: 1 });
  });

  it('counts each facet over the items passing the other facets, listing every value', () => {
    const counts = countValues(KEYS, items, { model: ['a'], year: ['2019'] });
    // model counts apply only year=2019 (items 1, 2); year counts only model=a (items 0, 1).
    expect(Object.fromEntries(counts.model)).toEqual({ a: 1, b: 0, c: 1, none: 0 });
    expect(Object.fromEntries(counts.year)).toEqual({ 2018: 1, 2019: 1, none: 0 });
  });
});

describe('selection edits', () => {
  it('toggles, ticks and unticks values', () => {
    let s = toggleValue<Key>({}, 'model', 'a');
    s = toggleValue(s, 'model', 'b');
    expect(s).toEqual({ model: ['a', 'b'] });
    expect(toggleValue(s, 'model', 'a', true)).toEqual({ model: ['a', 'b'] });
    expect(toggleValue(s, 'year', '2019', false)).toEqual({ model: ['a', 'b'] });
    s = toggleValue(toggleValue(s, 'model', 'a'), 'model', 'b', false);
    expect(s).toEqual({});
    expect(isEmpty(s)).toBe(true);
    expect(isEmpty({ model: [] })).toBe(true);
    expect(isEmpty({ year: ['2019'] })).toBe(false);
  });
});
