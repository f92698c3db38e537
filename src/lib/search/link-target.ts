// Where a search result or sub-result opens its page: at the block that holds the match.
//
// Pagefind records every element with an id as an anchor, at its word position; the reading
// texts' blocks carry paragraph addresses (p123) and headings carry their anchors. The link
// opens at the block that holds the match (`#p123`), which lands in every browser and marks
// the block (:target). Where the browser follows text directives, a directive is added so it
// also highlights the words; a match inside a heading, or in the page's title, needs none.
import type { Anchor } from './excerpt.ts';
import { stripZwsp } from './text.ts';

const HEADING = /^h[1-6]$/i;
/** Elements inside a line of text (a footnote reference, a term link): never the block a match is in. */
const INLINE = /^(a|abbr|b|cite|code|em|i|mark|q|small|span|strong|sub|sup|time)$/i;

/**
 * The anchor of the block holding position `at`: the last anchor starting at or before it,
 * ignoring the page title (h1) and elements inside a line of text.
 */
export function blockAnchorAt(anchors: readonly Anchor[], at: number): Anchor | undefined {
  let best: Anchor | undefined;
  for (const a of anchors) {
    if (!a.id || a.location > at) continue;
    if (/^h1$/i.test(a.element) || INLINE.test(a.element)) continue;
    if (!best || a.location >= best.location) best = a;
  }
  return best;
}

/**
 * The positions [start, end) of the block holding position `at`: from its anchor to the next
 * block's anchor. Text directives take their context from inside it, because the index does
 * not mark every block boundary (table cells are joined by a space).
 */
export function blockSpanAt(anchors: readonly Anchor[], at: number): { start: number; end: number } {
  const start = blockAnchorAt(anchors, at)?.location ?? 0;
  let end = Number.POSITIVE_INFINITY;
  for (const a of anchors) {
    if (!a.id || a.location <= at || /^h1$/i.test(a.element) || INLINE.test(a.element)) continue;
    end = Math.min(end, a.location);
  }
  return { start, end };
}

/**
 * The run of text holding the match at [at, at + length) that the page shows in one piece: inside
 * its block (blockSpanAt), between the nearest block edges and gaps around it (`gaps`: where the
 * index copy saw the text interrupted, e.g. by a 出处 link or a table cell's edge). Null when the
 * match itself runs across such an edge: the page does not show it in one piece.
 */
export function runAt(anchors: readonly Anchor[], gaps: readonly number[], at: number, length: number): { start: number; end: number } | null {
  let { start, end } = blockSpanAt(anchors, at);
  const edges = [...gaps, ...anchors.filter((a) => a.id && !INLINE.test(a.element)).map((a) => a.location)];
  for (const g of edges) {
    if (g <= at) start = Math.max(start, g);
    else if (g < at + length) return null;
    else end = Math.min(end, g);
  }
  return { start, end };
}

/** The position after an anchor's own text (its characters without spaces, counted from its location). */
export function anchorTextEnd(anchor: Anchor): number {
  return anchor.location + [...stripZwsp(anchor.text).replace(/\s+/gu, '')].length;
}

/** Whether position `at` falls inside the text of a heading anchor. */
export function inHeading(anchor: Anchor, at: number): boolean {
  return HEADING.test(anchor.element) && at < anchorTextEnd(anchor);
}

export interface LinkTarget {
  /** The id to open the page at ('' for the top of the page). */
  id: string;
  /** Whether a text directive may be added: the match is in a block of text, not a heading or the title. */
  directive: boolean;
}

/** Where a link to the match at position `at` should open the page. */
export function linkTarget(anchors: readonly Anchor[], at: number): LinkTarget {
  const anchor = blockAnchorAt(anchors, at);
  if (!anchor) return { id: '', directive: true };
  return { id: anchor.id, directive: !inHeading(anchor, at) };
}
