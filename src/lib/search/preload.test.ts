import { describe, expect, it } from 'vitest';
import { startupFiles, withStartupPreloads } from './preload.ts';

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
});
