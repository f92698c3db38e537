// Every internal URL goes through withBase so the site works under any base path.

const BASE: string = import.meta.env?.BASE_URL ?? '/';

/** Joins a site-relative path ("/cases/") onto a base ("/kb/"), keeping query and hash. */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/** A site-relative path resolved against the configured base path. */
export function withBase(path: string): string {
  return joinBase(BASE, path);
}

/** Removes the base from a pathname, giving the site-relative path ("/kb/cases/" → "/cases/"). */
export function stripBase(base: string, pathname: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}
