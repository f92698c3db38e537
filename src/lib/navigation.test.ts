import { describe, expect, it } from 'vitest';
import { breadcrumbsFor, documentTitle, PRIMARY_NAV, sectionFor } from './navigation.ts';

describe('primary navigation', () => {
  it('holds the ten sections in order, 专题, 运行机制 and 时间线 among them', () => {
    expect(PRIMARY_NAV.map((i) => i.label)).toEqual(['案例库', '专题', '理论框架', '实务指南', '文献', '做法', '运行机制', '时间线', '术语', '关于']);
  });
  it('finds the section of a nested path', () => {
    expect(sectionFor('/cases/hongfan/')?.label).toBe('案例库');
    expect(sectionFor('/search/')).toBeUndefined();
  });
});

describe('breadcrumbsFor', () => {
  it('gives home › section › page', () => {
    expect(breadcrumbsFor('/cases/hongfan/', '红帆党建联盟')).toEqual([
      { label: '首页', href: '/' },
      { label: '案例库', href: '/cases/' },
      { label: '红帆党建联盟' },
    ]);
  });
  it('does not repeat the section on its own index page', () => {
    expect(breadcrumbsFor('/cases/', '案例库')).toEqual([{ label: '首页', href: '/' }, { label: '案例库' }]);
  });
  it('inserts an intermediate trail', () => {
    const crumbs = breadcrumbsFor('/frameworks/compare/', '对照', [{ label: 'x', href: '/x/' }]);
    expect(crumbs.map((c) => c.label)).toEqual(['首页', '理论框架', 'x', '对照']);
  });
});

describe('documentTitle', () => {
  it('suffixes the site name', () => expect(documentTitle('文献')).toBe('文献 — 基层党建知识库'));
});
