import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkEditorialMarks } from './remark-editorial-marks.ts';
import { knowledgeOf } from '../lib/content/knowledge.ts';
import { loadFixtureKb } from '../lib/content/test-fixture.ts';
import { glossaryTerms, matchTerms, remarkGlossaryLinks, type GlossaryTerm } from './remark-glossary-links.ts';

const TERMS: GlossaryTerm[] = [
  { id: 'alliance', forms: ['党建联盟'] },
  { id: 'regional-alliance', forms: ['区域化党建联盟'] },
  { id: 'branch', forms: ['党支部', '支部'] },
  { id: 'grid', forms: ['网格化党建'] },
];

async function render(md: string, options: Parameters<typeof remarkGlossaryLinks>[0] = { base: '/', terms: TERMS }): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkEditorialMarks)
    .use(remarkGlossaryLinks, options)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(md);
  return String(file);
}

const linksIn = (html: string): string[] => [...html.matchAll(/<a href="([^"]+)" class="glossary-link">([^<]+)<\/a>/g)].map((m) => `${m[2]}→${m[1]}`);

describe('matchTerms', () => {
  it('lets the longest term win where terms overlap', () => {
    expect(matchTerms('推进区域化党建联盟建设', TERMS)).toEqual([{ id: 'regional-alliance', start: 2, end: 9 }]);
    expect(matchTerms('党支部与支部', TERMS)).toEqual([
      { id: 'branch', start: 0, end: 3 },
      { id: 'branch', start: 4, end: 6 },
    ]);
  });
  it('finds nothing in text without terms', () => {
    expect(matchTerms('普通的句子。', TERMS)).toEqual([]);
  });
});

describe('remarkGlossaryLinks', () => {
  it('links only the first occurrence of each term, under the base path', async () => {
    const html = await render('组建党建联盟。党建联盟再次出现。\n\n第二段：党建联盟、网格化党建。', { base: '/kb/', terms: TERMS });
    expect(linksIn(html)).toEqual(['党建联盟→/kb/glossary/alliance/', '网格化党建→/kb/glossary/grid/']);
  });

  it('never links inside headings, links, block quotes, footnote definitions or editors’ marks', async () => {
    const md = [
      '## 党建联盟的组建',
      '',
      '见[党建联盟章程](https://example.org/)。',
      '',
      '> 党建联盟是一种组织形式。',
      '',
      '<figure>',
      '<blockquote>',
      '',
      '党建联盟（MDX 引文）。',
      '',
      '</blockquote>',
      '</figure>',
      '',
      '〔编者：党建联盟〕正文中的党建联盟。[^1]',
      '',
      '[^1]: 注文提到网格化党建。',
    ].join('\n');
    const html = await render(md);
    expect(linksIn(html)).toEqual(['党建联盟→/glossary/alliance/']);
    // The link sits in the paragraph after the editor's mark, not in the heading or quotes.
    expect(html).toContain('〔编者：党建联盟〕</span>正文中的<a href="/glossary/alliance/" class="glossary-link">党建联盟</a>');
    expect(html).toMatch(/<h2>党建联盟的组建<\/h2>/);
    expect(html).toContain('<blockquote>\n<p>党建联盟是一种组织形式。</p>');
    // The term that occurs only in the footnote is not linked anywhere.
    expect(html).not.toContain('#grid');
  });

  it('does not link a shorter term inside a longer one already linked', async () => {
    const html = await render('区域化党建联盟。又一个区域化党建联盟。然后是党建联盟。');
    expect(linksIn(html)).toEqual(['区域化党建联盟→/glossary/regional-alliance/', '党建联盟→/glossary/alliance/']);
    expect(html).toContain('又一个区域化党建联盟。然后是<a');
  });

  it('counts a term once whichever of its forms occurs first', async () => {
    const html = await render('每个支部都有党支部书记。');
    expect(linksIn(html)).toEqual(['支部→/glossary/branch/']);
  });

  it('links inside emphasis and table cells', async () => {
    const html = await render('| 做法 |\n| --- |\n| 推行*网格化党建* |');
    expect(linksIn(html)).toEqual(['网格化党建→/glossary/grid/']);
  });
});

describe('glossaryTerms', () => {
  it('takes each term\'s name and aliases from the knowledge model', () => {
    expect(glossaryTerms(loadFixtureKb())).toEqual([{ id: 'alliance-assembly', forms: ['联盟大会'] }]);
  });

  it('reads the knowledge model of SITE_CONTENT_DIR when no terms are given', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'glossary-env-'));
    cpSync(path.join(root, 'tests/fixtures/knowledge/base'), dir, { recursive: true });
    symlinkSync(path.join(root, 'content/sources'), path.join(dir, 'sources'));
    const previous = process.env.SITE_CONTENT_DIR;
    process.env.SITE_CONTENT_DIR = dir;
    try {
      const html = await render('这里有联盟大会，也有党建联盟。', { base: '/' });
      expect(linksIn(html)).toEqual(['联盟大会→/glossary/alliance-assembly/']);
    } finally {
      if (previous === undefined) delete process.env.SITE_CONTENT_DIR;
      else process.env.SITE_CONTENT_DIR = previous;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the real terms: no generic (noAutoLink) term, every term with a form', () => {
    const terms = glossaryTerms(knowledgeOf('content'));
    expect(terms.length).toBeGreaterThanOrEqual(30);
    expect(terms.map((t) => t.id)).not.toContain('system');
    expect(terms.find((t) => t.id === 'party-building-alliance')?.forms).toContain('党建联盟');
  });
});

describe('names that claim their text', () => {
  it('never links a term inside a case or practice name, linked or not', async () => {
    const html = await render('红帆党建联盟成立。各地组建党建联盟。', { base: '/', terms: TERMS, claims: ['红帆党建联盟'] });
    expect(linksIn(html)).toEqual(['党建联盟→/glossary/alliance/']);
    expect(html).toContain('红帆党建联盟成立');
  });
  it('still links a term as long as a name', async () => {
    expect(linksIn(await render('组建党建联盟。', { base: '/', terms: TERMS, claims: ['党建联盟'] }))).toEqual(['党建联盟→/glossary/alliance/']);
  });
});
