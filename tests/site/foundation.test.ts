// The site works as built, under base "/" and under "/kb/": home page, a content page and
// the search page load; a Pagefind search for a Chinese word runs through the real index;
// every request stays on the site's own origin. Screenshots of the home page are saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { gotoSettled, watchPage, saveScreenshot } from '../support/browser.ts';
import { launchBrowser } from '../../scripts/kit/browser.ts';
import { servedDuringTests } from '../support/server.ts';
import { DIST, KB_BASE, KB_DIST, ROOT } from '../support/sites.ts';

const SHOTS = path.join(ROOT, '.tmp/shots');
const builds = [
  { name: 'root', dir: DIST, base: '/' },
  { name: 'kb', dir: KB_DIST, base: KB_BASE },
];

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(builds)('site under base $base', ({ name, dir, base }) => {
  const site = servedDuringTests(dir, base);

  it('loads the home page, a content page and the search page with only same-origin requests', async () => {
    const page = await browser.newPage();
    const seen = watchPage(page);
    for (const p of ['', 'sources/wuxi-alliance/', 'search/?q=联席轮值']) {
      const res = await gotoSettled(page, site.url(p));
      expect(res?.status(), p).toBe(200);
    }
    const total = await page.locator('[data-search-results]').getAttribute('data-total');
    expect(Number(total)).toBeGreaterThan(0);
    const first = await page.locator('[data-search-results] a[data-result-url]').first().getAttribute('href');
    expect(first?.startsWith(base)).toBe(true);
    expect(seen.requests.length).toBeGreaterThan(3);
    const offOrigin = seen.requests.filter((u) => !u.startsWith(site.origin) && !u.startsWith('data:'));
    expect(offOrigin).toEqual([]);
    expect(seen.requests.filter((u) => !new URL(u).pathname.startsWith(base))).toEqual([]);
    expect(seen.failures).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('draws the home page in Chinese at phone and desktop widths', async () => {
    for (const [w, h] of [
      [390, 844],
      [1366, 768],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: w, height: h } });
      await gotoSettled(page, site.root);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await expect(page.locator('h1').first().textContent()).resolves.toBe('基层党建知识库');
      // No horizontal scrolling on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await saveScreenshot(page, { path: path.join(SHOTS, `home-${name}-${w}x${h}.png`), fullPage: false });
      await page.close();
    }
  });
});
