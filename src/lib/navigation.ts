// The site's primary navigation and breadcrumb trails (pure data and logic).
import { UI } from './ui/zh-CN.ts';

export interface NavItem {
  label: string;
  /** Site-relative path, without base. */
  href: string;
}

export const SITE_NAME = '基层党建知识库';
export const SITE_DESCRIPTION =
  '汇集基层党建研究论文与实务指南原文：无锡党建联盟案例与运行机制、基层党建四维度框架、城市基层党建融合推进、基层组织创新案例与实务，可检索、可打印。';

export const PRIMARY_NAV: readonly NavItem[] = [
  { label: '案例库', href: '/cases/' },
  { label: '专题', href: '/topics/' },
  { label: '理论框架', href: '/frameworks/' },
  { label: '实务指南', href: '/guide/' },
  { label: '文献', href: '/sources/' },
  { label: '做法', href: '/practices/' },
  { label: '运行机制', href: '/mechanisms/' },
  { label: '时间线', href: '/timeline/' },
  { label: '术语', href: '/glossary/' },
  { label: '关于', href: '/about/' },
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
