// The knowledge pages other than the case library, counted on the built pages (parsed HTML)
// and compared with the content: 7 mechanisms with their rules; 12 + 12 sub-points of the two
// four-dimension frameworks, in the SVG diagram (every item a link to its section) and as
// sections; the comparison with the editors' mapping marked 编者对照; ≥ 30 practices with
// their pages; ≥ 30 terms with anchors; the timeline with <time datetime> and source links.
// In a real browser: pages drawn at phone and desktop widths (no horizontal scrolling, one
// diagram shown at a time, a diagram click lands on its section); screenshots are saved under
// .tmp/shots/. (pages.test.ts loads every page for console errors and failed requests.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadKnowledge } from '../../src/lib/content/knowledge.ts';
import { countPoints } from '../../src/lib/knowledge/frameworks.ts';
import { gotoSettled, watchPage, saveScreenshot } from '../support/browser.ts';
import { launchBrowser } from '../../scripts/kit/browser.ts';
import { all, builtPage, count, one, prop, text } from '../support/html.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { DIST, ROOT } from '../support/sites.ts';

const SHOTS = path.join(ROOT, '.tmp/shots');
const { kb } = loadKnowledge({ root: ROOT });
const framework = (id: string) => kb.frameworks.find((f) => f.id === id)!;
const page = (p: string) => builtPage(DIST, p);

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
  const tab = await browser.newPage({ viewport: { width, height: 900 } });
  const seen = watchPage(tab);
  const res = await gotoSettled(tab, site.url(p));
  expect(res?.status(), p).toBe(200);
  return { page: tab, problems: () => [...seen.errors, ...seen.failures] };
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
  it('shows the 7 mechanisms and all their rules as a table with 出处 links', () => {
    const doc = page('mechanisms/');
    expect(count(doc, 'tbody[data-mechanism]')).toBe(7);
    expect(text(one(doc, '[data-mechanism-count]'))).toBe('7');
    for (const m of kb.mechanisms) {
      const group = one(doc, `tbody#${m.id}`);
      expect(count(group, 'tr'), m.id).toBe(m.data.rules.length);
      expect(text(one(group, 'th[scope="rowgroup"]'))).toContain(m.data.name.value);
      const cites = all(group, 'a.cite').map((a) => prop(a, 'href'));
      expect(cites.length).toBe(m.data.rules.length + 1);
      for (const h of cites) expect(h).toMatch(/^\/sources\/wuxi-alliance\/#(p\d+|[^:]+)$/);
    }
  });

  it('fits a phone: the table scrolls inside its box, the page does not', async () => {
    const { page: tab } = await open('mechanisms/', 390);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await saveScreenshot(tab, { path: path.join(SHOTS, 'mechanisms-390.png') });
    await tab.close();
  });
});

describe('理论框架', () => {
  it.each(['fd-four-dimensions', 'md-four-dimensions'])('%s: 4 dimensions and 12 sub-points, in the diagram and as sections', (id) => {
    const fw = framework(id).data;
    const doc = page(`frameworks/${id}/`);
    expect(count(doc, 'section[data-dimension]')).toBe(4);
    expect(count(doc, 'section[data-point]')).toBe(12);
    for (const variant of ['wide', 'narrow']) {
      const svg = one(doc, `svg[data-diagram="${variant}"]`);
      expect(count(svg, 'a[data-kind="point"]'), variant).toBe(12);
      expect(count(svg, 'a[data-kind="dimension"]'), variant).toBe(4);
      // Accessible: a title and a description name the diagram; no style attributes.
      const labelledBy = prop(svg, 'ariaLabelledBy').split(' ');
      expect(text(one(doc, `#${labelledBy[0]}`))).toContain(fw.name.value);
      expect(count(svg, '[style]')).toBe(0);
      // Every item links to a section on the page.
      const targets = all(svg, 'a').map((a) => prop(a, 'href'));
      for (const t of targets) expect(count(doc, t), t).toBe(1);
    }
  });

  it.each(['fd-four-dimensions', 'md-four-dimensions'])('%s: one diagram shown at a time; a click on a sub-point lands on its section', async (id) => {
    const fw = framework(id).data;
    const { page: tab, problems } = await open(`frameworks/${id}/`);
    // The wide diagram on a desktop.
    expect(await tab.locator('svg[data-diagram="wide"]').isVisible()).toBe(true);
    expect(await tab.locator('svg[data-diagram="narrow"]').isVisible()).toBe(false);
    const first = fw.dimensions[0]!.points[1]!;
    await tab.locator(`svg[data-diagram="wide"] a[data-target="${first.id}"]`).click();
    expect(new URL(tab.url()).hash).toBe(`#${first.id}`);
    await saveScreenshot(tab, { path: path.join(SHOTS, `framework-${id}-1366.png`) });
    expect(problems()).toEqual([]);
    await tab.close();
  });

  it('draws the narrow diagram on a phone without horizontal scrolling', async () => {
    const { page: tab } = await open('frameworks/fd-four-dimensions/', 390);
    expect(await tab.locator('svg[data-diagram="narrow"]').isVisible()).toBe(true);
    expect(await tab.locator('svg[data-diagram="wide"]').isVisible()).toBe(false);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await saveScreenshot(tab, { path: path.join(SHOTS, 'framework-fd-390.png') });
    await tab.close();
  });

  it('lists every framework on the index', () => {
    expect(count(page('frameworks/'), 'li[data-framework]')).toBe(kb.frameworks.length);
  });

  it('compares the two four-dimension schemes, the mapping only as 编者对照', () => {
    const comparison = kb.comparisons[0]!.data;
    const doc = page('frameworks/compare/');
    expect(count(doc, 'tr[data-compare-row]')).toBe(4);
    expect(count(doc, '.compare-table li[data-point]')).toBe(24);
    const editorial = one(doc, '[data-editorial-comparison]');
    expect(text(one(editorial, 'h2'))).toContain('编者对照');
    expect(text(editorial)).toContain(comparison.note);
    expect(count(editorial, 'tbody tr')).toBe(comparison.pairs.length);
    for (const p of comparison.pairs) expect(text(editorial)).toContain(p.rationale);
    // No rationale appears outside the labelled block.
    const outside = text(one(doc, 'main')).split(text(editorial)).join('');
    for (const p of comparison.pairs) expect(outside).not.toContain(p.rationale);
  });
});

describe('做法', () => {
  it('lists every practice (≥ 30), grouped by source and by dimension, each with its page', () => {
    const doc = page('practices/');
    const ids = all(doc, '[data-practice-source] li[data-practice]').map((e) => prop(e, 'dataPractice'));
    expect(new Set(ids).size).toBe(kb.practices.length);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(text(one(doc, '[data-practice-count]'))).toBe(String(kb.practices.length));
    expect(count(doc, '#by-dimension')).toBe(1);
  });

  it('a practice page shows its quotes with 出处, its tags as the editors’ classification and related entries', () => {
    const p = kb.practices.find((x) => x.id === 'double-report')!;
    const doc = page('practices/double-report/');
    expect(text(one(doc, 'h1'))).toBe(p.data.name.value);
    expect(count(doc, 'blockquote.quote')).toBe(1 + p.data.quotes.length);
    expect(count(doc, 'blockquote.quote a.cite')).toBe(1 + p.data.quotes.length);
    expect(text(one(doc, '.tags'))).toContain('编者分类');
    const related = all(doc, '[data-related-practices] a').map((a) => prop(a, 'href'));
    for (const r of p.data.related) expect(related).toContain(`/practices/${r}/`);
  });
});

describe('术语', () => {
  it('has an anchor per term (≥ 30), each defined by a quote with 出处', () => {
    const doc = page('glossary/');
    expect(count(doc, 'section.term[data-term]')).toBe(kb.terms.length);
    expect(kb.terms.length).toBeGreaterThanOrEqual(30);
    for (const t of kb.terms) {
      const sections = all(doc, `section[id="${t.id}"]`);
      expect(sections.length, t.id).toBe(1);
      expect(text(one(sections[0]!, 'h2'))).toBe(t.data.name);
      expect(count(sections[0]!, 'blockquote a.cite')).toBe(t.data.definitions.length);
    }
  });
});

describe('时间线', () => {
  it('lists every dated event with <time datetime> at its precision and a link to its source', () => {
    const doc = page('timeline/');
    expect(count(doc, 'li[data-event]')).toBe(kb.events.length);
    for (const e of kb.events) {
      const item = one(doc, `li[id="${e.id}"]`);
      expect(prop(one(item, 'time'), 'dateTime'), e.id).toBe(e.data.date.value);
      expect(count(item, `a[href="/sources/${e.data.source}/"]`), e.id).toBe(1);
    }
    // Chronological.
    const dates = all(doc, 'li[data-event] time').map((t) => prop(t, 'dateTime'));
    expect(dates).toEqual([...dates].sort());
  });

  it('is listed among the home page sections', () => {
    expect(count(page(''), '.card-grid a[href="/timeline/"]')).toBe(1);
  });
});
