// The emitted MDX parses as MDX and renders exactly the document's words: escaping loses
// nothing and adds nothing. Checked on the five real sources and on hostile text.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { buildDocument, type Block } from './document.ts';
import { escapeMdx, emitPartMdx, renderInline } from './mdx.ts';
import { parseRepairs } from './repairs.ts';
import { REF_CLOSE, REF_OPEN } from './footnotes.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { applyParagraphIds } from './paragraph-address.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The text the MDX renders (paragraph address comments taken out, as the site's remark plugin does). */
function mdxText(mdx: string): string {
  const body = splitFrontmatter(mdx)?.body ?? mdx;
  const tree = parser.parse(body);
  applyParagraphIds(tree);
  return toString(tree).replace(/\s+/g, '');
}

function blockText(b: Block): string {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
    case 'note':
      return b.text;
    case 'quote':
      return b.paragraphs.join('') + (b.attribution ?? '');
    case 'lines':
      return b.lines.join('');
    case 'contents':
      return b.parts.map((p) => `${p.label}${p.title}${p.page ?? ''}${p.entries.map((e) => `${e.label}${e.title}${e.page ?? ''}`).join('')}`).join('');
    case 'table':
      return b.rows.flat().join('');
  }
}

const strip = (s: string) => s.replace(new RegExp(`${REF_OPEN}[^${REF_CLOSE}]*${REF_CLOSE}`, 'g'), '').replace(/\s+/g, '');

describe('MDX escaping', () => {
  it('escapes what MDX would read as syntax', () => {
    expect(escapeMdx('a{b}<c>*d*_e_[f]`g`')).toBe('a\\{b\\}\\<c\\>\\*d\\*\\_e\\_\\[f\\]\\`g\\`');
    expect(escapeMdx('1. 不是列表')).toBe('1\\. 不是列表');
    expect(escapeMdx('- 不是列表')).toBe('\\- 不是列表');
    expect(escapeMdx('1. 行中', false)).toBe('1. 行中');
  });

  it('renders footnote references as GFM references', () => {
    expect(renderInline(`堡垒”。${REF_OPEN}2${REF_CLOSE}随着`)).toBe('堡垒”。[^2]随着');
  });

  it('round-trips hostile text', () => {
    const text = '1. {x} <b>*y*</b> [z](u) ~~s~~ | a & b # c \\ d $e$ !x';
    const mdx = emitPartMdx({ id: 'text', title: 't', blocks: [{ type: 'paragraph', text, lines: [1] }], footnotes: [], lines: [1, 1] }, { source: 's', order: 0, rawSha256: '0' });
    expect(mdxText(mdx)).toBe(text.replace(/\s+/g, ''));
  });
});

describe('paragraph addresses', () => {
  it('opens each block with the address of the raw line it starts on', () => {
    const mdx = emitPartMdx(
      {
        id: 'chapter-1',
        title: 't',
        blocks: [
          { type: 'heading', scheme: 'named', depth: 2, text: '中央精神', lines: [30] },
          { type: 'quote', paragraphs: ['甲。', '乙。'], starts: [32, 33], attribution: '——报告', attributionLine: 34, lines: [32, 33, 34] },
          { type: 'paragraph', text: '丙。', lines: [36, 37] },
          { type: 'note', text: '〔编者注一〕', after: 37 },
          { type: 'note', text: '〔编者注二〕', after: 37 },
          { type: 'lines', lines: ['丁', '戊'], numbers: [40, 41] },
        ],
        footnotes: [],
        lines: [30, 41],
      },
      { source: 's', order: 0, rawSha256: '0' },
    );
    const body = mdx.split('\n---\n')[1]!;
    expect(body).toContain('## 中央精神\n');
    expect(body).toContain('{/*p32*/}甲。\n\n{/*p33*/}乙。');
    expect(body).toContain('<figcaption>{/*p34*/}——报告</figcaption>');
    expect(body).toContain('{/*p36*/}丙。\n\n{/*p37-1*/}〔编者注一〕\n\n{/*p37-2*/}〔编者注二〕');
    expect(body).toContain('{/*p40*/}丁\\\n戊');
  });
});

describe('generated MDX of the five sources', () => {
  const ids = readdirSync(path.join(ROOT, 'content/sources')).filter((d) => existsSync(path.join(ROOT, 'content/sources', d, 'raw.txt')));
  it.each(ids)('%s: parses, and renders exactly the document’s text', (id) => {
    const dir = path.join(ROOT, 'content/sources', id);
    const repairsFile = path.join(dir, 'repairs.yaml');
    const repairs = parseRepairs(repairsFile, existsSync(repairsFile) ? readFileSync(repairsFile, 'utf8') : undefined);
    const doc = buildDocument(id, readFileSync(path.join(dir, 'raw.txt'), 'utf8'), repairs);
    for (const part of doc.parts) {
      const mdx = emitPartMdx(part, { source: id, order: 0, rawSha256: '0' });
      const expected = strip(part.blocks.map(blockText).join('')) + part.footnotes.map((f) => (f.text === '' ? '' : f.text.replace(/\s+/g, ''))).join('');
      const rendered = mdxText(mdx)
        .replace(/〔原文此处有注号“[^”]+”，所据文本未收注文〕/g, '')
        .replace(/〔原注[^〕]+〕/g, '');
      expect(rendered).toBe(expected);
    }
  });
});
