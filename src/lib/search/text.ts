// Character-level helpers shared by the index copy (build time) and the query parser (browser).
// The search treats every grapheme as one "word": the index copy puts U+200B between
// neighbouring graphemes, so Pagefind indexes each one at its own position.

/** ZERO WIDTH SPACE: Pagefind splits Chinese text on it and removes it from words. */
export const ZWSP = '\u200B';

const graphemeSegmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** Splits text into user-perceived characters. */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of graphemeSegmenter.segment(text)) out.push(segment);
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
