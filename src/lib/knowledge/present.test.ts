import { describe, expect, it } from 'vitest';
import { fullTitle, missingFacts, modelLabel, zhNumeral } from './present.ts';

describe('present', () => {
  it('writes Chinese numerals', () => {
    expect([1, 4, 7, 10, 12, 20, 21, 99].map(zhNumeral)).toEqual(['一', '四', '七', '十', '十二', '二十', '二十一', '九十九']);
    expect(zhNumeral(120)).toBe('120');
  });

  it('names what a source record does not give', () => {
    expect(missingFacts({ authors: ['张鸣年'], kind: 'paper' })).toEqual(['发表出处未详']);
    expect(missingFacts({ authors: [], kind: 'paper' })).toEqual(['作者未署名', '发表出处未详']);
    expect(missingFacts({ authors: ['袁鲁', '龙力莉'], kind: 'book-excerpt', year: 2010 })).toEqual([]);
  });

  it('labels titles and models', () => {
    expect(fullTitle({ title: 'A' })).toBe('A');
    expect(modelLabel({ number: 2, name: { value: '以助力供给侧结构性改革为理念组建的党建联盟', quote: { source: 'wuxi-alliance', text: 'x x' } } })).toBe(
      '模式二：以助力供给侧结构性改革为理念组建的党建联盟',
    );
  });
});
