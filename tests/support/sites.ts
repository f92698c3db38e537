// Where the built sites the site tests read live.
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** Built by `npm run build` (base "/") before the site tests run. */
export const DIST = path.join(ROOT, process.env.SITE_OUT_DIR ?? 'dist');
/** The site under /kb/, built from a clean cache (scripts/kit/kb-site.ts). */
export { KB_BASE, KB_DIST } from '../../scripts/kit/kb-site.ts';
