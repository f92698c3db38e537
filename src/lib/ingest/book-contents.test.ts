import { describe, expect, it } from 'vitest';
import { chineseNumber, isContentsLine, parseContents } from './book-contents.ts';
import { splitLines } from './source-lines.ts';

const TOC = [
  '绪论 做好抓基层打基础工作，夯实党执政的组织基础',
  '',
  '第一章 以改革创新精神推进基层党组织建设工作\t5',
  '中央精神\t6',
  '一、抓基层、打基础：六十多年的探索与创新\t9',
  '典型案例 山东临朐县：实施精细化管理\t30',
  '案例点评.....\t34',
  '第三章 创新组织设置，不断扩大基层党组织',
  '',
  '覆盖面\t66',
  '第四章 创新基层党组织的活动内容方式',
  '',
  '99',
  '三、准确把握职能定位，找准开 展活动 ..\t111',
].join('\n');

describe('parseContents', () => {
  const parts = parseContents(splitLines(TOC));

  it('reads parts with their page numbers (绪论 has none)', () => {
    expect(parts.map((p) => [p.id, p.label, p.title, p.page])).toEqual([
      ['intro', '绪论', '做好抓基层打基础工作，夯实党执政的组织基础', undefined],
      ['chapter-1', '第一章', '以改革创新精神推进基层党组织建设工作', 5],
      ['chapter-3', '第三章', '创新组织设置，不断扩大基层党组织覆盖面', 66],
      ['chapter-4', '第四章', '创新基层党组织的活动内容方式', 99],
    ]);
  });

  it('reads entries: 中央精神, sections, 典型案例, 案例点评; drops leader dots and wrap spaces', () => {
    expect(parts[1]!.entries.map((e) => [e.kind, e.label, e.title, e.page])).toEqual([
      ['spirit', '中央精神', '', 6],
      ['section', '一、', '抓基层、打基础：六十多年的探索与创新', 9],
      ['case', '典型案例', '山东临朐县：实施精细化管理', 30],
      ['commentary', '案例点评', '', 34],
    ]);
    expect(parts[3]!.entries[0]).toMatchObject({ title: '准确把握职能定位，找准开展活动', page: 111 });
  });

  it('keeps each entry’s raw text and lines as its quote', () => {
    expect(parts[2]).toMatchObject({ lines: [8, 10], quote: '第三章 创新组织设置，不断扩大基层党组织\n覆盖面\t66' });
  });

  it('knows contents lines and Chinese numbers', () => {
    expect(isContentsLine('中央精神\t252')).toBe(true);
    expect(isContentsLine('党的十七届四中全会，立足于党执政兴国六十余年')).toBe(false);
    expect([chineseNumber('一'), chineseNumber('九'), chineseNumber('十'), chineseNumber('十二'), chineseNumber('二十')]).toEqual([1, 9, 10, 12, 20]);
  });
});
