import { describe, expect, it } from 'vitest';
import { entryDisplay, neighbours, partDisplay } from './guide.ts';
import { guideContentsOf, parseGuideContents } from '../content/texts.ts';

describe('the book’s contents', () => {
  const contents = guideContentsOf('practice-guide')!;

  it('has 绪论 (no page number) and nine chapters, each with 中央精神, sections, 典型案例 and 案例点评', () => {
    expect(contents.parts.map((p) => p.id)).toEqual(['intro', ...Array.from({ length: 9 }, (_, i) => `chapter-${i + 1}`)]);
    expect(contents.parts[0]).toMatchObject({ label: '绪论', text: 'whole' });
    expect(contents.parts[0]!.page).toBeUndefined();
    for (const chapter of contents.parts.slice(1)) {
      expect(chapter.page).toBeGreaterThan(0);
      const kinds = chapter.entries.map((e) => e.kind);
      expect(kinds[0]).toBe('spirit');
      expect(kinds.slice(-2)).toEqual(['case', 'commentary']);
      expect(kinds.filter((k) => k === 'section').length).toBeGreaterThanOrEqual(4);
      expect(chapter.entries.every((e) => e.page! >= chapter.page!)).toBe(true);
    }
    expect(contents.parts.map((p) => p.text)).toEqual(['whole', 'opening', ...Array(8).fill('none')]);
  });

  it('displays labels and titles as the book prints them', () => {
    const chapter1 = contents.parts[1]!;
    expect(partDisplay(chapter1)).toBe('第一章\u3000以改革创新精神推进基层党组织建设工作');
    expect(chapter1.entries.map(entryDisplay).slice(0, 2)).toEqual(['中央精神', '一、抓基层、打基础：六十多年的探索与创新']);
    expect(entryDisplay(chapter1.entries[5]!)).toBe('典型案例\u3000山东临朐县：实施精细化管理，创新、创优基层党建工作');
  });

  it('orders chapters for previous/next navigation', () => {
    expect(neighbours(contents.parts, 'intro').prev).toBeUndefined();
    expect(neighbours(contents.parts, 'intro').next?.id).toBe('chapter-1');
    expect(neighbours(contents.parts, 'chapter-9').next).toBeUndefined();
    expect(neighbours(contents.parts, 'nope')).toEqual({});
  });

  it('rejects a malformed contents file with the file name', () => {
    expect(() => parseGuideContents('c.yaml', 'source: x\nparts: [{ id: 7 }]')).toThrow(/^c\.yaml: /);
  });
});
