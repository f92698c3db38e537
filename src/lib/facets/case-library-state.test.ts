import { describe, expect, it } from 'vitest';
import { cardValuesFrom, formatState, parseState } from './case-library-state.ts';

describe('case library state in the URL', () => {
  it('round-trips a selection and the sort order', () => {
    const q = '?model=model-supply-side,model-service-environment&region=r1abc&sort=newest';
    const state = parseState(q);
    expect(state).toEqual({
      selection: { model: ['model-supply-side', 'model-service-environment'], region: ['r1abc'] },
      sort: 'newest',
    });
    expect(formatState(state)).toBe(q);
    expect(formatState({ selection: {}, sort: 'oldest' })).toBe('');
    expect(formatState({ selection: {}, sort: 'newest' })).toBe('?sort=newest');
  });

  it('ignores unknown keys and malformed values', () => {
    expect(parseState('?foo=bar&model=<script>&year=2018&year=2018&sort=x')).toEqual({ selection: { year: ['2018'] }, sort: 'oldest' });
  });
});

describe('card values', () => {
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
