import { describe, expect, it } from 'vitest';
import { zhNumeral } from './zh-numerals.ts';

describe('zhNumeral', () => {
  it('writes numbers as the texts and Word do', () => {
    expect([1, 4, 9, 10, 11, 12, 20, 21, 99, 100, 105, 110, 120].map(zhNumeral)).toEqual(['一', '四', '九', '十', '十一', '十二', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十', '一百二十']);
  });
  it('leaves what it cannot write in Arabic digits', () => {
    expect([1000, -1, 1.5].map(zhNumeral)).toEqual(['1000', '-1', '1.5']);
  });
});
