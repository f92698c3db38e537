// Query understanding: what a reader's question or loose keywords are about. The exact phrase is
// still searched as typed (query.ts); this module finds the query's *words*, for the looser result
// groups (engine.ts): the text is folded as the search folds it (fold.ts), cut at spaces and
// punctuation, and each run is segmented with the site's own vocabulary (VOCAB_FILE, written at
// build time: vocabulary-table.ts). Question words and particles (有哪些, 是什么, 如何, 吗, 的 …)
// are dropped. Segmentation needs no Intl.Segmenter, so every browser (Chromium 86, Firefox 115
// included) finds the same words.
//
// It also finds a known name close to the query (most characters shared, 制度/机制 swapped,
// words reordered), which the search page offers as 是不是要找 … and searches as well.
import type { Folding } from './fold.ts';
import { graphemes } from './text.ts';

/** Written next to Pagefind's files by the index build (src/integrations/pagefind-index.ts). */
export const VOCAB_FILE = 'kb-vocab.json';

export interface VocabularyData {
  /** The site's words (folded), separated by spaces. */
  words: string;
  /** Names of cases, models, mechanisms, practices, terms and frameworks, as written. */
  names: string[];
}

/** Parses VOCAB_FILE. */
export function parseVocabulary(json: unknown): VocabularyData {
  const d = json as Partial<VocabularyData> | null;
  if (!d || typeof d.words !== 'string' || !Array.isArray(d.names) || d.names.some((n) => typeof n !== 'string')) {
    throw new Error(`${VOCAB_FILE}: expected { words: string, names: string[] }`);
  }
  return { words: d.words, names: d.names };
}

/**
 * Question words and particles: a query need not contain them to be answered. Dropped only when
 * segmentation leaves them as words of their own (党的领导 keeps its 的).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // Questions.
  '有哪些', '是什么', '什么是', '为什么', '为何', '什么时候', '何时', '哪年', '哪一年', '怎么样', '怎么办', '怎样', '如何', '怎么', '什么', '哪些', '哪个', '哪里',
  '哪儿', '多少', '是否', '有没有', '是不是', '能不能', '可不可以', '请问', '一下',
  // Particles, copulas, conjunctions and prepositions.
  '吗', '呢', '的', '了', '吧', '啊', '呀', '么', '嘛', '地', '得', '是', '有', '和', '与', '及', '以及', '或', '或者',
  '在', '对', '把', '被', '中', '里', '要', '应该', '应当', '需要', '可以', '能', '会', '都', '也', '还', '该',
]);

/**
 * Words a reader uses for one another; a name counts as close to a query that swaps them. 在 and
 * 到 are taken as one everywhere: after a verb they say the same place (支部建到连队 for
 * 支部建在连上), and elsewhere the swap only brings a name a character nearer.
 */
export const INTERCHANGEABLE: readonly (readonly string[])[] = [
  ['制度', '机制', '体制'],
  ['在', '到'],
];

const SEPARATOR = /[\p{P}\p{S}\p{Z}\s]/u;
const MIDDLE_DOT = '·';
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

export class Vocabulary {
  readonly words: ReadonlySet<string>;
  readonly names: readonly string[];
  /** Longest word, in characters. */
  readonly longest: number;

  constructor(data: VocabularyData = { words: '', names: [] }) {
    const words = new Set(data.words.split(' ').filter(Boolean));
    for (const w of STOP_WORDS) words.add(w);
    this.words = words;
    this.names = data.names;
    let longest = 1;
    for (const w of words) longest = Math.max(longest, [...w].length);
    this.longest = longest;
  }
}

/** Folded characters of a text (one per grapheme). */
function foldedChars(text: string, folding: Folding): string[] {
  return graphemes(text).map((g) => folding.fold(g));
}

/**
 * Cuts one run of characters (no spaces or punctuation) into the fewest pieces, each a word of the
 * vocabulary or a single character; among equally few, the one with fewest single characters.
 */
export function segmentRun(chars: readonly string[], vocabulary: Vocabulary): string[] {
  const n = chars.length;
  // cost[i]: [pieces, single characters] for chars[0, i).
  const cost: [number, number][] = [[0, 0]];
  const from: number[] = [0];
  for (let i = 1; i <= n; i++) {
    let best: [number, number] = [Infinity, Infinity];
    let at = i - 1;
    for (let len = Math.min(i, vocabulary.longest); len >= 1; len--) {
      const word = chars.slice(i - len, i).join('');
      const known = vocabulary.words.has(word);
      if (len > 1 && !known) continue;
      const prev = cost[i - len]!;
      const c: [number, number] = [prev[0] + 1, prev[1] + (known ? 0 : 1)];
      if (c[0] < best[0] || (c[0] === best[0] && c[1] < best[1])) {
        best = c;
        at = i - len;
      }
    }
    cost.push(best);
    from.push(at);
  }
  const pieces: string[] = [];
  for (let i = n; i > 0; i = from[i]!) pieces.unshift(chars.slice(from[i]!, i).join(''));
  return pieces;
}

/** A piece of the query: a word of the vocabulary, or a run of characters that form no known word. */
export interface QueryPiece {
  text: string;
  known: boolean;
}

/**
 * The query cut into runs between spaces and punctuation (a middle dot joins: 融·媒 = 融媒), each
 * segmented with the vocabulary into pieces: known words, and runs of neighbouring characters
 * that form no known word. Question words and particles are dropped. Folded as the search folds.
 */
export function queryPieces(raw: string, vocabulary: Vocabulary, folding: Folding): QueryPiece[][] {
  const runs: QueryPiece[][] = [];
  let run: string[] = [];
  const flush = () => {
    const pieces: QueryPiece[] = [];
    let loose = '';
    const endLoose = () => {
      if (loose) pieces.push({ text: loose, known: false });
      loose = '';
    };
    for (const piece of segmentRun(run, vocabulary)) {
      if (STOP_WORDS.has(piece)) {
        endLoose();
      } else if ([...piece].length === 1 && !vocabulary.words.has(piece)) {
        loose += piece;
      } else {
        endLoose();
        pieces.push({ text: piece, known: true });
      }
    }
    endLoose();
    if (pieces.length > 0) runs.push(pieces);
    run = [];
  };
  for (const ch of foldedChars(raw, folding)) {
    if (ch === MIDDLE_DOT) continue;
    if (SEPARATOR.test(ch) || !/[\p{L}\p{N}\p{M}]/u.test(ch)) flush();
    else run.push(ch);
  }
  flush();
  return runs;
}

/**
 * The query's words, folded, in order, without repeats: the pieces of queryPieces. (The search
 * engine refines this with the index: a character that forms no known word joins the word beside
 * it when the joined form occurs on the site, 大 + 数据 = 大数据, and is dropped otherwise.)
 */
export function queryWords(raw: string, vocabulary: Vocabulary, folding: Folding): string[] {
  const out: string[] = [];
  for (const run of queryPieces(raw, vocabulary, folding)) for (const p of run) if (!out.includes(p.text)) out.push(p.text);
  return out;
}

/** Letters and digits of a text, folded, interchangeable words written one way. */
function comparable(text: string, folding: Folding): string[] {
  let s = foldedChars(text, folding)
    .filter((c) => LETTER_OR_DIGIT.test(c))
    .join('');
  for (const [first, ...rest] of INTERCHANGEABLE) for (const w of rest) s = s.replaceAll(w, first!);
  return [...s];
}

/** Characters two texts share, counting repeats (a multiset intersection). */
function sharedCount(a: readonly string[], b: readonly string[]): number {
  const left = new Map<string, number>();
  for (const c of a) left.set(c, (left.get(c) ?? 0) + 1);
  let n = 0;
  for (const c of b) {
    const k = left.get(c) ?? 0;
    if (k > 0) {
      n++;
      left.set(c, k - 1);
    }
  }
  return n;
}

/** A name at least this close (Dice coefficient of characters) is offered. */
export const NEAR_NAME_SIMILARITY = 0.75;

export interface NearName {
  name: string;
  /** 2 × shared characters ÷ (query characters + name characters), after folding and swaps. */
  similarity: number;
}

/** One character typed wrong: same length (at least 3), every other character in place. */
function oneTypo(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 3) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/** Names and the parts of names between punctuation (双报到 of 党员社区“双报到”). */
function nameCandidates(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    out.add(name);
    for (const part of name.split(/[\p{P}\p{S}\s]+/u)) if ([...part].length >= 2) out.add(part);
  }
  return [...out];
}

interface Candidate {
  name: string;
  /** comparable(name). */
  chars: string[];
  /** Folded, as written (punctuation kept, no whitespace). */
  written: string;
  /** Folded letters and digits. */
  plain: string;
}

/** The names to compare with, folded once per vocabulary and folding. */
const candidateCache = new WeakMap<Vocabulary, { folding: Folding; list: Candidate[] }>();
function candidatesOf(vocabulary: Vocabulary, folding: Folding): Candidate[] {
  const cached = candidateCache.get(vocabulary);
  if (cached?.folding === folding) return cached.list;
  const list = nameCandidates(vocabulary.names)
    .map((name) => ({
      name,
      chars: comparable(name, folding),
      written: foldedChars(name.replace(/\s+/gu, ''), folding).join(''),
      plain: foldedChars(name, folding)
        .filter((c) => LETTER_OR_DIGIT.test(c))
        .join(''),
    }))
    .filter((c) => c.chars.length >= 2);
  candidateCache.set(vocabulary, { folding, list });
  return list;
}

/**
 * The known name closest to the query, when it shares most characters with the query (counted
 * after dropping question words and particles, with 制度/机制/体制 taken as one): at least
 * NEAR_NAME_SIMILARITY, and at least two thirds of the name's characters; or when the query is the
 * name with one character typed wrong (双报道 for 双报到). Parts of names between punctuation count
 * as names. Not offered when the query contains the name or the name contains the query (both as
 * typed), nor when the query's words are exactly a name.
 */
export function nearName(raw: string, vocabulary: Vocabulary, folding: Folding): NearName | undefined {
  const words = queryWords(raw, vocabulary, folding);
  const query = comparable(words.join(''), folding);
  if (query.length < 2) return undefined;
  // As written, punctuation included: a name containing the query is found by the query itself.
  const typed = foldedChars(raw.replace(/\s+/gu, ''), folding).join('');
  let best: (NearName & { length: number }) | undefined;
  for (const { name, chars, written, plain } of candidatesOf(vocabulary, folding)) {
    const shared = sharedCount(query, chars);
    const typo = oneTypo(query, chars);
    const similarity = typo ? NEAR_NAME_SIMILARITY : (2 * shared) / (query.length + chars.length);
    if (!typo && (similarity < NEAR_NAME_SIMILARITY || shared * 3 < chars.length * 2)) continue;
    if (typed.includes(written) || written.includes(typed) || words.includes(plain) || words.join('') === plain) continue;
    if (!best || similarity > best.similarity || (similarity === best.similarity && chars.length < best.length)) {
      best = { name, similarity, length: chars.length };
    }
  }
  return best && { name: best.name, similarity: best.similarity };
}
