import { describe, expect, it } from 'vitest';
import { applyFacets, orderValues, sanitizeSelection } from './facets.ts';

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
