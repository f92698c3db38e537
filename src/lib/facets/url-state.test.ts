import { describe, expect, it } from 'vitest';
import { readUrlState, sameUrlState, writeUrlState, type UrlFormat } from './url-state.ts';

const comma: UrlFormat<'model' | 'region'> = { keys: ['model', 'region'], values: 'comma', accept: (v) => /^[a-z0-9-]{1,64}$/.test(v) };
const repeat: UrlFormat<'type' | 'source'> = {
  keys: ['type', 'source'],
  values: 'repeat',
  query: { name: 'q', normalize: (s) => s.trim().split(/\s+/u).filter(Boolean).join(' ') },
};

describe('comma-separated facets', () => {
  it('round-trips values in the order ticked, keys in format order, with extra parameters last', () => {
    const search = '?model=b,a&region=r1abc&sort=newest';
    const state = readUrlState(search, comma);
    expect(state).toEqual({ q: '', selection: { model: ['b', 'a'], region: ['r1abc'] } });
    expect(writeUrlState(state, comma, { sort: 'newest' })).toBe(search);
    expect(writeUrlState({ q: '', selection: { region: ['x'], model: ['a'] } }, comma)).toBe('?model=a&region=x');
    expect(writeUrlState({ q: '', selection: {} }, comma)).toBe('');
  });

  it('drops unknown keys, malformed values and duplicates', () => {
    expect(readUrlState('?foo=bar&model=<script>,a, a&model=a&region=', comma).selection).toEqual({ model: ['a'] });
  });
});

describe('repeated facets and a query', () => {
  it('round-trips the query and sorted values as a form encodes them', () => {
    const state = readUrlState('?q=%E8%81%94%E5%B8%AD+%E8%BD%AE%E5%80%BC&type=%E6%A1%88%E4%BE%8B&source=B&source=A&source=A&x=1', repeat);
    expect(state).toEqual({ q: '联席 轮值', selection: { type: ['案例'], source: ['A', 'B'] } });
    expect(writeUrlState(state, repeat)).toBe('?q=%E8%81%94%E5%B8%AD+%E8%BD%AE%E5%80%BC&type=%E6%A1%88%E4%BE%8B&source=A&source=B');
    expect(readUrlState(writeUrlState(state, repeat), repeat)).toEqual(state);
    expect(writeUrlState({ q: '(a,b)!', selection: { source: ['a,b'] } }, repeat)).toBe('?q=%28a%2Cb%29%21&source=a%2Cb');
  });

  it('keeps hostile text as plain data and cuts overlong values', () => {
    const q = '"><img src=x onerror=alert(1)>';
    const state = readUrlState(new URLSearchParams({ q: `  ${q}\u3000` }), repeat);
    expect(state.q).toBe(q);
    expect(readUrlState(writeUrlState(state, repeat), repeat).q).toBe(q);
    expect(readUrlState(new URLSearchParams({ q: '党'.repeat(1500) }), repeat).q).toHaveLength(1000);
  });

  it('compares states by their URL', () => {
    expect(sameUrlState({ q: '党建', selection: { source: ['B', 'A'] } }, { q: '党建', selection: { source: ['A', 'B'] } }, repeat)).toBe(true);
    expect(sameUrlState({ q: '党建', selection: { source: ['A'] } }, { q: '党建', selection: {} }, repeat)).toBe(false);
  });
});
