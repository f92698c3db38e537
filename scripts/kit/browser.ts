// Launches Chromium through playwright-core (which never downloads a browser). The browser is, in
// order: CHROMIUM_PATH, the system's Chromium (Debian's chromium package), or the Chromium in the
// npm package @sparticuz/chromium (a devDependency, unpacked once into .cache/browsers/), so that
// `npm test` needs no root and no apt-get. The site tests' global setup starts one shared browser
// (startBrowserServer; files connect with tests/support/browser.ts); the benchmark launches its own.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
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

/**
 * Launch options of Chromium everywhere here. The back/forward cache stays on (playwright-core
 * turns it off by default), as in every reader's Chrome: Back restores the page as it was (the
 * search page with its results) instead of loading it again.
 */
function launchOptions() {
  const { executablePath, env } = findChromium();
  return { executablePath, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--disable-back-forward-cache'], env: { ...process.env, ...env } as Record<string, string> };
}

/** A Chromium of the caller's own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** Starts Chromium once for a whole test run; files connect to its endpoint. */
export function startBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}
