// The knowledge pages other than the case library, in a real browser, counted on the built
// pages and compared with the content: 7 mechanisms with their rules; 12 + 12 sub-points of
// the two four-dimension frameworks, in the SVG diagram (every item a link to its section)
// and as sections; the comparison with the editors' mapping marked 编者对照; ≥ 30 practices
// with their pages; ≥ 30 terms with anchors; the timeline with <time datetime> and source
// links. Pages are drawn at phone and desktop widths (no horizontal scrolling); screenshots
// are saved under .tmp/shots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadKnowledge } from '../../src/lib/knowledge/load.ts';
import { countPoints } from '../../src/lib/knowledge/frameworks.ts';
import { launchBrowser, watchPage } from '../support/browser.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { DIST, ROOT } from '../support/sites.ts';

const SHOTS = path.join(ROOT, '.tmp/shots');
const { kb } = loadKnowledge({ root: ROOT });
const framework = (id: string) => kb.frameworks.find((f) => f.id === id)!;

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

async function open(p: string, width = 1366): Promise<{ page: Page; problems: () => string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const seen = watchPage(page);
  const res = await page.goto(site.url(p), { waitUntil: 'networkidle' });
  expect(res?.status(), p).toBe(200);
  return { page, problems: () => [...seen.errors, ...seen.failures] };
}

describe('content counts', () => {
  it('match the issue', () => {
    expect(kb.mechanisms).toHaveLength(7);
    expect(countPoints(framework('fd-four-dimensions').data)).toBe(12);
    expect(countPoints(framework('md-four-dimensions').data)).toBe(12);
    expect(kb.practices.length).toBeGreaterThanOrEqual(30);
    expect(kb.terms.length).toBeGreaterThanOrEqual(30);
  });
});

describe('运行机制', () => {
  it('shows the 7 mechanisms and all their rules as a table with 出处 links', async () => {
    const { page, problems } = await open('mechanisms/');
    expect(await page.locator('tbody[data-mechanism]').count()).toBe(7);
    expect(await page.locator('[data-mechanism-count]').textContent()).toBe('7');
    for (const m of kb.mechanisms) {
      const group = page.locator(`tbody#${m.id}`);
      expect(await group.locator('tr').count(), m.id).toBe(m.data.rules.length);
      expect(await group.locator('th[scope="rowgroup"]').textContent()).toContain(m.data.name.value);
      const cites = await group.locator('a.cite').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
      expect(cites.length).toBe(m.data.rules.length + 1);
      for (const h of cites) expect(h).toMatch(/^\/sources\/wuxi-alliance\/#(p\d+|[^:]+)$/);
    }
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('fits a phone: the table scrolls inside its box, the page does not', async () => {
    const { page } = await open('mechanisms/', 390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, 'mechanisms-390.png') });
    await page.close();
  });
});

describe('理论框架', () => {
  it.each(['fd-four-dimensions', 'md-four-dimensions'])('%s: 4 dimensions and 12 sub-points, in the diagram and as sections', async (id) => {
    const fw = framework(id).data;
    const { page, problems } = await open(`frameworks/${id}/`);
    expect(await page.locator('section[data-dimension]').count()).toBe(4);
    expect(await page.locator('section[data-point]').count()).toBe(12);
    for (const variant of ['wide', 'narrow']) {
      const svg = page.locator(`svg[data-diagram="${variant}"]`);
      expect(await svg.locator('a[data-kind="point"]').count(), variant).toBe(12);
      expect(await svg.locator('a[data-kind="dimension"]').count(), variant).toBe(4);
      // Accessible: a title and a description name the diagram; no style attributes.
      const labelledBy = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      expect(await page.locator(`#${labelledBy[0]}`).textContent()).toContain(fw.name.value);
      expect(await svg.locator('[style]').count()).toBe(0);
      // Every item links to a section on the page.
      const targets = await svg.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
      for (const t of targets) expect(await page.locator(t).count(), t).toBe(1);
    }
    // One diagram is shown at a time; the wide one on a desktop.
    expect(await page.locator('svg[data-diagram="wide"]').isVisible()).toBe(true);
    expect(await page.locator('svg[data-diagram="narrow"]').isVisible()).toBe(false);
    // Clicking a sub-point in the diagram goes to its section.
    const first = fw.dimensions[0]!.points[1]!;
    await page.locator(`svg[data-diagram="wide"] a[data-target="${first.id}"]`).click();
    expect(new URL(page.url()).hash).toBe(`#${first.id}`);
    await page.screenshot({ path: path.join(SHOTS, `framework-${id}-1366.png`) });
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('draws the narrow diagram on a phone without horizontal scrolling', async () => {
    const { page } = await open('frameworks/fd-four-dimensions/', 390);
    expect(await page.locator('svg[data-diagram="narrow"]').isVisible()).toBe(true);
    expect(await page.locator('svg[data-diagram="wide"]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, 'framework-fd-390.png') });
    await page.close();
  });

  it('lists every framework on the index', async () => {
    const { page } = await open('frameworks/');
    expect(await page.locator('li[data-framework]').count()).toBe(kb.frameworks.length);
    await page.close();
  });

  it('compares the two four-dimension schemes, the mapping only as 编者对照', async () => {
    const comparison = kb.comparisons[0]!.data;
    const { page } = await open('frameworks/compare/');
    expect(await page.locator('tr[data-compare-row]').count()).toBe(4);
    expect(await page.locator('.compare-table li[data-point]').count()).toBe(24);
    const editorial = page.locator('[data-editorial-comparison]');
    expect(await editorial.locator('h2').textContent()).toContain('编者对照');
    expect(await editorial.textContent()).toContain(comparison.note);
    expect(await editorial.locator('tbody tr').count()).toBe(comparison.pairs.length);
    for (const p of comparison.pairs) expect(await editorial.textContent()).toContain(p.rationale);
    // No rationale appears outside the labelled block.
    const outside = await page.evaluate(() => {
      const clone = document.querySelector('main')!.cloneNode(true) as HTMLElement;
      clone.querySelector('[data-editorial-comparison]')?.remove();
      return clone.textContent ?? '';
    });
    for (const p of comparison.pairs) expect(outside).not.toContain(p.rationale);
    await page.close();
  });
});

describe('做法', () => {
  it('lists every practice (≥ 30), grouped by source and by dimension, each with its page', async () => {
    const { page } = await open('practices/');
    const ids = await page.locator('[data-practice-source] li[data-practice]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.practice!));
    expect(new Set(ids).size).toBe(kb.practices.length);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(await page.locator('[data-practice-count]').textContent()).toBe(String(kb.practices.length));
    expect(await page.locator('#by-dimension').count()).toBe(1);
    await page.close();
  });

  it('a practice page shows its quotes with 出处, its tags as the editors’ classification and related entries', async () => {
    const p = kb.practices.find((x) => x.id === 'double-report')!;
    const { page, problems } = await open('practices/double-report/');
    expect(await page.locator('h1').textContent()).toBe(p.data.name.value);
    expect(await page.locator('blockquote.quote').count()).toBe(1 + p.data.quotes.length);
    expect(await page.locator('blockquote.quote a.cite').count()).toBe(1 + p.data.quotes.length);
    await expect(page.locator('.tags').textContent()).resolves.toContain('编者分类');
    const related = await page.locator('[data-related-practices] a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    for (const r of p.data.related) expect(related).toContain(`/practices/${r}/`);
    expect(problems()).toEqual([]);
    await page.close();
  });
});

describe('术语', () => {
  it('has an anchor per term (≥ 30), each defined by a quote with 出处', async () => {
    const { page } = await open('glossary/');
    expect(await page.locator('section.term[data-term]').count()).toBe(kb.terms.length);
    expect(kb.terms.length).toBeGreaterThanOrEqual(30);
    for (const t of kb.terms) {
      const section = page.locator(`section#${t.id}`);
      expect(await section.count(), t.id).toBe(1);
      expect(await section.locator('h2').textContent()).toBe(t.data.name);
      expect(await section.locator('blockquote a.cite').count()).toBe(t.data.definitions.length);
    }
    await page.close();
  });
});

describe('时间线', () => {
  it('lists every dated event with <time datetime> at its precision and a link to its source', async () => {
    const { page, problems } = await open('timeline/');
    expect(await page.locator('li[data-event]').count()).toBe(kb.events.length);
    for (const e of kb.events) {
      const item = page.locator(`li[id="${e.id}"]`);
      expect(await item.locator('time').getAttribute('datetime'), e.id).toBe(e.data.date.value);
      expect(await item.locator(`a[href="/sources/${e.data.source}/"]`).count(), e.id).toBe(1);
    }
    // Chronological.
    const dates = await page.locator('li[data-event] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort());
    expect(problems()).toEqual([]);
    await page.close();
  });

  it('is listed among the home page sections', async () => {
    const { page } = await open('');
    expect(await page.locator('.card-grid a[href="/timeline/"]').count()).toBe(1);
    await page.close();
  });
});
