// Before the site tests: check the base "/" build exists, build the site under /kb/ from a clean
// cache unless `npm test` has just built it (determinism.test.ts compares it with a second clean
// build), and unpack the browsers that come from npm packages once, before two test files could
// unpack the same one at the same time.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from '../../scripts/kit/browser.ts';
import { CHROMIUM_86, CHROMIUM_109, provisionChromium } from './old-browsers.ts';
import { buildKbSite, KB_BUILT_ENV, KB_DIST } from '../../scripts/kit/kb-site.ts';
import { DIST } from './sites.ts';

export default async function setup(): Promise<void> {
  if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(path.join(DIST, 'pagefind/pagefind-entry.json'))) {
    throw new Error(`The site tests read the build in ${DIST}: run "npm run build" first (npm test does).`);
  }
  findChromium('shell');
  for (const old of [CHROMIUM_86, CHROMIUM_109]) provisionChromium(old);
  if (process.env[KB_BUILT_ENV] === '1' && existsSync(path.join(KB_DIST, 'index.html'))) return;
  await buildKbSite();
}
