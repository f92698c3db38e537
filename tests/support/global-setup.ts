// Before the site tests: check the base "/" build exists, build the site under /kb/ from a clean
// cache (determinism.test.ts compares it with a second clean build), and unpack the browsers that
// come from npm packages once, before two test files could unpack the same one at the same time.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runBuild } from '../../scripts/kit/build.ts';
import { findChromium } from '../../scripts/kit/browser.ts';
import { CHROMIUM_86, CHROMIUM_109, provisionChromium } from './old-browsers.ts';
import { DIST, KB_BASE, KB_CACHE, KB_DIST } from './sites.ts';

export default async function setup(): Promise<void> {
  if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(path.join(DIST, 'pagefind/pagefind-entry.json'))) {
    throw new Error(`The site tests read the build in ${DIST}: run "npm run build" first (npm test does).`);
  }
  findChromium('shell');
  for (const old of [CHROMIUM_86, CHROMIUM_109]) provisionChromium(old);
  rmSync(KB_CACHE, { recursive: true, force: true });
  const result = await runBuild({ env: { SITE_BASE: KB_BASE, SITE_OUT_DIR: KB_DIST, SITE_CACHE_DIR: KB_CACHE } });
  if (result.status !== 0) throw new Error(`Building the site under ${KB_BASE} failed:\n${result.output}`);
}
