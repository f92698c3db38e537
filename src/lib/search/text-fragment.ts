// Text fragment links (#:~:text=…) open a page at the match and let the browser highlight it,
// so reading pages need no script. Browsers only accept a text directive that starts and ends
// on word boundaries; for Chinese those come from the same ICU word segmenter Intl.Segmenter
// uses, so the match is widened to whole words with it.
import { isBlockBreak } from './excerpt.ts';

const wordSegmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Percent-encodes a text directive value ("-", "," and "&" are syntax there). */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** Widens [start, end) of `text` outwards to word boundaries. */
export function widenToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (const seg of wordSegmenter.segment(text)) {
    const segStart = seg.index;
    const segEnd = seg.index + seg.segment.length;
    if (segStart <= start && start < segEnd) s = segStart;
    if (segStart < end && end <= segEnd) e = segEnd;
  }
  return { start: s, end: e };
}

/**
 * The text to put in a text directive for an occurrence at pieces [start, start + length):
 * the occurrence widened to whole words, within its block, whitespace collapsed.
 */
export function directiveText(pieces: readonly string[], start: number, length: number, context = 16): string {
  let lo = start;
  while (lo > 0 && start - lo < context && !isBlockBreak(pieces, lo - 1)) lo--;
  let hi = start + length;
  while (hi < pieces.length && hi - (start + length) < context && !isBlockBreak(pieces, hi)) hi++;
  let text = '';
  let matchStart = 0;
  let matchEnd = 0;
  for (let i = lo; i < hi; i++) {
    if (i === start) matchStart = text.length;
    text += pieces[i];
    if (i === start + length - 1) matchEnd = text.length;
  }
  // Trailing whitespace of the last matched piece is not part of the match.
  while (matchEnd > matchStart && /\s/u.test(text[matchEnd - 1]!)) matchEnd--;
  const { start: s, end: e } = widenToWords(text, matchStart, matchEnd);
  return text.slice(s, e).replace(/\s+/gu, ' ').trim();
}

/** "#:~:text=…" for an occurrence, or "#id:~:text=…" to fall back to a section's heading. */
export function textFragmentHash(pieces: readonly string[], start: number, length: number, id = ''): string {
  const text = directiveText(pieces, start, length);
  if (!text) return id ? `#${encodeURIComponent(id)}` : '';
  return `#${id ? encodeURIComponent(id) : ''}:~:text=${encodeTextDirective(text)}`;
}
