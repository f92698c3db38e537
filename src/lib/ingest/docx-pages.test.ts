// What a Word file's pages mean: the rule (./docx-pages.ts) on its own, and on real files — a
// Word file carrying w:lastRenderedPageBreak marks where a layout put each page (written with
// the docx package at the page starts of LibreOffice's layout of the same file, see make.ts), and
// a Word file saved by LibreOffice, which records no pages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { wordPages, type WordPageStart } from './docx-pages.ts';
import { readDocx } from './docx.ts';
import { extractionFiles } from './extraction-files.ts';
import { ingestSource } from './ingest.ts';

const DIR = path.resolve(import.meta.dirname, '../../../tests/fixtures/ingest/documents');
const next = (section = 0, sectionStart = false): WordPageStart => ({ section, sectionStart });

describe('wordPages', () => {
  it('takes the pages Word rendered, numbered from the section’s start', () => {
    const r = wordPages({ breaks: [next(), next()], rendered: 2, sections: [{ start: 12 }] });
    expect(r.printed).toEqual(['12', '13', '14']);
    expect(r.note).toMatch(/按 Word 最后一次排版保存时的分页/);
    expect(wordPages({ breaks: [next(), next()], rendered: 1, statedPages: 3, sections: [] }).printed).toEqual(['1', '2', '3']);
  });

  it('restarts and formats the numbers per section', () => {
    const r = wordPages({ breaks: [next(), next(1, true), next(1)], rendered: 3, sections: [{ start: 1, format: 'lowerRoman' }, { start: 1 }] });
    expect(r.printed).toEqual(['i', 'ii', '1', '2']);
    expect(wordPages({ breaks: [next(1, true)], rendered: 1, sections: [{ start: 5 }, {}] }).printed).toEqual(['5', '6']);
  });

  it('gives no pages when the stated page count disagrees with the rendered marks', () => {
    const r = wordPages({ breaks: [next()], rendered: 1, statedPages: 4, sections: [] });
    expect(r.printed).toBeUndefined();
    expect(r.note).toMatch(/给出 2 页，而文件记下的页数为 4 页.*不给页码/);
  });

  it('trusts explicit breaks only when every page begins with one', () => {
    expect(wordPages({ breaks: [next(), next()], rendered: 0, statedPages: 3, sections: [] }).printed).toEqual(['1', '2', '3']);
    expect(wordPages({ breaks: [], rendered: 0, statedPages: 1, sections: [] }).printed).toEqual(['1']);
    const r = wordPages({ breaks: [next(), next()], rendered: 0, statedPages: 5, sections: [] });
    expect(r.printed).toBeUndefined();
    expect(r.note).toMatch(/^页码：无。.*只有 2 处手动分页/);
    expect(wordPages({ breaks: [next()], rendered: 0, sections: [] }).printed).toBeUndefined();
  });
});

describe('a Word file with the pages it was last laid out in', () => {
  const bytes = readFileSync(path.join(DIR, 'rendered-pages.docx'));
  const extracted = readDocx('rendered-pages.docx', bytes);
  const files = extractionFiles('rendered-pages.docx', extracted);
  const raw = files.raw.split('\n');

  it('numbers its pages from the section’s start (12), in the footer’s format', () => {
    expect(files.layout.pages?.map((p) => p.printed)).toEqual(['12', '13', '14']);
  });

  it('starts each page where the file marks it, splitting a paragraph a page break runs through', () => {
    // The words after each mark, read from document.xml directly.
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const after = xml.split('<w:lastRenderedPageBreak/>').slice(1).map((s) => s.replace(/<[^>]*>/g, '').slice(0, 10));
    expect(after).toHaveLength(2);
    const starts = files.layout.pages!.slice(1).map((p) => raw[p.line - 1]!);
    for (const [k, words] of after.entries()) expect(starts[k]!.startsWith(words), `page ${k + 2} starts with “${words}”`).toBe(true);
    // The second page starts at the heading set to begin a page (w:pageBreakBefore and the rendered mark: one break).
    expect(xml).toContain('<w:pageBreakBefore/>');
    expect(starts[0]).toMatch(/^一、/);
    // The third starts inside a paragraph: its line is split there, and the reading text joins it again.
    const outcome = ingestSource({ id: 'sample', file: 'rendered-pages.docx', raw: files.raw, layout: files.layout });
    const paragraph = outcome.document.parts.flatMap((p) => p.blocks).flatMap((b) => (b.type === 'paragraph' ? [b] : [])).find((b) => b.lines.includes(files.layout.pages![2]!.line));
    expect(paragraph?.lines).toHaveLength(2);
    expect(paragraph!.text).toContain(`${raw[paragraph!.lines[0]! - 1]!.slice(-5)}${after[1]!.slice(0, 5)}`);
    expect([...outcome.files.map((f) => f.content).join('').matchAll(/data-page="(\d+)"/g)].map((m) => m[1])).toEqual(['12', '13', '14']);
  });

  it('says in the review what the pages mean', () => {
    expect(extracted.review.map((e) => e.text).join('\n')).toMatch(/页码：按 Word 最后一次排版保存时的分页（w:lastRenderedPageBreak，3 页/);
  });
});

describe('a Word file saved by LibreOffice', () => {
  it('records no pages, so none are given, and the review says why', () => {
    const extracted = readDocx('paper.docx', readFileSync(path.join(DIR, 'paper.docx')));
    expect(extracted.pages).toBeUndefined();
    expect(extracted.paragraphs.flatMap((p) => p.lines).every((l) => l.page === undefined)).toBe(true);
    expect(extractionFiles('paper.docx', extracted).layout.pages).toBeUndefined();
    expect(extracted.review.map((e) => e.text).join('\n')).toMatch(/页码：无。Word 文件本身不分页.*没有 Word 的排版分页标记/);
  });
});
