// What the search shows first and what its excerpts say, on the real build under "/" with the
// strict CSP, in Chromium: the page titled exactly the query first, excerpts and sub-results
// free of page furniture, variant forms (traditional characters, full-width letters and digits)
// finding what the plain forms find, long queries shown cut, and a no-hit page that helps.
// Expectations come from the truth computed from the built pages (scripts/kit/search-truth.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { watchPage, saveScreenshot } from '../support/browser.ts';
import { launchBrowser } from '../../scripts/kit/browser.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { DIST, ROOT } from '../support/sites.ts';
import { SHOWN_QUERY_CHARS } from '../../src/lib/search/query.ts';
import { loadTruth, truthSearch, type TruthPage } from '../../scripts/kit/search-truth.ts';
import { htmlFiles } from '../../src/lib/files.ts';
import { all, builtPage, text } from '../support/html.ts';

const SHOTS = path.join(ROOT, '.tmp/shots');

/** Text that helps readers use a page but is not its content: never indexed, never in an excerpt. */
const FURNITURE = [
  '以下各项均摘自原文', // fact-sheet hint
  '点“出处”可到原文中查看该句',
  '在术语表中查看', // glossary kicker
  '是本站编者的归类', // classification hints
  '以下文字由本站编者撰写', // editorial-block note
  '单击著录文字即可全选', // citation helper
  '体现这一做法的案例', // related list heading
];
/** Headings of furniture sections: no sub-result is named after them. */
const FURNITURE_SECTIONS = ['相关内容', '编者分类', '参考文献著录（GB/T 7714—2015）'];

let browser: Browser;
let site: RunningSite;
let truth: TruthPage[];
beforeAll(async () => {
  browser = await launchBrowser();
  truth = await loadTruth(DIST);
  site = await serveSite(DIST, '/', true);
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

async function search(page: Page, q: string): Promise<void> {
  await page.goto(site.url(`search/?q=${encodeURIComponent(q)}`));
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state === 'done');
}
const resultUrls = (page: Page) => page.locator('[data-search-results] a[data-result-url]').evaluateAll((as) => as.map((a) => a.getAttribute('data-result-url')!));
const total = async (page: Page) => Number(await page.locator('[data-search-results]').getAttribute('data-total'));
/** Results of the exact phrase (完整匹配); the looser groups come only when it is found nowhere. */
const exactTotal = async (page: Page) => Number(await page.locator('[data-search-results]').getAttribute('data-exact'));

describe('search relevance on the built site', () => {
  it('puts the page titled exactly the query first, then the pages naming it in their title', async () => {
    const page = await browser.newPage();
    await search(page, '党建联盟');
    const urls = await resultUrls(page);
    const exact = truth.filter((t) => t.titleText === '党建联盟').map((t) => t.url);
    expect(exact).toContain('/practices/party-building-alliance/');
    expect(exact).toContain('/glossary/party-building-alliance/');
    expect(new Set(urls.slice(0, exact.length))).toEqual(new Set(exact));
    // Next: the pages whose title contains it (the alliance cases among them), before any other.
    const naming = truth.filter((t) => t.titleText.includes('党建联盟') && t.titleText !== '党建联盟').map((t) => t.url);
    expect(naming.filter((u) => u.startsWith('/cases/')).length).toBeGreaterThanOrEqual(7);
    const n = await total(page);
    for (let shown = urls.length; shown < n; shown = Math.min(n, shown + 10)) {
      await page.locator('[data-search-more]').click();
      await page.waitForFunction((k) => document.querySelectorAll('[data-search-results] > li').length === k, Math.min(n, shown + 10));
    }
    const all = await resultUrls(page);
    expect(all).toHaveLength(n);
    expect(new Set(all.slice(exact.length, exact.length + naming.length))).toEqual(new Set(naming));
    // Among the rest, the paper that discusses alliances comes before the pages that mention them.
    expect(all[exact.length + naming.length]).toBe('/sources/wuxi-alliance/');
    await saveScreenshot(page, { path: path.join(SHOTS, 'search-exact-title.png') });

    // Every practice and glossary term whose title no other page shares: searched by its
    // title, it is the first result.
    const byTitle = new Map<string, string[]>();
    for (const t of truth) byTitle.set(t.titleText, [...(byTitle.get(t.titleText) ?? []), t.url]);
    const named = truth.filter((t) => /^\/(practices|glossary)\/[^/]+\/$/.test(t.url) && byTitle.get(t.titleText)!.length === 1 && !/\s/.test(t.titleText));
    expect(named.length).toBeGreaterThan(20);
    for (const t of named.filter((_, i) => i % 4 === 0)) {
      await search(page, t.titleText);
      expect((await resultUrls(page))[0], t.titleText).toBe(t.url);
      expect(truthSearch(truth, t.titleText)[0]!.url).toBe(t.url);
    }
    await page.close();
  });

  it('indexes nothing readers cannot see on screen: no print-only text (a result there could not open at it)', () => {
    const indexed: string[] = [];
    for (const rel of htmlFiles(DIST).filter((f) => f.endsWith('index.html'))) {
      const tree = builtPage(DIST, rel.replace(/index\.html$/, ''));
      const ignored = all(tree, '[data-pagefind-body] [data-pagefind-ignore] .print-only, [data-pagefind-body] .print-only[data-pagefind-ignore]');
      for (const el of all(tree, '[data-pagefind-body] .print-only')) {
        if (!ignored.includes(el)) indexed.push(`${rel}: ${text(el).trim().slice(0, 40)}`);
      }
    }
    expect(indexed).toEqual([]);
  });

  it('keeps page furniture out of the index, the excerpts and the sub-results', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 1000 } });
    for (const phrase of FURNITURE) {
      expect(truthSearch(truth, phrase), phrase).toEqual([]);
      await search(page, phrase);
      expect(await exactTotal(page), phrase).toBe(0);
    }
    for (const q of ['党建联盟', '联席轮值', '原文', '出处', '编者']) {
      await search(page, q);
      const excerpts = await page.locator('.search-result__excerpt, .search-subresult__excerpt').allTextContents();
      expect(excerpts.length, q).toBeGreaterThan(0);
      for (const e of excerpts) for (const f of FURNITURE) expect(e, `${q}: ${e}`).not.toContain(f);
      // No excerpt made of a fact sheet's labels and citation helpers ("名称梁溪党建联盟 出处：").
      for (const e of excerpts) expect(e, `${q}: ${e}`).not.toMatch(/出处[:：]《|名称\p{Script=Han}+\s*出处/u);
      const labels = await page.locator('[data-search-results] a[data-sub-result]').allTextContents();
      for (const l of labels) expect(FURNITURE_SECTIONS, `${q}: sub-result ${l}`).not.toContain(l.trim());
      // Each sub-result is named after the heading whose id it leads to.
      const subs = await page.locator('[data-search-results] a[data-sub-result]').evaluateAll((as) => as.map((a) => ({ label: a.textContent!.trim(), id: a.getAttribute('data-sub-result')!, url: a.closest('li.search-result')!.querySelector('a[data-result-url]')!.getAttribute('data-result-url')! })));
      for (const s of subs.slice(0, 3)) {
        const target = await browser.newPage();
        await target.goto(new URL(s.url, site.origin).href);
        const heading = await target.evaluate((id) => document.getElementById(id)?.textContent?.replace(/\s+/gu, '') ?? null, s.id);
        expect(heading, `${q}: #${s.id}`).toBe(s.label.replace(/\s+/gu, ''));
        await target.close();
      }
    }
    // The excerpt is taken around a match in the text: every result found more than once (so
    // not only in its title) shows a marked occurrence.
    await search(page, '党建联盟');
    const items = await page.locator('[data-search-results] > li').evaluateAll((lis) =>
      lis.map((li) => ({ count: li.querySelector('.search-result__count')!.textContent!, marks: li.querySelectorAll('.search-result__excerpt mark').length })),
    );
    expect(items.length).toBe(10);
    for (const item of items) if (item.count !== '出现 1 次') expect(item.marks, item.count).toBeGreaterThan(0);
    await saveScreenshot(page, { path: path.join(SHOTS, 'search-excerpts.png') });
    await page.close();
  });

  it('finds with traditional characters and full-width letters, digits and spaces what the plain forms find', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const seen = watchPage(page);
    for (const [variant, plain] of [
      ['黨建聯盟', '党建联盟'],
      ['ＯＮ　ＬＩＮＥ', 'ON LINE'],
      ['２０１８', '2018'],
      ['聯席輪值', '联席轮值'],
    ] as const) {
      await search(page, plain);
      const expected = await resultUrls(page);
      const n = await total(page);
      expect(n, plain).toBeGreaterThan(0);
      expect(n).toBe(truthSearch(truth, plain).length);
      await search(page, variant);
      expect(await total(page), variant).toBe(n);
      expect(await resultUrls(page), variant).toEqual(expected);
      // The excerpts quote the page as written and mark the match.
      const marks = await page.locator('.search-result__excerpt mark').allTextContents();
      expect(marks.length, variant).toBeGreaterThan(0);
      expect(await page.locator('[data-search-page-input]').inputValue()).toBe(variant.split(/\s+/u).join(' '));
    }
    // A traditional character on a page is found by its simplified form too.
    const traditional = truth.filter((t) => t.url === '/sources/practice-guide/');
    expect(traditional).toHaveLength(1);
    await search(page, '黨');
    const withTrad = await total(page);
    await search(page, '党');
    expect(await total(page)).toBe(withTrad);
    await saveScreenshot(page, { path: path.join(SHOTS, 'search-variants-390.png') });
    expect(seen.errors).toEqual([]);
    expect(seen.failures).toEqual([]);
    await page.close();
  });

  it('shows a long query cut, and helps when nothing is found', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const seen = watchPage(page);
    const long = `联席会议轮值${'足球'.repeat(500)}`;
    await search(page, long);
    const title = await page.title();
    expect(title.length).toBeLessThan(SHOWN_QUERY_CHARS + 20);
    expect(title).toContain('…');
    const status = (await page.locator('[data-search-status]').textContent())!;
    expect(status).toContain('没有找到');
    expect(status.length).toBeLessThan(SHOWN_QUERY_CHARS + 60);
    // Terms and practices sharing characters with the query, each landing on its page.
    const help = page.locator('[data-search-nohit]');
    await help.locator('[data-search-suggestions] a').first().waitFor();
    await expect(help.isVisible()).resolves.toBe(true);
    const suggestions = await help.locator('[data-search-suggestions] a').evaluateAll((as) => as.map((a) => ({ name: a.textContent!, href: a.getAttribute('href')! })));
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions[0]!.name).toBe('联席轮值');
    for (const s of suggestions) expect([...s.name].some((c) => '联席会议轮值足球'.includes(c)), s.name).toBe(true);
    const browse = await help.locator('[data-search-browse] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(browse).toContain('/practices/');
    await saveScreenshot(page, { path: path.join(SHOTS, 'search-nohit-390.png') });
    await help.locator('[data-search-suggestions] a').first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toBe('联席轮值');
    // A query that finds something shows no help.
    await search(page, '联席轮值');
    await expect(page.locator('[data-search-nohit]').isVisible()).resolves.toBe(false);
    expect(seen.errors).toEqual([]);
    expect(seen.failures).toEqual([]);
    await page.close();
  });
});
