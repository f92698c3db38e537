// Excerpts and sections from the page text Pagefind stored. In the index copy every character
// is its own word, so Pagefind's stored content is the page text with U+200B between characters:
// splitting on U+200B gives one piece per position. Excerpts join the pieces back without the
// separators (no artificial spaces) and mark each occurrence once, however many characters it has.
import { stripZwsp, ZWSP } from './text.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

export interface Range {
  start: number;
  length: number;
}

/** One piece per index position. */
export function contentPieces(content: string): string[] {
  return content.split(ZWSP);
}

/**
 * Pagefind ends a block (heading, paragraph, list item …) that does not end in punctuation with
 * ". " (with "." at the end of the page); as its own piece after a Chinese character it is such
 * a boundary, not text.
 */
export function isBlockBreak(pieces: readonly string[], i: number): boolean {
  const p = pieces[i];
  // At the very end of the page the "." has no space after it.
  if (p === undefined || !(/^\.\s+$/.test(p) || (p === '.' && i === pieces.length - 1))) return false;
  const prev = pieces[i - 1];
  return prev === undefined || /\p{Script=Han}$/u.test(prev);
}

function displayPiece(pieces: readonly string[], i: number): string {
  return isBlockBreak(pieces, i) ? ' ' : pieces[i]!;
}

/** Overlapping or touching ranges become one. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.start + last.length) {
      last.length = Math.max(last.length, r.start + r.length - last.start);
    } else out.push({ ...r });
  }
  return out;
}

export interface ExcerptOptions {
  /** Position the excerpt is built around (an occurrence start). */
  focus: number;
  /** Length of the occurrence at `focus`; without `before`, the excerpt is centred on it. */
  focusLength?: number;
  /** Pieces to show before the focus. */
  before?: number;
  /** Total pieces to show. */
  length?: number;
  /** The excerpt stays within [from, to) (a section). */
  from?: number;
  to?: number;
}

/** An excerpt around `focus`, with every range that falls inside it marked. */
export function buildExcerpt(pieces: readonly string[], ranges: readonly Range[], options: ExcerptOptions): Segment[] {
  const lo = Math.max(0, options.from ?? 0);
  const hi = Math.min(pieces.length, options.to ?? pieces.length);
  const length = options.length ?? 90;
  const before = options.before ?? (options.focusLength !== undefined ? Math.floor((length - options.focusLength) / 2) : 24);
  let start = Math.max(lo, options.focus - before);
  let end = Math.min(hi, start + length);
  start = Math.max(lo, Math.min(start, end - length));
  const merged = mergeRanges(ranges);
  // Never cut an occurrence in two at either end of the excerpt.
  for (const r of merged) {
    if (r.start < start && r.start + r.length > start) start = Math.max(lo, r.start);
    if (r.start < end && r.start + r.length > end) end = Math.min(hi, r.start + r.length);
  }
  const marks = merged.filter((r) => r.start < end && r.start + r.length > start);

  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  let i = start;
  for (const m of marks) {
    const ms = Math.max(m.start, start);
    const me = Math.min(m.start + m.length, end);
    let plain = '';
    for (; i < ms; i++) plain += displayPiece(pieces, i);
    push(plain, false);
    let marked = '';
    for (; i < me; i++) marked += displayPiece(pieces, i);
    push(marked, true);
  }
  let rest = '';
  for (; i < end; i++) rest += displayPiece(pieces, i);
  push(rest, false);

  // Collapse whitespace, trim the ends, and show where the text was cut.
  for (const s of segments) s.text = s.text.replace(/\s+/gu, ' ');
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (first && !first.mark) first.text = first.text.replace(/^\s+/u, '');
  if (last && !last.mark) last.text = last.text.replace(/\s+$/u, '');
  if (start > lo && first) segments.unshift({ text: '…', mark: false });
  if (end < hi && last) segments.push({ text: '…', mark: false });
  return mergeAdjacent(segments.filter((s) => s.text !== ''));
}

function mergeAdjacent(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.mark === s.mark) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/**
 * Where the page's text begins after its title: the stored content starts with the h1, which an
 * excerpt need not repeat (the result's link shows it). 0 when the content does not start so.
 */
export function afterTitle(pieces: readonly string[], title: string): number {
  const want = stripZwsp(title).replace(/\s+/gu, '');
  if (!want) return 0;
  let got = '';
  let i = 0;
  while (i < pieces.length && got.length < want.length) got += pieces[i++]!.replace(/\s+/gu, '');
  if (got !== want) return 0;
  return isBlockBreak(pieces, i) ? i + 1 : i;
}

/** Plain text of pieces [from, to), as the page shows it. */
export function piecesText(pieces: readonly string[], from: number, to: number): string {
  let s = '';
  for (let i = Math.max(0, from); i < Math.min(pieces.length, to); i++) s += displayPiece(pieces, i);
  return s;
}

export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface Section {
  anchor: Anchor;
  /** Occurrence starts inside the section, ascending. */
  starts: number[];
  /** Position where the next section begins (or the end of the page). */
  end: number;
}

/**
 * Groups occurrences by the heading (h2–h6 with an id) they follow. Occurrences before the first
 * such heading belong to the top of the page and form no section.
 */
export function sectionsFor(starts: readonly number[], anchors: readonly Anchor[], pageEnd: number): Section[] {
  const headings = anchors
    .filter((a) => /^h[2-6]$/i.test(a.element) && a.id)
    .sort((a, b) => a.location - b.location);
  const sections: Section[] = [];
  for (let h = 0; h < headings.length; h++) {
    const anchor = headings[h]!;
    const end = headings[h + 1]?.location ?? pageEnd;
    const inside = starts.filter((s) => s >= anchor.location && s < end);
    if (inside.length > 0) sections.push({ anchor, starts: inside, end });
  }
  return sections;
}
