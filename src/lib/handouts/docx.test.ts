import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { handoutDocx } from './docx.ts';
import type { Handout } from './model.ts';

const handout: Handout = {
  title: '测试讲义',
  kind: '专题讲义',
  path: '/topics/t/handout/',
  docx: '/topics/t/测试讲义·讲义.docx',
  intro: '编者的导读。',
  items: [
    {
      id: 'case-x',
      kindLabel: '案例',
      title: '某联盟',
      href: '/cases/x/',
      citation: '《某文》 · 一、某节',
      facts: [{ label: '成立时间', text: '2018 年 4 月', paragraph: 0 }],
      paragraphs: [{ source: 's', text: '2018年4月，某单位牵头组建某联盟。', href: '/sources/s/#p12', address: 'p12', citation: '《某文》 · 一、某节' }],
      text: [],
      chars: 30,
      minutes: 1,
    },
  ],
  prompts: ['研讨的问题？'],
  questions: [{ question: '某联盟于何时成立？', answer: '2018 年 4 月', quote: '2018 年 4月，某单位牵头组建某联盟', paragraph: { source: 's', text: '2018年4月，某单位牵头组建某联盟。', href: '/sources/s/#p12', address: 'p12', citation: '《某文》 · 一、某节' } }],
  references: ['某某. 某文[Z].'],
  minutes: 1,
};
const opts = { siteName: '基层党建知识库', url: (p: string) => `https://example.cn/kb${p}` };

describe('handoutDocx', () => {
  it('writes the same bytes every time, with no timestamps', async () => {
    const a = await handoutDocx(handout, opts);
    await new Promise((r) => setTimeout(r, 2100)); // past the zip format's two-second clock
    const b = await handoutDocx(handout, opts);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = new TextDecoder().decode(unzipSync(a)['docProps/core.xml']);
    expect(core).not.toMatch(/dcterms:(created|modified)/);
    expect(core).toContain('<dc:title>测试讲义</dc:title>');
  });

  it('holds the handout text, read back by an independent reader', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await handoutDocx(handout, opts)) });
    for (const text of ['测试讲义', '编者导读', '编者的导读。', '基本情况（附原文段落）', '成立时间：2018 年 4 月〔见原文①〕', '① 2018年4月，某单位牵头组建某联盟。', '——《某文》 · 一、某节　段落 p12　https://example.cn/kb/sources/s/#p12', '研讨题（编者）', '1. 研讨的问题？', '1. 某联盟于何时成立？', '答案：2018 年 4 月。原文：“2018年4月，某单位牵头组建某联盟”', '某某. 某文[Z].', '本讲义网址：https://example.cn/kb/topics/t/handout/']) {
      expect(value, text).toContain(text);
    }
  });
});

describe('answerLine', async () => {
  const { answerLine } = await import('./text.ts');
  it('shows an answer that is the quote itself once', () => {
    expect(answerLine({ answer: '联盟大会是联盟的议事决策机构', quote: '联盟大会是联盟的 议事决策机构' })).toBe('答案（原文）：“联盟大会是联盟的 议事决策机构”');
    expect(answerLine({ answer: '2017 年 9 月', quote: '2017 年 9月，梁溪党建联盟成立' })).toBe('答案：2017 年 9 月。原文：“2017年9月，梁溪党建联盟成立”');
  });
});

describe('Word layout', () => {
  it('has a running foot with the title and the page number, and prints a wide table across the page', async () => {
    const { tableDocx } = await import('./docx.ts');
    const files = unzipSync(await handoutDocx(handout, opts));
    const footer = Object.entries(files).find(([n]) => /^word\/footer\d*\.xml$/.test(n));
    const xml = new TextDecoder().decode(footer![1]);
    expect(xml).toContain('测试讲义 · 专题讲义');
    expect(xml).toMatch(/PAGE/);
    const table = { id: 't', title: '对照', caption: 'c', href: '/cases/compare/', head: ['项目', 'A', 'B'], rows: [{ label: '模式', cells: [['一'], ['二']] }], landscape: true, note: 'n' };
    const doc = new TextDecoder().decode(unzipSync(await tableDocx(table, opts))['word/document.xml']!);
    expect(doc).toMatch(/w:orient="landscape"/);
  });
});
