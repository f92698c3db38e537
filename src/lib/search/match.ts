// Exact phrase matching over per-character posting lists, occurrence counting and ranking.
// A term occurs at position p of a page when its i-th character is indexed at p + i for every i.
// Ranking needs only how often and how prominently each term occurs on each page, so matching
// counts without storing positions; the positions of the few pages shown are computed on demand.
import { BODY_WEIGHT, H1_WEIGHT, type Posting } from './pagefind-format.ts';

/** How one term occurs on every page. */
export interface TermMatch {
  /** Characters in the term. */
  length: number;
  /** The postings of each character (sorted by page), kept to list positions on demand. */
  lists: readonly (readonly Posting[])[];
  /** Pages with at least one occurrence, ascending. */
  pages: number[];
  /** page → occurrences (overlapping occurrences count). */
  counts: Map<number, number>;
  /**
   * page → highest weight of an occurrence. An occurrence inside one heading weighs what the
   * heading weighs; one that spans elements of different weights counts as body text.
   */
  maxWeights: Map<number, number>;
  /** page → occurrences inside a heading (h1–h6). */
  headingCounts: Map<number, number>;
}

/** Occurrences of one term on one page. */
export interface TermHits {
  starts: Uint32Array;
  weights: Uint8Array;
  length: number;
}

// Results of scanPhrase (module scratch: no allocation per page).
let scanCount = 0;
let scanMaxWeight = 0;
let scanHeadingCount = 0;

/** First index ≥ from whose position is ≥ want (galloping, then binary search). */
function advance(positions: Uint32Array, from: number, want: number): number {
  const len = positions.length;
  if (from >= len || positions[from]! >= want) return from;
  let lo = from;
  let step = 1;
  while (lo + step < len && positions[lo + step]! < want) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, len);
  // positions[lo] < want; answer in (lo, hi]
  while (lo + 1 < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < want) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Counts the phrase in one page; with `out`, also records each occurrence. Candidates come from
 * the term's rarest character; the other characters are looked up by galloping search. Also
 * counts the occurrences that lie inside a heading.
 */
function scanPhrase(postings: readonly Posting[], out?: { starts: number[]; weights: number[] }): void {
  const n = postings.length;
  scanCount = 0;
  scanMaxWeight = 0;
  scanHeadingCount = 0;
  if (n === 1 && !out) {
    const weights = postings[0]!.weights;
    scanCount = weights.length;
    scanMaxWeight = postings[0]!.maxWeight;
    for (const w of weights) if (w > BODY_WEIGHT) scanHeadingCount++;
    return;
  }
  let r = 0;
  for (let i = 1; i < n; i++) if (postings[i]!.positions.length < postings[r]!.positions.length) r = i;
  const anchor = postings[r]!;
  const ptr = new Array<number>(n).fill(0);
  candidates: for (let k = 0; k < anchor.positions.length; k++) {
    const start = anchor.positions[k]! - r;
    if (start < 0) continue;
    let weight = anchor.weights[k]!;
    let mixed = false;
    for (let i = 0; i < n; i++) {
      if (i === r) continue;
      const p = postings[i]!;
      const want = start + i;
      const c = advance(p.positions, ptr[i]!, want);
      ptr[i] = c;
      if (c >= p.positions.length) break candidates;
      if (p.positions[c] !== want) continue candidates;
      if (p.weights[c] !== weight) {
        mixed = true;
        if (p.weights[c]! < weight) weight = p.weights[c]!;
      }
    }
    // An occurrence running from one heading into the next element is not a heading match.
    if (mixed && weight > BODY_WEIGHT) weight = BODY_WEIGHT;
    scanCount++;
    if (weight > scanMaxWeight) scanMaxWeight = weight;
    if (weight > BODY_WEIGHT) scanHeadingCount++;
    if (out) {
      out.starts.push(start);
      out.weights.push(weight);
    }
  }
}

/**
 * One posting list for several forms of a character (党 and 黨): pages merged, and on a page
 * the positions of every form, ascending, with their weights.
 */
export function unionPostings(lists: readonly (readonly Posting[])[]): Posting[] {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length <= 1) return [...(nonEmpty[0] ?? [])];
  const byPage = new Map<number, Posting[]>();
  for (const list of nonEmpty) for (const p of list) byPage.get(p.page)?.push(p) ?? byPage.set(p.page, [p]);
  return [...byPage.keys()]
    .sort((a, b) => a - b)
    .map((page) => {
      const parts = byPage.get(page)!;
      if (parts.length === 1) return parts[0]!;
      // Merge the forms' sorted positions (pairwise; a character has few forms).
      let positions = parts[0]!.positions;
      let weights = parts[0]!.weights;
      for (const p of parts.slice(1)) {
        const n = positions.length + p.positions.length;
        const mp = new Uint32Array(n);
        const mw = new Uint8Array(n);
        let i = 0;
        let j = 0;
        for (let k = 0; k < n; k++) {
          if (j >= p.positions.length || (i < positions.length && positions[i]! <= p.positions[j]!)) {
            mp[k] = positions[i]!;
            mw[k] = weights[i++]!;
          } else {
            mp[k] = p.positions[j]!;
            mw[k] = p.weights[j++]!;
          }
        }
        positions = mp;
        weights = mw;
      }
      return {
        page,
        positions,
        weights,
        maxWeight: Math.max(...parts.map((p) => p.maxWeight)),
      };
    });
}

/** Every page on which a term occurs. `lists[i]` holds the postings of the term's i-th character. */
export function matchTerm(lists: readonly (readonly Posting[])[]): TermMatch {
  const length = lists.length;
  const result: TermMatch = { length, lists, pages: [], counts: new Map(), maxWeights: new Map(), headingCounts: new Map() };
  if (length === 0 || lists.some((l) => l.length === 0)) return result;
  // Intersect the page lists (each sorted by page) with one cursor per list.
  const cursors = new Array<number>(length).fill(0);
  const postings = new Array<Posting>(length);
  outer: for (const head of lists[0]!) {
    const page = head.page;
    postings[0] = head;
    for (let i = 1; i < length; i++) {
      const list = lists[i]!;
      let c = cursors[i]!;
      while (c < list.length && list[c]!.page < page) c++;
      cursors[i] = c;
      if (c >= list.length) break outer;
      if (list[c]!.page !== page) continue outer;
      postings[i] = list[c]!;
    }
    scanPhrase(postings);
    if (scanCount > 0) {
      result.pages.push(page);
      result.counts.set(page, scanCount);
      result.maxWeights.set(page, scanMaxWeight);
      if (scanHeadingCount > 0) result.headingCounts.set(page, scanHeadingCount);
    }
  }
  return result;
}

function findPosting(list: readonly Posting[], page: number): Posting | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = list[mid]!.page;
    if (p === page) return list[mid];
    if (p < page) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Start position and weight of every occurrence of the term on one page. */
export function termHits(term: TermMatch, page: number): TermHits {
  const postings = term.lists.map((l) => findPosting(l, page));
  if (postings.length === 0 || postings.some((p) => !p)) return { starts: new Uint32Array(0), weights: new Uint8Array(0), length: term.length };
  const out = { starts: [] as number[], weights: [] as number[] };
  scanPhrase(postings as Posting[], out);
  return { starts: Uint32Array.from(out.starts), weights: Uint8Array.from(out.weights), length: term.length };
}

export interface PageMatch {
  page: number;
  /** Total occurrences of all terms. */
  occurrences: number;
  /** Occurrences inside headings (h1–h6), included in `occurrences`. */
  headingOccurrences: number;
  /** The query is a single term and the page title (its h1) is exactly that term. */
  exactTitle: boolean;
  /** Terms that occur in the page title (its h1). */
  titleTerms: number;
  /** Terms that occur in a heading (h1–h6). */
  headingTerms: number;
  wordCount: number;
  /** Relevance within a rank tier; see relevance(). */
  score: number;
}

/** An occurrence in a heading counts this many times an occurrence in body text. */
export const HEADING_FACTOR = 2;
/** Pages up to this many characters count as this long (a short page is not favoured further). */
export const REFERENCE_LENGTH = 1000;

/**
 * Relevance of a page: occurrences in body text plus HEADING_FACTOR × occurrences in headings,
 * divided by the cube root of the page length in units of REFERENCE_LENGTH characters (pages
 * shorter than that count as that long). A long paper that discusses the subject outranks a page
 * that mentions it once in passing; a page twice as long needs ∛2 ≈ 1.26 × the occurrences to tie.
 */
export function relevance(bodyOccurrences: number, headingOccurrences: number, length: number): number {
  return (bodyOccurrences + HEADING_FACTOR * headingOccurrences) / Math.cbrt(Math.max(length, REFERENCE_LENGTH) / REFERENCE_LENGTH);
}

/**
 * Pages on which every term occurs. `titleLengths[page]` is the number of characters (index
 * positions) of the page's title: a single term that occurs in the title and is that long *is*
 * the title.
 */
export function combineTerms(terms: readonly TermMatch[], wordCounts: readonly number[], titleLengths: readonly number[] = []): PageMatch[] {
  if (terms.length === 0) return [];
  const smallest = [...terms].sort((a, b) => a.pages.length - b.pages.length)[0]!;
  const out: PageMatch[] = [];
  pages: for (const page of smallest.pages) {
    let occurrences = 0;
    let headingOccurrences = 0;
    let titleTerms = 0;
    let headingTerms = 0;
    for (const t of terms) {
      const count = t.counts.get(page);
      if (count === undefined) continue pages;
      occurrences += count;
      headingOccurrences += t.headingCounts.get(page) ?? 0;
      const w = t.maxWeights.get(page)!;
      if (w >= H1_WEIGHT) titleTerms++;
      if (w > BODY_WEIGHT) headingTerms++;
    }
    const wordCount = wordCounts[page] ?? 0;
    out.push({
      page,
      occurrences,
      headingOccurrences,
      exactTitle: terms.length === 1 && titleTerms === 1 && terms[0]!.length === titleLengths[page],
      titleTerms,
      headingTerms,
      wordCount,
      score: relevance(occurrences - headingOccurrences, headingOccurrences, wordCount),
    });
  }
  return out;
}

/**
 * Ranking, in tiers: the page titled exactly the query; then pages naming the terms in their
 * title (more terms first); then the rest. Within a tier, by relevance(); ties go to the shorter
 * page, then to index order.
 */
export function compareMatches(a: PageMatch, b: PageMatch): number {
  return (
    Number(b.exactTitle) - Number(a.exactTitle) ||
    b.titleTerms - a.titleTerms ||
    b.score - a.score ||
    a.wordCount - b.wordCount ||
    a.page - b.page
  );
}

export function rank(matches: PageMatch[]): PageMatch[] {
  return matches.sort(compareMatches);
}

// ---------------------------------------------------------------------------------------------
// Result groups (engine.ts): the exact phrase, a near name, all of the query's words, some of them.

/** Result groups, in the order shown. */
export const GROUPS = ['exact', 'near', 'all-words', 'partial'] as const;
export type Group = (typeof GROUPS)[number];

/** Best partial matches shown at most. */
export const MAX_PARTIAL = 20;
/** A partial match covers at least this share of the query's word weight (see coverage). */
export const MIN_COVERAGE = 0.5;

export interface RankedMatch extends PageMatch {
  group: Group;
  /** Rank of the page's origin: 0 source text, 1 derived page, 2 editors' page (origin.ts). */
  origin: number;
  /** Share of the query's word weight the page contains (1 outside the partial group). */
  coverage: number;
  /** Sum of the terms' lengths ÷ the shortest stretch of the page holding them all (1 for one term). */
  compactness: number;
  /** The terms whose occurrences this result shows (marks, excerpt, links). */
  terms: readonly TermMatch[];
}

/**
 * Compactness of the terms on one page: their total length divided by the length of the
 * shortest stretch of text (in index positions) that holds an occurrence of each; at most 1,
 * 1 for a single term, 0 when a term does not occur.
 */
export function compactness(hits: readonly TermHits[]): number {
  if (hits.length <= 1) return 1;
  if (hits.some((h) => h.starts.length === 0)) return 0;
  // Every occurrence as (start, term), by start: a sliding window over them.
  const total = hits.reduce((n, h) => n + h.starts.length, 0);
  const starts = new Float64Array(total);
  const terms = new Uint16Array(total);
  const order: number[] = [];
  let k = 0;
  hits.forEach((h, term) => {
    for (const start of h.starts) {
      starts[k] = start;
      terms[k] = term;
      order.push(k++);
    }
  });
  order.sort((a, b) => starts[a]! - starts[b]!);
  const need = hits.length;
  const inWindow = new Uint32Array(need);
  // The latest start of each term up to the window's right end (inside the window while it covers every term).
  const latest = new Float64Array(need);
  let covered = 0;
  let best = Infinity;
  let lo = 0;
  for (let hi = 0; hi < order.length; hi++) {
    const e = order[hi]!;
    const t = terms[e]!;
    inWindow[t] = inWindow[t]! + 1;
    if (inWindow[t] === 1) covered++;
    latest[t] = starts[e]!;
    while (covered === need) {
      const first = order[lo]!;
      let end = 0;
      for (let j = 0; j < need; j++) end = Math.max(end, latest[j]! + hits[j]!.length);
      best = Math.min(best, end - starts[first]!);
      const ft = terms[first]!;
      if (--inWindow[ft]! === 0) covered--;
      lo++;
    }
  }
  const length = hits.reduce((n, h) => n + h.length, 0);
  return Number.isFinite(best) ? Math.min(1, length / best) : 0;
}

/**
 * Order within and across groups (README, “排序”): group; in the partial group, coverage; the page
 * titled exactly the query; terms named in the title (an editors' page counts only a title naming
 * every term); origin (source text, derived page, editors' page); relevance × (1 + compactness);
 * the shorter page; index order.
 */
export function compareRanked(a: RankedMatch, b: RankedMatch): number {
  return (
    GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) ||
    b.coverage - a.coverage ||
    Number(b.exactTitle) - Number(a.exactTitle) ||
    titleRank(b) - titleRank(a) ||
    a.origin - b.origin ||
    b.score * (1 + b.compactness) - a.score * (1 + a.compactness) ||
    a.wordCount - b.wordCount ||
    a.page - b.page
  );
}

const EDITORIAL = 2;
/** Terms named in the title; an editors' page ranks by its title only when it names every term. */
function titleRank(m: RankedMatch): number {
  if (m.origin === EDITORIAL && m.titleTerms < m.terms.length) return 0;
  return m.titleTerms;
}

export interface GroupInput {
  /** The exact phrase's terms (query.ts). */
  exact: readonly TermMatch[];
  /** A near name's terms, when one is offered (understand.ts). */
  near: readonly TermMatch[];
  /** The query's words (understand.ts). */
  words: readonly TermMatch[];
  wordCounts: readonly number[];
  titleLengths: readonly number[];
  /** page → origin rank (0 source, 1 derived, 2 editorial). */
  origins: readonly number[];
  pageCount: number;
}

/**
 * Weight of a word: its length × ln(1 + pages ÷ pages containing it), so rarer words weigh more;
 * 0 for a word no page contains (it can neither be matched nor missed).
 */
export function wordWeight(term: TermMatch, pageCount: number): number {
  return term.pages.length === 0 ? 0 : term.length * Math.log(1 + pageCount / term.pages.length);
}

/**
 * Every result, grouped and ranked: pages with the exact phrase; pages with the near name; pages
 * with all of the query's words; the best MAX_PARTIAL pages with words covering at least
 * MIN_COVERAGE of the words' weight. A page appears once, in the first group it qualifies for.
 */
export function groupMatches(input: GroupInput): RankedMatch[] {
  const out: RankedMatch[] = [];
  const seen = new Set<number>();
  const ranked = (m: PageMatch, group: Group, terms: readonly TermMatch[], coverage = 1): RankedMatch => {
    const hits = terms.length > 1 ? terms.map((t) => termHits(t, m.page)) : [];
    return { ...m, group, origin: input.origins[m.page] ?? 1, coverage, compactness: compactness(hits), terms };
  };
  const addAll = (terms: readonly TermMatch[], group: Group) => {
    if (terms.length === 0) return;
    for (const m of combineTerms(terms, input.wordCounts, input.titleLengths)) {
      if (seen.has(m.page)) continue;
      seen.add(m.page);
      out.push(ranked(m, group, terms));
    }
  };
  addAll(input.exact, 'exact');
  addAll(input.near, 'near');
  addAll(input.words, 'all-words');
  if (input.words.length >= 2) {
    const weights = input.words.map((t) => wordWeight(t, input.pageCount));
    const total = weights.reduce((a, b) => a + b, 0);
    const covered = new Map<number, number>();
    input.words.forEach((t, i) => {
      for (const p of t.pages) if (!seen.has(p)) covered.set(p, (covered.get(p) ?? 0) + weights[i]!);
    });
    const partial: RankedMatch[] = [];
    for (const [page, weight] of covered) {
      const coverage = total > 0 ? weight / total : 0;
      if (coverage < MIN_COVERAGE) continue;
      const terms = input.words.filter((t) => t.counts.has(page));
      const [m] = combineTerms(
        terms.map((t) => restrictTo(t, page)),
        input.wordCounts,
        input.titleLengths,
      );
      if (m) partial.push(ranked(m, 'partial', terms, Math.round(coverage * 1000) / 1000));
    }
    out.push(...partial.sort(compareRanked).slice(0, MAX_PARTIAL));
  }
  return out.sort(compareRanked);
}

/** The term's match on one page only (for combining a page's own subset of words). */
function restrictTo(t: TermMatch, page: number): TermMatch {
  return { ...t, pages: [page] };
}
