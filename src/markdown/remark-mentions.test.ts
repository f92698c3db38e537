import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkEditorialMarks } from './remark-editorial-marks.ts';
import { remarkGlossaryLinks } from './remark-glossary-links.ts';
import { knowledgeOf } from '../lib/content/knowledge.ts';
import { mentionForm, mentionTargets, remarkMentions, type MentionTarget } from './remark-mentions.ts';
import { partSourcesOf } from '../lib/content/texts.ts';
import { remarkParagraphIds } from './remark-paragraph-ids.ts';

const TARGETS: MentionTarget[] = [
  { href: '/cases/hongfan-alliance/', forms: ['红帆党建联盟'] },
  { href: '/mechanisms/#joint-meeting-rotation', forms: ['联席轮值机制'] },
  { href: '/practices/joint-meeting-rotation/', forms: ['联席轮值'] },
];

async function render(md: string, base = '/'): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkEditorialMarks)
    .use(remarkMentions, { base, targets: TARGETS })
    .use(remarkGlossaryLinks, { base, terms: [{ id: 'alliance', forms: ['党建联盟'] }] })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(md);
  return String(file);
}
const mentions = (html: string): string[] => [...html.matchAll(/<a href="([^"]+)" class="mention-link">([^<]+)<\/a>/g)].map((m) => `${m[2]}→${m[1]}`);

describe('remarkMentions', () => {
  it('links the first mention of each name in each section, longest name first, under the base path', async () => {
    const md = ['## 一、模式', '', '红帆党建联盟建立联席轮值机制。红帆党建联盟再次出现，联席轮值也是。', '', '## 二、机制', '', '红帆党建联盟的联席轮值。'].join('\n');
    expect(mentions(await render(md, '/kb/'))).toEqual([
      '红帆党建联盟→/kb/cases/hongfan-alliance/',
      '联席轮值机制→/kb/mechanisms/#joint-meeting-rotation',
      '联席轮值→/kb/practices/joint-meeting-rotation/',
      '红帆党建联盟→/kb/cases/hongfan-alliance/',
      '联席轮值→/kb/practices/joint-meeting-rotation/',
    ]);
  });

  it('never links inside headings, quotations and their citations, footnotes, editor’s marks or other links', async () => {
    const md = [
      '## 红帆党建联盟',
      '',
      '<figure><blockquote>联席轮值机制</blockquote><figcaption>——红帆党建联盟</figcaption></figure>',
      '',
      '〔编者注：红帆党建联盟〕见注。[^1]',
      '',
      '[^1]: 联席轮值机制。',
    ].join('\n');
    expect(mentions(await render(md))).toEqual([]);
  });

  it('links a name whole, so the glossary term inside it links at its next occurrence', async () => {
    const html = await render('红帆党建联盟成立。各地组建党建联盟。');
    expect(mentions(html)).toEqual(['红帆党建联盟→/cases/hongfan-alliance/']);
    expect(html).toContain('各地组建<a href="/glossary/alliance/" class="glossary-link">党建联盟</a>');
  });
});

describe('mentionTargets', () => {
  it('takes cases, models, mechanisms and practices from the knowledge model, names in running-text form', () => {
    const targets = mentionTargets(knowledgeOf('content'));
    const hrefOf = (form: string) => targets.find((t) => t.forms.includes(form))?.href;
    expect(hrefOf('红帆党建联盟')).toBe('/cases/hongfan-alliance/');
    expect(hrefOf('联席轮值机制')).toBe('/mechanisms/#joint-meeting-rotation');
    expect(hrefOf('联席轮值')).toBe('/practices/joint-meeting-rotation/');
    expect(mentionForm('“支部建在连上”')).toBe('支部建在连上');
  });
});

describe('names with quotation marks, middle dots, and inside longer names', () => {
  const targets: MentionTarget[] = [
    { href: '/cases/weishang-alliance/', forms: [mentionForm('锡山区“为尚”党建联盟')] },
    { href: '/cases/rongmei-alliance/', forms: [mentionForm('无锡“融·媒+”党建联盟'), mentionForm('无锡“融媒+”党建联盟')] },
    { href: '/cases/red-pioneer-chamber-alliance/', forms: [mentionForm('无锡市民营企业“非公党建·红色先锋”商会党建联盟')] },
    { href: '/practices/party-building-alliance/', forms: ['党建联盟'] },
    { href: '/mechanisms/#dynamic-management', forms: ['动态管理机制'], excludes: ['城乡一体党员动态管理机制'] },
  ];
  const run = async (md: string, claims: string[] = []) =>
    mentions(String(await unified().use(remarkParse).use(remarkMentions, { base: '/', targets, claims }).use(remarkRehype).use(rehypeStringify).process(md)));

  it('matches a name with or without its marks and dots, and links it whole', async () => {
    expect(await run('共同组建锡山区“为尚”党建联盟。')).toEqual(['锡山区“为尚”党建联盟→/cases/weishang-alliance/']);
    expect(await run('组建了无锡“融·媒+”党建联盟。以无锡“融媒+”党建联盟为代表。')).toEqual(['无锡“融·媒+”党建联盟→/cases/rongmei-alliance/']);
    expect(await run('无锡市民营企业“非公党建·红色先锋”商会党建联盟成立。')).toEqual(['无锡市民营企业“非公党建·红色先锋”商会党建联盟→/cases/red-pioneer-chamber-alliance/']);
    // A name whose quotation mark opens before it is linked from that mark.
    expect(
      mentions(String(await unified().use(remarkParse).use(remarkMentions, { base: '/', targets: [{ href: '/x/', forms: [mentionForm('“五步直通工作法”推动党内基层民主')] }], claims: [] }).use(remarkRehype).use(rehypeStringify).process('案例“五步直通工作法”推动党内基层民主。'))),
    ).toEqual(['“五步直通工作法”推动党内基层民主→/x/']);
  });

  it('never links a name inside a longer name that means something else', async () => {
    expect(await run('建立城乡一体党员动态管理机制。')).toEqual([]);
    expect(await run('推进区域化党建联盟建设。', ['区域化党建联盟'])).toEqual([]);
    expect(await run('推进区域化党建联盟建设。')).toEqual(['党建联盟→/practices/party-building-alliance/']);
  });

  it('links every alliance of the 无锡 paper to its case page (7 of 7)', async () => {
    const kb = knowledgeOf('content');
    const alliances = kb.cases.filter((c) => c.data.kind === 'alliance').map((c) => `/cases/${c.id}/`);
    expect(alliances).toHaveLength(7);
    const body = partSourcesOf('wuxi-alliance').map((p) => p.body).join('\n\n');
    const file = await unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkParagraphIds).use(remarkEditorialMarks).use(remarkMentions, { base: '/' }).use(remarkRehype).use(rehypeStringify).process(body);
    const linked = new Set(mentions(String(file)).map((m) => m.split('→')[1]));
    expect(alliances.filter((a) => !linked.has(a))).toEqual([]);
  });
});
