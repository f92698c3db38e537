// Where the built sites the site tests read live.
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** Built by `npm run build` (base "/") before the site tests run. */
export const DIST = path.join(ROOT, process.env.SITE_OUT_DIR ?? 'dist');
/** Built by the global setup under base "/kb/", from a clean cache. */
export const KB_DIST = path.join(ROOT, '.tmp/site-kb');
export const KB_CACHE = path.join(ROOT, '.tmp/site-kb-cache');
export const KB_BASE = '/kb/';
