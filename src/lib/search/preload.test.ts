import { describe, expect, it } from 'vitest';
import { staticImports, startupFiles, withModulePreloads, withStartupPreloads } from './preload.ts';

const page = (base: string) =>
  `<head><link rel="preload" href="${base}pagefind/pagefind-entry.json" as="fetch" crossorigin="anonymous"><link rel="preload" href="${base}pagefind/kb-fold.json" as="fetch" crossorigin="anonymous"></head>`;

describe('search page preloads', () => {
  it('lists the metadata and filter files of an index', () => {
    const files = startupFiles(
      { version: '1.6.0', indexHash: 'zh-cn_1', language: 'zh-cn', includeCharacters: [] },
      { version: '1.6.0', pages: [], chunks: [], filters: [{ name: 'type', hash: 'zh-cn_a' }] },
    );
    expect(files).toEqual(['pagefind.zh-cn_1.pf_meta', 'filter/zh-cn_a.pf_filter']);
  });

  it('adds them after the entry preload, under the page’s base, and replaces its own earlier links', () => {
    const once = withStartupPreloads(page('/kb/'), ['pagefind.x.pf_meta', 'filter/a.pf_filter']);
    expect(once).toBe(
      '<head><link rel="preload" href="/kb/pagefind/pagefind-entry.json" as="fetch" crossorigin="anonymous">' +
        '<link data-search-preload rel="preload" href="/kb/pagefind/pagefind.x.pf_meta" as="fetch" crossorigin="anonymous">' +
        '<link data-search-preload rel="preload" href="/kb/pagefind/filter/a.pf_filter" as="fetch" crossorigin="anonymous">' +
        '<link rel="preload" href="/kb/pagefind/kb-fold.json" as="fetch" crossorigin="anonymous"></head>',
    );
    const again = withStartupPreloads(once, ['pagefind.y.pf_meta']);
    expect(again).not.toContain('pagefind.x.pf_meta');
    expect(again.match(/data-search-preload/g)).toHaveLength(1);
    expect(withStartupPreloads('<head></head>', ['a'])).toBe('<head></head>');
  });

  it('preloads the modules the search script imports, so they load with it', () => {
    const js = 'import{a as e,c as t}from"./url-state.X1.js";import"./side.Y2.js";const z=import("./lazy.Z.js");';
    expect(staticImports(js)).toEqual(['./url-state.X1.js', './side.Y2.js']);
    const html = '<head><title>t</title></head><body><script type="module" src="/kb/_assets/search.A.js"></script></body>';
    const once = withModulePreloads(html, (src) => (src === '/kb/_assets/search.A.js' ? staticImports(js) : []));
    expect(once).toBe(
      '<head><title>t</title><link data-search-modulepreload rel="modulepreload" href="/kb/_assets/url-state.X1.js">' +
        '<link data-search-modulepreload rel="modulepreload" href="/kb/_assets/side.Y2.js"></head><body><script type="module" src="/kb/_assets/search.A.js"></script></body>',
    );
    expect(withModulePreloads(once, () => [])).toBe(html);
  });
});
