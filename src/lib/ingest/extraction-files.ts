// Extracted text (./extracted.ts) → the files kept beside a source: raw.txt (each printed line
// on its own line, a blank line between paragraphs — the text as extracted, never edited
// afterwards) and layout.yaml (what plain text cannot carry: the raw line each printed page
// starts on, which lines were set as headings and which are table rows). Both are written
// once, at extraction; re-ingesting reads them back (parseLayout). Pure.
import { parse, stringify } from 'yaml';
import type { ExtractedText, PageInfo } from './extracted.ts';
import { IngestInputError } from './errors.ts';

/** A printed page: where it starts in raw.txt. */
export interface LayoutPage extends PageInfo {
  /** First raw line printed on the page. */
  line: number;
}

/** content/sources/<id>/layout.yaml. */
export interface SourceLayout {
  /** The file the text was extracted from. */
  from: string;
  format: 'pdf' | 'docx';
  tool: string;
  /** The printed pages, in order (PDF; Word where the file records them). */
  pages?: LayoutPage[];
  /**
   * Lines printed on another page than the one running where they stand in raw.txt: a footnote
   * at the foot of page 12, placed after the paragraph that runs on to page 13. `index` as in pages.
   */
  elsewhere?: { line: number; index: number }[];
  /** Raw lines set as headings (PDF: larger type; Word: a heading style, or bold and large). */
  headings: { line: number; level: number }[];
  /** Tables: first and last raw line; each line is a row, cells separated by tabs. */
  tables: [number, number][];
}

export interface ExtractionFiles {
  raw: string;
  layout: SourceLayout;
}

/** raw.txt and its layout from an extracted text. */
export function extractionFiles(from: string, ex: ExtractedText): ExtractionFiles {
  const out: string[] = [];
  const pageStarts = new Map<number, number>();
  const lineIndex: (number | undefined)[] = [];
  const headings: SourceLayout['headings'] = [];
  const tables: SourceLayout['tables'] = [];
  for (const p of ex.paragraphs) {
    if (out.length > 0) out.push('');
    const first = out.length + 1;
    for (const l of p.lines) {
      out.push(l.text);
      lineIndex[out.length] = l.page;
      if (l.page !== undefined && !pageStarts.has(l.page)) pageStarts.set(l.page, out.length);
    }
    if (p.kind === 'heading') headings.push({ line: first, level: p.level ?? 1 });
    if (p.kind === 'table') tables.push([first, out.length]);
  }
  const pages = ex.pages
    ?.filter((pg) => pageStarts.has(pg.index))
    .map((pg): LayoutPage => ({ index: pg.index, ...(pg.printed !== undefined ? { printed: pg.printed } : {}), ...(pg.inferred ? { inferred: true } : {}), line: pageStarts.get(pg.index)! }));
  const elsewhere = pages
    ? lineIndex.flatMap((index, line) => (index !== undefined && pageOfLine(pages, line)?.index !== index ? [{ line, index }] : []))
    : [];
  return {
    raw: `${out.join('\n')}\n`,
    layout: { from, format: ex.format, tool: ex.tool, ...(pages ? { pages } : {}), ...(elsewhere.length > 0 ? { elsewhere } : {}), headings, tables },
  };
}

export function layoutYaml(id: string, layout: SourceLayout): string {
  return [
    `# Layout of content/sources/${id}/raw.txt, written by scripts/ingest.ts when the text was extracted`,
    `# from ${layout.from}. Do not edit (like raw.txt). pages: the raw line each printed page starts on`,
    '# (index: page in the file; printed: the number printed on it; inferred: not printed, follows from',
    '# its neighbours). elsewhere: lines printed on another page than the one running at their place',
    '# (a footnote after the paragraph that runs on). headings: lines set as headings. tables: first',
    '# and last line of each table.',
    stringify(layout, { lineWidth: 0, flowCollectionPadding: false, collectionStyle: 'block' }),
  ].join('\n');
}

export function parseLayout(file: string, text: string): SourceLayout {
  const data = parse(text) as Partial<SourceLayout> | null;
  if (!data || (data.format !== 'pdf' && data.format !== 'docx') || typeof data.from !== 'string' || !Array.isArray(data.headings) || !Array.isArray(data.tables)) {
    throw new IngestInputError(file, 'expected from, format (pdf | docx), tool, headings and tables, as scripts/ingest.ts writes them.');
  }
  return data as SourceLayout;
}

/** Where a source's printed pages are: layout.yaml's pages and the lines printed elsewhere. */
export type PageLocators = Pick<SourceLayout, 'pages' | 'elsewhere'>;

/** The printed page a raw line belongs to (the last page starting at or before it, unless the line was printed elsewhere). */
export function pageOfLine(pages: readonly LayoutPage[], line: number, elsewhere?: SourceLayout['elsewhere']): LayoutPage | undefined {
  const moved = elsewhere?.find((e) => e.line === line);
  if (moved) return pages.find((p) => p.index === moved.index);
  let found: LayoutPage | undefined;
  for (const p of pages) if (p.line <= line) found = p;
  return found;
}

/** How a page is cited: its printed number, else its place in the file. */
export function pageLabel(p: PageInfo): string {
  return p.printed ?? `PDF 第${p.index}页`;
}

/** A page range as GB/T 7714 writes it: “12” or “12–13”. */
export function pageRange(pages: readonly LayoutPage[], lines: readonly number[], elsewhere?: SourceLayout['elsewhere']): string | undefined {
  const found = [...new Set(lines.map((l) => pageOfLine(pages, l, elsewhere)).filter((p): p is LayoutPage => p !== undefined))].sort((a, b) => a.index - b.index);
  if (found.length === 0) return undefined;
  const first = pageLabel(found[0]!);
  const last = pageLabel(found[found.length - 1]!);
  return first === last ? first : `${first}–${last}`;
}
