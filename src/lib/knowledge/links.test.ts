import { describe, expect, it } from 'vitest';
import { encodeFragment, fragmentText, locateQuote, quoteHref } from './links.ts';

describe('fragmentText', () => {
  it('takes the first run of CJK text, skipping numbers that the reading text may re-space', () => {
    expect(fragmentText('2018 年 4月，惠山区税务局牵头，联合区内 11家单位组建红帆党建联盟')).toBe('月，惠山区税务局牵头，联合区内');
    expect(fragmentText('联盟章程要求，各联盟建立要有完善的共建责任机制')).toBe('联盟章程要求，各联盟建立要有完善');
  });

  it('falls back to the longest run when no run is long enough', () => {
    expect(fragmentText('On line 型')).toBe('型');
  });
});

describe('quoteHref', () => {
  it('links to the source page with an encoded text fragment', () => {
    const href = quoteHref({ source: 'wuxi-alliance', text: '各联盟约定，联盟大会是联盟的议事决策机构' });
    expect(href.startsWith('/sources/wuxi-alliance/#:~:text=')).toBe(true);
    expect(decodeURIComponent(href.split('text=')[1] ?? '')).toBe('各联盟约定，联盟大会是联盟的议事决策机构'.slice(0, 16));
  });

  it('escapes the characters the fragment syntax reserves', () => {
    expect(encodeFragment('a-b,c&d')).toBe('a%2Db%2Cc%26d');
  });
});

describe('locateQuote', () => {
  it('gives the raw line for sectionOf', () => {
    expect(locateQuote({ source: 'wuxi-alliance', text: '二行' }, '一行\n二行')).toEqual({ source: 'wuxi-alliance', line: 2, endLine: 2 });
    expect(locateQuote({ source: 'wuxi-alliance', text: '三行' }, '一行\n二行')).toBeNull();
  });
});
