import { describe, expect, it } from 'vitest';
import { authorLine, citation, fullTitle, modelLabel, zhNumeral } from './present.ts';

describe('present', () => {
  it('writes Chinese numerals', () => {
    expect([1, 4, 7, 10, 12, 20, 21, 99].map(zhNumeral)).toEqual(['一', '四', '七', '十', '十二', '二十', '二十一', '九十九']);
    expect(zhNumeral(120)).toBe('120');
  });

  it('cites only what the source record states', () => {
    expect(
      citation({ id: 'wuxi-alliance', title: '新时代基层党组织建设探索研究', subtitle: '以无锡党建联盟为例', authors: ['张鸣年'], institution: '中共无锡市委党校', kind: 'paper' }),
    ).toBe('张鸣年. 新时代基层党组织建设探索研究——以无锡党建联盟为例. 中共无锡市委党校. 发表出处未详.');
    expect(citation({ id: 'four-dimensions', title: '新时代基层党建系统性发展的四维度论析', authors: [], kind: 'paper' })).toBe(
      '作者未署名. 新时代基层党建系统性发展的四维度论析. 发表出处未详.',
    );
    expect(
      citation({
        id: 'practice-guide',
        title: '新时期 新任务 新思路',
        subtitle: '党的基层组织创新案例与实务指南',
        authors: ['袁鲁', '龙力莉'],
        authorRole: 'editor',
        publisher: '人民出版社',
        place: '北京',
        year: 2010,
        kind: 'book-excerpt',
      }),
    ).toBe('袁鲁, 龙力莉 主编. 新时期 新任务 新思路——党的基层组织创新案例与实务指南. 北京: 人民出版社, 2010.');
  });

  it('labels authors, titles and models', () => {
    expect(authorLine({ authors: [] })).toBe('作者未署名');
    expect(authorLine({ authors: ['袁鲁', '龙力莉'], authorRole: 'editor' })).toBe('袁鲁、龙力莉 主编');
    expect(fullTitle({ title: 'A' })).toBe('A');
    expect(modelLabel({ number: 2, name: { value: '以助力供给侧结构性改革为理念组建的党建联盟', quote: { source: 'wuxi-alliance', text: 'x x' } } })).toBe(
      '模式二：以助力供给侧结构性改革为理念组建的党建联盟',
    );
  });
});
