import { describe, expect, it } from 'vitest';
import { formatNumber } from './word-numbers.ts';

describe('Word list numbers', () => {
  it('counts in Chinese as Word prints 第一条 … 第一百零五条', () => {
    expect([1, 9, 10, 11, 20, 21, 100, 105, 110].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '九', '十', '十一', '二十', '二十一', '一百', '一百零五', '一百一十']);
  });
  it('formats the other number formats', () => {
    expect(formatNumber(3, 'decimal')).toBe('3');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(2, 'lowerLetter')).toBe('b');
    expect(formatNumber(2, 'none')).toBe('');
  });
});
