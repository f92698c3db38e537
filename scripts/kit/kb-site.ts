// The site built under the base path /kb/ from a clean cache, which the browser tests read beside
// the base "/" build (links, 404 pages, search and the offline edition under a base path; the
// determinism test's first build). `npm test` builds it beside the main build (scripts/test.ts);
// otherwise the site tests' global setup does.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { runBuild } from './build.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const KB_BASE = '/kb/';
export const KB_DIST = path.join(ROOT, '.tmp/site-kb');
export const KB_CACHE = path.join(ROOT, '.tmp/site-kb-cache');
/**
 * Set by `npm test` for the site tests when it has just built the /kb/ site (beside the main
 * build, from the same tree): the global setup then does not build it again.
 */
export const KB_BUILT_ENV = 'SITE_TESTS_KB_BUILT';

/** Builds the site under /kb/ into KB_DIST from a clean cache; throws with the build's output when it fails. */
export async function buildKbSite(): Promise<void> {
  rmSync(KB_CACHE, { recursive: true, force: true });
  const result = await runBuild({ env: { SITE_BASE: KB_BASE, SITE_OUT_DIR: KB_DIST, SITE_CACHE_DIR: KB_CACHE } });
  if (result.status !== 0) throw new Error(`Building the site under ${KB_BASE} failed:\n${result.output}`);
}
