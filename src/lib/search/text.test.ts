import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareCodePoints,
  graphemes,
  graphemesWithoutSegmenter,
  isAlphanumeric,
  isWhitespace,
  stripFormatChars,
  stripZwsp,
  wordEnds,
  wordEndsWithoutSegmenter,
  ZWSP,
} from './text.ts';

const SOURCES = path.resolve(import.meta.dirname, '../../../content/sources');
const rawTexts = readdirSync(SOURCES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => readFileSync(path.join(SOURCES, d.name, 'raw.txt'), 'utf8'));

describe('text helpers', () => {
  it('splits into graphemes, keeping emoji sequences and combining marks together', () => {
    expect(graphemes('党建A1')).toEqual(['党', '建', 'A', '1']);
    expect(graphemes('👍🏽e\u0301')).toEqual(['👍🏽', 'e\u0301']);
  });

  it('classifies characters the way Pagefind (Rust) does', () => {
    expect(isAlphanumeric('党')).toBe(true);
    expect(isAlphanumeric('Ａ')).toBe(true);
    expect(isAlphanumeric('①')).toBe(true);
    expect(isAlphanumeric('，')).toBe(false);
    expect(isWhitespace('\u3000')).toBe(true);
    expect(isWhitespace('\u00a0')).toBe(true);
    expect(isWhitespace(ZWSP)).toBe(false);
  });

  it('orders strings by code point like Rust, not by UTF-16 unit', () => {
    // U+20000 (an astral CJK character) sorts after U+FF01 by code point, before it by UTF-16 unit.
    expect('\u{20000}' < '\uFF01').toBe(true);
    expect(compareCodePoints('\u{20000}', '\uFF01')).toBeGreaterThan(0);
    expect(compareCodePoints('党', '党建')).toBeLessThan(0);
    expect(compareCodePoints('建', '建')).toBe(0);
  });

  it('strips separators and format characters', () => {
    expect(stripZwsp(`党${ZWSP}建`)).toBe('党建');
    expect(stripFormatChars('\uFEFF党\u200D建\u200B')).toBe('党建');
  });

  // Chromium 86 (360/奇安信 kernels) and Firefox ESR 115 have no Intl.Segmenter.
  describe('without Intl.Segmenter', () => {
    const samples = ['党建A1', '👍🏽e\u0301', '👨‍👩‍👧 🇨🇳 🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'a\r\nb', `党${ZWSP}建\u3000“联席轮值”`];

    it('splits into the same graphemes as Intl.Segmenter (samples and every source text)', () => {
      for (const text of [...samples, ...rawTexts]) expect(graphemesWithoutSegmenter(text)).toEqual(graphemes(text));
    });

    it('cuts words only where Intl.Segmenter also cuts them (every source text)', () => {
      for (const text of [...rawTexts, '数据为3.5%，共1,000人，12:30开会；马克思·韦伯说：don\'t。']) {
        const icu = new Set(wordEnds(text));
        const fallback = wordEndsWithoutSegmenter(text);
        expect(fallback.filter((x) => !icu.has(x))).toEqual([]);
        expect(fallback.length).toBeGreaterThan(0);
      }
    });

    it('cuts beside punctuation and spaces, not inside runs of letters', () => {
      const text = '推行“联席轮值”制度，成效明显。';
      const cut = (ends: number[]) => ends.map((e, i) => text.slice(i ? ends[i - 1] : 0, e));
      expect(cut(wordEndsWithoutSegmenter(text))).toEqual(['推行', '“', '联席轮值', '”', '制度', '，', '成效明显', '。']);
      expect(wordEndsWithoutSegmenter('')).toEqual([]);
    });
  });
});
