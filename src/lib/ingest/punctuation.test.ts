import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from './punctuation.ts';

describe('fullWidthPunctuation', () => {
  it('sets , ; ? between Chinese characters full-width', () => {
    expect(fullWidthPunctuation('要求,关乎全局;抓党建?是不是')).toBe('要求，关乎全局；抓党建？是不是');
    expect(fullWidthPunctuation('都做到了聚精会神抓党建?”')).toBe('都做到了聚精会神抓党建？”');
    expect(fullWidthPunctuation('都做到了聚精会神抓党建?')).toBe('都做到了聚精会神抓党建？');
  });
  it('sets parentheses around Chinese text next to Chinese text full-width, both together', () => {
    expect(fullWidthPunctuation('各部门党委(党组)都做到')).toBe('各部门党委（党组）都做到');
    expect(fullWidthPunctuation('(党组)书记')).toBe('（党组）书记');
  });
  it('leaves Latin, numbers and mixed text alone', () => {
    expect(fullWidthPunctuation('governance, grass-roots (party); why?')).toBe('governance, grass-roots (party); why?');
    expect(fullWidthPunctuation('2018,2019年')).toBe('2018,2019年');
    expect(fullWidthPunctuation('见图(1)所示')).toBe('见图(1)所示');
    expect(fullWidthPunctuation('Party (党建) building')).toBe('Party (党建) building');
  });
});
