// Before the site tests: check the base "/" build exists, and build the site under /kb/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { astroBuild } from './build.ts';
import { DIST, KB_BASE, KB_DIST, ROOT } from './sites.ts';

export default function setup(): void {
  if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(path.join(DIST, 'pagefind/pagefind.js'))) {
    throw new Error(`The site tests read the build in ${DIST}: run "npm run build" first (npm test does).`);
  }
  const result = astroBuild({
    SITE_BASE: KB_BASE,
    SITE_OUT_DIR: KB_DIST,
    SITE_CACHE_DIR: path.join(ROOT, '.tmp/site-kb-cache'),
  });
  if (result.status !== 0) throw new Error(`Building the site under ${KB_BASE} failed:\n${result.output}`);
}
