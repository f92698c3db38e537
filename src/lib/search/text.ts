// Character-level helpers shared by the index copy (build time) and the query parser (browser).
// The search treats every grapheme as one "word": the index copy puts U+200B between
// neighbouring graphemes, so Pagefind indexes each one at its own position.

/** ZERO WIDTH SPACE: Pagefind splits Chinese text on it and removes it from words. */
export const ZWSP = '\u200B';

// Intl.Segmenter is missing in Chromium before 87 (the 360/奇安信 86 kernel) and Firefox before 125
// (ESR 115), so segmenters are created on first use and each has a fallback for those browsers.
type Granularity = 'grapheme' | 'word';
const segmenters = new Map<Granularity, Intl.Segmenter | null>();
function segmenter(granularity: Granularity): Intl.Segmenter | null {
  if (!segmenters.has(granularity)) {
    segmenters.set(granularity, typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh-CN', { granularity }) : null);
  }
  return segmenters.get(granularity)!;
}

/**
 * Grapheme clusters without Intl.Segmenter: a code point with the combining marks, emoji
 * modifiers, tag characters and ZWJ-joined code points after it; CRLF; a pair of regional
 * indicators (a flag). Equal to Intl.Segmenter for Chinese, Latin and common emoji text.
 */
const GRAPHEME = /\r\n|[\u{1F1E6}-\u{1F1FF}]{2}|.(?:[\p{M}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]|\u200D.)*/gsu;

/** Graphemes as the fallback for browsers without Intl.Segmenter finds them (exported for tests). */
export function graphemesWithoutSegmenter(text: string): string[] {
  return text.match(GRAPHEME) ?? [];
}

/** Splits text into user-perceived characters. */
export function graphemes(text: string): string[] {
  const seg = segmenter('grapheme');
  if (!seg) return graphemesWithoutSegmenter(text);
  const out: string[] = [];
  for (const { segment } of seg.segment(text)) out.push(segment);
  return out;
}

/** Punctuation, symbols and whitespace: without Intl.Segmenter, words are only cut next to these. */
const SEPARATOR = /[\p{P}\p{S}\p{Z}\s]/u;
/** Marks that join letters or digits into one word (3.5, 1,000, don't, 12:30, 马克思·韦伯). */
const JOINER = /^[.,:'’·]$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Word ends as the fallback for browsers without Intl.Segmenter finds them (exported for tests). */
export function wordEndsWithoutSegmenter(text: string): number[] {
  const chars = [...text];
  const separator = chars.map(
    (ch, i) =>
      SEPARATOR.test(ch) &&
      !(JOINER.test(ch) && LETTER_OR_DIGIT.test(chars[i - 1] ?? '') && LETTER_OR_DIGIT.test(chars[i + 1] ?? '')),
  );
  const out: number[] = [];
  let at = 0;
  for (let i = 0; i < chars.length; i++) {
    if (i > 0 && (separator[i] || separator[i - 1])) out.push(at);
    at += chars[i]!.length;
  }
  if (text.length > 0) out.push(text.length);
  return out;
}

/**
 * Offsets where words end in text (the last one is text.length), as the browser's ICU word
 * segmenter cuts it. Without Intl.Segmenter the cuts fall only beside punctuation, symbols and
 * whitespace: coarser, but each such cut is also an ICU word boundary, so text fragments built
 * on them still match.
 */
export function wordEnds(text: string): number[] {
  const seg = segmenter('word');
  if (!seg) return wordEndsWithoutSegmenter(text);
  const out: number[] = [];
  for (const { index, segment } of seg.segment(text)) out.push(index + segment.length);
  return out;
}

/** Whitespace as Rust's `char::is_whitespace` and JS `\s` both see it (incl. U+3000 and NBSP). */
export function isWhitespace(s: string): boolean {
  return /^\s+$/u.test(s);
}

const ALPHANUMERIC = /[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]/u;
/** Rust's `char::is_alphanumeric` (Alphabetic or Numeric), which decides what Pagefind indexes. */
export function isAlphanumeric(ch: string): boolean {
  return ALPHANUMERIC.test(ch);
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
/** Emoji, which Pagefind indexes as whole graphemes. */
export function isPictographic(s: string): boolean {
  return PICTOGRAPHIC.test(s);
}

/** Format characters (ZWSP, ZWJ outside emoji, BOM, bidi marks …) carry no searchable text. */
const FORMAT_CHARS = /\p{Cf}/gu;
export function stripFormatChars(s: string): string {
  return s.replace(FORMAT_CHARS, '');
}

/** Removes the index-copy separators from text Pagefind stored (fragment content, titles, anchors). */
export function stripZwsp(s: string): string {
  return s.replaceAll(ZWSP, '');
}

/** Compares two strings by Unicode code point, the way Rust orders `String`s (UTF-8 bytes). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    if (x.value !== y.value) return x.value.codePointAt(0)! - y.value.codePointAt(0)!;
  }
}
