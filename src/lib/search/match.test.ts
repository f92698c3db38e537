import { describe, expect, it } from 'vitest';
import { combineTerms, compactness, compareMatches, compareRanked, groupMatches, HEADING_FACTOR, matchTerm, rank, REFERENCE_LENGTH, relevance, termHits, unionPostings, wordWeight } from './match.ts';
import { BODY_WEIGHT, H1_WEIGHT, type Posting } from './pagefind-format.ts';

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

/**
 * A tiny index built the way the site's is: one position per character; the title (h1), whose
 * length the index records, h2 headings, body paragraphs.
 */
function miniIndex(pages: { title: string; h2?: string[]; body: string[] }[]) {
  const byChar = new Map<string, Map<number, [number, number][]>>();
  const wordCounts: number[] = [];
  const titleLengths: number[] = [];
  pages.forEach((doc, page) => {
    let pos = 0;
    const add = (text: string, weightAt: (i: number, n: number) => number) => {
      const chars = [...text];
      chars.forEach((ch, i) => {
        const perPage = byChar.get(ch) ?? new Map<number, [number, number][]>();
        byChar.set(ch, perPage);
        const list = perPage.get(page) ?? [];
        perPage.set(page, list);
        list.push([pos++, weightAt(i, chars.length)]);
      });
    };
    add(doc.title, () => H1_WEIGHT);
    titleLengths.push([...doc.title].length);
    for (const h of doc.h2 ?? []) add(h, () => 144);
    for (const b of doc.body) add(b, () => BODY_WEIGHT);
    wordCounts.push(pos);
  });
  const lists = (term: string) => [...term].map((ch) => postings(Object.fromEntries(byChar.get(ch) ?? new Map())));
  const search = (...terms: string[]) => rank(combineTerms(terms.map((t) => matchTerm(lists(t))), wordCounts, titleLengths));
  return { search };
}

describe('ranking', () => {
  const filler = (n: number) => '的'.repeat(n);
  const { search } = miniIndex([
    /* 0 */ { title: '梁溪党建联盟', body: ['党建联盟'.repeat(20), filler(1200)] },
    /* 1 */ { title: '研究论文', h2: ['党建联盟的模式'], body: [`党建联盟${filler(100)}`.repeat(42), filler(1000)] },
    /* 2 */ { title: '党建联盟', body: [`党建联盟是组织形式${filler(300)}`] },
    /* 3 */ { title: '时间线', body: [`党建联盟成立${filler(200)}`] },
    /* 4 */ { title: '区域化党建联盟', body: [filler(50)] },
    /* 5 */ { title: '联', body: ['联席'] },
  ]);

  it('puts the page titled exactly the query first, then pages naming it in their title', () => {
    const ranked = search('党建联盟');
    expect(ranked.map((m) => m.page)).toEqual([2, 0, 4, 1, 3]);
    expect(ranked[0]!.exactTitle).toBe(true);
    expect(ranked.filter((m) => m.exactTitle).map((m) => m.page)).toEqual([2]);
  });

  it('does not take a title that merely starts or ends with the query for the exact title', () => {
    expect(search('党建').some((m) => m.exactTitle)).toBe(false);
    expect(search('联盟').some((m) => m.exactTitle)).toBe(false);
    // A one-character title is exact for that character only.
    expect(search('联').filter((m) => m.exactTitle).map((m) => m.page)).toEqual([5]);
  });

  it('ranks a paper that discusses the subject above a page that mentions it once', () => {
    const ranked = search('党建联盟').filter((m) => m.titleTerms === 0);
    expect(ranked.map((m) => m.page)).toEqual([1, 3]);
    expect(ranked[0]!.headingOccurrences).toBe(1);
    expect(ranked[0]!.occurrences).toBe(43);
  });

  it('needs every term; several terms are never an exact title', () => {
    const ranked = search('党建联盟', '成立');
    expect(ranked.map((m) => m.page)).toEqual([3]);
    expect(ranked[0]!.exactTitle).toBe(false);
  });
});

describe('relevance', () => {
  it('weighs heading occurrences ×2 and divides by the cube root of the length in thousands', () => {
    expect(relevance(4, 0, 1000)).toBe(4);
    expect(relevance(1, 1, 1000)).toBe(1 + HEADING_FACTOR);
    expect(relevance(8, 0, 8000)).toBe(4);
    // Short pages count as REFERENCE_LENGTH long.
    expect(relevance(2, 0, 50)).toBe(relevance(2, 0, REFERENCE_LENGTH));
  });

  it('orders within a tier by relevance, then shorter page, then index order', () => {
    const m = (page: number, score: number, wordCount: number) => ({ page, occurrences: 1, headingOccurrences: 0, exactTitle: false, titleTerms: 0, headingTerms: 0, wordCount, score });
    expect([m(0, 1, 10), m(1, 2, 10), m(2, 1, 5), m(3, 1, 5)].sort(compareMatches).map((x) => x.page)).toEqual([1, 2, 3, 0]);
  });
});

describe('unionPostings', () => {
  it('merges the postings of several forms of a character, page by page, positions ascending', () => {
    const dang = postings({ 0: [1, 9], 2: [4] });
    const traditional = postings({ 0: [[5, 168]], 1: [3] });
    const merged = unionPostings([dang, traditional, []]);
    expect(merged.map((p) => p.page)).toEqual([0, 1, 2]);
    expect([...merged[0]!.positions]).toEqual([1, 5, 9]);
    expect([...merged[0]!.weights]).toEqual([24, 168, 24]);
    expect(merged[0]!.maxWeight).toBe(168);
    // 黨建 matches on page 0 at 5–6 through the merged list.
    const jian = postings({ 0: [2, 6] });
    expect([...termHits(matchTerm([merged, jian]), 0).starts]).toEqual([1, 5]);
  });
});

describe('result groups', () => {
  const hitsAt = (length: number, ...starts: number[]) => ({ starts: Uint32Array.from(starts), weights: new Uint8Array(starts.length).fill(BODY_WEIGHT), length });

  it('measures how close together the terms are: total length ÷ shortest stretch holding all', () => {
    expect(compactness([hitsAt(2, 5)])).toBe(1);
    // 党建 at 0, 治理 at 2: adjacent → 4 / 4.
    expect(compactness([hitsAt(2, 0, 50), hitsAt(2, 2)])).toBe(1);
    // 党建 at 0 and 40, 治理 at 46 → shortest stretch 40 … 48: 4 / 8.
    expect(compactness([hitsAt(2, 0, 40), hitsAt(2, 46)])).toBe(0.5);
    expect(compactness([hitsAt(2, 0), hitsAt(2)])).toBe(0);
  });

  it('weighs rarer words more, and words found nowhere not at all', () => {
    const common = matchTerm([postings({ 0: [1], 1: [1], 2: [1], 3: [1] })]);
    const rare = matchTerm([postings({ 3: [5] })]);
    expect(wordWeight(rare, 4)).toBeGreaterThan(wordWeight(common, 4));
    expect(wordWeight(matchTerm([]), 4)).toBe(0);
  });

  // Pages: 0 source text, 1 derived page, 2 editors' page, 3 source text.
  // Characters: A at 0..3; B beside A on page 1, far from A on page 0; C on pages 0 and 3.
  const A = postings({ 0: [0], 1: [0], 2: [0], 3: [0] });
  const B = postings({ 0: [90], 1: [1], 2: [1] });
  const C = postings({ 0: [50], 3: [9] });
  const base = { near: [], wordCounts: [1000, 1000, 1000, 1000], titleLengths: [], origins: [0, 1, 2, 0], pageCount: 4 };

  it('puts the exact phrase first, then pages with all words, then the best partial matches, each page once', () => {
    const ab = matchTerm([A, B]);
    const words = [matchTerm([A]), matchTerm([B]), matchTerm([C])];
    const out = groupMatches({ ...base, exact: [ab], words });
    expect(out.map((m) => [m.group, m.page])).toEqual([
      ['exact', 1],
      ['exact', 2],
      ['all-words', 0],
      ['partial', 3],
    ]);
    // The partial match shows the words it has.
    expect(out[3]!.terms).toEqual([words[0], words[2]]);
    expect(out[3]!.coverage).toBeLessThan(1);
  });

  it('ranks, among equal matches, the source text before derived pages and editors’ pages last; close words before scattered', () => {
    const out = groupMatches({ ...base, exact: [], words: [matchTerm([A]), matchTerm([B])] });
    expect(out.map((m) => m.page)).toEqual([0, 1, 2]);
    // Same origin: the page where the words stand together comes first.
    const same = groupMatches({ ...base, origins: [1, 1, 1, 1], exact: [], words: [matchTerm([A]), matchTerm([B])] });
    expect(same.map((m) => m.page)).toEqual([1, 2, 0]);
    expect(same[0]!.compactness).toBe(1);
  });

  it('lets an editors’ page rank by its title only when the title names every term', () => {
    const titled = (page: number, origin: number) =>
      ({ page, origin, group: 'exact', coverage: 1, compactness: 1, exactTitle: false, titleTerms: 1, headingTerms: 1, occurrences: 1, headingOccurrences: 0, wordCount: 1000, score: 1, terms: [matchTerm([A]), matchTerm([B])] }) as const;
    const plain = { ...titled(0, 0), titleTerms: 0 };
    expect([titled(2, 2), plain].sort(compareRanked).map((m) => m.page)).toEqual([0, 2]);
    expect([titled(1, 1), plain].sort(compareRanked).map((m) => m.page)).toEqual([1, 0]);
    expect([{ ...titled(2, 2), titleTerms: 2 }, plain].sort(compareRanked).map((m) => m.page)).toEqual([2, 0]);
  });
});
