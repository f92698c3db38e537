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
