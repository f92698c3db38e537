import { describe, expect, it } from 'vitest';
import {
  NOT_STATED,
  caseFacetValues,
  computeFacets,
  facetPages,
  filterCases,
  sortCasesByDate,
  textSlug,
} from './facets.ts';
import { loadFixtureKb } from '../content/test-fixture.ts';

const kb = loadFixtureKb();
const ctx = { models: kb.models, sourceLabels: { 'wuxi-alliance': '无锡党建联盟', 'practice-guide': '实务指南' } };
const get = (id: string) => kb.cases.find((c) => c.id === id)!;

describe('caseFacetValues', () => {
  it('gives every facet a value, using "none" for what the case does not state', () => {
    expect(caseFacetValues(get('hongfan').data)).toEqual({
      source: ['wuxi-alliance'],
      type: ['alliance'],
      model: ['service'],
      domain: ['government'],
      region: [textSlug('惠山区')],
      year: ['2018'],
    });
    expect(caseFacetValues(get('guide-zunyi').data)).toMatchObject({ model: [NOT_STATED], year: [NOT_STATED], domain: [NOT_STATED] });
  });
});

describe('textSlug', () => {
  it('is ASCII, stable and distinguishes values', () => {
    expect(textSlug('惠山区')).toMatch(/^r[0-9a-z]+$/);
    expect(textSlug('惠山区')).toBe(textSlug('惠山区'));
    expect(textSlug('惠山区')).not.toBe(textSlug('锡山区'));
  });
});

describe('computeFacets', () => {
  it('counts each value, with labels, and totals per facet equal the number of cases for single-valued facets', () => {
    const facets = computeFacets(kb.cases, ctx);
    const type = facets.find((f) => f.key === 'type')!;
    expect(type.values).toEqual([
      { value: 'alliance', label: '党建联盟', count: 2 },
      { value: 'guide-case', label: '典型案例（指南目录）', count: 1 },
    ]);
    const year = facets.find((f) => f.key === 'year')!;
    expect(year.values.map((v) => [v.value, v.count, v.label])).toEqual([
      ['2017', 1, '2017 年'],
      ['2018', 1, '2018 年'],
      [NOT_STATED, 1, '未注明'],
    ]);
    const source = facets.find((f) => f.key === 'source')!;
    expect(source.values.map((v) => v.label).sort()).toEqual(['实务指南', '无锡党建联盟'].sort());
    const region = facets.find((f) => f.key === 'region')!;
    expect(region.values.map((v) => v.label)).toContain('贵州遵义');
    expect(facets.find((f) => f.key === 'model')!.values[0]!.label).toBe('模式一：以营造良好的服务关系与环境为理念组建的党建联盟');
  });

  it('with a selection, counts each facet over the cases matching the other facets', () => {
    const facets = computeFacets(kb.cases, ctx, { type: ['alliance'] });
    const year = facets.find((f) => f.key === 'year')!;
    expect(year.values.find((v) => v.value === NOT_STATED)?.count).toBe(0);
    // The selected facet itself still shows all its values' counts.
    expect(facets.find((f) => f.key === 'type')!.values.find((v) => v.value === 'guide-case')?.count).toBe(1);
  });
});

describe('filterCases', () => {
  it('ANDs across facets and ORs within a facet', () => {
    expect(filterCases(kb.cases, { year: ['2017', '2018'] }).map((c) => c.id).sort()).toEqual(['hongfan', 'liangxi']);
    expect(filterCases(kb.cases, { year: ['2017', '2018'], domain: ['government'] }).map((c) => c.id)).toEqual(['hongfan']);
    expect(filterCases(kb.cases, { model: ['nope'] })).toEqual([]);
    expect(filterCases(kb.cases, {}).length).toBe(kb.cases.length);
  });
});

describe('facetPages', () => {
  it('makes one static page per facet value, with an ASCII path and the matching cases', () => {
    const pages = facetPages(kb.cases, ctx);
    const p = pages.find((x) => x.key === 'model' && x.value === 'service')!;
    expect(p.path).toBe('/cases/model/service/');
    expect(p.cases.map((c) => c.id)).toEqual(['liangxi', 'hongfan']);
    for (const page of pages) expect(page.path).toMatch(/^\/cases\/[a-z]+\/[a-z0-9-]+\/$/);
  });
});

describe('sortCasesByDate', () => {
  it('puts dated cases first (oldest first by default), undated after', () => {
    expect(sortCasesByDate(kb.cases).map((c) => c.id)).toEqual(['liangxi', 'hongfan', 'guide-zunyi']);
    expect(sortCasesByDate(kb.cases, true).map((c) => c.id)).toEqual(['hongfan', 'liangxi', 'guide-zunyi']);
  });
});
