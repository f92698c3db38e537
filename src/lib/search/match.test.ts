import { describe, expect, it } from 'vitest';
import { combineTerms, compareMatches, matchTerm, rank } from './match.ts';
import type { Posting } from './pagefind-format.ts';

/** Postings for one character from a map page → positions (weight 24 unless given as [pos, weight]). */
function postings(pages: Record<number, (number | [number, number])[]>): Posting[] {
  return Object.entries(pages).map(([page, locs]) => ({
    page: Number(page),
    positions: Uint32Array.from(locs.map((l) => (Array.isArray(l) ? l[0] : l))),
    weights: Uint8Array.from(locs.map((l) => (Array.isArray(l) ? l[1] : 24))),
  }));
}

describe('matchTerm', () => {
  it('finds runs of consecutive positions only', () => {
    // page 0: 联席 at 3-4 and 10-11; page 1: 联 … 席 apart; page 2: only 联.
    const lian = postings({ 0: [3, 10], 1: [5], 2: [1] });
    const xi = postings({ 0: [4, 11, 20], 1: [9] });
    const hits = matchTerm([lian, xi]);
    expect([...hits.keys()]).toEqual([0]);
    expect(hits.get(0)!.starts).toEqual([3, 10]);
    expect(hits.get(0)!.length).toBe(2);
  });

  it('counts overlapping occurrences of repeated characters', () => {
    const ha = postings({ 0: [0, 1, 2] });
    expect(matchTerm([ha, ha]).get(0)!.starts).toEqual([0, 1]);
  });

  it('gives each occurrence the lowest weight of its characters', () => {
    const a = postings({ 0: [[0, 168], 5] });
    const b = postings({ 0: [[1, 168], 6] });
    expect(matchTerm([a, b]).get(0)!.weights).toEqual([168, 24]);
    const c = postings({ 0: [[2, 24]] });
    expect(matchTerm([b, c]).get(0)!.weights).toEqual([24]);
  });

  it('returns nothing when a character is missing', () => {
    expect(matchTerm([postings({ 0: [1] }), []]).size).toBe(0);
    expect(matchTerm([]).size).toBe(0);
  });
});

describe('combineTerms and ranking', () => {
  const t = (starts: number[], weights: number[] = starts.map(() => 24)) => ({ starts, weights, length: 2 });
  it('keeps pages that contain every term', () => {
    const first = new Map([
      [0, t([1])],
      [1, t([1, 5])],
    ]);
    const second = new Map([[1, t([9])]]);
    const out = combineTerms([first, second], [100, 200]);
    expect(out.map((m) => m.page)).toEqual([1]);
    expect(out[0]!.occurrences).toBe(3);
  });

  it('ranks title, then heading matches, then occurrences, then shorter pages', () => {
    const term = new Map([
      [0, t([1, 2, 3, 4, 5])],
      [1, t([1], [144])],
      [2, t([1], [168])],
      [3, t([1, 2, 3, 4, 5])],
      [4, t([1, 2])],
    ]);
    const ranked = rank(combineTerms([term], [50, 50, 50, 10, 50]));
    expect(ranked.map((m) => m.page)).toEqual([2, 1, 3, 0, 4]);
    expect(compareMatches(ranked[0]!, ranked[1]!)).toBeLessThan(0);
  });
});
