import { describe, expect, it } from 'vitest';
import {
  entriesForDimension,
  practicesByDimension,
  practicesBySource,
  practicesForMechanism,
  relatedForCase,
  relatedForPractice,
  relatedTerms,
} from './related.ts';
import { loadFixtureKb } from '../content/test-fixture.ts';

const kb = loadFixtureKb();
const get = <T>(list: { id: string; data: T }[], id: string) => list.find((x) => x.id === id)!;

describe('relatedForCase', () => {
  it('lists models, mechanisms, dimensions (own tags first), practices and events', () => {
    const r = relatedForCase(get(kb.cases, 'hongfan'), kb);
    expect(r.models.map((m) => m.id)).toEqual(['service']);
    expect(r.mechanisms.map((m) => m.id)).toEqual(['rotation']);
    expect(r.dimensions.map((d) => d.id)).toEqual(['t-open', 't-open-strata']);
    expect(r.practices.map((p) => p.id)).toEqual(['alliance']);
    expect(r.events.map((e) => e.id)).toEqual(['hongfan-founded']);
  });

  it('gives a guide case no model and no alliance mechanism', () => {
    const r = relatedForCase(get(kb.cases, 'guide-zunyi'), kb);
    expect([r.models, r.mechanisms, r.practices]).toEqual([[], [], []]);
  });
});

describe('relatedForPractice', () => {
  it('shows related practices both ways, and the cases and terms that point at it', () => {
    expect(relatedForPractice(get(kb.practices, 'rotation-practice'), kb).practices.map((p) => p.id)).toEqual(['alliance']);
    const r = relatedForPractice(get(kb.practices, 'alliance'), kb);
    expect(r.practices.map((p) => p.id)).toEqual(['rotation-practice']);
    expect(r.cases.map((c) => c.id)).toEqual(['hongfan']);
    expect(r.terms.map((t) => t.id)).toEqual(['alliance-assembly']);
    expect(r.dimensions.map((d) => [d.id, d.level, d.frameworkId])).toEqual([['t-open-strata', 'point', 'tiny']]);
  });
});

describe('dimension groupings', () => {
  it('a dimension collects what is tagged with its sub-points', () => {
    expect(entriesForDimension('t-open', kb).practices.map((p) => p.id).sort()).toEqual(['alliance', 'rotation-practice']);
    expect(entriesForDimension('t-open-strata', kb).practices.map((p) => p.id)).toEqual(['alliance']);
    expect(entriesForDimension('t-open', kb).cases.map((c) => c.id)).toEqual(['hongfan']);
  });

  it('groups practices by dimension and by source', () => {
    expect(practicesByDimension(kb).map((g) => [g.dimensionId, g.practices.length])).toEqual([['t-open', 2]]);
    expect([...practicesBySource(kb).keys()]).toEqual(['wuxi-alliance']);
    expect(practicesForMechanism('rotation', kb).length).toBe(2);
  });
});

describe('relatedTerms', () => {
  it('has none in the fixture', () => {
    expect(relatedTerms(get(kb.terms, 'alliance-assembly'), kb)).toEqual([]);
  });
});
