// Character classes for Chinese text extracted from PDFs.

/** One Han character (simplified or traditional). */
export const HAN = '\\p{Script=Han}';

/** Full-width CJK punctuation and symbols that sit between Han characters without spaces. */
export const CJK_PUNCT = '\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\u2014\\u2018\\u2019\\u201C\\u201D\\u2026\\u00B7\\u2E3A';

/** A Han character or full-width punctuation: text that is set without spaces. */
export const CJK = `[${HAN}${CJK_PUNCT}]`;

const CJK_RE = new RegExp(`^${CJK}$`, 'u');
const HAN_RE = new RegExp(`^[${HAN}]$`, 'u');

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_RE.test(ch);
}

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN_RE.test(ch);
}

/** Characters that close a sentence in Chinese text (and in Latin text). */
export const SENTENCE_END = '。！？…!?.';

/** Closing quotes and brackets that may follow a sentence end. */
export const CLOSERS = '”’」』）)》〉】';

/**
 * Display width of a line as a typesetter sees it: full-width characters count 1,
 * ASCII counts ½. Leading and trailing whitespace is ignored.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.trim()) width += (ch.codePointAt(0) ?? 0) < 0x2000 ? 0.5 : 1;
  return width;
}

/** First and last code points of a string (surrogate-safe). */
export function firstChar(text: string): string | undefined {
  for (const ch of text) return ch;
  return undefined;
}

export function lastChar(text: string): string | undefined {
  const chars = [...text];
  return chars[chars.length - 1];
}
