// `npm run ingest` on a new raw text yields a page in the built site and in its search
// index. The project is copied to .tmp/ingest-site (node_modules linked), the
// fixture text is ingested there, and that copy is built — the real content is untouched.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { sharedBrowser } from '../support/browser.ts';
import { buildOrThrow } from '../../scripts/kit/build.ts';
import { copyProject } from '../../scripts/kit/project-copy.ts';
import { serveSite, type RunningSite } from '../support/server.ts';
import { ROOT } from '../support/sites.ts';
import { loadHtml, normalisePage, readingText } from './source-pages.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/ingest/new-paper.txt');
const ID = 'fixture-paper';
let tree: string;
let dist: string;

beforeAll(async () => {
  tree = path.join(ROOT, '.tmp/ingest-site');
  copyProject(tree);
  const ingest = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), FIXTURE, '--id', ID, '--root', tree], { encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`ingest failed (${ingest.status}):\n${ingest.stdout}\n${ingest.stderr}`);
  dist = path.join(tree, 'dist');
  const env = { SITE_OUT_DIR: dist, SITE_CACHE_DIR: path.join(tree, '.astro-cache'), SITE_BASE: '/' };
  await buildOrThrow('building the copy with the new source', { cwd: tree, env });
}, 300_000);

afterAll(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
});

/** Pagefind's page fragments: gzip, a "pagefind_dcd" signature, then JSON with url and content. */
function indexedPages(): { url: string; content: string }[] {
  const dir = path.join(dist, 'pagefind/fragment');
  return readdirSync(dir).map((f) => {
    const text = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
}

describe('a newly ingested text', () => {
  it('has its reading page, with headings and cleaned text', () => {
    const root = loadHtml(dist, `sources/${ID}`);
    const text = normalisePage(readingText(root));
    expect(text).toContain('党建联盟运行机制摘编');
    expect(text).toContain('一、联盟运行机制');
    expect(text).toContain('原则上每季度召开1次联盟联席会议；由1-2个成员单位作为轮值单位');
    expect(readFileSync(path.join(dist, `sources/${ID}/index.html`), 'utf8')).toContain('id="一联盟运行机制"');
    expect(readFileSync(path.join(dist, `sources/${ID}/raw.txt`))).toEqual(readFileSync(FIXTURE));
  });

  it('is listed on the sources page', () => {
    expect(readFileSync(path.join(dist, 'sources/index.html'), 'utf8')).toContain(`href="/sources/${ID}/"`);
  });

  it('is in the Pagefind index', () => {
    const page = indexedPages().find((p) => p.url === `/sources/${ID}/`);
    expect(page, 'a Pagefind fragment for the new page').toBeDefined();
    expect(page!.content.replace(/[\u200b\s]/gu, '')).toContain('红帆党建联盟');
  });

  describe('search', () => {
    let browser: Browser;
    let site: RunningSite;
    beforeAll(async () => {
      browser = await sharedBrowser();
      site = await serveSite(dist, '/');
    });
    afterAll(async () => {
      await site?.close();
      await browser?.close();
    });

    it('finds it on the search page', async () => {
      const page = await browser.newPage();
      await page.goto(site.url(`search/?q=${encodeURIComponent('联席轮值机制')}`), { waitUntil: 'networkidle' });
      const urls = await page.locator('[data-search-results] a[data-result-url]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(urls.some((u) => u?.startsWith(`/sources/${ID}/`))).toBe(true);
      await page.close();
    });
  });
});
