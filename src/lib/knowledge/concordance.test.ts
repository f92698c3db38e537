import { describe, expect, it } from 'vitest';
import { termHits } from './concordance.ts';

describe('termHits', () => {
  it('skips occurrences inside an excluded longer word', () => {
    expect(termHits('提升组织力，发挥组织力量', { forms: ['组织力'], excludes: ['组织力量'] })).toEqual([{ start: 2, end: 5 }]);
  });
  it('prefers the longer form where forms overlap', () => {
    expect(termHits('服务型党组织', { forms: ['服务型', '服务型党组织'] })).toEqual([{ start: 0, end: 6 }]);
  });
});
