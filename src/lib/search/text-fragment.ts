// Text fragment links (#:~:text=…) open a page at the match and let the browser highlight it,
// so reading pages need no script. Two browser rules shape the directive:
// - the text must start and end on word boundaries; for Chinese those come from the same ICU
//   word segmenter Intl.Segmenter uses, so the match is widened to whole words with it;
// - the browser highlights the first place in the page where the text occurs, so words of the
//   same sentence are added as prefix/suffix context (all the sentence offers, within the run of
//   text the page shows in one piece: link-target.ts runAt);
// - the index copy has a space wherever an element starts or ends (Pagefind's), which the page
//   does not show ("党支部，<span>为辖区" is indexed "党支部， 为辖区"): a directive holding it
//   matches nothing. Its text can not tell those from the page's own spaces, so a directive
//   holds no whitespace: the context stops at the nearest one, and a match holding one gets none;
// - a directive that matches nothing highlights nothing, and one that matches elsewhere first
//   opens the page there: worse than none. So a directive is only made when it occurs exactly
//   once in the page's text and not in the text the page shows besides it (its furniture,
//   recorded by the index copy); otherwise the link carries the block address alone.
import { isBlockBreak } from './excerpt.ts';
import { FURNITURE_SEPARATOR } from './pagefind-constants.ts';
import { wordEnds } from './text.ts';

/**
 * Whether text directives are worth adding in this environment: the browser follows them
 * (document.fragmentDirective; a browser without it reads "#p12:~:text=…" as an unknown id and
 * opens the page at the top) and can cut words as Chromium does (Intl.Segmenter).
 */
export function textDirectivesSupported(): boolean {
  return typeof document !== 'undefined' && 'fragmentDirective' in document && typeof Intl.Segmenter === 'function';
}

const SENTENCE_END = /^[。！？!?；;]\s*$/u;
/** Punctuation: a word boundary whatever text stands around it. */
const PUNCTUATION = /\p{P}/u;
/** Context looked at on each side of a match, in characters. */
const CONTEXT = 24;

/** Percent-encodes a text directive value ("-", "," and "&" are syntax there). */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** Word boundaries of text (offsets), including 0 and text.length. */
function boundaries(text: string): number[] {
  return [0, ...wordEnds(text)];
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

/** Positions [start, end) of the text a directive may take its context from. */
export interface Span {
  start: number;
  end: number;
}
const WHOLE: Span = { start: 0, end: Number.POSITIVE_INFINITY };

/**
 * The directive for an occurrence at pieces [start, start + length): the occurrence widened to
 * whole words, with the context of its sentence (up to CONTEXT characters each side, whole words),
 * taken only from positions inside `block` (the block holding the match, see blockSpanAt).
 */
export function textDirective(pieces: readonly string[], start: number, length: number, block: Span = WHOLE): TextDirective {
  // The sentence around the match (never crossing a block or a sentence end).
  // Pagefind puts ". " between blocks; as context it would be text the page does not show.
  const isBreak = (i: number): boolean => isBlockBreak(pieces, i) || /^\.\s+$/.test(pieces[i] ?? '');
  let lo = start;
  while (lo > Math.max(0, block.start) && start - lo < CONTEXT && !isBreak(lo - 1) && !SENTENCE_END.test(pieces[lo - 1]!)) lo--;
  let hi = start + length;
  while (hi < Math.min(pieces.length, block.end) && hi - (start + length) < CONTEXT && !isBreak(hi)) {
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

  // All the context the sentence offers, in whole words: where the context was cut at CONTEXT
  // characters rather than at the run's or the sentence's edge, the last word may be cut in two
  // (Firefox then finds no match), so it is left out.
  const edgeBefore = lo <= Math.max(0, block.start) || isBreak(lo - 1) || SENTENCE_END.test(pieces[lo - 1] ?? '');
  const edgeAfter = hi >= Math.min(pieces.length, block.end) || isBreak(hi) || SENTENCE_END.test(pieces[hi - 1] ?? '');
  let p0 = (edgeBefore ? before[before.length - 1] : before[before.length - 2]) ?? widened.start;
  let s1 = (edgeAfter ? after[after.length - 1] : after[after.length - 2]) ?? widened.end;
  // Cut short, the context's outer word is segmented here without the text beyond the cut, which
  // the browser sees: "的最大化，" may end a word at 化 here and not in the page. Where the context
  // has punctuation (a word boundary in any text), it is cut there instead.
  if (!edgeBefore) {
    const first = local.slice(p0, widened.start).search(PUNCTUATION);
    if (first >= 0) p0 += first + 1;
  }
  if (!edgeAfter) {
    const tail = local.slice(widened.end, s1);
    let last = -1;
    for (let i = 0; i < tail.length; i++) if (PUNCTUATION.test(tail[i]!)) last = i;
    if (last >= 0) s1 = widened.end + last + 1;
  }
  // No context across whitespace (see the top of this file): a space is a word boundary, so the
  // context still starts and ends on one.
  const before0 = local.slice(p0, widened.start).trimEnd();
  const after0 = local.slice(widened.end, s1).trimStart();
  return {
    prefix: before0.slice(before0.search(/\S*$/u)),
    text: squash(local.slice(widened.start, widened.end)).trim(),
    suffix: after0.slice(0, after0.search(/\s|$/u)),
  };
}

/** Text compared as the browser matches a directive: no whitespace, letters in lower case. */
const comparable = (s: string) => s.replace(/\s+/gu, '').toLowerCase();

/** The page's indexed text, comparable, once per pieces array. */
const pageTextOf = new WeakMap<readonly string[], string>();
function pageText(pieces: readonly string[]): string {
  let text = pageTextOf.get(pieces);
  if (text === undefined) {
    let s = '';
    for (let i = 0; i < pieces.length; i++) if (!isBlockBreak(pieces, i)) s += pieces[i];
    text = comparable(s);
    pageTextOf.set(pieces, text);
  }
  return text;
}

/**
 * Whether the browser finds the directive at the occurrence and nowhere else: its words occur once
 * in the page's indexed text and in none of the `furniture` segments (text the page shows besides,
 * segments separated by FURNITURE_SEPARATOR).
 */
export function directiveIsUnique(pieces: readonly string[], d: TextDirective, furniture = ''): boolean {
  const needle = comparable(d.prefix + d.text + d.suffix);
  if (!needle) return false;
  const text = pageText(pieces);
  const first = text.indexOf(needle);
  if (first < 0 || text.indexOf(needle, first + 1) >= 0) return false;
  return !furniture.split(FURNITURE_SEPARATOR).some((segment) => comparable(segment).includes(needle));
}

/**
 * The hash of a link to an occurrence: "#id" (the block holding it), followed by a text
 * directive ":~:text=…" when `directive` is true (pass textDirectivesSupported() in a browser),
 * the run `block` holding the match is known (not null) and the directive is unique on the page
 * (directiveIsUnique, with the page's `furniture`).
 */
export function textFragmentHash(
  pieces: readonly string[],
  start: number,
  length: number,
  id = '',
  directive = true,
  block: Span | null = WHOLE,
  furniture = '',
): string {
  const anchor = id ? encodeURIComponent(id) : '';
  if (!directive || !block) return anchor ? `#${anchor}` : '';
  const d = textDirective(pieces, start, length, block);
  const { prefix, text, suffix } = d;
  if (!text || /\s/u.test(text) || !directiveIsUnique(pieces, d, furniture)) return anchor ? `#${anchor}` : '';
  const parts = [prefix ? `${encodeTextDirective(prefix)}-` : '', encodeTextDirective(text), suffix ? `-${encodeTextDirective(suffix)}` : '']
    .filter(Boolean)
    .join(',');
  return `#${anchor}:~:text=${parts}`;
}

/** The matched text of a directive (for tests). */
export function directiveText(pieces: readonly string[], start: number, length: number): string {
  return textDirective(pieces, start, length).text;
}
