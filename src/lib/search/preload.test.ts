import { describe, expect, it } from 'vitest';
import { dynamicImports, staticImports, startupFiles, withModulePreloads } from './preload.ts';

describe('search page preloads', () => {
  it('lists the metadata and filter files of an index', () => {
    const files = startupFiles(
      { version: '1.6.0', indexHash: 'zh-cn_1', language: 'zh-cn', includeCharacters: [] },
      { version: '1.6.0', pages: [], chunks: [], filters: [{ name: 'type', hash: 'zh-cn_a' }] },
    );
    expect(files).toEqual(['pagefind.zh-cn_1.pf_meta', 'filter/zh-cn_a.pf_filter']);
  });

  it('preloads the page’s scripts, largest first, and the modules they import (statically, dynamically, indirectly), before its other links', () => {
    const js = 'import{a as e,c as t}from"./url-state.X1.js";import"./side.Y2.js";const z=p(()=>import("./lazy.Z.js"),[]);const w=import(`./lazy.Z.js`);';
    expect(staticImports(js)).toEqual(['./url-state.X1.js', './side.Y2.js']);
    expect(dynamicImports(js)).toEqual(['./lazy.Z.js']);
    const html =
      '<head><title>t</title><link rel="stylesheet" href="/kb/_assets/a.css"></head><body>' +
      '<script type="module" src="/kb/_assets/guard.B.js"></script><script type="module" src="/kb/_assets/search.A.js"></script></body>';
    const modules = (src: string) =>
      src === '/kb/_assets/search.A.js'
        ? { size: 40000, imports: [...staticImports(js), ...dynamicImports(js)] }
        : src === '/kb/_assets/lazy.Z.js'
          ? { size: 20000, imports: ['./side.Y2.js', './deep.W.js'] }
          : { size: 500, imports: [] };
    const once = withModulePreloads(html, modules);
    expect(once).toBe(
      '<head><title>t</title>' +
        '<link data-search-modulepreload rel="modulepreload" href="/kb/_assets/search.A.js">' +
        '<link data-search-modulepreload rel="modulepreload" href="/kb/_assets/url-state.X1.js">' +
        '<link data-search-modulepreload rel="modulepreload" href="/kb/_assets/side.Y2.js">' +
        '<link data-search-modulepreload rel="modulepreload" href="/kb/_assets/lazy.Z.js">' +
        '<link data-search-modulepreload rel="modulepreload" href="/kb/_assets/deep.W.js">' +
        '<link data-search-modulepreload rel="modulepreload" href="/kb/_assets/guard.B.js">' +
        '<link rel="stylesheet" href="/kb/_assets/a.css"></head><body>' +
        '<script type="module" src="/kb/_assets/guard.B.js"></script><script type="module" src="/kb/_assets/search.A.js"></script></body>',
    );
    expect(withModulePreloads(once, modules)).toBe(once);
    expect(withModulePreloads('<head><link rel="icon" href="/i.svg"></head><body></body>', modules)).toBe('<head><link rel="icon" href="/i.svg"></head><body></body>');
  });
});
