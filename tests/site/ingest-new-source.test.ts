// `npm run ingest` on a new raw text, and on a journal paper's PDF, yields a page in the built
// site and in its search index. The project is copied to .tmp/ingest-site (node_modules
// linked), the fixtures are ingested there, and that copy is built — the real content is
// untouched. The sources are the folders under content/sources/, so a sixth source needs no
// code change: its raw text is put into its folder, ingest writes its source.yaml from what
// the text states, a practice quotes it, and the build shows it on /sources/, in search and
// behind the practice's 出处 link (clicked at 390×844, landing on the quoted words). The PDF's reading page shows where each printed page begins and its reference
// gives the pages; screenshots at 390 and 1366 px go to .tmp/ingest-pdf/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/kit/browser.ts';
import { buildOrThrow } from '../../scripts/kit/build.ts';
import { copyProject } from '../../scripts/kit/project-copy.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { ROOT } from '../support/sites.ts';
import { loadHtml, normalisePage, readingText } from './source-pages.ts';
import { describePageCitations, PAGED_PRACTICE, pagedPracticeYaml } from './page-citations.ts';
import { saveScreenshot } from '../support/browser.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/ingest/new-paper.txt');
const ID = 'fixture-paper';
const PDF = path.join(ROOT, 'tests/fixtures/ingest/documents/paper.pdf');
/** A practice that quotes the new source (only in the copy). */
const PRACTICE = 'fixture-joint-meeting';
const PRACTICE_YAML = `name:
  value: 联盟联席会议制
  quote:
    source: ${ID}
    text: 建立联盟联席会议制
source: ${ID}
quotes:
  - source: ${ID}
    text: 原则上每季度召开 1次联盟联席会议；由 1-2 个成员单位作为轮值
dimensions:
  - fd-base-embedding
domains:
  - cross-domain
`;
/** The quoted words as the reading page shows them (the raw text's spacing cleaned). */
const QUOTED = '原则上每季度召开1次联盟联席会议；由1-2个成员单位作为轮值';
let scaffold: { stdout: string; record: string };
const PDF_ID = 'fixture-journal-paper';
let tree: string;
let dist: string;

beforeAll(async () => {
  tree = path.join(ROOT, '.tmp/ingest-site');
  copyProject(tree);
  // The raw text put into its own folder by hand; ingest takes the id from the folder and writes source.yaml.
  const raw = path.join(tree, 'content/sources', ID, 'raw.txt');
  mkdirSync(path.dirname(raw), { recursive: true });
  copyFileSync(FIXTURE, raw);
  const ingest = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), raw, '--root', tree], { encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`ingest failed (${ingest.status}):\n${ingest.stdout}\n${ingest.stderr}`);
  scaffold = { stdout: ingest.stdout, record: readFileSync(path.join(tree, 'content/sources', ID, 'source.yaml'), 'utf8') };
  writeFileSync(path.join(tree, 'content/practices', `${PRACTICE}.yaml`), PRACTICE_YAML);
  const pdf = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), PDF, '--id', PDF_ID, '--root', tree], { encoding: 'utf8' });
  if (pdf.status !== 0) throw new Error(`ingest of the PDF failed (${pdf.status}):\n${pdf.stdout}\n${pdf.stderr}`);
  writeFileSync(path.join(tree, 'content/practices', `${PAGED_PRACTICE}.yaml`), pagedPracticeYaml(PDF_ID));
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

// One browser and one server for the copy's build, shared by both browser groups.
let browser: Browser;
let site: RunningSite;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveSite(dist, '/');
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

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

  it('got its source.yaml from ingest, with what the text states and nothing more', () => {
    expect(scaffold.stdout).toContain(`content/sources/${ID}/source.yaml written from what the text states`);
    expect(scaffold.record).toMatch(/^title: 党建联盟运行机制摘编$/m);
    expect(scaffold.record).toMatch(/^authors: \[\]$/m);
    expect(scaffold.record).not.toMatch(/^(?:year|publisher|place|journal|isbn):/m);
  });

  it('is listed on the sources page, as the sixth text source beside the five', () => {
    const html = readFileSync(path.join(dist, 'sources/index.html'), 'utf8');
    expect(html).toContain(`href="/sources/${ID}/"`);
    for (const id of ['wuxi-alliance', 'four-dimensions', 'urban-integration', 'multi-dimensions']) expect(html).toContain(`href="/sources/${id}/"`);
  });

  it('is quoted by a practice whose page links each quote to its words on the new page', () => {
    const html = readFileSync(path.join(dist, `practices/${PRACTICE}/index.html`), 'utf8');
    const hrefs = [...html.matchAll(/<a class="cite"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^/sources/${ID}/#p\\d+`));
  });

  it('is in the Pagefind index', () => {
    const page = indexedPages().find((p) => p.url === `/sources/${ID}/`);
    expect(page, 'a Pagefind fragment for the new page').toBeDefined();
    expect(page!.content.replace(/[\u200b\s]/gu, '')).toContain('红帆党建联盟');
  });

  describe('in a browser', () => {

    it('opens each of the practice’s 出处 links at the quoted words, on screen at 390×844', async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(site.url(`practices/${PRACTICE}/`), { waitUntil: 'networkidle' });
      const count = await page.locator('main a.cite').count();
      expect(count).toBeGreaterThanOrEqual(2);
      const landed: string[] = [];
      for (let i = 0; i < count; i++) {
        if (i > 0) await page.goto(site.url(`practices/${PRACTICE}/`), { waitUntil: 'networkidle' });
        const link = page.locator('main a.cite').nth(i);
        const hash = new URL((await link.getAttribute('href'))!, site.url('')).hash;
        await Promise.all([page.waitForURL((u) => u.pathname === `/sources/${ID}/` && u.hash === hash), link.click()]);
        const at = await page.evaluate(() => {
          const t = document.querySelector(':target');
          const box = t?.getBoundingClientRect();
          return { text: t?.textContent?.replace(/\s/g, '') ?? '', top: box?.top ?? -1, height: innerHeight };
        });
        expect(at.top, `the :target of ${hash} is on screen`).toBeGreaterThanOrEqual(0);
        expect(at.top).toBeLessThan(at.height);
        landed.push(at.text);
      }
      // The name's quote and the further passage: each link lands on its own words (the :target
      // span holds the quote's opening; a link or mark inside the quote may end it early).
      expect(landed, landed.join(' | ')).toContain('建立联盟联席会议制');
      expect(landed.some((t) => t.length >= 20 && QUOTED.startsWith(t)), landed.join(' | ')).toBe(true);
      await page.close();
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
        await saveScreenshot(page, { path: path.join(out, `page-13-${width}.png`) });
        await page.locator('#source-record').scrollIntoViewIfNeeded();
        await saveScreenshot(page, { path: path.join(out, `reference-${width}.png`) });
        await page.close();
      }
    });
  });
});

describePageCitations(() => ({ dist, site, browser, paper: PDF_ID, text: '党建联盟运行机制摘编' }));
