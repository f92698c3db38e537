// Reading pages a cadre can live in, checked in Chromium on the built site:
// - phone: the text starts on the first screen; the contents fold (<details>, no script);
//   a fixed 目录 link leads back to them from anywhere; exactly one contents list shows;
// - glossary links open the term's page; term pages list every use (concordance) and say
//   plainly when no source defines the term; concordance links land on the sentence;
// - mentions of cases and practices in reading text link to their pages, never in headings,
//   quotations, citations, notes or editor's marks, once per section;
// - the repairs register on its own page, out of the search index, labelled cells on phones;
//   damage in 003 and 002 marked as editor's notes;
// - clean display text on knowledge pages; footnote targets ≥ 24×24 px, no links to empty notes;
// - 运行机制 and 时间线 in the main navigation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadKnowledge } from '../../src/lib/content/knowledge.ts';
import { sourceIds } from '../../src/lib/content/sources.ts';
import { sharedBrowser } from '../support/browser.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { DIST, ROOT } from '../support/sites.ts';

/** The sources: the folders under content/sources/. */
const SOURCE_IDS = sourceIds();

const { kb } = loadKnowledge({ root: ROOT });
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };

let browser: Browser;
let site: RunningSite;
beforeAll(async () => {
  browser = await sharedBrowser();
  site = await serveSite(DIST, '/', true);
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

async function open(p: string, viewport = PHONE): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(site.url(p));
  return page;
}

describe('phone reading', () => {
  it('starts the text of /sources/wuxi-alliance/ on the first screen at 390×844', async () => {
    const page = await open('sources/wuxi-alliance/');
    const top = await page.locator('[data-source-text] p').first().evaluate((p) => p.getBoundingClientRect().top);
    expect(top).toBeLessThan(PHONE.height - 60);
    await page.close();
  });

  it.each(SOURCE_IDS.map((id) => `sources/${id}/`).concat(['guide/intro/']))('%s shows exactly one contents list: folded on phones, a column on desktops', async (p) => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await open(p, viewport);
      const visible = await page.locator('.toc').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.className));
      if (visible.length === 0) {
        await page.close();
        continue; // a page without headings has no contents
      }
      expect(visible, `${p} at ${viewport.width}px`).toHaveLength(1);
      expect(visible[0]).toContain(viewport === PHONE ? 'toc--fold' : 'toc--side');
      if (viewport === PHONE) {
        expect(await page.locator('details.toc--fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
        await page.locator('details.toc--fold > summary').click();
        expect(await page.locator('details.toc--fold a').first().isVisible()).toBe(true);
      }
      await page.close();
    }
  });

  it('leads back to the contents from the end of a long text (fixed 目录 link)', async () => {
    const page = await open('sources/wuxi-alliance/');
    await page.locator('.footnotes, .source-record').last().scrollIntoViewIfNeeded();
    const link = page.locator('.to-contents a');
    expect(await link.isVisible()).toBe(true);
    const box = (await link.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await link.click();
    await page.waitForFunction(() => location.hash === '#contents');
    const top = await page.locator('#contents').evaluate((d) => d.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(PHONE.height / 2);
    await page.close();
  });

  it('has no 目录 link on desktops (the contents column stays in view)', async () => {
    const page = await open('sources/wuxi-alliance/', DESKTOP);
    expect(await page.locator('.to-contents a').isVisible()).toBe(false);
    await page.close();
  });
});

describe('terms', () => {
  it('a glossary link in the text opens the term’s own page', async () => {
    const page = await open('sources/wuxi-alliance/');
    const link = page.locator('.prose a.glossary-link').first();
    const text = (await link.textContent())!;
    await link.click();
    await page.waitForURL(/\/glossary\/[a-z0-9-]+\/$/);
    const term = kb.terms.find((t) => [t.data.name, ...t.data.aliases].includes(text))!;
    expect(await page.locator('h1').textContent()).toBe(term.data.name);
    await page.close();
  });

  it('adds at least 30 everyday terms, each used by a source, with no definition unless a source gives one', () => {
    const everyday = ['三会一课', '流动党员', '组织力', '战斗堡垒', '民主集中制', '组织生活会', '先锋模范作用', '党建引领'];
    const names = kb.terms.map((t) => t.data.name);
    for (const n of everyday) expect(names).toContain(n);
    expect(kb.terms.filter((t) => t.data.definitions.length === 0).length).toBeGreaterThanOrEqual(30);
  });

  it.each(kb.terms.map((t) => [t.id, t] as const))('/glossary/%s/ lists every use of the term, and says so when no source defines it', async (id, t) => {
    const html = readFileSync(path.join(DIST, 'glossary', id, 'index.html'), 'utf8');
    const lines = Number(/data-concordance-count>(\d+)</.exec(html)?.[1]);
    expect(lines).toBe((html.match(/data-concordance-line/g) ?? []).length);
    expect(lines, `${id}: the sources use the term`).toBeGreaterThan(0);
    const definesIt = /class="quote"/.test(html);
    expect(definesIt).toBe(t.data.definitions.length > 0);
    expect(html.includes('没有给它下定义')).toBe(t.data.definitions.length === 0);
  });

  it('counts every sentence of the reading text that uses 三会一课 (5, one per source)', async () => {
    const page = await open('glossary/three-meetings-one-lesson/');
    expect(await page.locator('[data-concordance-line]').count()).toBe(5);
    expect(await page.locator('[data-concordance-line] mark').allTextContents()).toEqual(Array(5).fill('三会一课'));
    await page.close();
  });

  it('a concordance line’s link lands on its sentence in the source', async () => {
    const page = await open('glossary/democratic-centralism/', DESKTOP);
    const line = page.locator('[data-concordance-line]').first();
    const sentence = (await line.locator('.concordance__sentence').textContent())!;
    await line.locator('a').click();
    // The guide's 绪论 and chapters have their home on /guide/<part>/.
    await page.waitForURL(/\/guide\/(intro|chapter-\d)\/#/);
    const inView = (sentence: string) => page.evaluate((s) => {
      const probe = s.slice(0, 12);
      const el = [...document.querySelectorAll('.prose p, .prose blockquote')].find((p) => (p.textContent ?? '').includes(probe));
      if (!el) return 'missing';
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight ? 'in view' : `off screen at ${Math.round(r.top)}`;
    }, sentence);
    // The browser scrolls to the target after the navigation: poll instead of sleeping.
    await expect.poll(() => inView(sentence), { timeout: 5_000 }).toBe('in view');
    await page.close();
  });

  it('four-level-linkage quotes all four levels', async () => {
    const page = await open('glossary/four-level-linkage/');
    const quote = (await page.locator('blockquote.quote p').first().textContent())!;
    for (const level of ['市委党组织', '区委党组织', '街道党工委', '社区党组织']) expect(quote).toContain(level);
    await page.close();
  });
});

describe('mentions', () => {
  it('link 红帆党建联盟 in the 000 paper to its case page', async () => {
    const page = await open('sources/wuxi-alliance/');
    const link = page.locator('.prose a.mention-link', { hasText: '红帆党建联盟' }).first();
    await link.click();
    await page.waitForURL(/\/cases\/hongfan-alliance\/$/);
    expect(await page.locator('h1').textContent()).toBe('红帆党建联盟');
    await page.close();
  });

  it.each(SOURCE_IDS)('on %s: never in headings, quotations, citations, notes or editor’s marks; once per section', async (id) => {
    const page = await open(`sources/${id}/`);
    const result = await page.evaluate(() => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('.prose a.mention-link')];
      const misplaced = links.filter((a) => a.parentElement?.closest('h1, h2, h3, h4, h5, h6, blockquote, figcaption, .footnotes, .editorial-mark, a')).map((a) => a.textContent);
      // Sections: the text between headings, in document order.
      const seen = new Map<string, number>();
      const twice: string[] = [];
      let section = 0;
      const walker = document.createTreeWalker(document.querySelector('.prose')!, NodeFilter.SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n as Element;
        if (/^H[1-6]$/.test(el.tagName)) section++;
        if (el.matches('a.mention-link')) {
          const key = `${section}|${el.getAttribute('href')}`;
          if (seen.has(key)) twice.push(el.textContent ?? '');
          seen.set(key, 1);
        }
      }
      return { count: links.length, misplaced, twice };
    });
    expect(result.count).toBeGreaterThan(0);
    expect(result.misplaced).toEqual([]);
    expect(result.twice).toEqual([]);
    await page.close();
  });
});

describe('repairs register', () => {
  it.each(SOURCE_IDS)('%s: on its own page, linked from the source page, out of the search index', async (id) => {
    const page = await open(`sources/${id}/`);
    expect(await page.locator('#repairs-title').count()).toBe(0);
    await page.locator(`a[href="/sources/${id}/repairs/"]`).click();
    await page.waitForURL(new RegExp(`/sources/${id}/repairs/$`));
    expect(await page.locator('h2#repairs-title').textContent()).toBe('整理说明');
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    await page.close();
  });

  it('does not bring the practice guide’s cover OCR into search results', async () => {
    const page = await open('search/?q=%E5%87%8C%E4%BA%95%E7%A2%91');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state === 'done');
    expect(Number(await page.locator('[data-search-results]').getAttribute('data-total'))).toBe(0);
    await page.close();
  });

  it('labels every cell on phones, and shows the header row instead on desktops', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await open('sources/practice-guide/repairs/', viewport);
      const labels = await page.locator('.repairs__table td').evaluateAll((tds) =>
        tds.map((td) => {
          const label = td.querySelector('.cell-label');
          return label && label.getClientRects().length > 0 ? label.textContent : null;
        }),
      );
      expect(labels.length).toBeGreaterThan(4);
      if (viewport === PHONE) expect(labels.every((l) => l && ['修复', '行', '原文', '理由'].includes(l))).toBe(true);
      else {
        expect(labels.every((l) => l === null)).toBe(true);
        expect(await page.locator('.repairs__table thead').isVisible()).toBe(true);
      }
      await page.close();
    }
  });

  it('marks the unmarked damage in 003 and 002 as editor’s notes, listed in the register', async () => {
    for (const [id, expected] of [['multi-dimensions', 4], ['urban-integration', 2]] as const) {
      const page = await open(`sources/${id}/`);
      const marks = await page.locator('[data-source-text] .editorial-mark', { hasText: '编者注' }).allTextContents();
      const notes = marks.filter((m) => m.includes('同时') || m.includes('互补往来') || m.includes('前引号'));
      expect(notes, id).toHaveLength(expected);
      await page.goto(site.url(`sources/${id}/repairs/`));
      const rows = await page.locator('.repairs__table tbody tr', { hasText: '加编者注' }).count();
      expect(rows, id).toBe(expected);
      await page.close();
    }
  });
});

describe('clean display text', () => {
  const HALF_WIDTH_BETWEEN_HAN = /\p{Script=Han}[,;?()]\p{Script=Han}/u;
  const knowledgePages = ['cases', 'practices', 'glossary', 'frameworks', 'timeline', 'mechanisms']
    .flatMap((dir) => readdirSync(path.join(DIST, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${dir}/${d.name}/`).concat(`${dir}/`))
    .filter((p) => existsSync(path.join(DIST, p, 'index.html')));

  it('shows no half-width , ; ? ( ) between Chinese characters and no doubled closing quote marks, on any reading or knowledge page', () => {
    const pages = [...SOURCE_IDS.map((id) => `sources/${id}/`), ...knowledgePages];
    const bad: string[] = [];
    for (const p of pages) {
      const html = readFileSync(path.join(DIST, p, 'index.html'), 'utf8');
      const text = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, '');
      const m = HALF_WIDTH_BETWEEN_HAN.exec(text) ?? /””/.exec(text);
      if (m) bad.push(`${p}: …${text.slice(Math.max(0, m.index - 10), m.index + 10)}…`);
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(bad).toEqual([]);
  });

  it('cleans PDF spacing in quotes on knowledge pages (每月组织1次活动, 党委（党组）)', async () => {
    const page = await open('practices/joint-meeting-rotation/');
    expect(await page.locator('main').textContent()).toContain('每月组织1次活动');
    await page.goto(site.url('glossary/three-questions/'));
    const text = (await page.locator('main').textContent())!;
    expect(text).not.toMatch(/党委 ?\( ?党组 ?\)/);
    await page.close();
  });
});

describe('footnotes', () => {
  it.each(SOURCE_IDS)('%s: reference and back-link targets are at least 24×24 px, and every reference leads to note text', async (id) => {
    const page = await open(`sources/${id}/`);
    const refs = await page.locator('a[data-footnote-ref], a[data-footnote-backref]').evaluateAll((as) =>
      as.map((a) => {
        const r = a.getBoundingClientRect();
        const target = a.hasAttribute('data-footnote-ref') ? document.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1))) : null;
        const note = target ? (target.textContent ?? '').replace(/↩|返回正文|\s/g, '').replace(/〔[^〕]*〕/g, '') : 'backref';
        return { w: r.width, h: r.height, note };
      }),
    );
    for (const r of refs) {
      expect(r.w).toBeGreaterThanOrEqual(24);
      expect(r.h).toBeGreaterThanOrEqual(24);
      expect(r.note.length, 'a footnote link leads to note text').toBeGreaterThan(0);
    }
    await page.close();
  });

  it('shows the 11 markers whose note the source lacks (001, 003) as editor’s marks, not links', async () => {
    let count = 0;
    for (const id of ['four-dimensions', 'multi-dimensions']) {
      const page = await open(`sources/${id}/`);
      count += await page.locator('[data-source-text] .editorial-mark', { hasText: '所据文本未收注文' }).count();
      expect(await page.locator('a[data-footnote-ref]').count()).toBe(0);
      await page.close();
    }
    expect(count).toBe(11);
  });
});

describe('one home for the guide’s 绪论 and chapter 1', () => {
  it('/sources/practice-guide/ names them and links to /guide/<part>/ instead of repeating them', async () => {
    const page = await open('sources/practice-guide/', DESKTOP);
    const source = (await page.locator('[data-source-text]').textContent())!;
    const guide = await browser.newPage();
    for (const part of ['intro', 'chapter-1']) {
      await guide.goto(site.url(`guide/${part}/`));
      const first = (await guide.locator('[data-source-text] p').first().textContent())!.slice(0, 30);
      expect(source, part).not.toContain(first);
      await page.locator(`[data-source-text] a[href="/guide/${part}/"]`).click();
      await page.waitForURL(new RegExp(`/guide/${part}/$`));
      // Restored from the back/forward cache, as in a reader's Chrome: no new load event.
      await page.goBack({ waitUntil: 'commit' });
    }
    await guide.close();
    await page.close();
  });

  it('/guide/chapter-1/ shows one contents list', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await open('guide/chapter-1/', viewport);
      const lists = await page.locator('.toc, .guide-contents').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0 && !e.parentElement?.closest('.guide-contents')).length);
      expect(lists, `at ${viewport.width}px`).toBe(1);
      await page.close();
    }
  });
});

describe('navigation', () => {
  it('has 运行机制 and 时间线 in the main navigation, landing on their pages', async () => {
    const page = await open('', DESKTOP);
    for (const [label, title] of [['运行机制', '运行机制'], ['时间线', '时间线']] as const) {
      await page.locator('.primary-nav a', { hasText: label }).click();
      await page.waitForURL(/\/(mechanisms|timeline)\/$/);
      expect(await page.locator('h1').textContent()).toContain(title);
      // Restored from the back/forward cache, as in a reader's Chrome: no new load event.
      await page.goBack({ waitUntil: 'commit' });
    }
    await page.close();
  });
});
