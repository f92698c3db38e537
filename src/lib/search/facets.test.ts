import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from '../facets/url-state.ts';
import { applyFacets, orderValues, sanitizeSelection, SEARCH_URL_FORMAT } from './facets.ts';

const index = new Map([
  [
    'type',
    new Map([
      ['案例', [0, 1, 2]],
      ['做法', [3, 4]],
    ]),
  ],
  [
    'source',
    new Map([
      ['甲', [0, 3]],
      ['乙', [1, 2, 4]],
    ]),
  ],
]);

describe('applyFacets', () => {
  it('without filters keeps everything and counts each value', () => {
    const { kept, counts } = applyFacets([4, 0, 1], index, {});
    expect(kept).toEqual([4, 0, 1]);
    expect(counts).toEqual({ type: { 案例: 2, 做法: 1 }, source: { 甲: 1, 乙: 2 } });
  });

  it('ORs values of one filter, ANDs filters, and counts each filter without itself', () => {
    const { kept, counts } = applyFacets([0, 1, 2, 3, 4], index, { type: ['案例'], source: ['乙'] });
    expect(kept).toEqual([1, 2]);
    // type counts apply only the source filter (乙: 1, 2, 4); source counts only the type filter (案例: 0, 1, 2).
    expect(counts.type).toEqual({ 案例: 2, 做法: 1 });
    expect(counts.source).toEqual({ 甲: 1, 乙: 2 });
    expect(applyFacets([0, 1, 2, 3, 4], index, { type: ['案例', '做法'] }).kept).toEqual([0, 1, 2, 3, 4]);
  });

  it('drops unknown filters and values from a selection', () => {
    expect(sanitizeSelection({ type: ['案例', '<script>', '案例'], colour: ['红'] }, index)).toEqual({ type: ['案例'] });
  });

  it('orders types as the site lists them', () => {
    expect(orderValues('type', ['术语', '案例', '其他', '文献'])).toEqual(['文献', '案例', '术语', '其他']);
  });
});

describe('the search page URL', () => {
  it('round-trips the query and the ticked filters', () => {
    const state = readUrlState('?q=%E8%81%94%E5%B8%AD+%E8%BD%AE%E5%80%BC&type=%E6%A1%88%E4%BE%8B&source=B&source=A&x=1', SEARCH_URL_FORMAT);
    expect(state).toEqual({ q: '联席 轮值', selection: { type: ['案例'], source: ['A', 'B'] } });
    expect(writeUrlState(state, SEARCH_URL_FORMAT)).toBe('?q=%E8%81%94%E5%B8%AD+%E8%BD%AE%E5%80%BC&type=%E6%A1%88%E4%BE%8B&source=A&source=B');
    expect(writeUrlState({ q: '', selection: {} }, SEARCH_URL_FORMAT)).toBe('');
  });

  it('normalises whitespace in the query and keeps hostile text as plain data', () => {
    const q = '"><img src=x onerror=alert(1)>';
    const state = readUrlState(new URLSearchParams({ q: `  ${q}\u3000` }), SEARCH_URL_FORMAT);
    expect(state.q).toBe(q);
    expect(readUrlState(writeUrlState(state, SEARCH_URL_FORMAT), SEARCH_URL_FORMAT).q).toBe(q);
  });
});
