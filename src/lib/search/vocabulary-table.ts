// Build time: the site's vocabulary for query segmentation (VOCAB_FILE, understand.ts). Words come
// from the site's own texts and names: every word of two or more characters that ICU's word
// segmenter (Intl.Segmenter in Node) finds in the source texts, every pair of neighbouring
// characters it leaves as single-character words at least MIN_PAIR times (党建, 联建: ICU cuts
// them as 党|建), and the names of cases, models, mechanisms, practices, terms and frameworks
// with their parts between punctuation. The browser only looks words up (no Intl.Segmenter).
import { KINDS, entriesOf } from '../knowledge/kinds/index.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { fullFolding } from './fold-table.ts';
import type { VocabularyData } from './understand.ts';

/** A pair of single-character words becomes a word when it occurs this often. */
export const MIN_PAIR = 3;
/** Longest word kept, in characters (longer names are matched as phrases, not segmented). */
export const MAX_WORD = 12;

const HAN_OR_LETTER = /^[\p{Script=Han}\p{L}\p{N}]+$/u;

/** Every name a reader may type: the names of each kind that declares them search vocabulary (cases with other names, models, mechanisms, practices, terms with other forms, frameworks). */
export function knownNames(kb: KnowledgeBase): string[] {
  const names = KINDS.filter((k) => k.searchNames).flatMap((kind) => entriesOf(kb, kind).flatMap((e) => kind.names?.(e.data) ?? []));
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort();
}

/** The vocabulary of texts (source texts, headings) and names. */
export function vocabularyFor(texts: readonly string[], names: readonly string[]): VocabularyData {
  const folding = fullFolding();
  const fold = (s: string) => Array.from(s, (c) => folding.fold(c)).join('');
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words = new Set<string>();
  const pairs = new Map<string, number>();
  const addWord = (w: string) => {
    const f = fold(w);
    const n = [...f].length;
    if (n >= 2 && n <= MAX_WORD && HAN_OR_LETTER.test(f)) words.add(f);
  };
  for (const text of [...texts, ...names]) {
    let prev: string | undefined;
    for (const { segment, isWordLike } of segmenter.segment(text)) {
      if (!isWordLike) {
        prev = undefined;
        continue;
      }
      addWord(segment);
      const single = [...segment].length === 1 && /\p{Script=Han}/u.test(segment);
      if (single && prev) {
        const pair = fold(prev + segment);
        pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      }
      prev = single ? segment : undefined;
    }
  }
  for (const [pair, n] of pairs) if (n >= MIN_PAIR) words.add(pair);
  // Names and their parts between punctuation (支部建在连上 from “支部建在连上”).
  for (const name of names) for (const part of name.split(/[\p{P}\p{S}\s]+/u)) addWord(part);
  return { words: [...words].sort().join(' '), names: [...names] };
}
