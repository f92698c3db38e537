// Ingestion of PDF and Word files made with real tools (tests/fixtures/ingest/documents/: one
// column, two columns, a journal page with its opening across the page and two columns below,
// made by make.ts there with LibreOffice and the docx package from a known text): each
// reading text is compared with the known text (≥ 99% of its 12-character windows), no running
// header or page number is left, footnotes, headings, lists and tables are recognised, and each
// paragraph's printed page is the page whose text layer holds it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from './docx.ts';
import type { Block, SourceDocument } from './document.ts';
import type { ExtractedText } from './extracted.ts';
import { extractionFiles, pageOfLine, pageRange, type ExtractionFiles } from './extraction-files.ts';
import { REF_CLOSE, REF_OPEN } from './footnotes.ts';
import { ingestSource } from './ingest.ts';
import { readPdf } from './pdf-read.ts';
import { windowsRecovered } from './recovery.ts';

const DIR = path.resolve(import.meta.dirname, '../../../tests/fixtures/ingest/documents');
const KNOWN = readFileSync(path.join(DIR, 'known.txt'), 'utf8');
const NOTE = readFileSync(path.join(DIR, 'known-note.txt'), 'utf8').trim();
/** The footnote markers the known text itself carries (^①): the reading text shows them as notes. */
const stripMarkers = (t: string): string => t.replace(/\^[①-⑳]/gu, '');
const stripRefs = (t: string): string => t.replace(new RegExp(`${REF_OPEN}[^${REF_CLOSE}]*${REF_CLOSE}`, 'gu'), '');

interface Ingested {
  extracted: ExtractedText;
  files: ExtractionFiles;
  document: SourceDocument;
  mdx: string;
}

async function ingest(name: string): Promise<Ingested> {
  const file = path.join(DIR, name);
  const bytes = readFileSync(file);
  const extracted = name.endsWith('.pdf') ? await readPdf(name, bytes) : readDocx(name, bytes);
  const files = extractionFiles(name, extracted);
  const outcome = ingestSource({ id: 'sample', file: name, raw: files.raw, layout: files.layout });
  return { extracted, files, document: outcome.document, mdx: outcome.files.map((f) => f.content).join('\n') };
}

/** Each page's text as pdf.js gives it, whitespace removed (independent of the layout code). */
async function pageTextsOf(name: string): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(readFileSync(path.join(DIR, name))), verbosity: 0 });
  const doc = await task.promise;
  const out: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) out.push(((await (await doc.getPage(i)).getTextContent()).items as { str?: string }[]).map((it) => it.str ?? '').join('').replace(/\s/g, ''));
  await task.destroy();
  return out;
}

function blockText(b: Block): string[] {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return [stripRefs(b.text)];
    case 'table':
      return b.rows.map((r) => r.join(''));
    default:
      return [];
  }
}

/** The reading text: title block, then every heading and paragraph. */
function readingText(doc: SourceDocument): string {
  const t = doc.titleBlock;
  return [t.title, t.subtitle ?? '', t.authors.join(' '), ...doc.parts.flatMap((p) => p.blocks.flatMap(blockText))].join('\n');
}

const results: string[] = [];

describe.each(['paper.pdf', 'two-column.pdf', 'journal.pdf', 'paper.docx', 'styled.docx'])('%s', (name) => {
  let r: Ingested;
  beforeAll(async () => {
    r = await ingest(name);
  });

  it('recovers ≥ 99% of the known text’s 12-character windows, with no running header or page number left', () => {
    const text = readingText(r.document);
    const { share, missing } = windowsRecovered(stripMarkers(KNOWN), text);
    const headers = text.split('\n').filter((l) => l.includes('样本学报') || /^\s*\d{1,3}\s*$/.test(l));
    const removed = r.extracted.review.filter((e) => e.kind === 'removed').length;
    results.push(`${name}: ${(share * 100).toFixed(2)}% of windows recovered; ${removed} header/footer/page-number lines removed; pages ${r.files.layout.pages?.map((p) => p.printed ?? '?').join(',') ?? '—'}`);
    expect(share, `missing windows: ${missing.slice(0, 5).join(' | ')}`).toBeGreaterThanOrEqual(0.99);
    expect(headers).toEqual([]);
    expect(r.mdx).not.toContain('样本学报');
  });

  it('joins lines with no space between Chinese characters', () => {
    const paragraphs = r.document.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])));
    expect(paragraphs.filter((t) => /\p{Script=Han} +\p{Script=Han}/u.test(t))).toEqual([]);
  });

  it('reads the title, the author and the heading', () => {
    expect(r.document.titleBlock.title).toBe('融合推进城市基层党建工作研究');
    expect(r.extracted.record.authors).toEqual(['方世南']);
    const headings = r.document.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])));
    expect(headings).toContain('一、融合推进城市基层党建工作的重大价值');
  });
});

describe('footnotes', () => {
  it.each(['paper.pdf', 'journal.pdf', 'paper.docx', 'styled.docx'])('%s: the note is a footnote, referenced from the text, not a paragraph', async (name) => {
    const r = await ingest(name);
    const notes = r.document.parts.flatMap((p) => p.footnotes.filter((f) => f.text !== ''));
    expect(notes.map((n) => n.text)).toEqual([NOTE]);
    expect(r.mdx).toMatch(/重大价值。\[\^s1\]|组织建设、巩固党的执政基础作为贯穿城市社会治理和基层建设的一条红线/);
    expect(readingText(r.document)).not.toContain(NOTE);
  });
});

describe('a Word file with styles, numbered articles and a table', () => {
  let r: Ingested;
  beforeAll(async () => {
    r = await ingest('styled.docx');
  });
  it('takes a heading set only bold and large as a heading', () => {
    const headings = r.document.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])));
    expect(headings).toEqual(['一、融合推进城市基层党建工作的重大价值', '联盟章程摘录']);
    expect(r.mdx).toContain('## 联盟章程摘录');
  });
  it('writes the article numbers Word prints', () => {
    expect(r.mdx).toContain('第一条　建立联盟联席会议制。');
    expect(r.mdx).toContain('第三条　由1-2个成员单位作为轮值单位。');
  });
  it('keeps the table as a table', () => {
    const tables = r.document.parts.flatMap((p) => p.blocks.filter((b) => b.type === 'table'));
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ rows: [['维度', '做法'], ['组织共建', '联席轮值'], ['资源共享', '双报到']] });
    expect(r.mdx).toMatch(/\| \{\/\*p\d+\*\/\}维度 \| 做法 \|\n\| --- \| --- \|\n\| \{\/\*p\d+\*\/\}组织共建 \| 联席轮值 \|/);
  });
});

describe('printed pages', () => {
  /** Each page's text as pdf.js gives it, run by run (independent of the layout code). */
  async function pageTexts(name: string): Promise<string[]> {
    const task = getDocument({ data: new Uint8Array(readFileSync(path.join(DIR, name))), verbosity: 0 });
    const doc = await task.promise;
    const out: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) out.push(((await (await doc.getPage(i)).getTextContent()).items as { str?: string }[]).map((it) => it.str ?? '').join('').replace(/\s/g, ''));
    await task.destroy();
    return out;
  }

  it.each([
    ['paper.pdf', ['12', '13', '14']],
    ['two-column.pdf', ['3', '4', '5']],
    ['journal.pdf', ['41', '42', '43']],
  ])('%s: pages %j, and each paragraph starts on the page it is said to', async (name, printed) => {
    const r = await ingest(name);
    const pages = r.files.layout.pages!;
    expect(pages.map((p) => p.printed)).toEqual(printed);
    const texts = await pageTexts(name);
    const paragraphs = r.document.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'paragraph' ? [b] : [])));
    for (const b of paragraphs) {
      const page = pageOfLine(pages, b.lines[0]!)!;
      const start = stripRefs(b.text).replace(/\s/g, '').slice(0, 10);
      expect(texts[page.index - 1], `paragraph p${b.lines[0]} “${start}…” on page ${page.printed}`).toContain(start);
    }
    // The reading text marks where each printed page begins, in order.
    expect([...r.mdx.matchAll(/data-page="(\d+)"/g)].map((m) => m[1])).toEqual(printed);
    expect(r.extracted.record).toMatchObject({ journal: '样本学报', year: 2020, issue: '1', pages: `${printed[0]}–${printed[2]}` });
  });
});

describe('a footnote placed after the paragraph that runs on to the next page', () => {
  it('paper.pdf: keeps the page it was printed on (12), though page 13 has begun where it stands', async () => {
    const r = await ingest('paper.pdf');
    const line = r.files.raw.split('\n').findIndex((l) => l.includes(NOTE)) + 1;
    const texts = await pageTextsOf('paper.pdf');
    expect(texts[0]).toContain(NOTE.replace(/\s/g, ''));
    expect(pageOfLine(r.files.layout.pages!, line)!.printed).toBe('13');
    expect(r.files.layout.elsewhere).toEqual([{ line, index: 1 }]);
    expect(pageRange(r.files.layout.pages!, [line], r.files.layout.elsewhere)).toBe('12');
  });
});

describe('a PDF whose Chinese font needs Adobe’s CMaps (UniGB-UCS2-H, no embedded font, no ToUnicode)', () => {
  it('is read with the CMaps from node_modules', async () => {
    const r = await ingest('cid-font.pdf');
    const known = KNOWN.split('\n\n').slice(0, 3).filter((p) => p !== '方世南').join('\n');
    const { share } = windowsRecovered(stripMarkers(known), readingText(r.document));
    results.push(`cid-font.pdf: ${(share * 100).toFixed(2)}% of windows recovered (predefined CMap, no ToUnicode)`);
    expect(share).toBeGreaterThanOrEqual(0.99);
    expect(r.document.titleBlock.title).toBe('融合推进城市基层党建工作研究');
  });

  it('cannot be read without them (the CMaps are what decodes it)', async () => {
    const task = getDocument({ data: new Uint8Array(readFileSync(path.join(DIR, 'cid-font.pdf'))), verbosity: 0 });
    const doc = await task.promise;
    let text = '';
    try {
      text = ((await (await doc.getPage(1)).getTextContent()).items as { str?: string }[]).map((it) => it.str ?? '').join('');
    } catch {
      text = '';
    }
    await task.destroy();
    expect(text).not.toContain('党建');
  });
});

describe('a PDF whose fonts have no ToUnicode map (LibreOffice, then Ghostscript with -dWantsToUnicode=false)', () => {
  it('has no ToUnicode map, and pdf.js gives glyph codes instead of its text', async () => {
    const bytes = readFileSync(path.join(DIR, 'no-tounicode.pdf'));
    expect(bytes.toString('latin1')).not.toContain('/ToUnicode');
    const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
    const doc = await task.promise;
    const first = ((await (await doc.getPage(1)).getTextContent()).items as { str?: string }[]).map((it) => it.str ?? '').join('');
    const pages = doc.numPages;
    await task.destroy();
    expect(pages).toBe(3);
    expect(first).toMatch(/[\u0001-\u0008]/u);
    expect(first).not.toMatch(/\p{Script=Han}/u);
  });

  it('is refused, naming every page', async () => {
    await expect(readPdf('no-tounicode.pdf', readFileSync(path.join(DIR, 'no-tounicode.pdf')))).rejects.toThrow(/^no-tounicode\.pdf: 第 1–3 页的文字无法解码/);
  });
});

describe('figures', () => {
  it('are printed for the report', () => {
    console.log(results.join('\n'));
    expect(results.length).toBe(6);
  });
});
