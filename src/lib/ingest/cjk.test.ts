import { describe, expect, it } from 'vitest';
import { displayWidth, firstChar, isCjk, isHan, lastChar } from './cjk.ts';

describe('character classes', () => {
  it('tells Chinese text and punctuation from Latin', () => {
    expect(isHan('党')).toBe(true);
    expect(isHan('黨')).toBe(true);
    expect(isHan('，')).toBe(false);
    expect(isCjk('，')).toBe(true);
    expect(isCjk('“')).toBe(true);
    expect(isCjk('〔')).toBe(true);
    expect(isCjk('A')).toBe(false);
    expect(isCjk('1')).toBe(false);
    expect(isCjk(undefined)).toBe(false);
  });

  it('measures lines as a typesetter does: full-width 1, ASCII ½, outer spaces ignored', () => {
    expect(displayWidth(' 党建联盟 ')).toBe(4);
    expect(displayWidth('AI、AR')).toBe(3);
    expect(displayWidth('')).toBe(0);
  });

  it('reads first and last characters safely', () => {
    expect(firstChar('党建')).toBe('党');
    expect(lastChar('党建')).toBe('建');
    expect(lastChar('')).toBeUndefined();
  });
});
