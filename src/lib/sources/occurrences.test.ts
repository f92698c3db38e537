import { describe, expect, it } from 'vitest';
import { occurrenceHref, occurrencesOf } from './occurrences.ts';

describe('occurrencesOf (the real reading texts)', () => {
  it('finds every sentence using 三会一课, one in each source, placed on its raw line and section', () => {
    const lines = occurrencesOf({ forms: ['三会一课'] });
    expect(lines.map((l) => l.source)).toEqual(['wuxi-alliance', 'four-dimensions', 'urban-integration', 'multi-dimensions', 'practice-guide']);
    for (const l of lines) {
      expect(l.line).toBeGreaterThan(0);
      expect(l.sentence.slice(l.hits[0]!.start, l.hits[0]!.end)).toBe('三会一课');
      expect(l.href).toBe(occurrenceHref(l));
      expect(l.href).toMatch(/#p\d+(-\d+)?$/);
    }
    expect(lines.every((l) => l.section !== undefined)).toBe(true);
    // The guide's chapters have their home on /guide/<part>/.
    expect(lines.at(-1)!.href).toMatch(/^\/guide\/chapter-1\/#p\d+$/);
  });
});
