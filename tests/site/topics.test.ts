// Study topics (专题) and handouts in a real browser, against the built site:
// - /topics/ lists every topic; each topic page lists its readings with reading times that
//   add up to the stated total at the stated rate, marks the editors' text 编者, and folds each
//   self-test answer in <details> whose link lands on a paragraph that holds the answer's quote;
// - each pack (/topics/<id>/handout/) prints one reading per A4 page, each with its citation,
//   with room for notes and no bare 出处;
// - every Word file (topic packs, case handouts) is read back with an independent reader and
//   holds the same text as its page, both ways;
// - a printed case page shows its facts with their original paragraphs, the 研讨题 and a notes
//   box, and no 出处 link or 编者分类 block; /cases/compare/ sets the seven alliances side by side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { loadKnowledge } from '../../src/lib/content/knowledge.ts';
import { loadTopics } from '../../src/lib/content/topics.ts';
import { READING_RATE } from '../../src/lib/topics/reading-time.ts';
import { matchForm } from '../../src/lib/sources/paragraphs.ts';
import { gotoSettled, sharedBrowser, watchPage } from '../support/browser.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { DIST, ROOT } from '../support/sites.ts';

const SHOTS = path.join(ROOT, '.tmp/shots');
const { kb } = loadKnowledge({ root: ROOT });
const { topics } = loadTopics(path.join(ROOT, 'content'), kb, ROOT);

/** Text with all whitespace removed (line breaks differ between a page and a Word file). */
const squash = (t: string): string => t.replace(/\s+/gu, '');
/** Printed text without the reference's note that a paper's journal is unknown (发表出处未详): any other 出处 is a bare link word. */
const withoutReferenceNote = (t: string): string => t.replaceAll('发表出处未详', '');
/** Contents lines are rendered without their dot leaders; the reading text sets , ; ? ( ) between Chinese full-width. */
// A quote set in the page's own marks shows its own double marks as single ones (“…‘…’…”).
const bare = (t: string): string => squash(matchForm(t)).replace(/[.…]{2,}/g, '').replace(/‘/g, '“').replace(/’/g, '”');

async function docxLines(file: string): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ path: file });
  return value.split(/\n+/).map((l) => l.trim()).filter(Boolean);
}

let browser: Browser;
let site: RunningSite;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await sharedBrowser();
  site = await serveSite(DIST, '/', true);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('study topics', () => {
  it('has at least six topics, all listed on /topics/', async () => {
    expect(topics.length).toBeGreaterThanOrEqual(6);
    const page = await browser.newPage();
    await page.goto(site.url('topics/'));
    const listed = await page.locator('[data-topic]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.topic));
    expect(listed.sort()).toEqual(topics.map((t) => t.id).sort());
    await page.close();
  });

  it.each(topics.map((t) => [t.id, t] as const))('%s: readings with reading times, editors’ text marked, answers that land on their paragraph', async (id, topic) => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const watch = watchPage(page);
    await gotoSettled(page, site.url(`topics/${id}/`));
    expect(watch.errors).toEqual([]);
    expect(watch.failures).toEqual([]);
    const minutes = await page.locator('[data-reading]').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.minutes)));
    expect(minutes).toHaveLength(topic.data.readings.length);
    expect(minutes.every((m) => m >= 1)).toBe(true);
    const total = (await page.locator('[data-topic-total]').textContent()) ?? '';
    expect(total).toContain(`每分钟 ${READING_RATE} 字`);
    const stated = Number(/约\s*(\d+)\s*分钟/.exec(total)?.[1]);
    // The total is computed from characters, not summed from rounded item minutes.
    expect(stated).toBeGreaterThanOrEqual(Math.ceil(minutes.reduce((a, b) => a + b, 0) / 2));
    expect(stated).toBeLessThanOrEqual(minutes.reduce((a, b) => a + b, 0));
    // Editors' text is marked.
    const editorial = await page.locator('aside.editorial').allTextContents();
    expect(editorial.join('')).toContain('编者导读');
    expect(editorial.join('')).toContain('研讨题（编者）');
    expect(await page.locator('aside.editorial li').count()).toBe(topic.data.editorial.prompts.length);
    // Self-test: answers folded, no script on the page.
    const details = page.locator('.self-test details');
    expect(await details.count()).toBe(topic.data.questions);
    expect(await page.locator('.self-test details[open]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(0);
    const answers = await page.locator('.self-test__item').evaluateAll((els) =>
      els.map((e) => ({ quote: e.querySelector('.self-test__quote')!.textContent!, href: e.querySelector('a[data-answer-paragraph]')!.getAttribute('href')! })),
    );
    for (const a of answers) {
      await page.goto(new URL(a.href, page.url()).href);
      const target = await page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
      expect(bare(target), a.href).toContain(bare(a.quote.replace(/^“|”$/g, '')));
    }
    await page.close();
  });

  it.each(topics.map((t) => [t.id, t] as const))('%s: the pack prints one reading per page with its citation and room for notes', async (id, topic) => {
    const page = await browser.newPage();
    await page.goto(site.url(`topics/${id}/handout/`));
    await page.emulateMedia({ media: 'print' });
    const items = page.locator('[data-handout-item]');
    expect(await items.count()).toBe(topic.data.readings.length);
    const facts = await items.evaluateAll((els) =>
      els.map((e) => ({
        breakBefore: getComputedStyle(e).breakBefore,
        source: e.querySelector('.handout-item__source')?.textContent ?? '',
        notes: (e.querySelector('.handout-notes') as HTMLElement | null)?.offsetHeight ?? 0,
      })),
    );
    for (const f of facts) {
      expect(f.breakBefore).toBe('page');
      expect(f.source).toMatch(/^引自《[^》]+》/);
      expect(f.notes).toBeGreaterThan(80);
    }
    const printed = await page.locator('[data-handout]').evaluate((e) => (e as HTMLElement).innerText);
    expect(withoutReferenceNote(printed)).not.toMatch(/出处/);
    expect(printed).not.toContain('编者分类');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    if (id === topics[0]!.id) writeFileSync(path.join(SHOTS, `topic-${id}-pack.pdf`), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThan(topic.data.readings.length);
    await page.close();
  });
});

/** The text of the elements a handout shows, each squashed (no-print parts left out). */
async function shownBlocks(page: Page, root: string): Promise<string[]> {
  return page.locator(root).evaluate((r) =>
    [...r.querySelectorAll('h1, h2, h3, p, li, dt, dd')]
      .filter((e) => !e.closest('.no-print') && !e.querySelector('p, li, dd'))
      .map((e) => (e.textContent ?? '').replace(/\s+/gu, ''))
      .filter(Boolean),
  );
}

describe('Word files', () => {
  it.each(topics.map((t) => [t.id] as const))('%s: the .docx holds the same text as the pack page', async (id) => {
    const file = path.join(DIST, 'topics', id, 'handout.docx');
    expect(existsSync(file)).toBe(true);
    const lines = await docxLines(file);
    const page = await browser.newPage();
    await page.goto(site.url(`topics/${id}/handout/`));
    const pageText = squash((await page.locator('[data-handout]').textContent()) ?? '');
    const missingInPage = lines.map((l) => squash(l).replace(/^\d+\./, '')).filter((l) => !pageText.includes(l));
    expect(missingInPage).toEqual([]);
    const docText = squash(lines.join(''));
    const missingInDocx = (await shownBlocks(page, '[data-handout]')).filter((b) => !docText.includes(b));
    expect(missingInDocx).toEqual([]);
    await page.close();
  });

  it.each(kb.cases.map((c) => [c.id] as const))('case %s: the .docx holds the facts, paragraphs and prompts the printed page shows', async (id) => {
    const file = path.join(DIST, 'cases', id, 'handout.docx');
    expect(existsSync(file)).toBe(true);
    const lines = await docxLines(file);
    const page = await browser.newPage();
    await page.goto(site.url(`cases/${id}/`));
    await page.emulateMedia({ media: 'print' });
    const docText = squash(lines.join(''));
    const missingInDocx = (await shownBlocks(page, '[data-case-handout]')).filter((b) => !docText.includes(b.replace(/^编者导读（[^）]+）/, '')));
    expect(missingInDocx).toEqual([]);
    expect(lines[0]).toBe(await page.locator('h1').textContent());
    await page.close();
  });
});

describe('printed case handout', () => {
  it('shows each fact with its original paragraph, the 研讨题 and a notes box; no 出处 and no 编者分类', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('cases/liangxi-alliance/'));
    expect(await page.locator('[data-case-handout]').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('[data-case-handout]');
    expect(await handout.isVisible()).toBe(true);
    const printed = await page.locator('article').evaluate((e) => (e as HTMLElement).innerText);
    expect(withoutReferenceNote(printed)).not.toMatch(/出处/);
    expect(printed).not.toContain('编者分类');
    expect(printed).toContain('研讨题（编者）');
    expect(await page.locator('.case-handout .handout-notes').evaluate((e) => (e as HTMLElement).offsetHeight)).toBeGreaterThan(80);
    // Every fact points at a paragraph printed below it, with its address.
    const marks = await page.locator('.case-handout .handout-mark').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    expect(marks.length).toBeGreaterThan(5);
    for (const m of marks) expect(await page.locator(m).count()).toBe(1);
    const sources = await page.locator('.case-handout .handout-paragraphs__source').allTextContents();
    expect(sources.every((s) => /段落 p\d+/.test(s) && /\/sources\/wuxi-alliance\/#p\d+/.test(s))).toBe(true);
    await page.close();
  });
});

describe('case library', () => {
  const guideCases = kb.cases.filter((c) => c.data.kind === 'guide-case').map((c) => c.id).sort();
  it('shows the guide’s contents-only cases as their own group', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('cases/'));
    const group = page.locator('[data-case-group="guide-cases"]');
    expect(await group.locator('h3').first().textContent()).toBe('实务指南目录所列典型案例');
    const ids = await group.locator('li[data-case]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.case!));
    expect(ids.sort()).toEqual(guideCases);
    const others = await page.locator('[data-case-group="cases"] li[data-case]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.case!));
    expect(others.some((id) => guideCases.includes(id))).toBe(false);
    expect(others.length + ids.length).toBe(kb.cases.length);
    await page.close();
  });

  it('says when a filter combination has no case, and clears it', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('cases/?type=guide-case&model=model-supply-side'));
    await page.locator('[data-case-library][data-enhanced="true"]').waitFor();
    const empty = page.locator('[data-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.textContent()).toContain('没有同时符合所选条件的案例');
    expect(await page.locator('li[data-case]:visible').count()).toBe(0);
    expect(await page.locator('[data-case-group]:visible').count()).toBe(0);
    await empty.locator('a').click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await empty.isVisible()).toBe(false);
    expect(await page.locator('li[data-case]:visible').count()).toBe(kb.cases.length);
    await page.close();
  });
});

describe('/cases/compare/', () => {
  it('sets the seven alliances side by side, each stated fact with its 出处', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await page.goto(site.url('cases/compare/'));
    const alliances = kb.cases.filter((c) => c.data.kind === 'alliance');
    expect(await page.locator('thead th[data-alliance]').count()).toBe(alliances.length);
    const rows = await page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({ key: (tr as HTMLElement).dataset.row, cells: [...tr.querySelectorAll('td')].map((td) => ({ none: Boolean(td.querySelector('.compare-table__none')), cites: td.querySelectorAll('a.cite').length })) })));
    expect(rows.map((r) => r.key)).toEqual(['model', 'founded', 'leadUnits', 'members', 'region', 'actions']);
    for (const r of rows) for (const c of r.cells) expect(c.none || c.cites > 0, r.key).toBe(true);
    // The table scrolls inside its box; the page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });
});
