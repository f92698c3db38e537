import { describe, expect, it } from 'vitest';
import { blockAnchorAt, blockSpanAt, inHeading, linkTarget, runAt } from './link-target.ts';

const anchors = [
  { element: 'h1', id: 'title', text: '标题', location: 0 },
  { element: 'h2', id: '一运行机制', text: '\u200b一\u200b、\u200b运\u200b行\u200b机\u200b制', location: 10 },
  { element: 'p', id: 'p12', text: '第一段', location: 16 },
  { element: 'p', id: 'p15', text: '第二段', location: 40 },
  { element: 'a', id: 'user-content-fnref-2', text: '2', location: 44 },
];

describe('link targets of search results', () => {
  it('opens at the block holding the match', () => {
    expect(blockAnchorAt(anchors, 20)?.id).toBe('p12');
    expect(blockAnchorAt(anchors, 40)?.id).toBe('p15');
    expect(linkTarget(anchors, 45)).toEqual({ id: 'p15', directive: true });
    // A footnote reference inside the paragraph is not a block.
    expect(blockAnchorAt(anchors, 46)?.id).toBe('p15');
  });

  it('opens a match in a heading at the heading, with no directive', () => {
    expect(inHeading(anchors[1]!, 12)).toBe(true);
    expect(inHeading(anchors[1]!, 15)).toBe(true);
    expect(inHeading(anchors[1]!, 16)).toBe(false);
    expect(linkTarget(anchors, 12)).toEqual({ id: '一运行机制', directive: false });
  });

  it('opens a match in the title, or before any block, at the top of the page', () => {
    expect(linkTarget(anchors, 1)).toEqual({ id: '', directive: true });
    expect(linkTarget([], 5)).toEqual({ id: '', directive: true });
  });

  it('gives the span of the block holding the match: from its anchor to the next block', () => {
    expect(blockSpanAt(anchors, 20)).toEqual({ start: 16, end: 40 });
    // The footnote reference inside p15 does not end the block.
    expect(blockSpanAt(anchors, 41)).toEqual({ start: 40, end: Number.POSITIVE_INFINITY });
    expect(blockSpanAt(anchors, 1)).toEqual({ start: 0, end: 10 });
  });

  it('gives the run the page shows in one piece: between block edges and gaps (an ignored 出处 link, a cell edge)', () => {
    // Gaps at 24 (a 出处 link left out of the index) and 30 (a table cell's edge) inside p12.
    expect(runAt(anchors, [24, 30], 20, 2)).toEqual({ start: 16, end: 24 });
    expect(runAt(anchors, [24, 30], 26, 2)).toEqual({ start: 24, end: 30 });
    expect(runAt(anchors, [], 20, 2)).toEqual({ start: 16, end: 40 });
    // A match running across a gap is not shown in one piece.
    expect(runAt(anchors, [24], 23, 2)).toBeNull();
  });
});
