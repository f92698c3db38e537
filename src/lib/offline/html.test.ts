import { describe, expect, it } from 'vitest';
import { offlineNames, offlinePage } from './html.ts';

const files = new Set(['index.html', 'search/index.html', 'sources/a/index.html', '_assets/s.css', '_assets/main.js', 'favicon.svg']);
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="canonical" href="http://127.0.0.1:4321/search/"><link rel="sitemap" href="/kb/sitemap-index.xml"><link rel="preload" href="/kb/pagefind/pagefind-entry.json" as="fetch" crossorigin="anonymous"><link rel="icon" href="/kb/favicon.svg"><link rel="stylesheet" href="/kb/_assets/s.css">${head}</head><body>${body}</body></html>`;

describe('offlinePage', () => {
  const search = offlinePage(
    page(
      '<main><div data-search-page data-pagefind-url="/kb/pagefind/" data-base="/kb/"><form action="/kb/search/" method="get"></form><a href="/kb/sources/a/#p3">a</a><a href="https://example.cn/">x</a></div></main>',
      '<script type="module" src="/kb/_assets/main.js"></script>',
    ),
    { from: 'search/index.html', base: '/kb/', files },
  );

  it('makes links, assets and forms relative paths to files, and points the search page at its own data', () => {
    expect(search.missing).toEqual([]);
    expect(search.html).toContain('href="../sources/a/index.html#p3"');
    expect(search.html).toContain('action="index.html"');
    expect(search.html).toContain('href="../_assets/s.css"');
    expect(search.html).toContain('href="../favicon.svg"');
    expect(search.html).toContain('href="https://example.cn/"');
    expect(search.html).toContain('data-pagefind-url="../pagefind/"');
    expect(search.html).toContain('data-base="../"');
  });

  it('adds the CSP and the offline marker; drops canonical, sitemap and fetch preloads', () => {
    expect(search.html).toMatch(/<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self';[^"]*connect-src 'none'/);
    expect(search.html).toContain('<html lang="zh-CN" data-offline-edition="">');
    expect(search.html).not.toMatch(/canonical|sitemap|preload/);
  });

  it('loads module scripts as deferred classic scripts, and names them for bundling', () => {
    expect(search.html).toContain('<script src="../_assets/main.js" defer=""></script>');
    expect(search.html).not.toContain('type="module"');
    expect(search.scripts).toEqual(['_assets/main.js']);
  });

  it('reports addresses that name no file', () => {
    const r = offlinePage(page('<a href="/kb/nowhere/">x</a>'), { from: 'index.html', base: '/kb/', files });
    expect(r.missing).toEqual(['/kb/nowhere/']);
  });

  it('says on the home page that it is the offline edition, with the date and the online address when known', () => {
    const body = '<main><section class="home-hero"><h1>基层党建知识库</h1><p class="lead">汇集</p><form></form></section></main>';
    const withUrl = offlinePage(page(body), { from: 'index.html', base: '/', files, home: { date: '2026 年 12 月 7 日', onlineUrl: 'https://kb.example.cn/' } });
    expect(withUrl.html).toContain(
      '<p class="lead">汇集</p><p data-offline-notice=""><strong>离线版</strong>：可直接从本机或 U 盘中打开，不需要网络，全文搜索同样可用。构建日期：2026 年 12 月 7 日。在线版网址：<a href="https://kb.example.cn/">https://kb.example.cn/</a>。</p>',
    );
    const without = offlinePage(page(body), { from: 'index.html', base: '/', files, home: { date: '2026 年 12 月 7 日' } });
    expect(without.html).toContain('构建日期：2026 年 12 月 7 日。</p>');
    expect(without.html).not.toContain('在线版网址');
  });
});

describe('offlineNames', () => {
  it('writes the suggested pages in file form', () => {
    expect(JSON.parse(offlineNames('[{"name":"党建联盟","type":"术语","href":"/glossary/x/"}]'))).toEqual([{ name: '党建联盟', type: '术语', href: '/glossary/x/index.html' }]);
  });
});
