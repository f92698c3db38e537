import { describe, expect, it } from 'vitest';
import { compareCodePoints, graphemes, isAlphanumeric, isWhitespace, stripFormatChars, stripZwsp, ZWSP } from './text.ts';

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
});
