// JavaScript only where a page needs it: the search page and the case library (facet
// filtering). Every other built page — reading pages above all — ships no script at all.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from '../support/sites.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Site-relative URL of a built file ("cases/index.html" → "/cases/"). */
function urlOf(file: string): string {
  const rel = path.relative(DIST, file).split(path.sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

const NEEDS_SCRIPT = [/^\/search\/$/, /^\/cases\/$/, /^\/cases\/[^/]+\/[^/]+\/$/];

describe('JavaScript on built pages', () => {
  const pages = htmlFiles(DIST).map((file) => ({ url: urlOf(file), html: readFileSync(file, 'utf8') }));

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

  it('loads the search script on the search page as an external module', () => {
    const search = pages.find((p) => p.url === '/search/');
    expect(search?.html).toMatch(/<script type="module" src="[^"]+\.js"><\/script>/);
  });
});
