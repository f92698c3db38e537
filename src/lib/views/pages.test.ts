// The smaller views: guide, source, practice index, mechanisms, search, order.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterView, guideBook } from './guide.ts';
import { sourceView } from './source.ts';
import { practiceIndexView } from './practices.ts';
import { mechanismsView } from './mechanisms.ts';
import { browseLinks } from './search.ts';
import { compareZh, sortByName } from './order.ts';
import { relatedGroups } from './related.ts';
import { parseGuideContents } from '../content/texts.ts';
import { fixture } from './fixture.ts';

const { kb, sources } = fixture();
const entries = [...sources].map(([id, data]) => ({ id, data }));
const CONTENTS = resolve(import.meta.dirname, '../../../content/texts/practice-guide/contents.yaml');

describe('guide views', () => {
  it('finds the book among the sources by its kind, not its id', () => {
    expect(guideBook(entries).id).toBe('practice-guide');
    expect(() => guideBook(entries.filter((e) => e.data.kind !== 'book-excerpt'))).toThrow(/book-excerpt/);
  });

  it('describes a chapter and links its neighbours', () => {
    const { parts } = parseGuideContents(CONTENTS, readFileSync(CONTENTS, 'utf8'));
    const book = guideBook(entries).data;
    const first = chapterView(book, parts[0]!, parts);
    expect(first.prev).toBeUndefined();
    expect(first.next?.href).toBe(`/guide/${parts[1]!.id}/`);
    expect(first.byline).toContain(`（${book.authors.join('、')}主编）`);
    const second = chapterView(book, parts[1]!, parts);
    expect(second.prev?.href).toBe(`/guide/${parts[0]!.id}/`);
    expect(second.byline.endsWith(parts[1]!.page !== undefined ? `原书第 ${parts[1]!.page} 页起` : '原书目录未标页码')).toBe(true);
  });
});

describe('sourceView', () => {
  const heading = (depth: number, slug: string) => ({ depth, slug, text: slug });
  it('gives a book’s chapters a link to their guide page instead of their text', () => {
    const book = sources.get('practice-guide')!;
    const v = sourceView(book, [
      { data: { part: 'front', anchor: 'front', title: '书名页' }, headings: [heading(2, 'a')], Content: 'A' },
      { data: { part: 'chapter-1', anchor: 'c1', title: '第一章', coverage: 'opening' }, headings: [heading(2, 'b')], Content: 'B' },
    ]);
    expect(v.isBook).toBe(true);
    expect(v.toc).toEqual([
      { slug: 'front', text: '书名页', children: [{ slug: 'a', text: 'a', children: [] }] },
      { slug: 'c1', text: '第一章', children: [] },
    ]);
    expect(v.parts[0]!.guide).toBeUndefined();
    expect(v.parts[1]!.guide).toEqual({ note: '本章（节选只收开头）的文字在实务指南中：', href: '/guide/chapter-1/', label: '阅读第一章' });
    expect(v.parts[1]!.Content).toBe('B');
  });

  it('nests a paper’s headings into its contents', () => {
    const paper = sources.get('wuxi-alliance')!;
    const v = sourceView(paper, [{ data: { title: 't' }, headings: [heading(2, 'a'), heading(3, 'b')], Content: null }]);
    expect(v.toc).toEqual([{ slug: 'a', text: 'a', children: [{ slug: 'b', text: 'b', children: [] }] }]);
    expect(v.description).toContain('整理全文');
  });
});

describe('practiceIndexView and mechanismsView', () => {
  it('sorts each list by pinyin and groups by source in the upstream order', () => {
    const v = practiceIndexView(kb, sources);
    expect(v.count).toBe(kb.practices.length);
    for (const g of v.bySource) expect(g.practices.map((p) => p.label)).toEqual([...g.practices.map((p) => p.label)].sort(compareZh));
    for (const f of v.byFramework) for (const d of f.dimensions) expect(d.href).toBe(`/frameworks/${f.id}/#${d.id}`);
  });

  it('counts the rules and relates practices to each mechanism', () => {
    const v = mechanismsView(kb, sources);
    expect(v.ruleCount).toBe(kb.mechanisms.reduce((n, m) => n + m.data.rules.length, 0));
    expect(v.sources.map((s) => s.href)).toEqual(['/sources/wuxi-alliance/']);
  });
});

describe('small pieces', () => {
  it('offers the topics page only where the site has one', () => {
    expect(browseLinks(true).map((l) => l.href)).toContain('/topics/');
    expect(browseLinks(false).map((l) => l.href)).not.toContain('/topics/');
    expect(browseLinks().map((l) => l.href)).toContain('/topics/');
  });

  it('orders names by pinyin', () => {
    const names = ['支部', '党建', '联盟'].map((value) => ({ data: { name: { value } } }));
    expect(sortByName(names).map((n) => n.data.name.value)).toEqual(['党建', '联盟', '支部']);
  });

  it('keeps only groups that have links', () => {
    expect(relatedGroups([{ title: 'a', links: [] }, { title: 'b', links: [{ href: '/', label: 'x' }] }]).map((g) => g.title)).toEqual(['b']);
  });
});

describe('glossary and timeline views', () => {
  it('orders terms by pinyin and names their practices', async () => {
    const { glossaryView, termPageView } = await import('./glossary.ts');
    const v = glossaryView(kb);
    expect(v.terms.map((t) => t.entry.data.name)).toEqual([...v.terms.map((t) => t.entry.data.name)].sort(compareZh));
    const term = termPageView(kb.terms[0]!, kb);
    expect(term.practices.map((p) => p.id)).toEqual(kb.terms[0]!.data.practices);
  });

  it('groups events by year with their date as stated and their cases', async () => {
    const { timelineView } = await import('./timeline.ts');
    const v = timelineView(kb, sources);
    expect(v.count).toBe(kb.events.length);
    expect(v.years.map((y) => y.year)).toEqual([...v.years.map((y) => y.year)].sort((a, b) => a - b));
    const withCase = v.years.flatMap((y) => y.events).find((e) => e.cases.length > 0);
    expect(withCase?.cases[0]?.href).toMatch(/^\/cases\/[\w-]+\/$/);
  });
});

describe('concordance pieces', () => {
  it('cuts a sentence at its hits and groups lines by source in reading order', async () => {
    const { concordanceGroups, sentencePieces } = await import('./glossary.ts');
    expect(sentencePieces({ sentence: '党建联盟与党建', hits: [{ start: 0, end: 2 }, { start: 5, end: 7 }] })).toEqual([
      { text: '党建', hit: true },
      { text: '联盟与', hit: false },
      { text: '党建', hit: true },
    ]);
    const groups = concordanceGroups([{ source: 'b' }, { source: 'a' }, { source: 'b' }], new Map([['a', { title: 'A' }], ['b', { title: 'B' }], ['c', { title: 'C' }]]));
    expect(groups.map((g) => [g.id, g.lines.length])).toEqual([['a', 1], ['b', 2]]);
  });
});

describe('repairRow', () => {
  it('names the lines, the text and what replaces it', async () => {
    const { repairRow } = await import('./repairs.ts');
    expect(repairRow({ kind: 'replace', line: 3, text: 'a', with: '', reason: 'r' })).toEqual({ kind: '改正', with: '', lines: '3', text: 'a', reason: 'r' });
    expect(repairRow({ kind: 'running-header', lines: [1, 2], text: 'h', reason: 'r' }).lines).toBe('1、2');
    expect(repairRow({ kind: 'keep-space', text: 'a b', reason: 'r' }).lines).toBe('全文');
    expect(repairRow({ kind: 'gap', line: 9, after: '尾', reason: 'r' }).text).toBe('尾');
  });
});
