// Glossary links on the reading pages (remark-glossary-links), in the built site (parsed HTML;
// printing in a browser):
// - every source reading page links terms to the glossary, under the base path;
// - each link opens the term's own page (/glossary/<id>/, which exists) and its text is a form of that term;
// - never inside a heading, a link, a block quote, a footnote or an editor's mark;
// - each term is linked once per page, at its first occurrence in the reading text (an
//   earlier occurrence may only sit inside a longer term or in a place links never go);
// - terms marked noAutoLink are never linked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Element, Nodes } from 'hast';
import { matches } from 'hast-util-select';
import { loadKnowledge } from '../../src/lib/content/knowledge.ts';
import { sourceIds } from '../../src/lib/content/sources.ts';
import { entryNames } from '../../src/markdown/remark-glossary-links.ts';
import { launchBrowser } from '../../scripts/kit/browser.ts';
import { all, builtPage, count, one, prop, text } from '../support/html.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { DIST, KB_BASE, KB_DIST, ROOT } from '../support/sites.ts';

/** The sources: the folders under content/sources/. */
const SOURCE_IDS = sourceIds();

const { kb } = loadKnowledge({ root: ROOT });
const forms = new Map(kb.terms.map((t) => [t.id, [t.data.name, ...t.data.aliases]]));
const noAutoLink = kb.terms.filter((t) => t.data.noAutoLink).map((t) => t.id);
const READING_PAGES = SOURCE_IDS.map((id) => `sources/${id}/`);
/** Where links never go (the plugin's exclusions, as rendered). */
const EXCLUDED = 'h1, h2, h3, h4, h5, h6, a, blockquote, [data-footnotes], .footnotes, .editorial-mark, code, pre';
const glossaryIds = new Set(all(builtPage(DIST, 'glossary/'), 'section.term[id]').map((e) => prop(e, 'id')));

interface PageLinks {
  links: { id: string; text: string; excluded: boolean; before: string }[];
  hrefs: string[];
}

/** The glossary links in a built page's reading text, each with the linkable text before it. */
function linksOn(dist: string, p: string, base: string): PageLinks {
  const prose = one(builtPage(dist, p), '.prose');
  const links: PageLinks['links'] = [];
  const hrefs: string[] = [];
  // Eligible text (outside every excluded element) before each link, in document order.
  let eligible = '';
  const walk = (n: Nodes, excluded: boolean): void => {
    if (n.type === 'text') {
      if (!excluded) eligible += `${n.value}\u0000`;
      return;
    }
    if (n.type !== 'element' && n.type !== 'root') return;
    if (n.type === 'element' && n.tagName === 'a' && prop(n, 'className').split(' ').includes('glossary-link')) {
      const href = prop(n, 'href');
      hrefs.push(href);
      links.push({ id: /glossary\/([^/]+)\/$/.exec(href)?.[1] ?? '', text: text(n), excluded, before: eligible });
    }
    const inside = excluded || (n.type === 'element' && matches(EXCLUDED, n as Element));
    for (const c of n.children) walk(c as Nodes, inside);
  };
  for (const c of prose.children) walk(c as Nodes, false);
  for (const h of hrefs) expect(h, h).toMatch(new RegExp(`^${base}glossary/[a-z0-9-]+/$`));
  return { links, hrefs };
}

describe.each(READING_PAGES)('glossary links on %s', (p) => {
  it('link terms once each, at their first occurrence, never in excluded places', () => {
    const { links } = linksOn(DIST, p, '/');
    expect(links.length).toBeGreaterThan(0);
    const ids = links.map((l) => l.id);
    expect(new Set(ids).size, `a term linked twice on ${p}`).toBe(ids.length);
    for (const l of links) {
      expect(glossaryIds.has(l.id), `${l.id} is a term with a page`).toBe(true);
      expect(noAutoLink).not.toContain(l.id);
      expect(forms.get(l.id), l.id).toContain(l.text);
      expect(l.excluded, `${l.text} inside a heading, link, quote or footnote`).toBe(false);
      // No earlier occurrence in linkable text, except inside a longer term's form or an entry's name.
      const longer = [...[...forms.values()].flat(), ...entryNames(kb)].filter((f) => f.length > l.text.length);
      for (const form of forms.get(l.id)!) {
        let before = l.before;
        for (const f of longer) if (f.includes(form)) before = before.split(f).join('\u0001');
        expect(before.includes(form), `"${form}" occurs before its link on ${p}`).toBe(false);
      }
    }
  });
});

it('leaves terms unlinked inside headings and quotes even when they occur there first', () => {
  // 党建联盟 occurs in headings of the wuxi-alliance paper; the link must sit in body text.
  const doc = builtPage(DIST, 'sources/wuxi-alliance/');
  expect(all(doc, '.prose h2, .prose h3').filter((h) => text(h).includes('党建联盟')).length).toBeGreaterThan(0);
  expect(count(doc, '.prose :is(h1, h2, h3, h4, h5, h6, blockquote) a.glossary-link')).toBe(0);
  expect(count(doc, '.prose p a.glossary-link[href="/glossary/party-building-alliance/"]')).toBe(1);
});

it('builds the links with the base path under /kb/', () => {
  const { links } = linksOn(KB_DIST, 'sources/four-dimensions/', KB_BASE);
  expect(links.length).toBeGreaterThan(0);
});

describe('in a browser', () => {
  let browser: Browser;
  let site: RunningSite;
  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveSite(DIST, '/');
  });
  afterAll(async () => {
    await site?.close();
    await browser?.close();
  });

  it('prints glossary links as plain text (no link address after the term)', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('sources/wuxi-alliance/'));
    await page.emulateMedia({ media: 'print' });
    const after = await page.locator('.prose a.glossary-link').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe('none');
    await page.close();
  });
});
