// Debian's Chromium through playwright-core (no browser download). The site tests share one
// browser: the global setup starts it (startBrowserServer) and each test file connects to it
// (sharedBrowser); benchmarks launch their own (launchBrowser).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type Page, type Request } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install the Debian package: `apt-get install -y chromium fonts-noto-cjk`, ' +
        'or set CHROMIUM_PATH to a Chromium executable.',
    );
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** Starts Chromium once for a whole test run; files connect to its endpoint. */
export function startBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * Connects a test file to the browser the global setup started. Closing the returned Browser
 * closes this file's pages and contexts, not the shared browser.
 */
export async function sharedBrowser(): Promise<Browser> {
  const { inject } = await import('vitest');
  return chromium.connect(inject('browserWsEndpoint'));
}

/** Records every request a page makes and every console error / page error. */
export function watchPage(page: Page): { requests: string[]; failures: string[]; errors: string[] } {
  const requests: string[] = [];
  const failures: string[] = [];
  const errors: string[] = [];
  page.on('request', (r: Request) => requests.push(r.url()));
  page.on('requestfailed', (r: Request) => failures.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`));
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.url()} (HTTP ${r.status()})`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { requests, failures, errors };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's endpoint (tests/support/global-setup.ts). */
    browserWsEndpoint: string;
  }
}
