// Page weight: loads each page type once in a fresh headless Chromium context (empty cache)
// and adds up what was actually fetched, by kind, decoded and on the wire.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Request } from 'playwright-core';
import type { BenchServer } from './server.ts';
import type { Bytes, PageResult } from './report.ts';

export interface PageType {
  key: string;
  label: string;
  /** Site path without base, e.g. "/cases/", may carry a query string. */
  path: string;
  reading: boolean;
}

/** The page types measured; the case page is the first case in the build (by id). */
export function pageTypes(distDir: string, searchQuery: string): PageType[] {
  const casesDir = path.join(distDir, 'cases');
  const firstCase = existsSync(casesDir)
    ? readdirSync(casesDir, { withFileTypes: true })
        // A case page has a Word handout beside it; the comparison and facet pages do not.
        .filter((d) => d.isDirectory() && readdirSync(path.join(casesDir, d.name)).some((f) => f.endsWith('案例讲义.docx')))
        .map((d) => d.name)
        .sort()[0]
    : undefined;
  return [
    { key: 'home', label: '首页', path: '/', reading: false },
    { key: 'source', label: '文献页', path: '/sources/wuxi-alliance/', reading: true },
    { key: 'guide', label: '指南章节', path: '/guide/intro/', reading: true },
    { key: 'case', label: '案例页', path: firstCase ? `/cases/${firstCase}/` : '/cases/<无>/', reading: true },
    { key: 'cases', label: '案例库', path: '/cases/', reading: false },
    { key: 'search', label: '搜索', path: `/search/?q=${encodeURIComponent(searchQuery)}`, reading: false },
  ];
}

export function pageExists(distDir: string, sitePath: string): boolean {
  const pathname = decodeURIComponent(sitePath.split('?')[0]!);
  if (pathname.includes('<')) return false;
  return existsSync(path.join(distDir, pathname, 'index.html'));
}

type Kind = 'html' | 'css' | 'js' | 'other';

function kindOf(req: Request): Kind {
  const type = req.resourceType();
  const pathname = new URL(req.url()).pathname;
  if (type === 'document') return 'html';
  if (type === 'stylesheet' || pathname.endsWith('.css')) return 'css';
  if (type === 'script' || /\.m?js$/.test(pathname)) return 'js';
  return 'other';
}

export async function measurePage(browser: Browser, server: BenchServer, type: PageType): Promise<PageResult> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const finished: Request[] = [];
  const failed: string[] = [];
  page.on('requestfinished', (r) => finished.push(r));
  page.on('requestfailed', (r) => failed.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`));
  try {
    const response = await page.goto(server.url(type.path), { waitUntil: 'networkidle' });
    if (!response || response.status() >= 400) {
      return { ...type, missing: true };
    }
    if (type.key === 'search') {
      // The search page fetches Pagefind and the results after load: wait for them.
      await page
        .waitForSelector('[data-search-results][data-state="done"], [data-search-results][data-state="error"], [data-search-results] li', { timeout: 15_000 })
        .catch(() => console.warn(`  ${type.label}: no search results after 15 s`));
      await page.waitForLoadState('networkidle');
    }
    const sums: Record<Kind, Bytes> = { html: { raw: 0, gz: 0 }, css: { raw: 0, gz: 0 }, js: { raw: 0, gz: 0 }, other: { raw: 0, gz: 0 } };
    let transferred = 0;
    for (const req of finished) {
      const res = await req.response();
      if (!res) continue;
      const sizes = await req.sizes();
      const body = await res.body().catch(() => Buffer.alloc(0));
      const kind = kindOf(req);
      sums[kind].raw += body.length;
      sums[kind].gz += sizes.responseBodySize;
      transferred += sizes.responseBodySize + sizes.responseHeadersSize;
    }
    if (failed.length > 0) console.warn(`  ${type.label}: failed requests: ${failed.join(', ')}`);
    return { ...type, missing: false, ...sums, requests: finished.length + failed.length, transferred };
  } finally {
    await context.close();
  }
}
