// The page in a passage's citation, on the rendered site: a practice quoting the journal paper
// ingested from its PDF (printed pages 12–14) cites each passage with the page(s) it was printed
// on (“: 13”, “: 12–13”, GB/T 7714), and its 出处 links still land on the quoted words. Sources
// without pages are cited as before. Registered by ingest-new-source.test.ts, whose project copy
// and build it shares (one build for both); screenshots at 390 and 1366 px go to .tmp/ingest-pdf/.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningSite } from '../support/server.ts';
import { ROOT } from '../support/sites.ts';
import { saveScreenshot } from '../support/browser.ts';

/** A practice in the copy quoting the PDF paper: a passage on page 13, and one running from page 12 to 13. */
export const PAGED_PRACTICE = 'fixture-fused-party-building';
export const pagedPracticeYaml = (source: string): string => `name:
  value: 融合式党建工作
  quote:
    source: ${source}
    text: 需要以融合式党建工作应对新情况
source: ${source}
quotes:
  - source: ${source}
    text: 以更加宽广的视野实现上下衔接、资源整合、能量集聚和左右联动
dimensions:
  - fd-base-embedding
domains:
  - cross-domain
`;

const HEADING = '一、融合推进城市基层党建工作的重大价值';

export function describePageCitations(at: () => { dist: string; site: RunningSite; browser: Browser; paper: string; text: string }): void {
  describe('a passage of a source with printed pages', () => {
    it('is cited with the page(s) it was printed on; a source without pages is cited as before', () => {
      const { dist, text } = at();
      const labels = (id: string): string[] =>
        [...readFileSync(path.join(dist, `practices/${id}/index.html`), 'utf8').matchAll(/<a class="cite"[^>]*>出处<span class="cite__source">([^<]*)<\/span><\/a>/g)].map((m) => m[1]!);
      expect(labels(PAGED_PRACTICE).sort()).toEqual([`《融合推进城市基层党建工作研究》 · ${HEADING}: 12–13`, `《融合推进城市基层党建工作研究》 · ${HEADING}: 13`].sort());
      const plain = labels('fixture-joint-meeting');
      expect(plain.length).toBeGreaterThan(0);
      for (const l of plain) expect(l).toMatch(new RegExp(`^《${text}》 · [^:]+$`));
    });

    it('shows the page in the 出处 label on screen, and the link lands on the quoted words (390 and 1366 px)', async () => {
      const { site, browser, paper } = at();
      const out = path.join(ROOT, '.tmp/ingest-pdf');
      mkdirSync(out, { recursive: true });
      for (const width of [390, 1366]) {
        const page = await browser.newPage({ viewport: { width, height: 844 } });
        await page.goto(site.url(`practices/${PAGED_PRACTICE}/`), { waitUntil: 'networkidle' });
        const link = page.locator('main a.cite', { hasText: '12–13' });
        const label = link.locator('.cite__source');
        expect(await label.innerText()).toMatch(/: 12–13$/);
        // Drawn, not hidden: a box of its own on the page.
        const box = (await label.boundingBox())!;
        expect(box.width).toBeGreaterThan(20);
        expect(box.x + box.width).toBeLessThanOrEqual(width + 1);
        await link.scrollIntoViewIfNeeded();
        await saveScreenshot(page, { path: path.join(out, `citation-${width}.png`) });
        const hash = new URL((await link.getAttribute('href'))!, site.url('')).hash;
        await Promise.all([page.waitForURL((u) => u.pathname === `/sources/${paper}/` && u.hash === hash), link.click()]);
        const landed = await page.evaluate(() => {
          const t = document.querySelector(':target');
          const r = t?.getBoundingClientRect();
          return { text: t?.textContent?.replace(/\s/g, '') ?? '', top: r?.top ?? -1, height: innerHeight };
        });
        expect(landed.top).toBeGreaterThanOrEqual(0);
        expect(landed.top).toBeLessThan(landed.height);
        expect('以更加宽广的视野实现上下衔接、资源整合、能量集聚和左右联动'.startsWith(landed.text) && landed.text.length >= 10, landed.text).toBe(true);
        await saveScreenshot(page, { path: path.join(out, `citation-landing-${width}.png`) });
        await page.close();
      }
    });
  });
}
