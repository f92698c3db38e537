import { describe, expect, it } from 'vitest';
import { contentPieces } from './excerpt.ts';
import { directiveText, encodeTextDirective, textDirective, textFragmentHash, widenToWords } from './text-fragment.ts';
import { ZWSP } from './text.ts';

const pieces = contentPieces([...'无锡党建联盟的运行机制包括联席轮值制度与双报到制度。'].join(ZWSP));

describe('text fragments', () => {
  it('widens a match to whole words (browsers only match on word boundaries)', () => {
    const text = '联席轮值制度';
    const { start, end } = widenToWords(text, 0, 3); // 联席轮
    expect(text.slice(start, end).startsWith('联席轮')).toBe(true);
    expect(end).toBeGreaterThan(3);
  });

  it('builds the directive text from the stored page text', () => {
    const at = [...'无锡党建联盟的运行机制包括'].length;
    const t = directiveText(pieces, at, 3); // 联席轮
    expect(t).toContain('联席轮');
    expect(t.length).toBeGreaterThan(3);
    expect(directiveText(pieces, 2, 4)).toContain('党建联盟');
  });

  it('adds same-sentence context until the first match in the page is this occurrence', () => {
    const text = '党员要学习。全体党员参加会议。党员大会选举支部委员会。';
    const p = contentPieces([...text].join(ZWSP));
    const second = text.indexOf('党员', 6);
    const d = textDirective(p, second, 2);
    expect(d.text).toContain('党员');
    const needle = `${d.prefix}${d.text}${d.suffix}`;
    expect(text.indexOf(needle)).toBe(second - d.prefix.length);
    expect(d.prefix.length + d.suffix.length).toBeGreaterThan(0);
    // Context never crosses a sentence end.
    expect(d.prefix).not.toContain('。');
    expect(textFragmentHash(p, second, 2)).toMatch(/^#:~:text=[^,]+-,[^,]+(,-[^,]+)?$/);
  });

  it('percent-encodes the directive, including "-" and ","', () => {
    expect(encodeTextDirective('a-b,c&d 党')).toBe('a%2Db%2Cc%26d%20%E5%85%9A');
    expect(textFragmentHash(pieces, 2, 4)).toMatch(/^#:~:text=[^#]+$/);
    expect(textFragmentHash(pieces, 2, 4, '运行机制')).toMatch(/^#%E8%BF%90%E8%A1%8C%E6%9C%BA%E5%88%B6:~:text=/);
  });
});
