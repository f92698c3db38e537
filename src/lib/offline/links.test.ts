import { describe, expect, it } from 'vitest';
import { fileFormOf, fileOf, offlineUrl, rootFrom, splitUrl } from './links.ts';

const files = new Set(['index.html', '404.html', 'sources/a/index.html', 'sources/index.html', 'topics/t/handout.docx', 'topics/t/handout/index.html', '_assets/x.css', 'search/index.html']);

describe('offlineUrl', () => {
  it('turns directory addresses into relative paths ending at index.html, keeping query and hash', () => {
    expect(offlineUrl('/sources/a/#p12', 'sources/b/index.html', '/', files)).toBe('../a/index.html#p12');
    expect(offlineUrl('/', 'sources/a/index.html', '/', files)).toBe('../../index.html');
    expect(offlineUrl('/search/?q=%E5%85%9A', 'index.html', '/', files)).toBe('search/index.html?q=%E5%85%9A');
    expect(offlineUrl('/sources/a', 'index.html', '/', files)).toBe('sources/a/index.html');
  });

  it('strips any base path and leaves files as they are', () => {
    expect(offlineUrl('/kb/_assets/x.css', 'topics/t/handout/index.html', '/kb/', files)).toBe('../../../_assets/x.css');
    expect(offlineUrl('/kb/topics/t/handout.docx', 'topics/t/handout/index.html', '/kb/', files)).toBe('../handout.docx');
    expect(offlineUrl('/kb/', '404.html', '/kb/', files)).toBe('index.html');
    expect(offlineUrl('/other/x/', 'index.html', '/kb/', files)).toBeUndefined();
  });

  it('resolves relative addresses against the page, and leaves hashes and external addresses alone', () => {
    expect(offlineUrl('../a/', 'sources/b/index.html', '/', files)).toBe('../a/index.html');
    expect(offlineUrl('#p3', 'sources/a/index.html', '/', files)).toBe('#p3');
    expect(offlineUrl('https://example.cn/x/', 'index.html', '/', files)).toBe('https://example.cn/x/');
    expect(offlineUrl('mailto:a@b.cn', 'index.html', '/', files)).toBe('mailto:a@b.cn');
  });

  it('names no file for an address the edition does not have', () => {
    expect(offlineUrl('/sources/missing/', 'index.html', '/', files)).toBeUndefined();
    expect(offlineUrl('../../../x', 'sources/a/index.html', '/', files)).toBeUndefined();
  });
});

describe('helpers', () => {
  it('splits, finds files, climbs to the root and writes page addresses in file form', () => {
    expect(splitUrl('/a/?q=1#p2')).toEqual({ path: '/a/', query: '?q=1', hash: '#p2' });
    expect(splitUrl('/a/#x?y')).toEqual({ path: '/a/', query: '', hash: '#x?y' });
    expect(fileOf('', files)).toBe('index.html');
    expect(fileOf('sources/', files)).toBe('sources/index.html');
    expect(fileOf('nothing/', files)).toBeUndefined();
    expect(rootFrom('index.html')).toBe('./');
    expect(rootFrom('sources/a/index.html')).toBe('../../');
    expect(fileFormOf('/glossary/x/')).toBe('/glossary/x/index.html');
    expect(fileFormOf('/sources/x/#p1')).toBe('/sources/x/index.html#p1');
    expect(fileFormOf('/topics/t/handout.docx')).toBe('/topics/t/handout.docx');
  });
});
