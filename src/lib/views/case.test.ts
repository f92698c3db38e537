import { describe, expect, it } from 'vitest';
import { caseView } from './case.ts';
import { practiceView, practiceQuotes } from './practice.ts';
import { fixture } from './fixture.ts';

const { kb, sources, ctx } = fixture();
const entry = <T extends { id: string }>(list: readonly T[], id: string): T => list.find((e) => e.id === id)!;

describe('caseView', () => {
  it('describes an alliance by its founding date and region, with its models and related groups', () => {
    const v = caseView(entry(kb.cases, 'liangxi'), kb, sources, ctx);
    expect(v.description).toBe('梁溪党建联盟：2017 年 9 月成立。事实均附原文出处。');
    expect(v.kindLabel).toBe('党建联盟');
    expect(v.sourceHref).toBe('/sources/wuxi-alliance/');
    expect(decodeURI(v.docxHref)).toBe('/cases/liangxi/梁溪党建联盟·案例讲义.docx');
    expect(v.docxName).toBe('梁溪党建联盟·案例讲义.docx');
    expect(v.models.map((m) => m.href)).toEqual(['/cases/model/service/']);
    expect(v.notice).toBeUndefined();
    const mechanisms = v.related.find((g) => g.title === '运行机制');
    expect(mechanisms?.note).toBe('原文所述无锡党建联盟的运行机制，适用于各联盟。');
    expect(mechanisms?.links.map((l) => l.href)).toEqual(['/mechanisms/#rotation']);
    expect(v.handoutItem).toBe(v.handout.items[0]);
  });

  it('leaves out empty related groups and dates the timeline links', () => {
    const v = caseView(entry(kb.cases, 'hongfan'), kb, sources, ctx);
    expect(v.related.every((g) => g.links.length > 0)).toBe(true);
    const events = v.related.find((g) => g.title === '时间线');
    expect(events?.plain).toBe(true);
    expect(events?.links[0]?.date?.iso).toMatch(/^\d{4}/);
  });

  it('says a guide case has no text, from its chapter and page', () => {
    const v = caseView(entry(kb.cases, 'guide-zunyi'), kb, sources, ctx);
    expect(v.description).toBe('贵州遵义：创建服务型党组织：实务指南第 7 章典型案例，原书第 216 页（本站节选不含案例正文）。');
    expect(v.notice?.kind).toBe('no-case-text');
    expect(v.notice?.text.endsWith('下列信息均出自目录。')).toBe(true);
  });

});

describe('practiceView', () => {
  it('shows the naming quote first and marks the related-practices group', () => {
    const v = practiceView(entry(kb.practices, 'alliance'), kb, sources);
    expect(v.quotes[0]).toEqual(v.data.name.quote);
    expect(new Set(v.quotes.map((q) => q.text)).size).toBe(v.quotes.length);
    expect(v.description).toBe(`做法“${v.data.name.value}”：原文出自《${v.source.title}》，附出处、相关做法与案例。`);
    for (const g of v.related) expect(g.practices ?? false).toBe(g.title === '相关做法');
  });

  it('drops a quote that repeats the naming quote', () => {
    const p = kb.practices[0]!.data;
    expect(practiceQuotes({ ...p, quotes: [p.name.quote, ...p.quotes] })).toEqual(practiceQuotes(p));
  });
});
