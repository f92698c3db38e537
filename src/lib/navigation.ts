// The site's primary navigation and breadcrumb trails (pure data and logic).
import { UI } from './ui/zh-CN.ts';
import { ROUTES } from './routes.ts';

export interface NavItem {
  label: string;
  /** Site-relative path, without base. */
  href: string;
}

export const SITE_NAME = UI.site.name;
export const SITE_DESCRIPTION = UI.site.description;

const NAV = UI.layout.nav;
export const PRIMARY_NAV: readonly NavItem[] = [
  { label: NAV.cases, href: ROUTES.cases },
  { label: NAV.topics, href: ROUTES.topics },
  { label: NAV.frameworks, href: ROUTES.frameworks },
  { label: NAV.guide, href: ROUTES.guide },
  { label: NAV.sources, href: ROUTES.sources },
  { label: NAV.practices, href: ROUTES.practices },
  { label: NAV.mechanisms, href: ROUTES.mechanisms },
  { label: NAV.timeline, href: ROUTES.timeline },
  { label: NAV.glossary, href: ROUTES.glossary },
  { label: NAV.about, href: ROUTES.about },
];

export interface Crumb {
  label: string;
  href?: string;
}

/** The nav item a site-relative path belongs to, if any ("/cases/hongfan/" → 案例库). */
export function sectionFor(path: string): NavItem | undefined {
  return PRIMARY_NAV.find((item) => path === item.href || path.startsWith(item.href));
}

/**
 * Breadcrumbs for a page: 首页 › section › … › current page (the last crumb has no link).
 * `trail` lists intermediate crumbs between the section and the current page.
 */
export function breadcrumbsFor(path: string, title: string, trail: Crumb[] = []): Crumb[] {
  if (path === '/') return [{ label: UI.layout.home }];
  const crumbs: Crumb[] = [{ label: UI.layout.home, href: '/' }];
  const section = sectionFor(path);
  if (section && section.href !== path) crumbs.push({ label: section.label, href: section.href });
  crumbs.push(...trail);
  crumbs.push({ label: title });
  return crumbs;
}

/** Formats a page's <title>: "页面 — 基层党建知识库". */
export function documentTitle(title: string): string {
  return title === SITE_NAME ? SITE_NAME : `${title} — ${SITE_NAME}`;
}
