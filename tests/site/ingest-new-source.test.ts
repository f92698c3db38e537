// `npm run ingest` on a new raw text, and on a journal paper's PDF, yields a page in the built
// site and in its search index. The project is copied to .tmp/ingest-site (node_modules
// linked), the fixtures are ingested there, and that copy is built — the real content is
// untouched. The PDF's reading page shows where each printed page begins and its reference
// gives the pages; screenshots at 390 and 1366 px go to .tmp/ingest-pdf/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { sharedBrowser } from '../support/browser.ts';
import { buildOrThrow } from '../../scripts/kit/build.ts';
import { copyProject } from '../../scripts/kit/project-copy.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { ROOT } from '../support/sites.ts';
import { loadHtml, normalisePage, readingText } from './source-pages.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/ingest/new-paper.txt');
const ID = 'fixture-paper';
const PDF = path.join(ROOT, 'tests/fixtures/ingest/documents/paper.pdf');
const PDF_ID = 'fixture-journal-paper';
let tree: string;
let dist: string;

beforeAll(async () => {
  tree = path.join(ROOT, '.tmp/ingest-site');
  copyProject(tree);
  const ingest = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), FIXTURE, '--id', ID, '--root', tree], { encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`ingest failed (${ingest.status}):\n${ingest.stdout}\n${ingest.stderr}`);
  const pdf = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), PDF, '--id', PDF_ID, '--root', tree], { encoding: 'utf8' });
  if (pdf.status !== 0) throw new Error(`ingest of the PDF failed (${pdf.status}):\n${pdf.stdout}\n${pdf.stderr}`);
  dist = path.join(tree, 'dist');
  const env = { SITE_OUT_DIR: dist, SITE_CACHE_DIR: path.join(tree, '.astro-cache'), SITE_BASE: '/' };
  await buildOrThrow('building the copy with the new source', { cwd: tree, env });
}, 300_000);

afterAll(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
});

/** Pagefind's page fragments: gzip, a "pagefind_dcd" signature, then JSON with url and content. */
function indexedPages(): { url: string; content: string }[] {
  const dir = path.join(dist, 'pagefind/fragment');
  return readdirSync(dir).map((f) => {
    const text = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
}

describe('a newly ingested text', () => {
  it('has its reading page, with headings and cleaned text', () => {
    const root = loadHtml(dist, `sources/${ID}`);
    const text = normalisePage(readingText(root));
    expect(text).toContain('党建联盟运行机制摘编');
    expect(text).toContain('一、联盟运行机制');
    expect(text).toContain('原则上每季度召开1次联盟联席会议；由1-2个成员单位作为轮值单位');
    expect(readFileSync(path.join(dist, `sources/${ID}/index.html`), 'utf8')).toContain('id="一联盟运行机制"');
    expect(readFileSync(path.join(dist, `sources/${ID}/raw.txt`))).toEqual(readFileSync(FIXTURE));
  });

  it('is listed on the sources page', () => {
    expect(readFileSync(path.join(dist, 'sources/index.html'), 'utf8')).toContain(`href="/sources/${ID}/"`);
  });

  it('is in the Pagefind index', () => {
    const page = indexedPages().find((p) => p.url === `/sources/${ID}/`);
    expect(page, 'a Pagefind fragment for the new page').toBeDefined();
    expect(page!.content.replace(/[\u200b\s]/gu, '')).toContain('红帆党建联盟');
  });

  describe('search', () => {
    let browser: Browser;
    let site: RunningSite;
    beforeAll(async () => {
      browser = await sharedBrowser();
      site = await serveSite(dist, '/');
    });
    afterAll(async () => {
      await site?.close();
      await browser?.close();
    });

    it('finds it on the search page', async () => {
      const page = await browser.newPage();
      await page.goto(site.url(`search/?q=${encodeURIComponent('联席轮值机制')}`), { waitUntil: 'networkidle' });
      const urls = await page.locator('[data-search-results] a[data-result-url]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(urls.some((u) => u?.startsWith(`/sources/${ID}/`))).toBe(true);
      await page.close();
    });
  });
});

describe('a journal paper ingested from its PDF', () => {
  it('has its reading page, with the running header and page numbers gone and the footnote as a note', () => {
    const html = readFileSync(path.join(dist, `sources/${PDF_ID}/index.html`), 'utf8');
    const text = normalisePage(readingText(loadHtml(dist, `sources/${PDF_ID}`)));
    expect(text).toContain('一、融合推进城市基层党建工作的重大价值');
    expect(text).toContain('促进城市各项工作发展，有着十分重大的价值。');
    expect(text).not.toContain('样本学报2020');
    expect(html).toMatch(/<section[^>]*data-footnotes[\s\S]*本注为测试用脚注，位于页面底部。/);
  });

  it('marks where printed pages 12, 13 and 14 begin, and cites the paper with its pages', () => {
    const html = readFileSync(path.join(dist, `sources/${PDF_ID}/index.html`), 'utf8');
    expect([...html.matchAll(/class="page-mark" data-page="(\d+)" data-label="第\1页"/g)].map((m) => m[1])).toEqual(['12', '13', '14']);
    expect(html).toContain('方世南. 融合推进城市基层党建工作研究[J]. 样本学报, 2020(1): 12–14.');
    expect(html).toContain('《样本学报》2020年第1期，第12–14页');
  });

  describe('in a browser', () => {
    let browser: Browser;
    let site: RunningSite;
    beforeAll(async () => {
      browser = await sharedBrowser();
      site = await serveSite(dist, '/');
    });
    afterAll(async () => {
      await site?.close();
      await browser?.close();
    });

    it('shows each page label beside the paragraph, outside the copied text, at 390 and 1366 px', async () => {
      const out = path.join(ROOT, '.tmp/ingest-pdf');
      mkdirSync(out, { recursive: true });
      for (const width of [390, 1366]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(site.url(`sources/${PDF_ID}/`), { waitUntil: 'networkidle' });
        const marks = page.locator('.source-text .page-mark');
        expect(await marks.count()).toBe(3);
        const mark = marks.nth(1);
        // The label is drawn (CSS generated content) beside its paragraph, inside the text column.
        expect(await mark.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"第13页"');
        const box = (await mark.boundingBox())!;
        const para = (await mark.evaluate((el) => el.closest('p')!.getBoundingClientRect().toJSON())) as DOMRect;
        expect(box.width).toBeGreaterThan(10);
        expect(box.x + box.width).toBeLessThanOrEqual(para.right + 1);
        expect(box.y).toBeGreaterThanOrEqual(para.top - 1);
        expect(await mark.evaluate((el) => el.closest('p')!.innerText)).not.toContain('第13页');
        await mark.scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, -120));
        await page.screenshot({ path: path.join(out, `page-13-${width}.png`) });
        await page.locator('#source-record').scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(out, `reference-${width}.png`) });
        await page.close();
      }
    });
  });
});
