// Facts about the offline edition that do not depend on files: its build date (from
// SOURCE_DATE_EPOCH when set, so two builds of one tree are identical), the names of its
// directory and zip, and the Content-Security-Policy its pages carry in a <meta> element
// (there is no server to send the header).
import { OFFLINE_TEXT, UI } from '../ui/zh-CN.ts';

export interface BuildDate {
  /** 2026-12-06 */
  iso: string;
  year: number;
  month: number;
  day: number;
}

/** Beijing time (UTC+8, no daylight saving): the date readers of the edition live in. */
const UTC_OFFSET_MS = 8 * 3600 * 1000;

/** The build date: SOURCE_DATE_EPOCH (seconds) when set, else `now`; as a calendar date in Beijing. */
export function buildDate(env: Record<string, string | undefined>, now: Date = new Date()): BuildDate {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  let ms = now.getTime();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH: expected whole seconds since 1970, got ${JSON.stringify(epoch)}`);
    ms = Number(epoch) * 1000;
  }
  const d = new Date(ms + UTC_OFFSET_MS);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, year, month, day };
}

/** The zip's file name: 基层党建知识库-离线版-2026-12-06.zip */
export function zipName(date: BuildDate, site: string = UI.site.name): string {
  return `${OFFLINE_TEXT.fileName(site, date.iso)}.zip`;
}

/** Whether a file name is a zip of this site's offline edition (any date). */
export function isEditionZip(name: string, site: string = UI.site.name): boolean {
  const prefix = OFFLINE_TEXT.fileName(site, '');
  return name.startsWith(prefix) && /^\d{4}-\d{2}-\d{2}\.zip$/.test(name.slice(prefix.length));
}

/**
 * The policy of the edition's pages. `'self'` of a file:// page covers the files beside it;
 * nothing is fetched (`connect-src 'none'`: data files arrive as scripts), and `frame-ancestors`
 * is left out because browsers ignore it in a <meta> element. Firefox gives every file its own
 * origin, so `'self'` does not let the search form submit to search/index.html: `file:` does
 * (a local file, never the network).
 */
export const OFFLINE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self' file:",
].join('; ');
