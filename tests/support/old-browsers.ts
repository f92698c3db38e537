// The old browsers our readers have, for tests/site/old-browsers.test.ts:
// - Chromium 86 (the kernel of 360 安全浏览器 and 奇安信可信浏览器) and Chromium 109 (Chrome's last
//   version on Windows 7), shipped brotli-compressed inside the npm packages below (devDependencies).
//   They are unpacked once into .cache/browsers/ (chromium-package.ts; npm does not run the packages'
//   install scripts) and driven through playwright-core.
// - Firefox ESR from Debian (`apt-get install firefox-esr`), driven through puppeteer-core over
//   WebDriver BiDi. It is optional: without it the tests say plainly that Firefox was not tested.
// Both libraries are wrapped in one small page interface so each check runs the same way everywhere.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser as PlaywrightBrowser, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { type ChromiumBuild, launchBrowser } from '../../scripts/kit/browser.ts';
import { unpackChromium } from '../../scripts/kit/chromium-package.ts';
import { ROOT } from './sites.ts';
import { saveScreenshot } from './browser.ts';

export interface OldChromium {
  /** Shown in test names and the matrix. */
  name: string;
  /** npm package and the exact version that carries this Chromium. */
  pkg: string;
  version: string;
  /** The devDependency name it is installed under in node_modules (an alias, so another version can coexist). */
  installedAs: string;
}

export const CHROMIUM_86: OldChromium = { name: 'Chromium 86', pkg: 'chrome-aws-lambda', version: '5.3.1', installedAs: 'chrome-aws-lambda' };
export const CHROMIUM_109: OldChromium = {
  name: 'Chromium 109',
  pkg: '@sparticuz/chromium',
  version: '109.0.6',
  installedAs: 'sparticuz-chromium-109',
};

const CACHE = path.join(ROOT, '.cache/browsers');
/** The packages' Chromium is built for AWS Lambda: headless only, GL through SwiftShader. */
const OLD_CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--no-zygote', '--use-gl=swiftshader', '--disable-gpu', '--no-first-run'];

/**
 * The executable of an old Chromium, unpacked from its npm package into .cache/browsers/ on
 * first use (idempotent: a finished unpack is marked by a stamp file and reused).
 */
export function provisionChromium(spec: OldChromium): string {
  const pkgDir = path.join(ROOT, 'node_modules', spec.installedAs);
  const installArg = spec.installedAs === spec.pkg ? `${spec.pkg}@${spec.version}` : `${spec.installedAs}@npm:${spec.pkg}@${spec.version}`;
  const howToInstall =
    `${spec.name} comes from the npm package ${spec.pkg}@${spec.version} (a devDependency of this project). ` +
    `Install it with "npm install" in ${ROOT}, or "npm install --save-dev --save-exact ${installArg}".`;
  let installed: string | undefined;
  try {
    installed = (JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    throw new Error(`${spec.name} is not installed: ${pkgDir} is missing. ${howToInstall}`);
  }
  if (installed !== spec.version) {
    throw new Error(`${spec.name}: found ${spec.pkg}@${installed}, the tests need ${spec.version}. ${howToInstall}`);
  }
  try {
    return unpackChromium(pkgDir, path.join(CACHE, `${spec.pkg.replace('/', '+')}@${spec.version}`)).executablePath;
  } catch (error) {
    throw new Error(`Unpacking ${spec.name} from ${pkgDir} failed: ${String(error)}. ${howToInstall}`);
  }
}

/** Debian's Firefox ESR (or FIREFOX_PATH), or null when it is not installed. */
export function firefoxPath(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p)) ?? null;
}

export const FIREFOX_MISSING =
  'Firefox ESR was NOT tested: no Firefox found (/usr/bin/firefox-esr). Install it with `apt-get install -y firefox-esr` ' +
  '(.ci/run does) or set FIREFOX_PATH.';

export interface Viewport {
  width: number;
  height: number;
}

/** One tab, the same for Chromium (playwright-core) and Firefox (puppeteer-core). */
export interface TestPage {
  /** Console errors and uncaught page errors seen since the page opened. */
  readonly errors: string[];
  /** URLs of the requests the browser reported for this tab (as far as its driver reports them). */
  readonly requests: string[];
  goto(url: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Clicks the element a CSS selector finds (scrolled into view, a real mouse click). */
  click(selector: string): Promise<void>;
  /**
   * Enters text into the element a CSS selector finds as a reader's input method commits it:
   * the words at once, one input event (a Chinese reader types through one; composing itself is
   * tested in search.test.ts).
   */
  enter(selector: string, text: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  /** e.g. "Chromium 86" */
  name: string;
  /** Version the browser reports, e.g. "86.0.4240.0". */
  version: string;
  newPage(viewport: Viewport): Promise<TestPage>;
  close(): Promise<void>;
}

/**
 * One tab of either library. playwright-core and puppeteer-core name the calls used here alike
 * (console and pageerror events, goto with waitUntil "load", evaluate, click and type by selector,
 * screenshot with a path),
 * so the Puppeteer page is driven through the Playwright type.
 */
function testPage(page: PlaywrightPage | PuppeteerPage, close: () => Promise<void>): TestPage {
  const p = page as PlaywrightPage;
  const errors: string[] = [];
  const requests: string[] = [];
  p.on('request', (r) => requests.push(r.url()));
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  p.on('pageerror', (e) => errors.push(String(e)));
  return {
    errors,
    requests,
    goto: async (url) => {
      await p.goto(url, { waitUntil: 'load' });
    },
    evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
      return p.evaluate(fn as never, arg as never) as Promise<R>;
    },
    // Scrolled into view by the page, then a real mouse click at the element's centre
    // (Playwright's own click needs Element.checkVisibility, which Chromium 86 lacks).
    click: async (selector) => {
      const at = await p.evaluate((sel: string) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        el.scrollIntoView({ block: 'center' });
        const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
        return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
      }, selector);
      if (!at) throw new Error(`click: nothing matches ${selector}`);
      await p.mouse.click(at.x, at.y);
    },
    enter: async (selector, text) => {
      await p.focus(selector);
      // Chromium: the DevTools protocol's text insertion, as an input method's commit. Firefox
      // over WebDriver BiDi has none; there, as puppeteer itself enters characters, the editing
      // command (one input event too).
      if ('insertText' in p.keyboard) await p.keyboard.insertText(text);
      else await p.evaluate((t: string) => document.execCommand('insertText', false, t), text);
    },
    screenshot: (file) => saveScreenshot(p, { path: file }),
    close,
  };
}

function wrapPlaywright(name: string, browser: PlaywrightBrowser): TestBrowser {
  return {
    name,
    version: browser.version(),
    async newPage(viewport) {
      const context = await browser.newContext({ viewport });
      return testPage(await context.newPage(), () => context.close());
    },
    close: () => browser.close(),
  };
}

/**
 * Firefox's viewport is its window, sized once at launch (`--window-size`): puppeteer's
 * `page.setViewport` sends WebDriver BiDi commands that older ESR lines lack (ESR 140 answers
 * `emulation.setScreenOrientationOverride` with "unknown command"), so no page resizes itself.
 */
function wrapPuppeteer(name: string, browser: PuppeteerBrowser, version: string, window: Viewport): TestBrowser {
  return {
    name,
    version,
    async newPage(viewport) {
      if (viewport.width !== window.width || viewport.height !== window.height) {
        throw new Error(`${name} was launched with a ${window.width}×${window.height} window; launch another for ${viewport.width}×${viewport.height}.`);
      }
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      return testPage(page, () => context.close());
    },
    close: () => browser.close(),
  };
}

/**
 * Current Chromium (the reference the old browsers are compared with): the headless shell, or the
 * full browser where a test follows text directives (scripts/kit/browser.ts).
 */
export async function launchCurrentChromium(build: ChromiumBuild = 'shell'): Promise<TestBrowser> {
  const browser = await launchBrowser(build);
  return wrapPlaywright(`Chromium ${browser.version().split('.')[0]}`, browser);
}

export async function launchOldChromium(spec: OldChromium): Promise<TestBrowser> {
  return wrapPlaywright(spec.name, await launchOldPlaywright(spec));
}

/** An old Chromium as playwright-core's own Browser (for what TestPage leaves out: printing to PDF). */
export function launchOldPlaywright(spec: OldChromium): Promise<PlaywrightBrowser> {
  return chromium.launch({ executablePath: provisionChromium(spec), args: OLD_CHROMIUM_ARGS });
}

/** Room headless Firefox keeps around the page (toolbars), by executable, as measured at launch. */
const firefoxChrome = new Map<string, Viewport>();

/** The window every test page has unless a test asks for another. */
export const DESKTOP: Viewport = { width: 1366, height: 768 };

/**
 * Firefox ESR, or null when it is not installed (the caller reports it as not tested).
 * `prefs` are set in its profile (e.g. dom.text_fragments.enabled = false). The window size is a
 * launch option (`defaultViewport: null` keeps puppeteer from resizing it through BiDi), so every
 * ESR from 115 on runs the same calls.
 */
export async function launchFirefox(prefs: Record<string, unknown> = {}, window: Viewport = DESKTOP): Promise<TestBrowser | null> {
  const executablePath = firefoxPath();
  if (!executablePath) return null;
  const launch = (outer: Viewport) =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      defaultViewport: null,
      args: [`--window-size=${outer.width},${outer.height}`],
      // The headless screen is 1366×768 unless told otherwise, and a window never outgrows it.
      env: { ...process.env, MOZ_HEADLESS_WIDTH: String(outer.width), MOZ_HEADLESS_HEIGHT: String(outer.height) },
      extraPrefsFirefox: prefs,
    });
  // --window-size sets the outer window; headless Firefox still reserves room for its toolbars
  // (86 px on ESR 140 and 153). Launch with that room added (or what an earlier launch of this
  // executable measured), check the page's size, and launch again only when it is not the one asked for.
  const room = firefoxChrome.get(executablePath) ?? { width: 0, height: 86 };
  const sized = async (b: PuppeteerBrowser, outer: Viewport): Promise<boolean> => {
    const probe = await b.newPage();
    const inner = await probe.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    await probe.close();
    // Headless Firefox never makes a window narrower than 450–500 px: a narrower request gets its narrowest.
    if ((inner.width !== window.width && !(window.width < 500 && inner.width <= 500)) || inner.height !== window.height) return false;
    firefoxChrome.set(executablePath, { width: outer.width - window.width, height: outer.height - window.height });
    return true;
  };
  const first = { width: window.width + room.width, height: window.height + room.height };
  let browser = await launch(first);
  if (!(await sized(browser, first))) {
    // Measured in the page: launch again with the difference added.
    const probe = await browser.newPage();
    const inner = await probe.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    await browser.close();
    const again = { width: first.width + window.width - inner.width, height: first.height + window.height - inner.height };
    browser = await launch(again);
    await sized(browser, again);
  }
  const version = (await browser.version()).replace(/^firefox\//i, '');
  return wrapPuppeteer(`Firefox ESR ${version.split('.')[0]}`, browser, version, window);
}
