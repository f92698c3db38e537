import { describe, expect, it } from 'vitest';
import { authorsLine, kindLabel, publicationLine } from './record.ts';

describe('source records on a page', () => {
  it('says 作者未署名 when the text names no author', () => {
    expect(authorsLine({ authors: [] })).toBe('作者未署名');
    expect(authorsLine({ authors: ['袁鲁', '龙力莉'], authorRole: 'editor' })).toBe('袁鲁、龙力莉主编');
    expect(authorsLine({ authors: ['袁鲁', '龙力莉'], authorRole: 'editor' }, { role: false })).toBe('袁鲁、龙力莉');
  });
  it('says 出处未详 when the text gives no publication', () => {
    expect(publicationLine({ authors: ['张鸣年'], kind: 'paper' })).toBe('出处未详（文本未载刊名、出版者与年份）');
    expect(publicationLine({ authors: [], kind: 'book-excerpt', publisher: '人民出版社', place: '北京', year: 2010, edition: '2010年3月第1版' })).toBe(
      '北京：人民出版社，2010（2010年3月第1版）',
    );
  });
  it('names the journal, year, issue and pages a journal paper’s pages give', () => {
    expect(publicationLine({ authors: [], kind: 'paper', journal: '样本学报', year: 2020, issue: '1', pages: '12–14' })).toBe('《样本学报》2020年第1期，第12–14页');
    expect(publicationLine({ authors: [], kind: 'paper', journal: '样本学报' })).toBe('《样本学报》');
  });
  it('labels the kinds', () => {
    expect([kindLabel('paper'), kindLabel('book-excerpt')]).toEqual(['论文', '图书（节选）']);
  });
});
