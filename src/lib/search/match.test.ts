import { describe, expect, it } from 'vitest';
import { combineTerms, compareMatches, matchTerm, rank, termHits } from './match.ts';
import type { Posting } from './pagefind-format.ts';

/** Postings for one character from a map page → positions (weight 24 unless given as [pos, weight]). */
function postings(pages: Record<number, (number | [number, number])[]>): Posting[] {
  return Object.entries(pages).map(([page, locs]) => {
    const weights = Uint8Array.from(locs.map((l) => (Array.isArray(l) ? l[1] : 24)));
    return {
      page: Number(page),
      positions: Uint32Array.from(locs.map((l) => (Array.isArray(l) ? l[0] : l))),
      weights,
      maxWeight: Math.max(...weights),
    };
  });
}

describe('matchTerm', () => {
  it('finds runs of consecutive positions only, and lists them on demand', () => {
    // page 0: 联席 at 3-4 and 10-11; page 1: 联 … 席 apart; page 2: only 联.
    const lian = postings({ 0: [3, 10], 1: [5], 2: [1] });
    const xi = postings({ 0: [4, 11, 20], 1: [9] });
    const term = matchTerm([lian, xi]);
    expect(term.pages).toEqual([0]);
    expect(term.counts.get(0)).toBe(2);
    const hits = termHits(term, 0);
    expect([...hits.starts]).toEqual([3, 10]);
    expect(hits.length).toBe(2);
    expect(termHits(term, 1).starts).toHaveLength(0);
  });

  it('counts overlapping occurrences of repeated characters', () => {
    const ha = postings({ 0: [0, 1, 2] });
    const term = matchTerm([ha, ha]);
    expect(term.counts.get(0)).toBe(2);
    expect([...termHits(term, 0).starts]).toEqual([0, 1]);
  });

  it('weighs an occurrence inside one heading as that heading, any other as body text', () => {
    const a = postings({ 0: [[0, 168], 5] });
    const b = postings({ 0: [[1, 168], 6] });
    const ab = matchTerm([a, b]);
    expect([...termHits(ab, 0).weights]).toEqual([168, 24]);
    expect(ab.maxWeights.get(0)).toBe(168);
    const c = postings({ 0: [[2, 24]] });
    expect(matchTerm([b, c]).maxWeights.get(0)).toBe(24);
    expect(matchTerm([a]).maxWeights.get(0)).toBe(168);
    // From the end of an h1 into an h2: neither the title nor a heading.
    const d = postings({ 0: [[2, 144]] });
    expect(matchTerm([b, d]).maxWeights.get(0)).toBe(24);
  });

  it('returns nothing when a character is missing', () => {
    expect(matchTerm([postings({ 0: [1] }), []]).pages).toEqual([]);
    expect(matchTerm([]).pages).toEqual([]);
  });
});

describe('combineTerms and ranking', () => {
  /** A term occurring `count` times on each page, with the given top weight. */
  const term = (pages: Record<number, [number, number]>) => ({
    length: 2,
    lists: [],
    pages: Object.keys(pages).map(Number),
    counts: new Map(Object.entries(pages).map(([p, [count]]) => [Number(p), count])),
    maxWeights: new Map(Object.entries(pages).map(([p, [, w]]) => [Number(p), w])),
  });

  it('keeps pages that contain every term and sums their occurrences', () => {
    const out = combineTerms([term({ 0: [1, 24], 1: [2, 24] }), term({ 1: [1, 24] })], [100, 200]);
    expect(out.map((m) => m.page)).toEqual([1]);
    expect(out[0]!.occurrences).toBe(3);
  });

  it('ranks title, then heading matches, then occurrences, then shorter pages', () => {
    const t = term({ 0: [5, 24], 1: [1, 144], 2: [1, 168], 3: [5, 24], 4: [2, 24] });
    const ranked = rank(combineTerms([t], [50, 50, 50, 10, 50]));
    expect(ranked.map((m) => m.page)).toEqual([2, 1, 3, 0, 4]);
    expect(ranked[0]!.titleTerms).toBe(1);
    expect(ranked[1]!.headingTerms).toBe(1);
    expect(compareMatches(ranked[0]!, ranked[1]!)).toBeLessThan(0);
  });
});
