// Glossary links on the reading pages (remark-glossary-links), in the built site:
// - every source reading page links terms to the glossary, under the base path;
// - each link opens the term's own page (/glossary/<id>/, which exists) and its text is a form of that term;
// - never inside a heading, a link, a block quote, a footnote or an editor's mark;
// - each term is linked once per page, at its first occurrence in the reading text (an
//   earlier occurrence may only sit inside a longer term or in a place links never go);
// - terms marked noAutoLink are never linked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadKnowledge } from '../../src/lib/knowledge/load.ts';
import { SOURCE_IDS } from '../../src/schemas/knowledge.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { DIST, KB_BASE, KB_DIST, ROOT } from '../support/sites.ts';

const { kb } = loadKnowledge({ root: ROOT });
const forms = new Map(kb.terms.map((t) => [t.id, [t.data.name, ...t.data.aliases]]));
const noAutoLink = kb.terms.filter((t) => t.data.noAutoLink).map((t) => t.id);
const READING_PAGES = SOURCE_IDS.map((id) => `sources/${id}/`);
/** Where links never go (the plugin's exclusions, as rendered). */
const EXCLUDED = 'h1, h2, h3, h4, h5, h6, a, blockquote, [data-footnotes], .footnotes, .editorial-mark, code, pre';

interface PageLinks {
  links: { id: string; text: string; excluded: boolean; before: string }[];
}

let browser: Browser;
let site: RunningSite;
let kbSite: RunningSite;
let glossaryIds: Set<string>;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveSite(DIST, '/');
  kbSite = await serveSite(KB_DIST, KB_BASE);
  const page = await browser.newPage();
  await page.goto(site.url('glossary/'));
  glossaryIds = new Set(await page.locator('section.term[id]').evaluateAll((els) => els.map((e) => e.id)));
  await page.close();
});
afterAll(async () => {
  await site?.close();
  await kbSite?.close();
  await browser?.close();
});

async function linksOn(siteRoot: RunningSite, p: string, base: string): Promise<PageLinks & { hrefs: string[] }> {
  const page = await browser.newPage();
  await page.goto(siteRoot.url(p));
  const result = await page.evaluate(
    ({ excluded }) => {
      const prose = document.querySelector('.prose');
      if (!prose) return { links: [], hrefs: [] };
      const links: PageLinks['links'] = [];
      const hrefs: string[] = [];
      // Eligible text (outside every excluded element) before each link, in document order.
      let eligible = '';
      const walker = document.createTreeWalker(prose, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n instanceof HTMLAnchorElement && n.classList.contains('glossary-link')) {
          const href = n.getAttribute('href') ?? '';
          hrefs.push(href);
          links.push({
            id: /glossary\/([^/]+)\/$/.exec(href)?.[1] ?? '',
            text: n.textContent ?? '',
            excluded: Boolean(n.parentElement?.closest(excluded)),
            before: eligible,
          });
        } else if (n.nodeType === Node.TEXT_NODE && !n.parentElement?.closest(excluded)) {
          eligible += `${n.textContent}\u0000`;
        }
      }
      return { links, hrefs };
    },
    { excluded: EXCLUDED },
  );
  await page.close();
  for (const h of result.hrefs) expect(h, h).toMatch(new RegExp(`^${base}glossary/[a-z0-9-]+/$`));
  return result;
}

describe.each(READING_PAGES)('glossary links on %s', (p) => {
  it('link terms once each, at their first occurrence, never in excluded places', async () => {
    const { links } = await linksOn(site, p, '/');
    expect(links.length).toBeGreaterThan(0);
    const ids = links.map((l) => l.id);
    expect(new Set(ids).size, `a term linked twice on ${p}`).toBe(ids.length);
    for (const l of links) {
      expect(glossaryIds.has(l.id), `${l.id} is a term with a page`).toBe(true);
      expect(noAutoLink).not.toContain(l.id);
      expect(forms.get(l.id), l.id).toContain(l.text);
      expect(l.excluded, `${l.text} inside a heading, link, quote or footnote`).toBe(false);
      // No earlier occurrence in linkable text, except inside a longer term's form.
      const longer = [...forms.values()].flat().filter((f) => f.length > l.text.length);
      for (const form of forms.get(l.id)!) {
        let before = l.before;
        for (const f of longer) if (f.includes(form)) before = before.split(f).join('\u0001');
        expect(before.includes(form), `"${form}" occurs before its link on ${p}`).toBe(false);
      }
    }
  });
});

it('leaves terms unlinked inside headings and quotes even when they occur there first', async () => {
  // 党建联盟 occurs in headings of the wuxi-alliance paper; the link must sit in body text.
  const page = await browser.newPage();
  await page.goto(site.url('sources/wuxi-alliance/'));
  const headingsWithTerm = await page.locator('.prose :is(h2, h3)', { hasText: '党建联盟' }).count();
  expect(headingsWithTerm).toBeGreaterThan(0);
  expect(await page.locator('.prose :is(h1, h2, h3, h4, h5, h6, blockquote) a.glossary-link').count()).toBe(0);
  expect(await page.locator('.prose p a.glossary-link[href="/glossary/party-building-alliance/"]').count()).toBe(1);
  await page.close();
});

it('builds the links with the base path under /kb/', async () => {
  const { links } = await linksOn(kbSite, 'sources/four-dimensions/', KB_BASE);
  expect(links.length).toBeGreaterThan(0);
});

it('prints glossary links as plain text (no link address after the term)', async () => {
  const page = await browser.newPage();
  await page.goto(site.url('sources/wuxi-alliance/'));
  await page.emulateMedia({ media: 'print' });
  const after = await page.locator('.prose a.glossary-link').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toBe('none');
  await page.close();
});
