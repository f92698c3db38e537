// The Chromium inside the @sparticuz/chromium devDependency runs here, so `npm test` needs no system browser.
import path from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from './browser.ts';
import { unpackChromium } from './chromium-package.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the npm-packaged Chromium', () => {
  it('unpacks once into .cache/browsers and renders a page under playwright-core', async () => {
    const unpacked = unpackChromium(path.join(ROOT, 'node_modules/@sparticuz/chromium'), path.join(ROOT, '.cache/browsers/chromium'));
    const browser = await chromium.launch({
      executablePath: unpacked.executablePath,
      args: CHROMIUM_ARGS,
      env: { ...process.env, LD_LIBRARY_PATH: unpacked.libraryPath.join(path.delimiter) } as Record<string, string>,
    });
    try {
      expect(Number(browser.version().split('.')[0])).toBeGreaterThanOrEqual(150);
      const page = await browser.newPage();
      await page.setContent('<main><h1>基层党建知识库</h1></main>');
      expect(await page.locator('h1').textContent()).toBe('基层党建知识库');
    } finally {
      await browser.close();
    }
  });
});
