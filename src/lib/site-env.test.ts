import { describe, expect, it } from 'vitest';
import { siteBase, siteUrl } from './site-env.ts';

describe('siteBase', () => {
  it('defaults to the root', () => expect(siteBase({})).toBe('/'));
  it('adds missing slashes', () => {
    expect(siteBase({ SITE_BASE: 'kb' })).toBe('/kb/');
    expect(siteBase({ SITE_BASE: '/a/b' })).toBe('/a/b/');
  });
  it('rejects a value that is not a path', () => {
    expect(() => siteBase({ SITE_BASE: 'https://x/' })).toThrow(/SITE_BASE/);
  });
});

describe('siteUrl', () => {
  it('keeps only the origin', () => expect(siteUrl({ SITE_URL: 'https://kb.example.cn/x/' })).toBe('https://kb.example.cn'));
  it('names the variable when invalid', () => expect(() => siteUrl({ SITE_URL: 'nope' })).toThrow(/SITE_URL/));
});
