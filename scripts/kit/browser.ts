// Launches Chromium through playwright-core (which never downloads a browser), in one of two builds:
// - 'shell', the tests' Chromium: Chromium's headless shell in the npm package @sparticuz/chromium
//   (a devDependency pinned to one version, unpacked once into .cache/browsers/): the same browser
//   on every machine, no root and no apt-get, and the build Playwright itself runs headless. Its
//   Blink lays out, prints and runs scripts as the full browser does, at half the CPU per page
//   (measured: 80 page loads, 4.1 s of machine CPU against 8.8 s in the full browser);
// - 'full', the full browser run headless (Debian's chromium), as readers' Chrome: only it scrolls
//   to a text directive (#:~:text=…), so the tests of where a search result lands use it, and so
//   does the benchmark (Lighthouse expects a full browser).
// CHROMIUM_PATH replaces both. Each falls back to the other when it is missing (without the full
// browser, findChromium says that text directives are not tested). Each site test file launches its own (a browser
// shared by all files, reached through one more connection, was slower than a launch per file).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
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
  /** Whether it scrolls to text directives: not the npm package's headless shell. */
  followsTextDirectives: boolean;
}

/** Which Chromium build (see the top of this file). */
export type ChromiumBuild = 'shell' | 'full';

const found = new Map<ChromiumBuild, ChromiumInstall>();

function systemChromium(): ChromiumInstall | undefined {
  const executablePath = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  return executablePath ? { executablePath, env: {}, source: executablePath, followsTextDirectives: true } : undefined;
}

function packagedChromium(): ChromiumInstall | undefined {
  // The package's "exports" hide package.json from require.resolve, so look in node_modules.
  const packageDir = path.join(ROOT, 'node_modules', CHROMIUM_PACKAGE);
  if (!existsSync(path.join(packageDir, 'bin/chromium.br'))) return undefined;
  const unpacked = unpackChromium(packageDir, path.join(ROOT, '.cache/browsers/chromium'));
  const libraries = [...unpacked.libraryPath, process.env.LD_LIBRARY_PATH].filter(Boolean).join(path.delimiter);
  return { executablePath: unpacked.executablePath, env: { LD_LIBRARY_PATH: libraries }, source: `${CHROMIUM_PACKAGE} (npm)`, followsTextDirectives: false };
}

export function findChromium(build: ChromiumBuild = 'shell'): ChromiumInstall {
  const cached = found.get(build);
  if (cached) return cached;
  const chosen = process.env.CHROMIUM_PATH
    ? { executablePath: process.env.CHROMIUM_PATH, env: {}, source: process.env.CHROMIUM_PATH, followsTextDirectives: true }
    : build === 'shell'
      ? (packagedChromium() ?? systemChromium())
      : (systemChromium() ?? packagedChromium());
  if (!chosen) {
    throw new Error(
      `找不到可用于测试的 Chromium：没有安装 npm 包 ${CHROMIUM_PACKAGE}，系统中也没有 /usr/bin/chromium。` +
        '请先运行 npm install（它会安装该包），或安装系统 Chromium（Debian：apt-get install chromium），或设置 CHROMIUM_PATH。',
    );
  }
  if (build === 'full' && !chosen.followsTextDirectives) {
    console.warn(`No full Chromium (Debian: apt-get install chromium): ${chosen.source}, the headless shell, stands in and does not follow text directives — where a text-directive link lands is NOT tested.`);
  }
  found.set(build, chosen);
  return chosen;
}

/**
 * Launch options of Chromium everywhere here. The back/forward cache stays on (playwright-core
 * turns it off by default), as in every reader's Chrome: Back restores the page as it was (the
 * search page with its results) instead of loading it again.
 */
function launchOptions(build: ChromiumBuild) {
  const { executablePath, env } = findChromium(build);
  return { executablePath, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--disable-back-forward-cache'], env: { ...process.env, ...env } as Record<string, string> };
}

/** A Chromium of the caller's own: the headless shell unless the caller needs the full browser. */
export function launchBrowser(build: ChromiumBuild = 'shell'): Promise<Browser> {
  return chromium.launch(launchOptions(build));
}
