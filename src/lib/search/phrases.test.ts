import { describe, expect, it } from 'vitest';
import { Folding } from './fold.ts';
import { decodeIndexChunk } from './pagefind-format.ts';
import { encodePhrase, parsePhraseTable, phraseKey, worthAChunk } from './phrases.ts';
import { parseQuery } from './query.ts';

describe('encodePhrase', () => {
  it("writes a phrase's occurrences as one word entry that Pagefind's chunk format decodes back", () => {
    const pages = [
      { page: 3, starts: [0, 40, 7], weights: [168, 24, 24] },
      { page: 10, starts: [5], weights: [24] },
      { page: 4000, starts: [300000, 12], weights: [24, 144] },
    ];
    const decoded = decodeIndexChunk(encodePhrase('党 建', pages)).get('党 建')!;
    expect(decoded.pages.map((p) => p.page)).toEqual([3, 10, 4000]);
    // Positions ascending, each with its weight.
    expect(decoded.pages.map((p) => [...p.positions])).toEqual([[0, 7, 40], [5], [12, 300000]]);
    expect(decoded.pages.map((p) => [...p.weights])).toEqual([[168, 24, 24], [24], [144, 24]]);
    expect(decoded.pages.map((p) => p.maxWeight)).toEqual([168, 24, 144]);
  });
});

describe('phraseKey', () => {
  const include = new Set<string>();
  it("names each character's forms, so variant spellings share one key", () => {
    const folding = new Folding({ pairs: '黨党', variants: { 党: ['黨'] } });
    const key = (q: string) => phraseKey(parseQuery(q, include, folding).terms[0]!);
    expect(key('党建')).toBe(key('黨建'));
    expect(key('联盟')).toBe('联 盟');
  });
  it('has no key for one character or a character no page can hold', () => {
    expect(phraseKey(parseQuery('党', include).terms[0]!)).toBeUndefined();
    expect(phraseKey({ text: 'x', tokens: [{ key: 'a', form: 'a' }, null] })).toBeUndefined();
  });
});

describe('worthAChunk / parsePhraseTable', () => {
  it('keeps a chunk only for large characters and a much smaller phrase', () => {
    expect(worthAChunk(1_000_000, 100_000)).toBe(true);
    expect(worthAChunk(1_000_000, 400_000)).toBe(false);
    expect(worthAChunk(10_000, 100)).toBe(false);
    // The site's names from two index chunks' worth of their characters on.
    expect(worthAChunk(10_000, 100, true)).toBe(true);
    expect(worthAChunk(10_000, 3_000, true)).toBe(false);
    expect(worthAChunk(6_000, 100, true)).toBe(false);
  });
  it('rejects a malformed table', () => {
    expect(parsePhraseTable({ '联 盟': 'zh-cn_phrase_1' }).get('联 盟')).toBe('zh-cn_phrase_1');
    expect(() => parsePhraseTable([1])).toThrow(/kb-phrases/);
  });
});
