import { describe, expect, it } from 'vitest';
import { bestUrls, countOccurrences, headingsOf, normalize, truthSearch, truthTerms, type TruthPage } from './search-truth.ts';

describe('search truth', () => {
  it('normalises: no whitespace or format characters, lower case', () => {
    expect(normalize(' 联席\u3000轮值\u200B APP ')).toBe('联席轮值app');
    expect(truthTerms('联席  轮值 联席')).toEqual(['联席', '轮值']);
  });

  it('counts overlapping occurrences', () => {
    expect(countOccurrences('哈哈哈', '哈哈')).toBe(2);
    expect(countOccurrences('党建', '')).toBe(0);
  });

  it('reads the headings Pagefind indexes (inside the body, outside ignored and removed elements)', () => {
    const html =
      '<nav><h2>导航</h2></nav><main data-pagefind-body><h1>标题<b>一</b></h1><div data-pagefind-ignore><h3>中央精神</h3></div>' +
      '<h2>小节。</h2><footer><h2>页脚</h2></footer><script>var a = "<h2>x</h2>";</script><h3>三</h3></main><h2>外面</h2>';
    expect(headingsOf(html)).toEqual({ title: '标题一.', titleText: '标题一', headings: ['标题一.', '小节。', '三.'] });
  });

  it('finds pages containing every term, best first', () => {
    const page = (url: string, text: string, title = '', headings: string[] = []): TruthPage => ({ url, text, title: `${title}.`, titleText: title, headings, filters: {} });
    const pages = [page('/a/', '联席轮值联席轮值'), page('/b/', '联席轮值', '联席轮值', ['联席轮值']), page('/c/', '联席')];
    const found = truthSearch(pages, '联席 轮值');
    expect(found.map((m) => m.url)).toEqual(['/b/', '/a/']);
    expect(found[1]!.occurrences).toBe(4);
    expect([...bestUrls(found)]).toEqual(['/b/']);
    expect(truthSearch(pages, '   ')).toEqual([]);
  });

  it('ranks the exact title first, then titles naming the term, then by relevance (occurrences per ∛length)', () => {
    const page = (url: string, text: string, title: string, headings: string[] = [title]): TruthPage => ({ url, text, title: `${title}.`, titleText: title, headings, filters: {} });
    const filler = '的'.repeat(4000);
    const pages = [
      page('/list/', `时间线党建联盟${filler.slice(0, 500)}`, '时间线'),
      page('/paper/', `论文${'党建联盟的探索'.repeat(30)}${filler}`, '论文'),
      page('/case/', '梁溪党建联盟党建联盟', '梁溪党建联盟'),
      page('/practice/', '党建联盟原文', '党建联盟'),
    ];
    const found = truthSearch(pages, '党建联盟');
    expect(found.map((m) => m.url)).toEqual(['/practice/', '/case/', '/paper/', '/list/']);
    expect(found[0]!.exactTitle).toBe(true);
    expect(found[2]!.score).toBeCloseTo(30 / Math.cbrt((2 + 30 * 7 + 4000) / 1000), 6);
    expect([...bestUrls(found)]).toEqual(['/practice/']);
  });
});
