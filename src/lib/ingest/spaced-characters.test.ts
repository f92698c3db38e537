import { describe, expect, it } from 'vitest';
import { joinSpacedCharacters, tightenPunctuation } from './spaced-characters.ts';

describe('joinSpacedCharacters', () => {
  it('joins characters the layout spaced apart', () => {
    expect(joinSpacedCharacters(' 中 央 精 神\t252')).toBe(' 中央精神\t252');
    expect(joinSpacedCharacters('人 民 出 版 社')).toBe('人民出版社');
    expect(joinSpacedCharacters('中， 将 它 们 的 功 能 与 环 境 的 其 他 分 离 部 分 紧 密')).toBe('中， 将它们的功能与环境的其他分离部分紧密');
    expect(joinSpacedCharacters(' 典 型 案 例 坚持“四个创新”，构建城乡统筹党建 新 格 局')).toBe(' 典型案例 坚持“四个创新”，构建城乡统筹党建 新格局');
  });

  it('leaves words separated by spaces alone', () => {
    expect(joinSpacedCharacters('新时期 新任务 新思路')).toBe('新时期 新任务 新思路');
    expect(joinSpacedCharacters('江苏 苏州 215123')).toBe('江苏 苏州 215123');
    expect(joinSpacedCharacters('策 划：阳 光 王德树')).toBe('策划：阳光 王德树');
  });
});

describe('tightenPunctuation', () => {
  it('removes layout spaces beside punctuation in Chinese text', () => {
    expect(tightenPunctuation('以业务强党建， 积极探索')).toBe('以业务强党建，积极探索');
    expect(tightenPunctuation('各部门党委 ( 党组 ) 都做到了聚精会神抓党建 ? 是不是')).toBe('各部门党委(党组)都做到了聚精会神抓党建?是不是');
    expect(tightenPunctuation('内在要求 , 关乎')).toBe('内在要求,关乎');
  });

  it('keeps spaces in Latin text and between numbers', () => {
    expect(tightenPunctuation('governance, grass-roots Party building')).toBe('governance, grass-roots Party building');
    expect(tightenPunctuation('电话 (010) 65260042')).toBe('电话(010) 65260042');
    expect(tightenPunctuation('“党建 +”行动')).toBe('“党建 +”行动');
  });
});
