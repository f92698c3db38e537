// Natural queries on the built site (scripts/kit/natural-queries.ts): none occurs as typed in any
// page, every listed answer holds the passage asked about, and the search — the engine the
// search page runs, over the built index — puts an answer in the top 3 for most of each kind.
// Exact names keep the exact contract (recall and precision 1). On the page: the groups are
// labelled, a near name is offered, and the results are the engine's, at 390 and 1366 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { watchPage, saveScreenshot } from '../support/browser.ts';
import { launchBrowser } from '../../scripts/kit/browser.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { DIST, ROOT } from '../support/sites.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { stripZwsp } from '../../src/lib/search/text.ts';
import { NATURAL_KINDS, NATURAL_QUERIES, top3Share } from '../../scripts/kit/natural-queries.ts';
import { loadTruth, normalize, truthSearch, type TruthPage } from '../../scripts/kit/search-truth.ts';

const SHOTS = path.join(ROOT, '.tmp/shots');
/** Share of each kind answered in the top 3 below which the test fails (the target is 0.85). */
const MIN_SHARE = 0.85;

let engine: SearchEngine;
let truth: TruthPage[];
/** Each page's text as written (no folding): whitespace removed, lower case. */
let written: string[];
let browser: Browser;
let site: RunningSite;

beforeAll(async () => {
  const dir = path.join(DIST, 'pagefind');
  engine = await SearchEngine.open(async (p) => new Uint8Array(await readFile(path.join(dir, p))));
  truth = await loadTruth(DIST);
  written = [];
  for (let i = 0; i < engine.pageCount; i++) written.push(stripZwsp((await engine.fragment(i)).content).replace(/\s+/gu, '').toLowerCase());
  browser = await launchBrowser();
  site = await serveSite(DIST, '/', true);
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

async function urlsOf(q: string, group?: string): Promise<string[]> {
  const { results } = await engine.search(q);
  return Promise.all(results.filter((m) => !group || m.group === group).map(async (m) => (await engine.fragment(m.page)).url));
}

describe('natural queries', () => {
  it('are not in any page as typed, and every answer holds the passage asked about', () => {
    expect(NATURAL_QUERIES.length).toBeGreaterThanOrEqual(60);
    const byUrl = new Map(truth.map((t) => [t.url, t]));
    for (const kind of NATURAL_KINDS) expect(NATURAL_QUERIES.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(12);
    for (const q of NATURAL_QUERIES) {
      const typed = q.q.replace(/\s+/gu, '').toLowerCase();
      expect(written.some((t) => t.includes(typed)), `${q.q} occurs on a page as typed`).toBe(false);
      for (const url of q.answers) {
        const page = byUrl.get(url);
        expect(page, `${q.q}: no page ${url}`).toBeDefined();
        expect(page!.text.includes(normalize(q.evidence)), `${q.q}: ${url} lacks ${q.evidence}`).toBe(true);
      }
    }
  });

  it(`are answered in the top 3 for at least ${MIN_SHARE} of each kind`, async () => {
    const tops = new Map<string, string[]>();
    for (const q of NATURAL_QUERIES) tops.set(q.q, (await urlsOf(q.q)).slice(0, 3));
    const share = top3Share(NATURAL_QUERIES, (q) => tops.get(q.q)!);
    const table = NATURAL_KINDS.map((k) => `${k.padEnd(14)} ${share[k].answered}/${share[k].total} = ${share[k].share.toFixed(3)}${share[k].missed.length ? `  missed: ${share[k].missed.join('、')}` : ''}`);
    console.log(`Natural queries answered in the top 3:\n${table.join('\n')}`);
    for (const k of NATURAL_KINDS) expect(share[k].share, `${k}: missed ${share[k].missed.join('、')}`).toBeGreaterThanOrEqual(MIN_SHARE);
  });

  it('joins a character that forms no known word to its neighbour only where the site writes them together', async () => {
    expect((await engine.search('大数据是什么')).words).toEqual(['大数据']);
    expect((await engine.search('数字技术用在党建工作上')).words).toEqual(['数字', '技术', '党建', '工作']);
  });

  it('ranks the source passage before the pages derived from it, and editors’ pages after both', async () => {
    // 联盟 退出: the paper's 动态管理机制 paragraph, the 运行机制 page quoting it, then the topics
    // (whose titles name 联盟 but not 退出).
    const urls = await urlsOf('联盟 退出', 'exact');
    expect(urls.slice(0, 2)).toEqual(['/sources/wuxi-alliance/', '/mechanisms/']);
    expect(urls.slice(2).every((u) => u.startsWith('/topics/'))).toBe(true);
  });

  it('keeps the exact contract for every known name: its results are exactly the pages containing it', async () => {
    let checked = 0;
    for (const name of (await engine.vocabulary()).names) {
      const expected = truthSearch(truth, name).map((m) => m.url).sort();
      if (expected.length === 0) continue;
      const got = await urlsOf(name);
      expect(got.sort(), name).toEqual(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('natural queries on the search page', () => {
  for (const width of [390, 1366]) {
    it(`labels the groups and offers the near name (${width} px)`, async () => {
      const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 900 } });
      const seen = watchPage(page);
      const open = async (q: string) => {
        await page.goto(site.url(`search/?q=${encodeURIComponent(q)}`));
        await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state === 'done');
      };
      // A question: no page has it as a phrase; pages with all its words come first, labelled.
      const question = '党建工作存在的问题有哪些';
      await open(question);
      expect(await page.locator('[data-search-results]').getAttribute('data-exact')).toBe('0');
      const labels = await page.locator('[data-search-results] .search-group').allTextContents();
      expect(labels[0]).toContain('包含全部词语：党建、工作、存在、问题');
      const shown = await page.locator('[data-search-results] a[data-result-url]').evaluateAll((as) => as.map((a) => a.getAttribute('data-result-url')!));
      expect(shown).toEqual((await urlsOf(question)).slice(0, 10));
      expect(await page.locator('[data-search-status]').textContent()).toContain('没有与“党建工作存在的问题有哪些”完整匹配的页面');
      await saveScreenshot(page, { path: path.join(SHOTS, `search-question-${width}.png`) });
      // A name half remembered: 是不是要找 the name, whose pages come first.
      await open('联席轮值制度');
      const near = page.locator('[data-search-near]');
      await expect(near.isVisible()).resolves.toBe(true);
      expect(await near.textContent()).toBe('是不是要找：联席轮值机制');
      expect((await page.locator('[data-search-results] .search-group').first().textContent())!).toContain('相近名称“联席轮值机制”');
      expect(await page.locator('[data-search-results] > li').first().getAttribute('data-group')).toBe('near');
      await saveScreenshot(page, { path: path.join(SHOTS, `search-near-${width}.png`) });
      await near.locator('a').click();
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === '联席轮值机制');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state === 'done');
      expect(Number(await page.locator('[data-search-results]').getAttribute('data-exact'))).toBeGreaterThan(0);
      await expect(near.isVisible()).resolves.toBe(false);
      expect(seen.errors).toEqual([]);
      expect(seen.failures).toEqual([]);
      await page.close();
    });
  }
});
