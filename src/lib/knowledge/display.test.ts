import { describe, expect, it } from 'vitest';
import { displayText, quoteInline } from './display.ts';

describe('displayText', () => {
  it('cleans PDF spacing like the reading text', () => {
    expect(displayText('原则上每月组织 1次活动')).toBe('原则上每月组织1次活动');
    expect(displayText('2018 年 4月，惠山区')).toBe('2018年4月，惠山区');
    expect(displayText('各部门党委 ( 党组 ) 都做到了聚精会神抓党建 ?')).toBe('各部门党委（党组）都做到了聚精会神抓党建？');
    expect(displayText('各部门党委 ( 党组 ) 都做到了抓党建 ?是不是')).toBe('各部门党委（党组）都做到了抓党建？是不是');
    expect(displayText('联合区内 11家单位组建\n红帆党建联盟')).toBe('联合区内11家单位组建红帆党建联盟');
    expect(displayText('人 民 出 版 社')).toBe('人民出版社');
  });
  it('drops a contents line’s leader dots and page number', () => {
    expect(displayText('第五章　创新党内基层民主建设..... 127')).toBe('第五章　创新党内基层民主建设');
    expect(displayText('党员管理工作创新……..159')).toBe('党员管理工作创新');
    expect(displayText('他说……')).toBe('他说……');
  });
  it('leaves Latin text alone', () => {
    expect(displayText('grass-roots Party building, China')).toBe('grass-roots Party building, China');
  });
});

describe('quoteInline', () => {
  it('nests the quote’s own marks as single ones instead of doubling the closing mark', () => {
    expect(quoteInline('同盟“应该使自己的每一个支部变成工人联合会的中心和核心”')).toBe('“同盟‘应该使自己的每一个支部变成工人联合会的中心和核心’”');
  });
});
