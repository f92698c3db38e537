import { describe, expect, it } from 'vitest';
import { fullTitle, missingFacts, modelLabel } from './present.ts';

describe('present', () => {
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
