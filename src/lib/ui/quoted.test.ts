import { describe, expect, it } from 'vitest';
import { quoted, unquoted } from './quoted.ts';
import { SEARCH_PAGE_TEXT } from './zh-CN.ts';

describe('quoted', () => {
  it('puts a name in one pair of quotation marks, its own inner ones turned into ‘’', () => {
    expect(quoted('联席轮值机制')).toBe('“联席轮值机制”');
    expect(quoted('“支部建在连上”')).toBe('“支部建在连上”');
    expect(quoted('党员社区“双报到”')).toBe('“党员社区‘双报到’”');
    expect(quoted('“五步直通工作法”推动党内基层民主')).toBe('“‘五步直通工作法’推动党内基层民主”');
    expect(unquoted('“公推直选”')).toBe('公推直选');
  });

  it('quotes the near name of a search result group once', () => {
    expect(SEARCH_PAGE_TEXT.groups.near('“支部建在连上”')).toBe('相近名称“支部建在连上”');
    expect(SEARCH_PAGE_TEXT.groups.near('联席轮值机制')).toBe('相近名称“联席轮值机制”');
  });
});
