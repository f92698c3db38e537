// The case library (案例库) and the case pages in a real browser:
// - the library shows every case (7 alliances, 9 guide cases) and the 4 alliance models,
//   counted on the built page (parsed HTML) and compared with the content; so are the facts,
//   notices and editors' blocks of the case pages;
// - filtering by model and by district works WITHOUT JavaScript (facet links lead to the
//   static facet pages) and WITH it (toggles combine facets without a reload; the URL query
//   keeps the state across a reload; back restores the previous state);
// - a case page printed (print media, A4 PDF) is a one- or two-page handout without the
//   site's navigation, with the citation and the page URL at the foot; on screen the foot
//   is not shown;
// - case, practice and other knowledge pages ship no JavaScript; only the library does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadKnowledge } from '../../src/lib/content/knowledge.ts';
import { caseFacetValues, textSlug } from '../../src/lib/knowledge/facets.ts';
import { watchPage, saveScreenshot } from '../support/browser.ts';
import { launchBrowser } from '../../scripts/kit/browser.ts';
import { all, builtPage, count, one, prop, text } from '../support/html.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { DIST, KB_BASE, KB_DIST, ROOT } from '../support/sites.ts';

const SHOTS = path.join(ROOT, '.tmp/shots');
const { kb } = loadKnowledge({ root: ROOT });
const alliances = kb.cases.filter((c) => c.data.kind === 'alliance');
const guideCases = kb.cases.filter((c) => c.data.kind === 'guide-case');
const idsWhere = (pred: (values: ReturnType<typeof caseFacetValues>) => boolean): string[] =>
  kb.cases.filter((c) => pred(caseFacetValues(c.data))).map((c) => c.id).sort();

const SERVICE_MODEL = 'model-service-environment';
const SUPPLY_MODEL = 'model-supply-side';
const HUISHAN = textSlug('惠山区');
const WUXI = textSlug('无锡市');

/** Ids of the case cards the page shows (not hidden). */
async function visibleCases(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-case-list] > li[data-case]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.case!));
  return ids.sort();
}

/** The count shown next to a facet value (link or button). */
async function shownCount(page: Page, key: string, value: string): Promise<number> {
  const text = await page.locator(`[data-facet-key="${key}"][data-facet-value="${value}"] [data-count]`).textContent();
  return Number((text ?? '').replace(/\D/g, ''));
}

let browser: Browser;
let site: RunningSite;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
  site = await serveSite(DIST, '/');
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

describe('the content behind the tests', () => {
  it('has the counts the issue asks for', () => {
    expect(alliances).toHaveLength(7);
    expect(guideCases).toHaveLength(9);
    expect(kb.models).toHaveLength(4);
    // The fixtures of the filter tests below.
    expect(idsWhere((v) => v.model.includes(SERVICE_MODEL))).toEqual(['hongfan-alliance', 'rongmei-alliance', 'xinwu-soe-alliance']);
    expect(idsWhere((v) => v.region.includes(HUISHAN))).toEqual(['hongfan-alliance']);
  });
});

describe('the case library', () => {
  it('lists every case, 7 alliances, 9 guide cases and the 4 models, counted on the page', () => {
    const doc = builtPage(DIST, 'cases/');
    expect(count(doc, '[data-case-list] > li[data-case]')).toBe(kb.cases.length);
    expect(count(doc, 'li[data-case][data-facet-type="alliance"]')).toBe(7);
    expect(count(doc, 'li[data-case][data-facet-type="guide-case"]')).toBe(9);
    expect(count(doc, '.model-card')).toBe(4);
    expect(text(one(doc, '[data-count-alliances]'))).toBe('7');
    expect(text(one(doc, '[data-count-guide]'))).toBe('9');
    // Each facet value shows its count; the type counts add up to all cases.
    const shown = (key: string, value: string): number =>
      Number(text(one(doc, `[data-facet-key="${key}"][data-facet-value="${value}"] [data-count]`)).replace(/\D/g, ''));
    expect(shown('type', 'alliance')).toBe(7);
    expect(shown('type', 'guide-case')).toBe(9);
    expect(shown('model', SERVICE_MODEL)).toBe(3);
    // Sorted by date: the dated alliances first, oldest first.
    const order = all(doc, '[data-case-list] > li[data-case]').map((e) => prop(e, 'dataCase'));
    const dated = alliances.map((c) => ({ id: c.id, date: c.data.kind === 'alliance' ? c.data.founded.value : '' }));
    dated.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    expect(order.slice(0, 7)).toEqual(dated.map((d) => d.id));
  });

  describe('without JavaScript', () => {
    let ctx: BrowserContext;
    beforeAll(async () => {
      ctx = await browser.newContext({ javaScriptEnabled: false });
    });
    afterAll(async () => {
      await ctx?.close();
    });

    it('filters by model through the static facet page', async () => {
      const page = await ctx.newPage();
      await page.goto(site.url('cases/'));
      await page.locator(`a[data-facet-key="model"][data-facet-value="${SERVICE_MODEL}"]`).click();
      await page.waitForURL(`**/cases/model/${SERVICE_MODEL}/`);
      expect(await visibleCases(page)).toEqual(idsWhere((v) => v.model.includes(SERVICE_MODEL)));
      expect(await page.locator(`a[data-facet-key="model"][data-facet-value="${SERVICE_MODEL}"]`).getAttribute('aria-current')).toBe('page');
      // The model's idea and representatives (as stated) head the page.
      await expect(page.locator('[data-facet-page-only] .model-card').count()).resolves.toBe(1);
      await saveScreenshot(page, { path: path.join(SHOTS, 'cases-nojs-model.png'), fullPage: false });
      await page.close();
    });

    it('filters by district through the static facet page', async () => {
      const page = await ctx.newPage();
      await page.goto(site.url('cases/'));
      expect(await shownCount(page, 'region', HUISHAN)).toBe(1);
      await page.locator(`a[data-facet-key="region"][data-facet-value="${HUISHAN}"]`).click();
      await page.waitForURL(`**/cases/region/${HUISHAN}/`);
      expect(await visibleCases(page)).toEqual(['hongfan-alliance']);
      expect(await page.locator('h1').textContent()).toContain('惠山区');
      // Every facet value has its static page, listing exactly its cases.
      await page.goto(site.url(`cases/region/${WUXI}/`));
      expect(await visibleCases(page)).toEqual(idsWhere((v) => v.region.includes(WUXI)));
      await page.close();
    });
  });

  describe('with JavaScript', () => {
    it('combines model and district without a reload, keeps the state in the URL', async () => {
      const page = await browser.newPage();
      const seen = watchPage(page);
      await page.goto(site.url('cases/'), { waitUntil: 'networkidle' });
      await page.locator('[data-case-library][data-enhanced="true"]').waitFor();
      // A marker that a reload would wipe.
      await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

      const model = page.locator(`button[data-facet-key="model"][data-facet-value="${SERVICE_MODEL}"]`);
      await model.click();
      await expect(model.getAttribute('aria-pressed')).resolves.toBe('true');
      expect(await visibleCases(page)).toEqual(idsWhere((v) => v.model.includes(SERVICE_MODEL)));
      expect(new URL(page.url()).search).toBe(`?model=${SERVICE_MODEL}`);
      // Counts follow: with the model chosen, 无锡市 has 1 case (融·媒+), 惠山区 1.
      expect(await shownCount(page, 'region', WUXI)).toBe(1);
      expect(await shownCount(page, 'region', HUISHAN)).toBe(1);

      await page.locator(`button[data-facet-key="region"][data-facet-value="${WUXI}"]`).click();
      const expected = idsWhere((v) => v.model.includes(SERVICE_MODEL) && v.region.includes(WUXI));
      expect(expected).toEqual(['rongmei-alliance']);
      expect(await visibleCases(page)).toEqual(expected);
      expect(new URL(page.url()).search).toBe(`?model=${SERVICE_MODEL}&region=${WUXI}`);
      expect(await page.locator('[data-status]').textContent()).toContain(`显示 ${expected.length} 个案例`);

      // OR within a facet: adding the second model widens the set.
      await page.locator(`button[data-facet-key="model"][data-facet-value="${SUPPLY_MODEL}"]`).click();
      const wider = idsWhere((v) => (v.model.includes(SERVICE_MODEL) || v.model.includes(SUPPLY_MODEL)) && v.region.includes(WUXI));
      expect(wider.length).toBeGreaterThan(expected.length);
      expect(await visibleCases(page)).toEqual(wider);
      expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

      // Back restores the previous state.
      await page.goBack();
      expect(await visibleCases(page)).toEqual(expected);

      // A reload (or a shared link) restores the state from the query.
      await page.reload({ waitUntil: 'networkidle' });
      await page.locator('[data-case-library][data-enhanced="true"]').waitFor();
      expect(await visibleCases(page)).toEqual(expected);
      await expect(page.locator(`button[data-facet-key="region"][data-facet-value="${WUXI}"]`).getAttribute('aria-pressed')).resolves.toBe('true');
      await saveScreenshot(page, { path: path.join(SHOTS, 'cases-js-combined.png'), fullPage: false });

      // Clearing shows every case again.
      await page.locator('a[data-clear]').click();
      expect(await visibleCases(page)).toHaveLength(kb.cases.length);
      expect(new URL(page.url()).search).toBe('');
      expect(seen.errors).toEqual([]);
      expect(seen.failures).toEqual([]);
      await page.close();
    });

    it('starts from a facet page and adds a second facet', async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(site.url(`cases/region/${HUISHAN}/`), { waitUntil: 'networkidle' });
      await page.locator('[data-case-library][data-enhanced="true"]').waitFor();
      expect(await visibleCases(page)).toEqual(['hongfan-alliance']);
      await page.locator(`button[data-facet-key="year"][data-facet-value="2019"]`).click();
      // 惠山区 AND 2019: none; the URL moves to the library with both facets.
      expect(await visibleCases(page)).toEqual(idsWhere((v) => v.region.includes(HUISHAN) && v.year.includes('2019')));
      expect(new URL(page.url()).pathname).toBe('/cases/');
      expect(new URL(page.url()).search).toBe(`?region=${HUISHAN}&year=2019`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });

    it('sorts newest first on request', async () => {
      const page = await browser.newPage();
      await page.goto(site.url('cases/?sort=newest'), { waitUntil: 'networkidle' });
      await page.locator('[data-case-library][data-enhanced="true"]').waitFor();
      const first = await page.locator('[data-case-list] > li[data-case]').first().getAttribute('data-case');
      expect(first).toBe('weishang-alliance');
      await page.close();
    });
  });

  it('works under the base path /kb/ (links and the script)', async () => {
    const kbSite = await serveSite(KB_DIST, KB_BASE);
    try {
      const page = await browser.newPage();
      await page.goto(kbSite.url('cases/'), { waitUntil: 'networkidle' });
      await page.locator('[data-case-library][data-enhanced="true"]').waitFor();
      await page.locator(`button[data-facet-key="model"][data-facet-value="${SERVICE_MODEL}"]`).click();
      expect(new URL(page.url()).pathname).toBe('/kb/cases/');
      const href = await page.locator('li[data-case="hongfan-alliance"] a').first().getAttribute('href');
      expect(href).toBe('/kb/cases/hongfan-alliance/');
      await page.close();
    } finally {
      await kbSite.close();
    }
  });
});

describe('case pages', () => {
  it('link every fact to its quote in the source page', () => {
    const doc = builtPage(DIST, 'cases/hongfan-alliance/');
    const facts = all(doc, '.facts__row');
    expect(facts.length).toBeGreaterThanOrEqual(8);
    for (const row of facts) {
      const hrefs = all(row, 'a.cite').map((a) => prop(a, 'href'));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const h of hrefs) expect(h).toMatch(/^\/sources\/wuxi-alliance\/#(p\d+|[^:]+)$/);
    }
    // The date keeps its stated precision.
    expect(prop(one(doc, '[data-fact="founded"] time'), 'dateTime')).toBe('2018-04');
    // Editors' text only inside the labelled block; classification labelled as such.
    expect(text(one(doc, '.editorial-block h2'))).toBe('编者导读');
    expect(text(one(doc, '.editorial-block'))).toContain('研讨题（编者）');
    expect(text(one(doc, '.tags'))).toContain('编者分类');
  });

  it('says when an alliance is listed under two models', () => {
    const several = alliances.filter((c) => c.data.kind === 'alliance' && c.data.listedUnderSeveralModels);
    expect(several.map((c) => c.id)).toEqual(['rongmei-alliance']);
    for (const c of alliances) {
      expect(count(builtPage(DIST, `cases/${c.id}/`), '[data-several-models]'), c.id).toBe(several.includes(c) ? 1 : 0);
    }
    const notice = text(one(builtPage(DIST, 'cases/rongmei-alliance/'), '[data-several-models]'));
    expect(notice).toContain('模式一');
    expect(notice).toContain('模式二');
  });

  it('say plainly that a guide case text is not held, with chapter and original page', () => {
    for (const c of guideCases) {
      if (c.data.kind !== 'guide-case') continue;
      const notice = text(one(builtPage(DIST, `cases/${c.id}/`), '[data-no-case-text]'));
      expect(notice).toContain('不含本案例正文');
      expect(notice).toContain(`第 ${c.data.page.value} 页`);
      expect(notice).toContain(c.data.chapter.value.title);
    }
  });

  it('prints as a one- or two-page A4 handout with the citation and URL at the foot', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(site.url('cases/rongmei-alliance/'), { waitUntil: 'networkidle' });
    // On screen: the handout foot is not shown.
    expect(await page.locator('[data-handout-foot]').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', '.site-footer', '.breadcrumbs', '.primary-nav', '.search-form']) {
      expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    }
    const foot = page.locator('[data-handout-foot]');
    expect(await foot.isVisible()).toBe(true);
    const footText = (await foot.textContent()) ?? '';
    expect(footText).toContain('张鸣年');
    expect(footText).toContain('新时代基层党组织建设探索研究');
    // The full address only when SITE_URL is set; otherwise the site path, no guessed host.
    expect(footText).toMatch(process.env.SITE_URL ? /本页网址：https?:\/\/[^/]+\/cases\/rongmei-alliance\// : /本页网址：\/cases\/rongmei-alliance\//);
    // The foot is the last thing printed.
    const last = await page.evaluate(() => {
      const visible = [...document.querySelectorAll('body *')].filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed');
      return visible.at(-1)?.closest('[data-handout-foot]') !== null;
    });
    expect(last).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(path.join(SHOTS, 'case-rongmei-print.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.setViewportSize({ width: 794, height: 1123 });
    await saveScreenshot(page, { path: path.join(SHOTS, 'case-rongmei-print.png'), fullPage: true });
    await page.close();
  });

  it('the longest case page of each kind prints on at most two A4 pages', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    const size = (c: (typeof kb.cases)[number]): number => JSON.stringify(c.data).length;
    const longest = ['alliance', 'guide-case', 'historical'].flatMap((kind) =>
      kb.cases.filter((c) => c.data.kind === kind).sort((a, b) => size(b) - size(a)).slice(0, 1),
    );
    expect(longest).toHaveLength(3);
    for (const c of longest) {
      await page.goto(site.url(`cases/${c.id}/`));
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      expect(pages, c.id).toBeGreaterThanOrEqual(1);
      expect(pages, c.id).toBeLessThanOrEqual(2);
    }
    await page.close();
  });
});

describe('JavaScript only where needed', () => {
  const read = (p: string): string => readFileSync(path.join(DIST, p, 'index.html'), 'utf8');
  it('ships no script on case, practice, framework, glossary, mechanism and timeline pages', () => {
    const pages = [
      ...kb.cases.map((c) => `cases/${c.id}`),
      ...kb.practices.map((p) => `practices/${p.id}`),
      ...kb.frameworks.map((f) => `frameworks/${f.id}`),
      ...kb.terms.map((t) => `glossary/${t.id}`),
      'practices',
      'frameworks',
      'frameworks/compare',
      'glossary',
      'mechanisms',
      'timeline',
    ];
    for (const p of pages) expect(read(p), p).not.toMatch(/<script\b/i);
  });

  it('ships one small external module on the case library pages', () => {
    for (const p of ['cases', `cases/model/${SERVICE_MODEL}`, `cases/region/${HUISHAN}`]) {
      const scripts = [...read(p).matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
      expect(scripts, p).toHaveLength(1);
      expect(scripts[0]).toMatch(/type="module" src="\/_assets\/[^"]+\.js"/);
      const src = /src="\/([^"]+)"/.exec(scripts[0]!)![1]!;
      expect(readFileSync(path.join(DIST, src)).length).toBeLessThan(8 * 1024);
    }
  });
});
