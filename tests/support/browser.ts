// Launches Chromium through playwright-core (which never downloads a browser). The browser is, in
// order: CHROMIUM_PATH, the system's Chromium (Debian's chromium package), or the Chromium in the
// npm package @sparticuz/chromium (a devDependency, unpacked once into .cache/browsers/), so that
// `npm test` needs no root and no apt-get. The site tests share one browser: the global setup
// starts it (startBrowserServer) and each test file connects to it (sharedBrowser); benchmarks
// launch their own (launchBrowser).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserServer, type Page, type Request } from 'playwright-core';
import { unpackChromium } from './chromium-package.ts';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

const ROOT = path.resolve(import.meta.dirname, '../..');
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const CHROMIUM_PACKAGE = '@sparticuz/chromium';

export interface ChromiumInstall {
  executablePath: string;
  /** Extra environment for the browser process (the npm build's own shared libraries). */
  env: Record<string, string>;
  /** Where it came from, for messages. */
  source: string;
}

let found: ChromiumInstall | undefined;

export function findChromium(): ChromiumInstall {
  if (found) return found;
  const system = [process.env.CHROMIUM_PATH, ...SYSTEM_CHROMIUM].find((p): p is string => Boolean(p) && existsSync(p!));
  if (system) return (found = { executablePath: system, env: {}, source: system });
  // The package's "exports" hide package.json from require.resolve, so look in node_modules.
  const packageDir = path.join(ROOT, 'node_modules', CHROMIUM_PACKAGE);
  if (!existsSync(path.join(packageDir, 'bin/chromium.br'))) {
    throw new Error(
      `找不到可用于测试的 Chromium：系统中没有 /usr/bin/chromium，也没有安装 npm 包 ${CHROMIUM_PACKAGE}。` +
        '请先运行 npm install（它会安装该包），或安装系统 Chromium（Debian：apt-get install chromium），或设置 CHROMIUM_PATH。',
    );
  }
  const unpacked = unpackChromium(packageDir, path.join(ROOT, '.cache/browsers/chromium'));
  const libraries = [...unpacked.libraryPath, process.env.LD_LIBRARY_PATH].filter(Boolean).join(path.delimiter);
  return (found = { executablePath: unpacked.executablePath, env: { LD_LIBRARY_PATH: libraries }, source: `${CHROMIUM_PACKAGE} (npm)` });
}

export function chromiumPath(): string {
  return findChromium().executablePath;
}

export function launchBrowser(): Promise<Browser> {
  const { executablePath, env } = findChromium();
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...env } as Record<string, string> });
}

/** Starts Chromium once for a whole test run; files connect to its endpoint. */
export function startBrowserServer(): Promise<BrowserServer> {
  const { executablePath, env } = findChromium();
  return chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...env } as Record<string, string> });
}

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
    await page.waitForTimeout(300);
    return (await page.evaluate(() => window.scrollY)) > 0;
  } finally {
    await page.close();
  }
}

/** How Chromium and Firefox name a request cancelled by navigation. */
const CANCELLED = /ERR_ABORTED|NS_BINDING_ABORTED/;

/** Records every request a page makes and every console error / page error. */
export function watchPage(page: Page): { requests: string[]; failures: string[]; errors: string[] } {
  const requests: string[] = [];
  const failures: string[] = [];
  const errors: string[] = [];
  page.on('request', (r: Request) => requests.push(r.url()));
  page.on('requestfailed', (r: Request) => {
    const reason = r.failure()?.errorText ?? 'failed';
    // A request the browser cancels itself (the favicon still loading when the page
    // navigates or reloads) is not a fault of the site; a missing file still shows up
    // as an HTTP status below, and an off-origin request in `requests`.
    if (CANCELLED.test(reason)) return;
    failures.push(`${r.url()} (${reason})`);
  });
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
