import { describe, expect, it } from 'vitest';
import { allianceCompareView, allianceSourceOf, caseIndexView, caseLibraryView, facetPageView, facetValueLabel, sourceLabelsOf } from './cases.ts';
import { NOT_STATED } from '../knowledge/facets.ts';
import { fixture } from './fixture.ts';

const { kb, sources } = fixture();
const labels = sourceLabelsOf(sources);

describe('facetValueLabel', () => {
  it('says "not stated" plainly for models and years, and names the facet when asked', () => {
    expect(facetValueLabel('model', NOT_STATED, '未注明')).toBe('非联盟案例');
    expect(facetValueLabel('year', NOT_STATED, '未注明')).toBe('未注明年份');
    expect(facetValueLabel('region', NOT_STATED, '未注明')).toBe('未注明');
    expect(facetValueLabel('region', NOT_STATED, '未注明', true)).toBe('地区未注明');
    expect(facetValueLabel('region', 'r1', '惠山区', true)).toBe('惠山区');
  });
});

describe('caseLibraryView', () => {
  it('orders sources as upstream and regions by pinyin with "not stated" last', () => {
    const v = caseLibraryView(kb.cases, kb.models, labels);
    const source = v.facets.find((f) => f.key === 'source')!.values.map((x) => x.value);
    const order = Object.keys(labels);
    expect(source).toEqual([...source].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    const region = v.facets.find((f) => f.key === 'region')!.values;
    expect(region.at(-1)?.value === NOT_STATED || !region.some((r) => r.value === NOT_STATED)).toBe(true);
    const named = region.filter((r) => r.value !== NOT_STATED).map((r) => r.label);
    expect(named).toEqual([...named].sort(new Intl.Collator('zh-Hans-CN').compare));
  });

  it('puts the guide cases in a group of their own, after the others', () => {
    const v = caseLibraryView(kb.cases, kb.models, labels);
    expect(v.groups.map((g) => g.key)).toEqual(['cases', 'guide-cases']);
    expect(v.groups[1]!.cases.every((c) => c.data.kind === 'guide-case')).toBe(true);
    expect(v.status).toBe(`显示 ${kb.cases.length} 个案例（共 ${kb.cases.length} 个），按时间排序（成立时间最早在前；未注明时间的在后）。`);
  });

  it('shows only the facet value’s cases on a facet page', () => {
    const v = caseLibraryView(kb.cases, kb.models, labels, { key: 'type', value: 'guide-case' });
    expect([...v.shown]).toEqual(['guide-zunyi']);
    expect(v.facets.find((f) => f.key === 'model')!.values.find((x) => x.value === NOT_STATED)?.label).toBe('非联盟案例');
  });
});

describe('case index, facet page and alliance comparison', () => {
  it('finds the alliances’ source in the data', () => {
    expect(allianceSourceOf(kb)).toBe('wuxi-alliance');
    const v = caseIndexView(kb, sources);
    expect(v.allianceSource).toBe(sources.get('wuxi-alliance')!.title);
    expect(v.alliances + v.guideCases + v.other).toBe(v.total);
  });

  it('titles a facet page by facet and value', () => {
    const v = facetPageView(kb, { key: 'region', value: NOT_STATED, label: '未注明', count: 2 });
    expect(v.title).toBe('案例库：地区“地区未注明”');
    expect(v.description).toBe('案例库：地区“地区未注明”，共 2 个案例。');
    expect(facetPageView(kb, { key: 'model', value: 'service', label: 'x', count: 1 }).models.map((m) => m.id)).toEqual(['service']);
  });

  it('compares the alliances with their source as context', () => {
    const v = allianceCompareView(kb, sources);
    expect(v.source).toBe('wuxi-alliance');
    expect(v.comparison.alliances.every((a) => a.data.kind === 'alliance')).toBe(true);
  });
});
