import { describe, expect, it } from 'vitest';
import { vocabularyFor } from './vocabulary-table.ts';

describe('vocabularyFor', () => {
  it('takes the words of the texts, frequent pairs of single characters, and the names with their parts', () => {
    const text = '党建联盟的运行机制。党建工作，党建引领，党建为本。';
    const v = vocabularyFor([text], ['“支部建在连上”', '無錫']);
    const words = new Set(v.words.split(' '));
    expect(words.has('运行')).toBe(true);
    // ICU cuts 党建 as 党|建; it occurs three times or more, so it becomes a word.
    expect(words.has('党建')).toBe(true);
    expect(words.has('支部建在连上')).toBe(true);
    // Folded as queries are (traditional → simplified).
    expect(words.has('无锡')).toBe(true);
    expect(v.names).toEqual(['“支部建在连上”', '無錫']);
    for (const w of words) expect(w).toMatch(/^\p{Script=Han}{2,12}$/u);
  });
});
