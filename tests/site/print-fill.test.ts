// Printed packs, measured on the PDF each Chromium our readers print from makes of them (A4, the
// page's own @page size and margins, as the print dialog takes them): every topic's pack
// (/topics/<id>/handout/) and the two comparison pages, in current Chromium, Chromium 109
// (Chrome on Windows 7) and Chromium 86 (360 安全浏览器, 奇安信):
// - no page less than a third full except the last of a section (a section starts where the
//   browser breaks a page before an element: a source text, the teaching plan, a table, the
//   prompts, the answers); no blank page, no page holding only a notes box (Chromium 86's old
//   page layout has no break-before: avoid: there the box and the last paragraph before it are
//   one block, handouts.css);
// - the running foot of every page of a pack: from Chromium 131 the topic's name and "第 N 页" in
//   the bottom margin (@page margin boxes), no second copy; before 131 the topic's name alone,
//   set down a strip at the right of the page area (a fixed element; no page numbers there);
// - every case page (a one- or two-sheet handout): its printed foot — the reference and the
//   page's address — is on the same sheet as the notes box, never on a sheet of its own;
// - each Word file runs to within one page of the PDF current Chromium prints (LibreOffice
//   converts it; without soffice the run says the Word files were NOT compared).
// poppler-utils and LibreOffice are optional extras (.ci/run installs them): without them the run
// says plainly what was not measured.
// How full a page is comes from the rendered page (poppler's pdftoppm): the lowest ink in the page
// area, notes boxes and table rules included (scripts/kit/print-fill.ts). The figures are printed;
// the PDFs are kept in .tmp/print-fill/ for looking at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/lib/content/knowledge.ts';
import { loadTopics } from '../../src/lib/content/topics.ts';
import { UI } from '../../src/lib/ui/zh-CN.ts';
import { fillSummary, hasPoppler, pageTexts, printedPages, sectionPages, squash, underfilled, type Margins } from '../../scripts/kit/print-fill.ts';
import { launchBrowser } from '../../scripts/kit/browser.ts';
import { CHROMIUM_109, CHROMIUM_86, launchOldPlaywright, type OldChromium } from '../support/old-browsers.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { DIST, ROOT } from '../support/sites.ts';

const OUT = path.join(ROOT, '.tmp/print-fill');
const { kb } = loadKnowledge({ root: ROOT });
const { topics } = loadTopics(path.join(ROOT, 'content'), kb, ROOT);

interface Target {
  path: string;
  /** Where its Word file is, under dist/. */
  dir: string;
  /** A pack: it has a running foot. */
  pack: boolean;
}
const TARGETS: Target[] = [
  ...topics.map((t) => ({ path: `topics/${t.id}/handout/`, dir: `topics/${t.id}`, pack: true })),
  { path: 'cases/compare/', dir: 'cases/compare', pack: false },
  { path: 'frameworks/compare/', dir: 'frameworks/compare', pack: false },
];

/** The site's @page margins (global.css; the named page "wide" in handouts.css). */
const MARGINS: Record<'current' | 'old', { portrait: Margins; landscape: Margins }> = {
  current: { portrait: { top: 16, bottom: 18, left: 15, right: 15 }, landscape: { top: 12, bottom: 14, left: 12, right: 12 } },
  // Before Chromium 131 the right margin is 9 mm and the page area keeps a 6 mm strip for the foot.
  old: { portrait: { top: 16, bottom: 18, left: 15, right: 9, strip: 6 }, landscape: { top: 12, bottom: 14, left: 12, right: 9, strip: 6 } },
};

/** In the page: the first line of each element the browser breaks a page before (or starts a named page at). */
function sectionStarts(): string[] {
  const out: string[] = [];
  const named = (e: Element | null): string => (e ? ((getComputedStyle(e) as unknown as { page?: string }).page ?? 'auto') : 'auto');
  for (const el of Array.from(document.querySelectorAll('main *'))) {
    const cs = getComputedStyle(el);
    const forced = cs.breakBefore === 'page' || cs.pageBreakBefore === 'always' || (named(el) !== 'auto' && named(el) !== named(el.parentElement));
    const text = ((el as HTMLElement).innerText ?? '').trim().split('\n')[0] ?? '';
    if (forced && text) out.push(text);
  }
  return out;
}

const pdfPages = new Map<string, number>();

function printTests(name: string, old: OldChromium | null): void {
  describe(`printed in ${name}`, () => {
    let browser: Browser;
    let site: RunningSite;
    beforeAll(async () => {
      browser = old ? await launchOldPlaywright(old) : await launchBrowser();
      site = await serveSite(DIST);
      mkdirSync(path.join(OUT, name), { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it.each(TARGETS.map((t) => [t.path, t] as const))('%s: no page under a third full but the last of a section; the running foot', async (_, target) => {
      const page = await browser.newPage();
      try {
        await page.goto(site.url(target.path), { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        const starts = await page.evaluate(sectionStarts);
        const foot = squash(await page.evaluate(() => document.querySelector('.handout-running-foot')?.textContent ?? ''));
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        writeFileSync(path.join(OUT, name, `${target.path.replace(/\/$/, '').replace(/\//g, '_')}.pdf`), pdf);
        const marginBoxes = !old;
        const printed = printedPages(pdf, MARGINS[marginBoxes ? 'current' : 'old']);
        const pages = sectionPages(printed.fills, printed.texts, starts, [foot]);
        console.log(`${name} ${target.path} ${fillSummary(pages)}`);
        if (!old) pdfPages.set(target.dir, pages.length);

        if (target.pack) expect(starts.length, 'sections found in the pack').toBeGreaterThan(5);
        expect(underfilled(pages).map((p) => `page ${p.number}: ${Math.round(p.fill * 100)}%`), `${fillSummary(pages)} (* ends a section)`).toEqual([]);
        for (const p of pages) expect(p.fill, `page ${p.number} is blank`).toBeGreaterThan(0.03);
        const notesOnly = printed.bodies.flatMap((body, i) => (body === UI.handout.notesTitle ? [`page ${i + 1} holds only a notes box`] : []));
        expect(notesOnly).toEqual([]);

        if (!target.pack) return;
        expect(foot).toContain(squash(topics.find((t) => target.path.includes(`/${t.id}/`))!.data.title));
        // The foot as printed: squashed, middle dots aside (Chromium 86 and 109 set it vertically).
        const printedFeet = printed.feet.map((f) => f.replace(/·/g, ''));
        const want = (n: number): string => (marginBoxes ? `${foot}${squash(UI.handout.pageWord)}${n}${squash(UI.handout.pageWordEnd)}` : foot).replace(/·/g, '');
        expect(printedFeet).toEqual(pages.map((p) => want(p.number)));
      } finally {
        await page.close();
      }
    });

    it('every case page: its printed foot (reference and address) shares a page with the notes box, never a page alone', async () => {
      const page = await browser.newPage();
      const alone: string[] = [];
      try {
        for (const c of kb.cases) {
          await page.goto(site.url(`cases/${c.id}/`), { waitUntil: 'load' });
          const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
          writeFileSync(path.join(OUT, name, `cases_${c.id}.pdf`), pdf);
          const sheets = pageTexts(pdf).map(squash);
          const foot = sheets.findIndex((t) => t.includes(squash(UI.printFoot.reference)));
          expect(foot, `cases/${c.id}/: the printed foot`).toBeGreaterThanOrEqual(0);
          if (!sheets[foot]!.includes(squash(UI.handout.notesTitle))) alone.push(`cases/${c.id}/: page ${foot + 1} of ${sheets.length}`);
        }
      } finally {
        await page.close();
      }
      expect(alone, 'the foot printed without the notes box').toEqual([]);
    });
  });
}

const POPPLER = hasPoppler();
if (POPPLER) {
  printTests('current Chromium', null);
  printTests(CHROMIUM_109.name, CHROMIUM_109);
  printTests(CHROMIUM_86.name, CHROMIUM_86);
} else {
  it('measures the printed pages', () => {
    console.warn('The printed pages were NOT measured: poppler-utils (pdftoppm, pdftotext) are missing. apt-get install -y poppler-utils');
  });
}

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe('Word files', () => {
  const soffice = POPPLER && hasSoffice();
  if (!soffice) console.warn('The Word files were NOT compared with the printed pages: no LibreOffice (soffice) to convert them. apt-get install -y libreoffice-writer');
  it.skipIf(!soffice)('each runs to within one page of the PDF current Chromium prints', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'print-fill-docx-'));
    try {
      const files = TARGETS.map((t) => {
        const docx = readdirSync(path.join(DIST, t.dir)).find((f) => f.endsWith('.docx'));
        expect(docx, `a Word file in dist/${t.dir}/`).toBeDefined();
        const copy = path.join(dir, `${t.dir.replace(/\//g, '_')}.docx`);
        copyFileSync(path.join(DIST, t.dir, docx!), copy);
        return { target: t, copy };
      });
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files.map((f) => f.copy)], { stdio: 'pipe', timeout: 180_000 });
      for (const { target, copy } of files) {
        const info = execFileSync('pdfinfo', [copy.replace(/\.docx$/, '.pdf')], { encoding: 'utf8' });
        const word = Number(info.match(/^Pages:\s+(\d+)/m)![1]);
        const pdf = pdfPages.get(target.dir);
        console.log(`Word ${target.dir}: ${word} pages, PDF ${pdf ?? '?'}`);
        expect(pdf, `the PDF of ${target.path} was measured first`).toBeDefined();
        expect(Math.abs(word - pdf!), `${target.dir}: Word ${word} pages, PDF ${pdf}`).toBeLessThanOrEqual(1);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
