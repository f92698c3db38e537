import { describe, expect, it } from 'vitest';
import { frameworkSize, frameworkView, taggedWith } from './framework.ts';
import { pairLabel, frameworkCompareView, frameworkIndexView } from './frameworks.ts';
import { indexDimensions } from '../knowledge/frameworks.ts';
import { fixture } from './fixture.ts';

const { kb, sources } = fixture();

describe('frameworkView', () => {
  it('gives each dimension and point its heading and what is tagged with it', () => {
    const v = frameworkView(kb.frameworks.find((f) => f.id === 'tiny')!, kb, sources);
    expect(v.size).toBe(frameworkSize(v.data));
    expect(v.description).toBe(`${v.data.name.value}（《${v.source.title}》）：${v.size}，附原文出处与结构图。`);
    expect(v.comparable).toBe(true);
    const open = v.dimensions.find((d) => d.dimension.id === 't-open');
    expect(open?.tagged.map((l) => l.href)).toEqual(taggedWith('t-open', kb).map((l) => l.href));
    expect(open?.tagged.some((l) => l.href === '/cases/hongfan/')).toBe(true);
  });

  it('lists tagged practices before cases', () => {
    const links = taggedWith('t-open', kb);
    const firstCase = links.findIndex((l) => l.href.startsWith('/cases/'));
    expect(links.slice(firstCase).every((l) => l.href.startsWith('/cases/'))).toBe(true);
  });

  it('counts parts when a framework has no sub-points', () => {
    const fw = { ...kb.frameworks[0]!.data, dimensions: kb.frameworks[0]!.data.dimensions.map((d) => ({ ...d, points: [] })) };
    expect(frameworkSize(fw)).toBe(`${fw.dimensions.length} 个部分`);
  });
});

describe('frameworkCompareView', () => {
  it('sets the compared frameworks side by side, one row per dimension position', () => {
    const v = frameworkCompareView(kb, sources);
    expect(v.sides.map((s) => s.entry.id)).toEqual(['tiny', 'tiny-two']);
    const longest = Math.max(...v.sides.map((s) => s.entry.data.dimensions.length));
    expect(v.rows).toHaveLength(longest);
    expect(v.rows[0]?.numeral).toBe('一');
    expect(v.editorial?.pairs[0]?.left.href).toBe('/frameworks/tiny/#t-open');
  });

  it('falls back to the four-dimension frameworks in source order when there is no comparison', () => {
    const v = frameworkCompareView({ ...kb, comparisons: [] }, sources);
    expect(v.sides.map((s) => s.entry.data.source)).toEqual(['four-dimensions', 'multi-dimensions']);
    expect(v.editorial).toBeUndefined();
  });

  it('labels a sub-point with its dimension', () => {
    const refs = [...indexDimensions(kb.frameworks).byId.values()];
    const point = refs.find((r) => r.level === 'point');
    if (point) expect(pairLabel(point)).toBe(`${point.dimension.name.value} · ${point.label}`);
    const dim = refs.find((r) => r.level === 'dimension')!;
    expect(pairLabel(dim)).toBe(dim.label);
  });
});

describe('frameworkIndexView', () => {
  it('groups frameworks by source in the upstream order and names the compared sources', () => {
    const v = frameworkIndexView(kb, sources);
    const order = [...sources.keys()];
    const positions = v.groups.map((g) => order.indexOf(g.source.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(v.compare).toEqual({ left: sources.get('four-dimensions')!.title, right: sources.get('multi-dimensions')!.title });
  });
});
