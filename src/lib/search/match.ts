// Exact phrase matching over per-character posting lists, occurrence counting and ranking.
// A term occurs at position p of a page when its i-th character is indexed at p + i for every i.
import { BODY_WEIGHT, H1_WEIGHT, type Posting } from './pagefind-format.ts';

export interface TermHits {
  /** Start positions of every occurrence, ascending (overlapping occurrences count). */
  starts: number[];
  /** Weight of each occurrence: the lowest weight among its characters. */
  weights: number[];
  length: number;
}

/** Every occurrence of a term, per page. `lists[i]` holds the postings of the term's i-th character. */
export function matchTerm(lists: readonly (readonly Posting[])[]): Map<number, TermHits> {
  const out = new Map<number, TermHits>();
  if (lists.length === 0 || lists.some((l) => l.length === 0)) return out;
  const length = lists.length;
  // Intersect the page lists (each sorted by page) with one cursor per list.
  const cursors = new Array<number>(length).fill(0);
  const first = lists[0]!;
  outer: for (const head of first) {
    const page = head.page;
    const postings: Posting[] = [head];
    for (let i = 1; i < length; i++) {
      const list = lists[i]!;
      let c = cursors[i]!;
      while (c < list.length && list[c]!.page < page) c++;
      cursors[i] = c;
      if (c >= list.length) break outer;
      if (list[c]!.page !== page) continue outer;
      postings.push(list[c]!);
    }
    const hits = phraseInPage(postings);
    if (hits.starts.length > 0) out.set(page, hits);
  }
  return out;
}

function phraseInPage(postings: readonly Posting[]): TermHits {
  const starts: number[] = [];
  const weights: number[] = [];
  const n = postings.length;
  const ptr = new Array<number>(n).fill(0);
  const p0 = postings[0]!;
  candidates: for (let k = 0; k < p0.positions.length; k++) {
    const start = p0.positions[k]!;
    let weight = p0.weights[k]!;
    for (let i = 1; i < n; i++) {
      const { positions, weights: w } = postings[i]!;
      const want = start + i;
      let c = ptr[i]!;
      while (c < positions.length && positions[c]! < want) c++;
      ptr[i] = c;
      if (c >= positions.length) break candidates;
      if (positions[c] !== want) continue candidates;
      if (w[c]! < weight) weight = w[c]!;
    }
    starts.push(start);
    weights.push(weight);
  }
  return { starts, weights, length: n };
}

export interface PageMatch {
  page: number;
  /** Hits of each query term on this page, in query order. */
  terms: TermHits[];
  /** Total occurrences of all terms. */
  occurrences: number;
  /** Terms that occur in the page title (its h1). */
  titleTerms: number;
  /** Terms that occur in a heading (h1–h6). */
  headingTerms: number;
  wordCount: number;
}

/** Pages on which every term occurs. */
export function combineTerms(perTerm: readonly Map<number, TermHits>[], wordCounts: readonly number[]): PageMatch[] {
  if (perTerm.length === 0) return [];
  const [smallest, ...others] = [...perTerm].sort((a, b) => a.size - b.size);
  const out: PageMatch[] = [];
  for (const page of smallest!.keys()) {
    if (!others.every((m) => m.has(page))) continue;
    const terms = perTerm.map((m) => m.get(page)!);
    let occurrences = 0;
    let titleTerms = 0;
    let headingTerms = 0;
    for (const t of terms) {
      occurrences += t.starts.length;
      let top = 0;
      for (const w of t.weights) if (w > top) top = w;
      if (top >= H1_WEIGHT) titleTerms++;
      if (top > BODY_WEIGHT) headingTerms++;
    }
    out.push({ page, terms, occurrences, titleTerms, headingTerms, wordCount: wordCounts[page] ?? 0 });
  }
  return out;
}

/**
 * Ranking: pages with the terms in their title first, then in a heading, then by the number of
 * occurrences; ties go to the shorter page, then to index order.
 */
export function compareMatches(a: PageMatch, b: PageMatch): number {
  return (
    b.titleTerms - a.titleTerms ||
    b.headingTerms - a.headingTerms ||
    b.occurrences - a.occurrences ||
    a.wordCount - b.wordCount ||
    a.page - b.page
  );
}

export function rank(matches: PageMatch[]): PageMatch[] {
  return matches.sort(compareMatches);
}
