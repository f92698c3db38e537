import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { passageCitation, passagePages } from './citation.ts';
import { printedPagesOf } from '../content/sources.ts';
import { layoutYaml, type LayoutPage } from '../ingest/extraction-files.ts';

// A paper printed on pages 12–14: page 13 starts at raw line 20, page 14 at line 41.
const pages: LayoutPage[] = [
  { index: 1, printed: '12', line: 1 },
  { index: 2, printed: '13', line: 20 },
  { index: 3, printed: '14', line: 41 },
];

describe('passagePages', () => {
  it('gives the page a passage was printed on, or the range it runs over', () => {
    expect(passagePages({ pages }, { line: 5, endLine: 5 })).toBe('12');
    expect(passagePages({ pages }, { line: 20, endLine: 22 })).toBe('13');
    expect(passagePages({ pages }, { line: 19, endLine: 20 })).toBe('12–13');
    expect(passagePages({ pages }, { line: 30, endLine: 60 })).toBe('13–14');
  });

  it('gives nothing for a source without pages, or a passage not located', () => {
    expect(passagePages(undefined, { line: 5, endLine: 5 })).toBeUndefined();
    expect(passagePages({ pages: [] }, { line: 5, endLine: 5 })).toBeUndefined();
    expect(passagePages({ pages }, undefined)).toBeUndefined();
  });

  it('gives a line printed on another page (a footnote placed after the paragraph that runs on) its own page', () => {
    const elsewhere = [{ line: 25, index: 1 }];
    expect(passagePages({ pages, elsewhere }, { line: 25, endLine: 25 })).toBe('12');
    expect(passagePages({ pages, elsewhere }, { line: 24, endLine: 25 })).toBe('12–13');
    expect(passagePages({ pages }, { line: 25, endLine: 25 })).toBe('13');
  });

  it('names a page without a printed number by its place in the file', () => {
    expect(passagePages({ pages: [{ index: 1, line: 1 }, { index: 2, printed: '2', line: 9 }] }, { line: 3, endLine: 9 })).toBe('PDF 第1页–2');
  });
});

describe('passageCitation', () => {
  it('cites title, section and page(s), GB/T 7714-style', () => {
    expect(passageCitation('p', '样本论文', '一、引言', { line: 19, endLine: 20 }, { pages })).toBe('《样本论文》 · 一、引言: 12–13');
    expect(passageCitation('p', '样本论文', undefined, { line: 3, endLine: 3 }, { pages })).toBe('《样本论文》: 12');
  });

  it('leaves a source without pages as it was', () => {
    expect(passageCitation('p', '样本论文', '一、引言', { line: 19, endLine: 20 }, undefined)).toBe('《样本论文》 · 一、引言');
    expect(passageCitation('wuxi-alliance', '无锡党建联盟', undefined, { line: 3, endLine: 3 })).toBe('《无锡党建联盟》');
  });

  it('reads the pages from the source’s layout.yaml', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-pages-'));
    try {
      mkdirSync(path.join(dir, 'sources/paper'), { recursive: true });
      writeFileSync(path.join(dir, 'sources/paper/layout.yaml'), layoutYaml('paper', { from: 'paper.pdf', format: 'pdf', tool: 'pdfjs-dist', pages, headings: [], tables: [] }));
      mkdirSync(path.join(dir, 'sources/plain'), { recursive: true });
      expect(printedPagesOf('paper', dir)).toEqual({ pages });
      expect(printedPagesOf('plain', dir)).toBeUndefined();
      expect(passageCitation('paper', '样本论文', undefined, { line: 45, endLine: 45 }, printedPagesOf('paper', dir))).toBe('《样本论文》: 14');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
