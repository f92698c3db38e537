import { describe, expect, it } from 'vitest';
import { fragmentClause, occurrenceHref, occurrencesOf } from './occurrences.ts';

describe('fragmentClause', () => {
  it('takes the first clause of at least four characters, ending on punctuation (a word boundary)', () => {
    expect(fragmentClause('必须把党的执政能力建设和先进性建设作为主线，坚持党要管党。')).toBe('必须把党的执政能力建设和先进性建设作为主线');
    expect(fragmentClause('其中，把基层党组织建设完善，才能推进。')).toBe('把基层党组织建设完善');
  });
});

describe('occurrencesOf (the real reading texts)', () => {
  it('finds every sentence using 三会一课, one in each source, placed on its raw line and section', () => {
    const lines = occurrencesOf({ forms: ['三会一课'] });
    expect(lines.map((l) => l.source)).toEqual(['wuxi-alliance', 'four-dimensions', 'urban-integration', 'multi-dimensions', 'practice-guide']);
    for (const l of lines) {
      expect(l.line).toBeGreaterThan(0);
      expect(l.sentence.slice(l.hits[0]!.start, l.hits[0]!.end)).toBe('三会一课');
      expect(l.href).toBe(occurrenceHref(l, l.section));
    }
    expect(lines.every((l) => l.section !== undefined)).toBe(true);
    // The guide's chapters have their home on /guide/<part>/.
    expect(lines.at(-1)!.href).toMatch(/^\/guide\/chapter-1\/#:~:text=/);
  });
});
