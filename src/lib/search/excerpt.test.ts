import { describe, expect, it } from 'vitest';
import { afterTitle, buildExcerpt, contentPieces, isBlockBreak, mergeRanges, piecesText, sectionsFor } from './excerpt.ts';
import { ZWSP } from './text.ts';

// Pagefind's stored content for <h1>党建联盟</h1><p>联席轮值，APP open。</p> in the index copy.
const content = ['党', '建', '联', '盟', '. ', '联', '席', '轮', '值', '，', 'A', 'P', 'P ', 'o', 'p', 'e', 'n', '。'].join(ZWSP);
const pieces = contentPieces(content);
const render = (segs: { text: string; mark: boolean }[]) => segs.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('excerpts', () => {
  it('joins characters without artificial spaces and marks each occurrence once', () => {
    const segs = buildExcerpt(pieces, [{ start: 5, length: 4 }], { focus: 5 });
    expect(render(segs)).toBe('党建联盟 [联席轮值]，APP open。');
    expect(segs.filter((s) => s.mark)).toHaveLength(1);
  });

  it('treats Pagefind\'s ". " after a Chinese block as a break, but keeps real full stops', () => {
    expect(isBlockBreak(pieces, 4)).toBe(true);
    expect(isBlockBreak(['1', '. ', '联'], 1)).toBe(false);
    expect(isBlockBreak(['势', '.'], 1)).toBe(true);
    expect(isBlockBreak(['势', '.', '联'], 1)).toBe(false);
    expect(piecesText(pieces, 0, 9)).toBe('党建联盟 联席轮值');
  });

  it('never cuts an occurrence at the edge of the excerpt', () => {
    const long = contentPieces(Array.from({ length: 100 }, (_, i) => (i >= 38 && i < 42 ? '党' : '字')).join(ZWSP));
    const text = render(buildExcerpt(long, [{ start: 38, length: 4 }], { focus: 60, before: 20, length: 20 }));
    expect(text).toBe(`…[党党党党]${'字'.repeat(18)}…`);
  });

  it('merges overlapping and touching ranges into one mark', () => {
    expect(mergeRanges([{ start: 5, length: 2 }, { start: 6, length: 2 }, { start: 8, length: 1 }, { start: 12, length: 1 }])).toEqual([
      { start: 5, length: 4 },
      { start: 12, length: 1 },
    ]);
  });

  it('cuts long text around the focus with ellipses and stays within a section', () => {
    const long = contentPieces(Array.from({ length: 300 }, (_, i) => (i === 150 ? '党' : '字')).join(ZWSP));
    const text = render(buildExcerpt(long, [{ start: 150, length: 1 }], { focus: 150, before: 10, length: 30 }));
    expect(text).toBe(`…${'字'.repeat(10)}[党]${'字'.repeat(19)}…`);
    const inSection = render(buildExcerpt(long, [{ start: 150, length: 1 }], { focus: 150, before: 10, length: 30, from: 145, to: 160 }));
    expect(inSection).toBe(`${'字'.repeat(5)}[党]${'字'.repeat(9)}`);
  });
});

describe('excerpts centred on the match, after the title', () => {
  it('centres the excerpt on the occurrence when no lead is given', () => {
    const long = contentPieces(Array.from({ length: 300 }, (_, i) => (i >= 150 && i < 154 ? '党' : '字')).join(ZWSP));
    const text = render(buildExcerpt(long, [{ start: 150, length: 4 }], { focus: 150, focusLength: 4, length: 30 }));
    expect(text).toBe(`…${'字'.repeat(13)}[党党党党]${'字'.repeat(13)}…`);
  });

  it('finds where the text after the title begins (and only when the content starts with the title)', () => {
    expect(afterTitle(pieces, '\u200B党\u200B建\u200B联\u200B盟')).toBe(5);
    expect(piecesText(pieces, afterTitle(pieces, '党建联盟'), 9)).toBe('联席轮值');
    expect(afterTitle(pieces, '联席')).toBe(0);
    expect(afterTitle(pieces, '')).toBe(0);
    // A title the excerpt would otherwise repeat is left out.
    const segs = buildExcerpt(pieces, [{ start: 0, length: 4 }, { start: 5, length: 2 }], { focus: 5, focusLength: 2, from: afterTitle(pieces, '党建联盟') });
    expect(render(segs)).toBe('[联席]轮值，APP open。');
  });
});

describe('sectionsFor', () => {
  it('groups occurrences under the h2–h6 heading they follow', () => {
    const anchors = [
      { element: 'h2', id: 'a', text: '甲', location: 10 },
      { element: 'p', id: 'fn1', text: '注', location: 15 },
      { element: 'h3', id: 'b', text: '乙', location: 20 },
    ];
    const sections = sectionsFor([2, 12, 14, 25], anchors, 40);
    expect(sections.map((s) => [s.anchor.id, s.starts, s.end])).toEqual([
      ['a', [12, 14], 20],
      ['b', [25], 40],
    ]);
  });
});
