import { describe, expect, it } from 'vitest';
import { decodeEntity, FURNITURE_PREFIX, GAP_ID, indexCopy, isExtraIndexCharacter, urlForFile } from './index-copy.ts';
import { ZWSP } from './text.ts';

const Z = ZWSP;
const G = `<span id="${GAP_ID}"></span>`;
const page = (body: string) => `<!doctype html><html><head><title>标题</title><style>p>a{color:red}</style></head><body>${body}</body></html>`;
const titleLength = (n: number) => `<meta data-pagefind-filter="title-length[content]" content="${n}">`;
const bodyOf = (html: string) => html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));

describe('indexCopy', () => {
  it('puts U+200B between neighbouring characters of body text only', () => {
    const out = indexCopy(page('<main data-pagefind-body><h1>党建</h1><p>联席，轮值</p></main>'));
    expect(out.startsWith('<!doctype html><html><head><title>标题</title><style>p>a{color:red}</style></head>')).toBe(true);
    expect(bodyOf(out)).toBe(`<main data-pagefind-body><h1>${Z}党${Z}建</h1>${titleLength(2)}<p>${G}${Z}联${Z}席${Z}，${Z}轮${Z}值</p></main>`);
  });

  it('records the length of the first h1 (the title) after it, counting characters only', () => {
    const out = bodyOf(indexCopy(page('<h1 id="t">梁溪 <b>党建</b>&amp;联盟</h1><h1>二</h1><h2>联</h2>')));
    expect(out).toBe(`<h1 id="t">${Z}梁${Z}溪 <b>${Z}党${Z}建</b>${Z}&amp;${Z}联${Z}盟</h1>${titleLength(7)}<h1>${G}${Z}二</h1><h2>${G}${Z}联</h2>`);
  });

  it('puts further hidden filters (the page origin) beside the title length', () => {
    const tag = '<meta data-pagefind-filter="origin[content]" content="source">';
    expect(bodyOf(indexCopy(page('<h1>党建</h1><p>联</p>'), undefined, undefined, tag))).toBe(`<h1>${Z}党${Z}建</h1>${titleLength(2)}${tag}<p>${G}${Z}联</p>`);
  });

  it('keeps whitespace as it is and puts no separator next to it', () => {
    expect(bodyOf(indexCopy(page('<p>APP open 2018 年</p>')))).toBe(`<p>${Z}A${Z}P${Z}P o${Z}p${Z}e${Z}n 2${Z}0${Z}1${Z}8 年</p>`);
  });

  it('separates text nodes that meet at inline markup', () => {
    expect(bodyOf(indexCopy(page('<p>党<b>建</b>联</p>')))).toBe(`<p>${Z}党<b>${Z}建</b>${Z}联</p>`);
  });

  it('leaves markup, attributes, comments, entities and scripts intact', () => {
    const body = `<p title="a > b 党建" data-x='联席'>A&amp;B&#x515A;&nbsp;C</p><!-- 注释 党 --><script>if (a<b) x = "党建";</script><textarea>原样</textarea>`;
    expect(bodyOf(indexCopy(page(body)))).toBe(
      `<p title="a > b 党建" data-x='联席'>${Z}A${Z}&amp;${Z}B${Z}&#x515A;&nbsp;C</p><!-- 注释 党 --><script>if (a<b) x = "党建";</script><textarea>原样</textarea>`,
    );
  });

  it('collects the punctuation and symbols it meets (not letters, digits, spaces or emoji)', () => {
    const chars = new Set<string>();
    indexCopy(page('<p>党建，联盟。“三会一课”（A&amp;B）😀 ①</p><script>{};</script>'), chars);
    expect([...chars].sort()).toEqual(['&', '“', '”', '。', '（', '）', '，'].sort());
    expect(isExtraIndexCharacter('、')).toBe(true);
    expect(isExtraIndexCharacter('字')).toBe(false);
  });

  it('handles a page without a body element and a stray "<"', () => {
    expect(indexCopy('<p>a < b</p>')).toBe(`<p>${Z}a ${Z}< b</p>`);
  });

  it('marks where the indexed text is interrupted: block edges and elements left out of the index', () => {
    // A 出处 link inside a line, table cells, a line break; no marker at a block's start with an id
    // (it is an anchor itself) or where no indexed text came before.
    const body = '<main data-pagefind-body><p id="p1">机制<a data-pagefind-ignore>出处</a>机构</p><table><tr><td>一</td><td>二<br>三</td></tr></table></main>';
    expect(bodyOf(indexCopy(page(body))).split('<meta')[0]).toBe(
      `<main data-pagefind-body><p id="p1">${Z}机${Z}制<a data-pagefind-ignore>${Z}出${Z}处</a>${G}${Z}机${Z}构</p><table><tr><td>${G}${Z}一</td><td>${G}${Z}二<br>${G}${Z}三</td></tr></table></main>`,
    );
  });

  it('records the text the page shows besides the indexed text, once each, unless the index holds it', () => {
    const body =
      '<header>基层党建知识库</header><nav>联席轮值</nav><main data-pagefind-body><h1>联席轮值</h1><p>正文<a data-pagefind-ignore>出处<span>：《论文》</span></a></p><p data-pagefind-ignore>出处：《论文》</p></main>';
    const out = indexCopy(page(body));
    expect(out).toContain(`${titleLength(4)}<span id="${FURNITURE_PREFIX}基层党建知识库¦出处：《论文》"></span>`);
    expect(indexCopy(page('<main data-pagefind-body><p>正文</p></main>'))).not.toContain(FURNITURE_PREFIX);
  });

  it('decodes character references', () => {
    expect(decodeEntity('&amp;')).toBe('&');
    expect(decodeEntity('&#20826;')).toBe('党');
    expect(decodeEntity('&#x515A;')).toBe('党');
    expect(decodeEntity('&hellip;')).toBeUndefined();
  });
});

describe('urlForFile', () => {
  it('gives directory URLs for index files', () => {
    expect(urlForFile('index.html')).toBe('/');
    expect(urlForFile('cases/a/index.html')).toBe('/cases/a/');
    expect(urlForFile('404.html')).toBe('/404.html');
  });
});
