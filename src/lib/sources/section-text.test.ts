import { describe, expect, it } from 'vitest';
import { findSection, sectionParagraphs, sectionsOf } from './section-text.ts';

describe('source sections', () => {
  it('runs a section from its heading to the next heading of the same or a higher level', () => {
    const s = findSection('wuxi-alliance', '三、无锡党建联盟运行机制')!;
    expect(s.depth).toBe(2);
    const next = findSection('wuxi-alliance', '四、党建联盟建设的实践价值')!;
    expect(s.rawLines[1]).toBe(next.rawLines[0] - 1);
    const blocks = sectionParagraphs(s);
    // Its seven mechanisms are sub-headings, each followed by its paragraph; its own heading is left out.
    expect(blocks.filter((b) => b.heading).map((b) => b.text)).toHaveLength(7);
    expect(blocks[0]!.heading).toBe(false);
    expect(blocks.some((b) => b.text.includes('原则上每季度召开1次联盟联席会议'))).toBe(true);
    expect(blocks.some((b) => b.text.includes('四、党建联盟建设的实践价值'))).toBe(false);
    expect(blocks.every((b) => !b.heading || /^\d\./.test(b.text))).toBe(true);
  });

  it('takes a book part by its title, and its text only', () => {
    const intro = findSection('practice-guide', '绪论\u3000做好抓基层打基础工作，夯实党执政的组织基础')!;
    expect(intro.part).toBe('intro');
    const blocks = sectionParagraphs(intro);
    expect(blocks.length).toBeGreaterThan(3);
    expect(blocks.some((b) => b.text.includes('没有创造力就没有凝聚力和战斗力'))).toBe(true);
    expect(blocks.some((b) => b.text.includes('中国特色社会主义事业是改革创新的事业'))).toBe(false);
  });

  it('leaves footnotes out and knows nothing of an unknown heading', () => {
    // The note texts of urban-integration stand apart from its sections (a marker without note text
    // elsewhere is an editor's mark in the paragraph itself, and stays).
    const all = sectionsOf('urban-integration').flatMap((s) => sectionParagraphs(s));
    expect(all.length).toBeGreaterThan(10);
    expect(all.some((b) => b.text.includes('转引自白杨'))).toBe(false);
    expect(findSection('four-dimensions', '不存在的标题')).toBeUndefined();
  });
});
