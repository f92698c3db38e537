import { describe, expect, it } from 'vitest';
import { byteRange, cacheControl, chooseEncoding, contentType, etagMatches, isCompressible } from './policy.ts';

describe('cacheControl', () => {
  it('caches files named by their content hash for a year and revalidates the rest', () => {
    for (const hashed of ['_assets/BaseLayout.WEZxqImd.css', 'pagefind/index/zh-cn_3dfeb60.pf_index', 'pagefind/fragment/zh-cn_1a2b.pf_fragment', 'pagefind/filter/zh-cn_172e42a.pf_filter']) {
      expect(cacheControl(hashed)).toBe('public, max-age=31536000, immutable');
    }
    for (const named of ['index.html', 'sources/a/index.html', '404.html', 'pagefind/pagefind-entry.json', 'pagefind/kb-fold.json', 'favicon.svg', 'cases/x/handout.docx', 'sitemap-index.xml']) {
      expect(cacheControl(named)).toBe('no-cache');
    }
  });
});

describe('contentType and isCompressible', () => {
  it('names the charset of text types and compresses text only', () => {
    expect(contentType('index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('pagefind/index/x.pf_index')).toBe('application/octet-stream');
    expect(contentType('x/handout.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(isCompressible('a.css')).toBe(true);
    expect(isCompressible('pagefind/fragment/x.pf_fragment')).toBe(false);
    expect(isCompressible('x/handout.docx')).toBe(false);
  });
});

describe('chooseEncoding', () => {
  const all = ['br', 'gzip', 'identity'] as const;
  it('prefers brotli, then gzip, then the file as it is', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', all)).toBe('br');
    expect(chooseEncoding('gzip', all)).toBe('gzip');
    expect(chooseEncoding('gzip, br', ['gzip', 'identity'])).toBe('gzip');
    expect(chooseEncoding(undefined, all)).toBe('identity');
    expect(chooseEncoding('deflate', all)).toBe('identity');
  });
  it('honours q=0', () => {
    expect(chooseEncoding('br;q=0, gzip', all)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0', all)).toBe('identity');
    expect(chooseEncoding('identity;q=0', ['identity'])).toBeUndefined();
  });
});

describe('byteRange', () => {
  it('reads one range, refuses one beyond the end, and ignores the rest', () => {
    expect(byteRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(byteRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-5', 100)).toEqual({ start: 95, end: 99 });
    expect(byteRange('bytes=200-300', 100)).toBe('unsatisfiable');
    expect(byteRange('bytes=0-1,50-60', 100)).toBeUndefined();
    expect(byteRange('lines=1-2', 100)).toBeUndefined();
    expect(byteRange('nonsense', 100)).toBeUndefined();
    expect(byteRange(undefined, 100)).toBeUndefined();
  });
});

describe('etagMatches', () => {
  it('compares weakly and accepts lists and *', () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches('*', '"abc"')).toBe(true);
    expect(etagMatches('"abc-br"', '"abc"')).toBe(false);
  });
});
