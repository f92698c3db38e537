import { describe, expect, it } from 'vitest';
import { FACET_KEYS as MODEL_KEYS, caseFacetValues, computeFacets } from './facets.ts';
import {
  FACET_KEYS,
  cardValuesFrom,
  countValues,
  formatState,
  isEmpty,
  matchesCard,
  parseState,
  toggleValue,
  type CardValues,
} from './facet-state.ts';
import { loadKnowledge } from '../content/knowledge.ts';

const { kb } = loadKnowledge();
const cards: CardValues[] = kb.cases.map((c) => caseFacetValues(c.data));

describe('facet state in the URL', () => {
  it('uses the same facet keys as the knowledge model', () => {
    expect([...FACET_KEYS]).toEqual([...MODEL_KEYS]);
  });

  it('round-trips a selection and the sort order', () => {
    const q = '?model=model-supply-side,model-service-environment&region=r1abc&sort=newest';
    const state = parseState(q);
    expect(state).toEqual({
      selection: { model: ['model-supply-side', 'model-service-environment'], region: ['r1abc'] },
      sort: 'newest',
    });
    expect(formatState(state)).toBe(q);
    expect(formatState({ selection: {}, sort: 'oldest' })).toBe('');
  });

  it('ignores unknown keys and malformed values', () => {
    expect(parseState('?foo=bar&model=<script>&year=2018&year=2018').selection).toEqual({ year: ['2018'] });
  });

  it('toggles values', () => {
    let s = toggleValue({}, 'model', 'a');
    s = toggleValue(s, 'model', 'b');
    expect(s).toEqual({ model: ['a', 'b'] });
    s = toggleValue(toggleValue(s, 'model', 'a'), 'model', 'b');
    expect(isEmpty(s)).toBe(true);
  });
});

describe('matching and counts', () => {
  it('matches AND across facets and OR within one', () => {
    const card: CardValues = { source: ['s'], type: ['alliance'], model: ['a', 'b'], domain: [], region: ['r'], year: ['2019'] };
    expect(matchesCard(card, { model: ['b', 'z'], year: ['2019'] })).toBe(true);
    expect(matchesCard(card, { model: ['z'] })).toBe(false);
    expect(matchesCard(card, { model: ['z'] }, 'model')).toBe(true);
  });

  it('counts like computeFacets on the real cases, with and without a selection', () => {
    const ctx = { models: kb.models };
    for (const selection of [{}, { model: ['model-service-environment'] }, { type: ['alliance'], year: ['2019'] }]) {
      const counts = countValues(cards, selection);
      for (const facet of computeFacets(kb.cases, ctx, selection)) {
        for (const v of facet.values) expect(counts[facet.key].get(v.value), `${facet.key}=${v.value}`).toBe(v.count);
      }
    }
  });

  it('reads card values from data attributes', () => {
    expect(cardValuesFrom({ facetModel: 'a b', facetSource: 'wuxi-alliance', facetRegion: '' })).toEqual({
      source: ['wuxi-alliance'],
      type: [],
      model: ['a', 'b'],
      domain: [],
      region: [],
      year: [],
    });
  });
});
