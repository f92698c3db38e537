import { describe, expect, it } from 'vitest';
import { countPoints, indexDimensions } from './frameworks.ts';
import { loadFixtureKb } from '../content/test-fixture.ts';

describe('indexDimensions', () => {
  it('indexes dimensions and sub-points by id with their framework and field path', () => {
    const kb = loadFixtureKb();
    const { byId, duplicates } = indexDimensions(kb.frameworks);
    expect([...byId.keys()].sort()).toEqual(['t-open', 't-open-strata', 't-political']);
    expect(byId.get('t-open-strata')).toMatchObject({ level: 'point', frameworkId: 'tiny', label: '吸纳新兴阶层', field: 'dimensions[0].points[0].id' });
    expect(duplicates.size).toBe(0);
  });

  it('collects duplicate ids', () => {
    const kb = loadFixtureKb();
    kb.frameworks[0]!.data.dimensions[0]!.id = 't-open';
    kb.frameworks[1]!.data.dimensions[0]!.id = 't-open';
    expect([...indexDimensions(kb.frameworks).duplicates.keys()]).toEqual(['t-open']);
  });

  it('counts sub-points', () => {
    const kb = loadFixtureKb();
    expect(kb.frameworks.map((f) => countPoints(f.data)).sort()).toEqual([0, 1]);
  });
});
