// The site tests' browser helpers: connecting to the one Chromium the global setup started
// (scripts/kit/browser.ts launches it), probing text-fragment support, and watching a page's
// requests and errors.
import { chromium, type Browser, type ConsoleMessage, type Page, type Request, type Response } from 'playwright-core';

/**
 * Connects a test file to the browser the global setup started. Closing the returned Browser
 * closes this file's pages and contexts, not the shared browser.
 */
export async function sharedBrowser(): Promise<Browser> {
  const { inject } = await import('vitest');
  return chromium.connect(inject('browserWsEndpoint'));
}

/**
 * Whether this browser scrolls to a text directive (#:~:text=…). Debian's Chromium does; the
 * npm-packaged build does not, so tests of the highlight itself run only where it does.
 */
export async function followsTextFragments(browser: Browser): Promise<boolean> {
  const page = await browser.newPage({ viewport: { width: 800, height: 400 } });
  try {
    await page.route('http://text-fragment.probe/**', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><div style="height:3000px"></div><p>文本片段探针</p>' }),
    );
    await page.goto('http://text-fragment.probe/#:~:text=%E6%96%87%E6%9C%AC%E7%89%87%E6%AE%B5%E6%8E%A2%E9%92%88');
    // Scrolled soon after load where supported (at once on an idle machine); after 3 s without a
    // scroll, it is not. A browser that supports it answers as soon as it scrolls.
    return await page.waitForFunction(() => window.scrollY > 0, null, { timeout: 3000 }).then(
      () => true,
      () => false,
    );
  } finally {
    await page.close();
  }
}

/**
 * Opens a URL and waits until the page is settled: a page without scripts (every reading page)
 * is complete at its load event; a page with scripts may fetch after load (the search page), so
 * it waits for the network to go quiet as well.
 */
export async function gotoSettled(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if ((await page.locator('script[src]').count()) > 0) await page.waitForLoadState('networkidle');
  return response;
}

/** How Chromium and Firefox name a request cancelled by navigation. */
const CANCELLED = /ERR_ABORTED|NS_BINDING_ABORTED/;

/** What a page did while watched: its requests, failed requests and console / page errors. */
export interface PageWatch {
  requests: string[];
  failures: string[];
  errors: string[];
  /** Stops watching (a tab reused for the next page is watched afresh). */
  stop(): void;
}

/** Records every request a page makes and every console error / page error, until stopped. */
export function watchPage(page: Page): PageWatch {
  const requests: string[] = [];
  const failures: string[] = [];
  const errors: string[] = [];
  const onRequest = (r: Request) => requests.push(r.url());
  const onFailed = (r: Request) => {
    const reason = r.failure()?.errorText ?? 'failed';
    // A request the browser cancels itself (the favicon still loading when the page
    // navigates or reloads) is not a fault of the site; a missing file still shows up
    // as an HTTP status below, and an off-origin request in `requests`.
    if (CANCELLED.test(reason)) return;
    failures.push(`${r.url()} (${reason})`);
  };
  const onResponse = (r: Response) => {
    if (r.status() >= 400) failures.push(`${r.url()} (HTTP ${r.status()})`);
  };
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  };
  const onError = (e: Error) => errors.push(String(e));
  page.on('request', onRequest);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  return {
    requests,
    failures,
    errors,
    stop() {
      page.off('request', onRequest);
      page.off('requestfailed', onFailed);
      page.off('response', onResponse);
      page.off('console', onConsole);
      page.off('pageerror', onError);
    },
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's endpoint (tests/support/global-setup.ts). */
    browserWsEndpoint: string;
  }
}
