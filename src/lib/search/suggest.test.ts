import { describe, expect, it } from 'vitest';
import { foldDataFor } from './fold-table.ts';
import { Folding } from './fold.ts';
import { suggestionsFor, type SuggestionName } from './suggest.ts';

const names: SuggestionName[] = [
  { name: '党建联盟', type: '做法', href: '/practices/alliance/' },
  { name: '党建联盟', type: '术语', href: '/glossary/alliance/' },
  { name: '联席轮值', type: '做法', href: '/practices/rotation/' },
  { name: '轮值单位', type: '术语', href: '/glossary/rotating-unit/' },
  { name: '双报到', type: '做法', href: '/practices/double-report/' },
  { name: '两新组织', type: '术语', href: '/glossary/two-new/' },
];

describe('suggestionsFor', () => {
  it('offers names sharing characters with the query, most shared first', () => {
    const out = suggestionsFor('联席会议轮值制度', names);
    expect(out.map((s) => [s.name, s.shared])).toEqual([
      ['联席轮值', 4],
      ['轮值单位', 2],
      ['党建联盟', 1],
      ['党建联盟', 1],
    ]);
  });

  it('offers nothing for a query sharing no character, or made of punctuation only', () => {
    expect(suggestionsFor('足球', names)).toEqual([]);
    expect(suggestionsFor('，。', names)).toEqual([]);
  });

  it('folds variant forms as the search does', () => {
    const folding = new Folding(foldDataFor([...'党建联盟双报到']));
    expect(suggestionsFor('雙報到', names, folding).map((s) => s.href)).toEqual(['/practices/double-report/']);
  });

  it('keeps to the limit', () => {
    expect(suggestionsFor('党建联盟轮值', names, undefined, 2)).toHaveLength(2);
  });
});
