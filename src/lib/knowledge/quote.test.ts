import { describe, expect, it } from 'vitest';
import { findQuote, indexRaw, longestMatchingPrefix, normaliseQuote } from './quote.ts';

const RAW = ['标题 ', '', '第一行文字，断在', '', '中间的句子。 ', '2018 年 4月，某单位牵头', '第三　行'].join('\n');

describe('normaliseQuote', () => {
  it('removes every kind of whitespace, including ideographic and no-break spaces', () => {
    expect(normaliseQuote(' a b\tc\nd\u3000e\u00a0f ')).toBe('abcdef');
  });
});

describe('findQuote', () => {
  it('finds a quote across a line break and returns the raw line where it starts', () => {
    const m = findQuote(RAW, '断在中间的句子');
    expect(m).not.toBeNull();
    expect(m?.line).toBe(3);
    expect(m?.endLine).toBe(5);
  });

  it('ignores spacing differences on both sides (numbers spaced from units)', () => {
    expect(findQuote(RAW, '2018年4 月，某单位')?.line).toBe(6);
    expect(findQuote(RAW, '第三 行')?.line).toBe(7);
  });

  it('maps the match back to raw offsets', () => {
    const m = findQuote(RAW, '某单位牵头');
    expect(m && RAW.slice(m.start, m.end)).toBe('某单位牵头');
  });

  it('returns null for text not in the source, a changed punctuation mark, or an empty quote', () => {
    expect(findQuote(RAW, '不存在的话')).toBeNull();
    expect(findQuote(RAW, '第一行文字,断在')).toBeNull();
    expect(findQuote(RAW, '   ')).toBeNull();
  });

  it('counts occurrences', () => {
    expect(findQuote('甲乙\n甲乙', '甲乙')?.occurrences).toBe(2);
  });

  it('accepts a pre-indexed raw text', () => {
    const idx = indexRaw(RAW);
    expect(idx.normalised.startsWith('标题第一行')).toBe(true);
    expect(findQuote(idx, '标题')?.line).toBe(1);
  });
});

describe('longestMatchingPrefix', () => {
  it('says how far a wrong quote matches', () => {
    expect(longestMatchingPrefix(RAW, '第一行文字，断开了')).toBe('第一行文字，断');
    expect(longestMatchingPrefix(RAW, '无')).toBe('');
  });
});
