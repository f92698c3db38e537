import { describe, expect, it } from 'vitest';
import { tightenNumberUnits } from './number-units.ts';

describe('tightenNumberUnits', () => {
  it('closes the gap between numbers and their units', () => {
    expect(tightenNumberUnits('2018 年 4月，惠山区税务局牵头，联合区内 11家单位')).toBe('2018年4月，惠山区税务局牵头，联合区内11家单位');
    expect(tightenNumberUnits('发布第 39 次《报告》')).toBe('发布第39次《报告》');
    expect(tightenNumberUnits('由 1-2 个成员单位')).toBe('由1-2个成员单位');
    expect(tightenNumberUnits('达到 7.31 亿，年增长率为 83.7%')).toBe('达到7.31亿，年增长率为83.7%');
    expect(tightenNumberUnits('进入 21 世纪')).toBe('进入21世纪');
  });

  it('keeps spaces that are not between a number and its unit', () => {
    expect(tightenNumberUnits('江苏 苏州 215123。')).toBe('江苏 苏州 215123。');
    expect(tightenNumberUnits('(100706 北京朝阳门内大街 166 号)')).toBe('(100706 北京朝阳门内大街166号)');
    expect(tightenNumberUnits('ISBN 978 - 7 - 01 - 008716 - 0 定价：25.00 元')).toBe('ISBN 978 - 7 - 01 - 008716 - 0 定价：25.00元');
    expect(tightenNumberUnits('1/32 印张')).toBe('1/32 印张');
    expect(tightenNumberUnits('BAT 三家公司')).toBe('BAT 三家公司');
  });

  it('never touches an ideographic space set by a repair', () => {
    expect(tightenNumberUnits('第 1 版\u30002010 年')).toBe('第1版\u30002010年');
  });
});
