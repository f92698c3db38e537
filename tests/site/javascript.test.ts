// JavaScript only where a page needs it: the search page and the case library (facet
// filtering). Every other built page — reading pages above all — ships no script at all.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles, listFiles } from '../../src/lib/files.ts';
import { fileToUrlPath } from '../support/links/check.ts';
import { DIST } from '../support/sites.ts';

const NEEDS_SCRIPT = [/^\/search\/$/, /^\/cases\/$/, /^\/cases\/[^/]+\/[^/]+\/$/];

describe('JavaScript on built pages', () => {
  const pages = htmlFiles(DIST).map((file) => ({ url: fileToUrlPath('/', file), html: readFileSync(path.join(DIST, file), 'utf8') }));

  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.some((p) => p.url === '/sources/wuxi-alliance/')).toBe(true);
  });

  it('ships no script on reading pages (sources, guide, cases, practices, glossary, frameworks …)', () => {
    const offenders = pages
      .filter((p) => !NEEDS_SCRIPT.some((re) => re.test(p.url)))
      .filter((p) => /<script\b/i.test(p.html))
      .map((p) => p.url);
    expect(offenders).toEqual([]);
  });

  it('ships only the search index from Pagefind (and the variant-form table, vocabulary and startup file): no UI, search script, worker or WebAssembly', () => {
    // name.br / name.gz: the same files, compressed by the build (scripts/compress.ts).
    const shipped = listFiles(path.join(DIST, 'pagefind')).filter((f) => !/^(index|fragment|filter)\//.test(f) && !/\.(br|gz)$/.test(f));
    expect(shipped).toEqual(['kb-fold.json', 'kb-phrases.json', 'kb-start.json', 'kb-vocab.json', 'pagefind-entry.json', expect.stringMatching(/^pagefind\.zh-cn_\w+\.pf_meta$/)]);
  });

  it('loads the search script on the search page as an external module', () => {
    const search = pages.find((p) => p.url === '/search/');
    expect(search?.html).toMatch(/<script type="module" src="[^"]+\.js"><\/script>/);
  });
});
