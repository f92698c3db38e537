import { describe, expect, it } from 'vitest';
import type { Segment } from './excerpt.ts';
import type { PageMatch, TermHits } from './match.ts';
import { BODY_WEIGHT, H1_WEIGHT, type Fragment } from './pagefind-format.ts';
import { MAX_SECTIONS, searchResult } from './results.ts';
import { ZWSP } from './text.ts';

/**
 * A page as the index copy stores it: one piece per character, ". " closing each block.
 * Blocks are written "element#id text".
 */
function page(...blocks: string[]): { fragment: Fragment; pieces: string[] } {
  const pieces: string[] = [];
  const anchors: Fragment['anchors'] = [];
  for (const block of blocks) {
    const [, element, id, text] = /^(\w+)#(\S+) (.*)$/u.exec(block)!;
    anchors.push({ element: element!, id: id!, text: [...text!].join(ZWSP), location: pieces.length });
    pieces.push(...text!, '. ');
  }
  const fragment: Fragment = {
    url: '/sources/x/',
    content: pieces.join(ZWSP),
    word_count: pieces.length,
    filters: { type: ['文献'], source: ['甲文献', '乙文献'] },
    meta: { title: anchors[0]!.text.replaceAll(ZWSP, '') },
    anchors,
  };
  return { fragment, pieces };
}

const WEIGHT: Record<string, number> = { h1: H1_WEIGHT, h2: 6 * 24, h3: 5 * 24 };

/** Every occurrence of `term` in the page, weighted by the element it is in. */
function hitsOf(fragment: Fragment, pieces: string[], term: string): TermHits {
  const chars = [...term];
  const starts: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i + chars.length <= pieces.length; i++) {
    if (chars.every((c, k) => pieces[i + k] === c)) {
      const anchor = [...fragment.anchors].reverse().find((a) => a.location <= i)!;
      starts.push(i);
      weights.push(WEIGHT[anchor.element] ?? BODY_WEIGHT);
    }
  }
  return { starts: Uint32Array.from(starts), weights: Uint8Array.from(weights), length: chars.length };
}

const match = (occurrences: number) => ({ page: 0, occurrences }) as PageMatch;
const text = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');
const marks = (segments: readonly Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);

const { fragment, pieces } = page(
  'h1#title 联席轮值',
  'p#p1 无锡党建联盟实行联席轮值制度。',
  'h2#sec-a 一、轮值的做法',
  'p#p2 各成员单位按季度轮流担任轮值单位，轮值单位召集联席会议。',
  'h2#sec-b 二、成效',
  'p#p3 联席会议解决了一批难题。',
);

describe('search results', () => {
  const hits = [hitsOf(fragment, pieces, '轮值')];
  const result = searchResult(match(5), hits, fragment, { base: '/kb/', directives: true });

  it('shows the title, type, sources and count, linking to the page under the base', () => {
    expect(result.title).toBe('联席轮值');
    expect(result.url).toBe('/kb/sources/x/');
    expect(result.type).toBe('文献');
    expect(result.sources).toEqual(['甲文献', '乙文献']);
    expect(result.occurrences).toBe(5);
  });

  it('opens the page at the first match in the body text, with a text directive where allowed', () => {
    expect(result.href).toMatch(/^\/kb\/sources\/x\/#p1:~:text=/);
    expect(decodeURIComponent(result.href)).toContain('轮值');
    const plain = searchResult(match(5), hits, fragment, { base: '/', directives: false });
    expect(plain.href).toBe('/sources/x/#p1');
  });

  it('builds the excerpt from the text after the title, with every occurrence marked', () => {
    expect(text(result.excerpt).startsWith('无锡党建联盟')).toBe(true);
    expect(marks(result.excerpt).every((m) => m === '轮值')).toBe(true);
    expect(marks(result.excerpt).length).toBeGreaterThanOrEqual(2);
  });

  it('lists the sections holding matches, linking below the heading, without repeating the main excerpt', () => {
    expect(result.sections.map((s) => [s.id, s.heading, s.count])).toEqual([['sec-a', '一、轮值的做法', 3]]);
    const [section] = result.sections;
    // The heading itself holds a match; the link and excerpt go to the first match in the text below it.
    expect(section!.href).toMatch(/^\/kb\/sources\/x\/#p2:~:text=/);
    expect(text(section!.excerpt!)).toMatch(/^各成员单位按季度轮流担任轮值/);
    expect(marks(section!.excerpt!)).toEqual(['轮值', '轮值']);
  });

  it('shows no sub-excerpt when it would repeat the result excerpt', () => {
    const r = searchResult(match(1), [hitsOf(fragment, pieces, '解决')], fragment, { base: '/', directives: false });
    expect(r.sections).toEqual([{ heading: '二、成效', id: 'sec-b', href: '/sources/x/#p3', count: 1, excerpt: null }]);
  });

  it('opens a match found only in the title at the top of the page', () => {
    const r = searchResult(match(1), [hitsOf(fragment, pieces, '联席轮值')], fragment, { base: '/', directives: true });
    // Also in p1, so that is where it opens; a title-only term opens the page itself.
    expect(r.href).toMatch(/^\/sources\/x\/#p1/);
    const titleOnly = page('h1#title 双报到', 'p#p1 在职党员到社区报到。');
    const t = searchResult(match(1), [hitsOf(titleOnly.fragment, titleOnly.pieces, '双报到')], titleOnly.fragment, { base: '/', directives: true });
    expect(t.href).toBe('/sources/x/');
    expect(t.sections).toEqual([]);
  });

  it(`keeps the ${MAX_SECTIONS} sections with most matches, in page order`, () => {
    const many = page('h1#title 标题', 'h2#s1 甲', 'p#p1 党建。', 'h2#s2 乙', 'p#p2 党建党建党建。', 'h2#s3 丙', 'p#p3 党建党建。', 'h2#s4 丁', 'p#p4 党建党建。');
    const r = searchResult(match(9), [hitsOf(many.fragment, many.pieces, '党建')], many.fragment, { base: '/', directives: false });
    expect(r.sections.map((s) => [s.id, s.count])).toEqual([
      ['s2', 3],
      ['s3', 2],
      ['s4', 2],
    ]);
  });
});
