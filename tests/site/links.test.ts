// Link check over the built HTML under base "/" (dist/) and "/kb/" (.tmp/site-kb): every
// internal href/src/action resolves to a built file under the base path, every #fragment names
// an element in the target page, no id occurs twice in a page, no resource comes from another
// origin. The sitemap and the built pages agree, so the browser test that walks the sitemap
// sees every page.
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/lib/files.ts';
import { checkLinks, fileToUrlPath, formatBroken } from '../support/links/check.ts';
import { readSitemap } from '../support/links/sitemap.ts';
import { siteUrl } from '../../src/lib/site-env.ts';
import { DIST, KB_BASE, KB_DIST } from '../support/sites.ts';

const ORIGIN = siteUrl(process.env);

describe.each([
  { dir: DIST, base: '/' },
  { dir: KB_DIST, base: KB_BASE },
])('built site under base $base', ({ dir, base }) => {
  it('every internal link and #anchor resolves', () => {
    const report = checkLinks({ dir, base, origin: ORIGIN });
    console.log(
      `links under ${base}: ${report.pages} pages, ${report.links} internal references ` +
        `(${report.targets} distinct targets, ${report.fragments} with #fragments), ${report.external.length} external links`,
    );
    expect(report.pages).toBeGreaterThan(2);
    expect(report.links).toBeGreaterThan(report.pages);
    expect(report.broken.length, `broken links under ${base}:\n${formatBroken(report.broken)}\n`).toBe(0);
  });

  it('the sitemap lists exactly the built pages (all but 404.html), with canonical URLs under the base', () => {
    const listed = readSitemap(dir).map((u) => {
      const url = new URL(u);
      expect(url.origin).toBe(ORIGIN);
      return url.pathname;
    });
    const built = htmlFiles(dir)
      .filter((f) => f !== '404.html')
      .map((f) => fileToUrlPath(base, f));
    expect([...listed].sort()).toEqual([...built].sort());
  });
});
