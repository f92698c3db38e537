// Study topics (专题) and handouts in a real browser, against the built site:
// - /topics/ lists every topic; each topic page lists its readings with reading times that
//   add up to the stated total at the stated rate, marks the editors' text 编者, and folds each
//   self-test answer in <details> whose link lands on a paragraph that holds the answer's quote;
// - each pack (/topics/<id>/handout/) prints a source text from a new page and lets short readings
//   flow on, each with its citation and a notes box, no bare 出处, a running foot with the topic's
//   name and page numbers, the teaching plan and the comparison table its board plan builds on;
// - every Word file is named by its title, unique across the site, downloaded under that name;
// - printed addresses carry no guessed host when SITE_URL is not set;
// - every Word file (topic packs, case handouts) is read back with an independent reader and
//   holds the same text as its page, both ways;
// - a printed case page shows its facts with their original paragraphs, the 研讨题 and a notes
//   box, and no 出处 link or 编者分类 block; /cases/compare/ sets the seven alliances side by side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import path from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { loadKnowledge } from '../../src/lib/content/knowledge.ts';
import { loadTopics } from '../../src/lib/content/topics.ts';
import { READING_RATE } from '../../src/lib/handouts/reading-time.ts';
import { matchForm } from '../../src/lib/sources/paragraphs.ts';
import { gotoSettled, watchPage } from '../support/browser.ts';
import { launchBrowser } from '../../scripts/kit/browser.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { DIST, KB_DIST, ROOT } from '../support/sites.ts';

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
let kbSite: RunningSite;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
  site = await serveSite(DIST, '/', true);
  kbSite = await serveSite(KB_DIST, '/kb/', true);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await kbSite?.close();
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
    expect(await page.locator('aside.editorial .editorial-block__prompts li').count()).toBe(topic.data.editorial.prompts.length);
    expect(editorial.join('')).toContain('为什么选这些读物（编者）');
    expect(editorial.join('')).toContain('教学安排（编者）');
    // The teaching plan: objectives, a half-day of timed steps, quoted points for every prompt.
    expect(await page.locator('[data-teaching]').count()).toBe(1);
    const minutesOfSteps = await page.locator('[data-step-minutes]').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.stepMinutes)));
    const day = minutesOfSteps.reduce((a, b) => a + b, 0);
    expect(day).toBeGreaterThanOrEqual(150);
    expect(day).toBeLessThanOrEqual(240);
    expect(await page.locator('[data-points-prompt]').count()).toBe(topic.data.editorial.prompts.length);
    const points = await page.locator('[data-teaching] li:has(> [data-point-quote])').evaluateAll((els) =>
      els.map((e) => ({ quote: e.querySelector('[data-point-quote]')!.textContent!, href: e.querySelector('a[data-point-paragraph]')!.getAttribute('href')! })),
    );
    expect(points.length).toBeGreaterThanOrEqual(topic.data.editorial.prompts.length);
    // Self-test: answers folded, no script on the page.
    const details = page.locator('.self-test details');
    expect(await details.count()).toBeGreaterThanOrEqual(5);
    expect(await details.count()).toBeLessThanOrEqual(topic.data.questions);
    expect(await page.locator('.self-test details[open]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(0);
    const answers = await page.locator('.self-test__item').evaluateAll((els) =>
      els.map((e) => ({ quote: e.querySelector('.self-test__quote')!.textContent!, href: e.querySelector('a[data-answer-paragraph]')!.getAttribute('href')! })),
    );
    for (const a of [...answers, ...points]) {
      await page.goto(new URL(a.href, page.url()).href);
      const target = await page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
      expect(bare(target), a.href).toContain(bare(a.quote.replace(/^“|”$/g, '')));
    }
    await page.close();
  });

  it.each(topics.map((t) => [t.id, t] as const))('%s: the pack starts a page per source text, lets short readings flow, keeps notes with their reading', async (id, topic) => {
    const page = await browser.newPage();
    await page.goto(site.url(`topics/${id}/handout/`));
    await page.emulateMedia({ media: 'print' });
    const items = page.locator('[data-handout-item]');
    expect(await items.count()).toBe(topic.data.readings.length);
    const facts = await items.evaluateAll((els) =>
      els.map((e, i) => ({
        i,
        text: e.classList.contains('handout-item--text'),
        prevText: i > 0 && els[i - 1]!.classList.contains('handout-item--text'),
        breakBefore: getComputedStyle(e).breakBefore,
        source: e.querySelector('.handout-item__source')?.textContent ?? '',
        notes: (e.querySelector('.handout-notes') as HTMLElement | null)?.offsetHeight ?? 0,
        notesBreak: getComputedStyle(e.querySelector('.handout-notes')!).breakBefore,
      })),
    );
    for (const f of facts) {
      // A source text starts a page; a short reading only when it follows a source text (or opens the list).
      expect(f.breakBefore, `reading ${f.i + 1}`).toBe(f.text || f.i === 0 || f.prevText ? 'page' : 'auto');
      expect(f.source).toMatch(/^引自《[^》]+》/);
      expect(f.notes).toBeGreaterThan(60);
      expect(f.notesBreak).toBe('avoid');
    }
    // The running foot: the pack's own stylesheet puts the topic's name and the page number in the bottom margin.
    const foot = await page.locator('link[rel="stylesheet"][href$="print-foot.css"]').getAttribute('href');
    const css = await (await fetch(new URL(foot!, page.url()))).text();
    expect(css).toContain(`"${topic.data.title} · 专题讲义"`);
    expect(css).toMatch(/@bottom-right \{ content: "第 " counter\(page\) " 页"/);
    // The teaching plan, and the comparison table the board plan builds on.
    expect(await page.locator('[data-handout] [data-teaching]').count()).toBe(1);
    expect(await page.locator('[data-handout-table]').count()).toBe(topic.data.teaching.board.table ? 1 : 0);
    const printed = await page.locator('[data-handout]').evaluate((e) => (e as HTMLElement).innerText);
    expect(withoutReferenceNote(printed)).not.toMatch(/出处/);
    expect(printed).not.toContain('编者分类');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    if (id === topics[0]!.id) writeFileSync(path.join(SHOTS, `topic-${id}-pack.pdf`), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    // Measured December 2026: 13–16 pages (19–24 before short readings flowed together).
    expect(pages).toBeLessThanOrEqual(18);
    // Without SITE_URL the printed addresses are site paths, no guessed host.
    if (!process.env.SITE_URL) {
      expect(printed).not.toMatch(/https?:\/\//);
      expect(printed).toMatch(/本讲义网址：\/topics\//);
    }
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
    const file = path.join(DIST, 'topics', id, `${topics.find((t) => t.id === id)!.data.title}·讲义.docx`);
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
    const file = path.join(DIST, 'cases', id, `${kb.cases.find((c) => c.id === id)!.data.name.value}·案例讲义.docx`);
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

describe('Word file names', () => {
  /** Every .docx in the build, by its path under dist/. */
  const docxFiles = (dir = DIST): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? docxFiles(path.join(dir, d.name)) : d.name.endsWith('.docx') ? [path.join(dir, d.name)] : []));

  it('names every Word file by its title, each name once across the site, none called handout.docx', () => {
    const names = docxFiles().map((f) => path.basename(f));
    expect(names.length).toBe(topics.length + kb.cases.length + 2);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('handout.docx');
    expect(names).toContain('党建联盟的组织与运行机制·讲义.docx');
    expect(names).toContain('党建联盟对照.docx');
    // Names Windows and WPS accept.
    for (const n of names) expect(n, n).not.toMatch(/[\\/:*?"<>|]/);
  });

  it.each([['topics/alliance-mechanisms/'], ['topics/'], ['cases/liangxi-alliance/'], ['cases/compare/'], ['frameworks/compare/']])('%s: the download link saves the file under its name, under any base path', async (where) => {
    for (const s of [site, kbSite]) {
      const page = await browser.newPage({ acceptDownloads: true });
      await page.goto(s.url(where));
      const link = page.locator('a[data-docx]').first();
      const name = await link.getAttribute('download');
      expect(name).toMatch(/\.docx$/);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(name);
      expect(decodeURIComponent(new URL(download.url()).pathname).endsWith(`/${name}`)).toBe(true);
      expect(new URL(download.url()).pathname.startsWith(new URL(s.root).pathname)).toBe(true);
      await page.close();
    }
  });

  it('writes the comparison tables as Word files, the alliances on a landscape page', async () => {
    const { value } = await mammoth.extractRawText({ path: path.join(DIST, 'cases/compare/党建联盟对照.docx') });
    for (const c of kb.cases.filter((x) => x.data.kind === 'alliance')) expect(value).toContain(c.data.name.value);
    const xml = new TextDecoder().decode(unzipSync(readFileSync(path.join(DIST, 'cases/compare/党建联盟对照.docx')))['word/document.xml']!);
    expect(xml).toMatch(/w:orient="landscape"/);
    const page = await browser.newPage();
    await page.goto(site.url('cases/compare/'));
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBe(1);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 841\.9/);
    await page.close();
  });
});
