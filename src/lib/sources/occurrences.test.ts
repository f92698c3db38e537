import { describe, expect, it } from 'vitest';
import { occurrencesOf } from './occurrences.ts';
import { sourceModel } from './model.ts';

describe('occurrencesOf (the real reading texts)', () => {
  it('finds every sentence using 三会一课, one in each source, each linked to its own sentence', () => {
    const lines = occurrencesOf({ forms: ['三会一课'] });
    expect(lines.map((l) => l.source)).toEqual(['wuxi-alliance', 'four-dimensions', 'urban-integration', 'multi-dimensions', 'practice-guide']);
    for (const l of lines) {
      expect(l.line).toBeGreaterThan(0);
      expect(l.sentence.slice(l.hits[0]!.start, l.hits[0]!.end)).toBe('三会一课');
      expect(l.href).toMatch(/#p\d+-s\d+$/);
      expect(l.href.endsWith(`#${l.id}`)).toBe(true);
    }
    expect(lines.every((l) => l.section !== undefined)).toBe(true);
    // The guide's chapters have their home on /guide/<part>/.
    expect(lines.at(-1)!.href).toMatch(/^\/guide\/chapter-1\/#p\d+-s\d+$/);
  });

  it('links a heading line to the heading, and each of two equal sentences to its own place', () => {
    const headings = occurrencesOf({ forms: ['政治维度'] }).filter((l) => l.sentence.startsWith('1 政治维度') || l.sentence.startsWith('1政治维度'));
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) expect(h.id).not.toMatch(/^p\d/);
    const all = occurrencesOf({ forms: ['党'] });
    const seen = new Map<string, string[]>();
    for (const l of all) seen.set(`${l.source}|${l.sentence}`, [...(seen.get(`${l.source}|${l.sentence}`) ?? []), l.href]);
    const repeated = [...seen.values()].filter((hrefs) => hrefs.length > 1);
    expect(repeated.length).toBeGreaterThan(0);
    for (const hrefs of repeated) expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('never makes a whole contents list one sentence', () => {
    const model = sourceModel('practice-guide')!;
    const longest = Math.max(...model.blocks.flatMap((b) => b.sentences.map((s) => s.text.length)));
    expect(longest).toBeLessThan(600);
  });
});
