import { describe, expect, it } from 'vitest';
import { windowsRecovered } from './recovery.ts';

describe('windowsRecovered', () => {
  it('is 1 for the same text, whatever the spaces and line breaks', () => {
    expect(windowsRecovered('党建联盟关键在于各联盟单位要积极开始活动', '党建联盟关键在于\n各联盟单位 要积极开始活动').share).toBe(1);
  });
  it('loses the windows across a dropped character or a wrong join', () => {
    const known = '党建联盟关键在于各联盟单位要积极开始活动，真正行动起来';
    const r = windowsRecovered(known, known.replace('积', ''));
    expect(r.share).toBeLessThan(0.5);
    expect(r.missing).toContain('各联盟单位要积极开始活动');
  });
});
