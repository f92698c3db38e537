import { describe, expect, it } from 'vitest';
import { documentType, formatReference, responsibility } from './reference.ts';

describe('GB/T 7714—2015 references', () => {
  it('formats the book with editors, place, publisher and year', () => {
    expect(
      formatReference({ title: '新时期 新任务 新思路', subtitle: '党的基层组织创新案例与实务指南', authors: ['袁鲁', '龙力莉'], publisher: '人民出版社', place: '北京', year: 2010, kind: 'book-excerpt' }),
    ).toBe('袁鲁, 龙力莉. 新时期 新任务 新思路: 党的基层组织创新案例与实务指南[M]. 北京: 人民出版社, 2010.');
  });

  it('formats a paper whose journal is unknown as [Z], with nothing invented', () => {
    expect(formatReference({ title: '新时代基层党组织建设探索研究', subtitle: '以无锡党建联盟为例', authors: ['张鸣年'], kind: 'paper' })).toBe(
      '张鸣年. 新时代基层党组织建设探索研究: 以无锡党建联盟为例[Z].',
    );
  });

  it('leaves the author out when the text names none', () => {
    expect(formatReference({ title: '新时代基层党建系统性发展的四维度论析', authors: [], kind: 'paper' })).toBe('新时代基层党建系统性发展的四维度论析[Z].');
  });

  it('uses [M] for a book and [Z] for a paper, and “等” after three authors', () => {
    expect(documentType({ kind: 'book-excerpt' })).toBe('M');
    expect(documentType({ kind: 'paper' })).toBe('Z');
    expect(responsibility(['甲', '乙', '丙', '丁'])).toBe('甲, 乙, 丙, 等');
  });

  it('formats a paper whose pages name its journal as [J], with year, issue and printed pages', () => {
    expect(formatReference({ title: '融合推进城市基层党建工作研究', authors: ['方世南'], journal: '样本学报', year: 2020, issue: '1', pages: '12–14', kind: 'paper' })).toBe(
      '方世南. 融合推进城市基层党建工作研究[J]. 样本学报, 2020(1): 12–14.',
    );
    expect(formatReference({ title: '题', authors: [], journal: '某刊', kind: 'paper' })).toBe('题[J]. 某刊.');
  });

  it('leaves out a book’s place or year when the record lacks them', () => {
    expect(formatReference({ title: '书', authors: [], publisher: '人民出版社', kind: 'book-excerpt' })).toBe('书[M]. 人民出版社.');
  });
});
