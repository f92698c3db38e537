// Text fragment links (#:~:text=…) open a page at the match and let the browser highlight it,
// so reading pages need no script. Two browser rules shape the directive:
// - the text must start and end on word boundaries; for Chinese those come from the same ICU
//   word segmenter Intl.Segmenter uses, so the match is widened to whole words with it;
// - the browser highlights the first place in the page where the text occurs, so words of the
//   same sentence are added as prefix/suffix context until the first such place is this one.
import { isBlockBreak } from './excerpt.ts';

/** The word segmenter, made on first use: browsers without Intl.Segmenter (Chromium before 87) get no directives. */
let wordSegmenter: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  wordSegmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return wordSegmenter;
}

/**
 * Whether text directives are worth adding in this environment: the browser follows them
 * (document.fragmentDirective; a browser without it reads "#p12:~:text=…" as an unknown id and
 * opens the page at the top) and can cut words as Chromium does (Intl.Segmenter).
 */
export function textDirectivesSupported(): boolean {
  return typeof document !== 'undefined' && 'fragmentDirective' in document && typeof Intl.Segmenter === 'function';
}
const SENTENCE_END = /^[。！？!?；;]\s*$/u;
/** Context looked at on each side of a match, in characters. */
const CONTEXT = 24;

/** Percent-encodes a text directive value ("-", "," and "&" are syntax there). */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** Word boundaries of text (offsets), including 0 and text.length. */
function boundaries(text: string): number[] {
  const out = [0];
  for (const seg of segmenter().segment(text)) out.push(seg.index + seg.segment.length);
  return out;
}

/** Widens [start, end) of `text` outwards to word boundaries. */
export function widenToWords(text: string, start: number, end: number): { start: number; end: number } {
  const b = boundaries(text);
  let s = 0;
  for (const x of b) if (x <= start) s = x;
  let e = text.length;
  for (let i = b.length - 1; i >= 0; i--) if (b[i]! >= end) e = b[i]!;
  return { start: s, end: Math.max(e, s) };
}

export interface TextDirective {
  prefix: string;
  text: string;
  suffix: string;
}

const squash = (s: string) => s.replace(/\s+/gu, ' ');

interface PageText {
  /** Page text, whitespace collapsed, blocks separated by a line break. */
  flat: string;
  /** Offset in `flat` where each piece starts (and the end). */
  offsets: Uint32Array;
}
const pageTexts = new WeakMap<readonly string[], PageText>();

/** The page text as the browser sees it for matching, computed once per page. */
function pageText(pieces: readonly string[]): PageText {
  let cached = pageTexts.get(pieces);
  if (cached) return cached;
  let flat = '';
  let lastSpace = false;
  const offsets = new Uint32Array(pieces.length + 1);
  for (let i = 0; i < pieces.length; i++) {
    offsets[i] = flat.length;
    const piece = isBlockBreak(pieces, i) ? '\n' : pieces[i]!;
    for (const ch of piece) {
      const space = /\s/u.test(ch);
      if (space && lastSpace) continue;
      flat += space ? ' ' : ch;
      lastSpace = space;
    }
  }
  offsets[pieces.length] = flat.length;
  cached = { flat, offsets };
  pageTexts.set(pieces, cached);
  return cached;
}

/**
 * The directive for an occurrence at pieces [start, start + length): the occurrence widened to
 * whole words, with as much same-sentence context as needed to make this the first match.
 */
export function textDirective(pieces: readonly string[], start: number, length: number): TextDirective {
  // The sentence around the match (never crossing a block or a sentence end).
  let lo = start;
  while (lo > 0 && start - lo < CONTEXT && !isBlockBreak(pieces, lo - 1) && !SENTENCE_END.test(pieces[lo - 1]!)) lo--;
  let hi = start + length;
  while (hi < pieces.length && hi - (start + length) < CONTEXT && !isBlockBreak(pieces, hi)) {
    hi++;
    if (SENTENCE_END.test(pieces[hi - 1]!)) break;
  }
  let local = '';
  let ms = 0;
  let me = 0;
  for (let i = lo; i < hi; i++) {
    if (i === start) ms = local.length;
    local += pieces[i];
    if (i === start + length - 1) me = local.length;
  }
  while (me > ms && /\s/u.test(local[me - 1]!)) me--;
  const widened = widenToWords(local, ms, me);
  const b = boundaries(local);
  const before = b.filter((x) => x <= widened.start).reverse(); // widened.start, then earlier boundaries
  const after = b.filter((x) => x >= widened.end); // widened.end, then later boundaries

  const { flat, offsets } = pageText(pieces);
  // Where the widened match starts in the collapsed page text: the start of its piece, plus
  // any part of that piece before it (word boundaries normally fall on piece starts).
  let target = offsets[lo]!;
  for (let i = lo, at = 0; i < hi; at += pieces[i]!.length, i++) {
    if (at + pieces[i]!.length > widened.start) {
      target = offsets[i]! + squash(pieces[i]!.slice(0, widened.start - at)).length;
      break;
    }
  }

  let best: TextDirective = { prefix: '', text: squash(local.slice(widened.start, widened.end)).trim(), suffix: '' };
  for (let k = 0; k < Math.max(before.length, after.length); k++) {
    const p0 = before[Math.min(k, before.length - 1)]!;
    const s1 = after[Math.min(k, after.length - 1)]!;
    const candidate = squash(local.slice(p0, s1));
    const first = flat.indexOf(candidate);
    const prefixLength = squash(local.slice(p0, widened.start)).length;
    best = {
      prefix: squash(local.slice(p0, widened.start)).trim(),
      text: squash(local.slice(widened.start, widened.end)).trim(),
      suffix: squash(local.slice(widened.end, s1)).trim(),
    };
    // Unique enough once the first match in the page is ours and some context is included
    // (short labels such as 文献 also occur in the site header, which the index does not hold).
    if (first >= 0 && first + prefixLength === target && (k > 0 || before.length + after.length <= 2)) break;
  }
  return best;
}

/**
 * The hash of a link to an occurrence: "#id" (the block holding it), followed by a text
 * directive ":~:text=…" when `directive` is true (pass textDirectivesSupported() in a browser).
 */
export function textFragmentHash(pieces: readonly string[], start: number, length: number, id = '', directive = true): string {
  const anchor = id ? encodeURIComponent(id) : '';
  if (!directive) return anchor ? `#${anchor}` : '';
  const { prefix, text, suffix } = textDirective(pieces, start, length);
  if (!text) return anchor ? `#${anchor}` : '';
  const parts = [prefix ? `${encodeTextDirective(prefix)}-` : '', encodeTextDirective(text), suffix ? `-${encodeTextDirective(suffix)}` : '']
    .filter(Boolean)
    .join(',');
  return `#${anchor}:~:text=${parts}`;
}

/** The matched text of a directive (for tests). */
export function directiveText(pieces: readonly string[], start: number, length: number): string {
  return textDirective(pieces, start, length).text;
}
