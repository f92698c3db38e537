import { describe, expect, it } from 'vitest';
import { Folding, parseFoldData, widthFold } from './fold.ts';
import { foldDataFor, fullFolding, traditionalToSimplified } from './fold-table.ts';
import { parseQuery } from './query.ts';

describe('widthFold', () => {
  it('turns full-width letters, digits and signs into ASCII, and leaves everything else', () => {
    expect([...'ＯＮＬＩＮＥ２０１８ａ'].map(widthFold).join('')).toBe('ONLINE2018a');
    expect([...'＋（），：；！？％'].map(widthFold).join('')).toBe('+(),:;!?%');
    // CJK, the ideographic full stop and comma, and characters NFKC would expand stay as they are.
    for (const ch of ['。', '党', '㈠', 'ﬁ', '、', '+']) expect(widthFold(ch)).toBe(ch);
  });

  it('folds quotation marks, middle dots and dashes to one form each', () => {
    expect(new Set([...'“”「」『』"＂‘’\''].map(widthFold))).toEqual(new Set(['"']));
    expect(new Set([...'·・･•‧'].map(widthFold))).toEqual(new Set(['·']));
    expect(new Set([...'—–-－‐'].map(widthFold))).toEqual(new Set(['-']));
  });
});

describe('traditional → simplified table (OpenCC data)', () => {
  it('maps traditional characters to simplified ones, one to one', () => {
    const t2s = traditionalToSimplified();
    expect(t2s.get('黨')).toBe('党');
    expect(t2s.get('聯')).toBe('联');
    expect(t2s.get('盟')).toBeUndefined();
    for (const [t, s] of t2s) expect([Array.from(t).length, Array.from(s).length]).toEqual([1, 1]);
  });

  it('leaves characters that are simplified forms in their own right', () => {
    const f = fullFolding();
    expect(f.fold('麽')).toBe('麽');
    expect([...'党建联盟强基'].map((c) => f.fold(c)).join('')).toBe('党建联盟强基');
  });
});

describe('Folding', () => {
  const site = [...'党建联盟黨ON2０１８'];
  const data = foldDataFor(site);
  const folding = new Folding(parseFoldData(JSON.parse(JSON.stringify(data))));

  it('keeps only the table entries the site can use, and lists the site’s own variant characters', () => {
    expect(Array.from(data.pairs).length % 2).toBe(0);
    expect(data.pairs).toContain('黨党');
    expect(data.pairs).toContain('聯联');
    expect(data.pairs).not.toContain('國国');
    expect(data.variants).toEqual({ '党': ['黨'], '0': ['０'], '1': ['１'], '8': ['８'] });
  });

  it('gives a query character its folded form and every site form of it', () => {
    expect(folding.forms('黨')).toEqual(['党', '黨']);
    expect(folding.forms('党')).toEqual(['党', '黨']);
    expect(folding.forms('聯')).toEqual(['联']);
    expect(folding.forms('Ｏ')).toEqual(['o']);
    expect(folding.forms('２')).toEqual(['2']);
    expect(folding.forms('１')).toEqual(['1', '１']);
  });

  it('makes query tokens that match the folded form and the site’s variants, keeping one token per character', () => {
    const q = parseQuery('黨建聯盟 ＯＮ\u3000２０１８', new Set(), folding);
    expect(q.terms.map((t) => t.text)).toEqual(['黨建聯盟', 'ＯＮ', '２０１８']);
    const [alliance, on, year] = q.terms;
    expect(alliance!.tokens.map((t) => t?.form)).toEqual(['党', '建', '联', '盟']);
    expect(alliance!.tokens[0]!.also?.map((t) => t.form)).toEqual(['黨']);
    expect(on!.tokens.map((t) => t?.key)).toEqual(['o', 'n']);
    expect(year!.tokens.map((t) => [t?.form, ...(t?.also ?? []).map((a) => a.form)])).toEqual([['2'], ['0', '０'], ['1', '１'], ['8', '８']]);
    // The same query in simplified / half-width form is the same search.
    const plain = parseQuery('党建联盟 ON 2018', new Set(), folding);
    expect(plain.terms.map((t) => t.tokens.map((k) => k?.form))).toEqual(q.terms.map((t) => t.tokens.map((k) => k?.form)));
  });

  it('rejects a fold file of the wrong shape', () => {
    expect(() => parseFoldData({ pairs: 1 })).toThrow(/kb-fold.json/);
  });
});
