import { describe, expect, it } from 'vitest';
import { normalize, truthSearch, type TruthPage } from '../kit/search-truth.ts';
import { syntheticCorpus } from '../kit/synthetic-corpus.ts';
import { buildQueries } from './search.ts';

const truth: TruthPage[] = syntheticCorpus(40, { seed: 3 }).map((p) => ({
  url: p.url,
  text: normalize([p.title, p.lead, ...p.sections.flatMap((s) => [s.heading, ...s.paragraphs])].join('')),
  title: normalize(p.title),
  titleText: normalize(p.title),
  headings: [normalize(p.title)],
  filters: {},
}));

describe('the search benchmark queries', () => {
  const queries = buildQueries(truth, 150);
  it('are at least 150, distinct, of every kind, the same for the same seed', () => {
    expect(queries.length).toBeGreaterThanOrEqual(150);
    expect(new Set(queries.map((q) => q.q)).size).toBe(queries.length);
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(['domain', 'substring', 'boundary', 'two-term', 'absent']));
    expect(buildQueries(truth, 150)).toEqual(queries);
  });
  it('absent ones occur on no page; substrings on at least one', () => {
    for (const q of queries.filter((q) => q.kind === 'absent')) expect(truthSearch(truth, q.q), q.q).toEqual([]);
    for (const q of queries.filter((q) => q.kind === 'substring' || q.kind === 'boundary')) expect(truthSearch(truth, q.q).length, q.q).toBeGreaterThan(0);
  });
});
