// The site tests' browser helpers: opening a page until it is settled, saving a screenshot, and
// watching a page's requests and errors. Each test file launches its own Chromium (scripts/kit/browser.ts).
import type { ConsoleMessage, Page, PageScreenshotOptions, Request, Response } from 'playwright-core';

/**
 * Saves a screenshot for looking at. On a busy machine the headless shell now and then answers
 * "Unable to capture screenshot" (seen once in 2026-12 with three test files and a unit run at
 * once: no frame to copy yet); then it waits for the next frame and tries once more.
 */
export async function saveScreenshot(page: Page, options: PageScreenshotOptions): Promise<void> {
  try {
    await page.screenshot(options);
  } catch (e) {
    if (!String(e).includes('Unable to capture screenshot')) throw e;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    await page.screenshot(options);
  }
}

/** How long a page with scripts may keep requests open after its load event. */
const SETTLE_MS = 15_000;

/**
 * Opens a URL and waits until the page is settled: a page without scripts (every reading page)
 * is complete at its load event; a page with scripts may fetch after load (the search page), so
 * it waits for the network to go quiet as well.
 */
export async function gotoSettled(page: Page, url: string): Promise<Response | null> {
  const open = new Set<Request>();
  const started = (r: Request) => open.add(r);
  const ended = (r: Request) => open.delete(r);
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if ((await page.locator('script[src]').count()) > 0) {
      await page.waitForLoadState('networkidle', { timeout: SETTLE_MS }).catch(() => {
        // Seen once (2026-12, three test files at once): Playwright's network-idle signal never
        // came for a case library page, whose script fetches nothing. With no request open the
        // page is settled; a request still open is named.
        if (open.size > 0) throw new Error(`${url}: requests still open ${SETTLE_MS / 1000} s after the load event: ${[...open].map((r) => r.url()).join(', ')}`);
      });
    }
    return response;
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
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
