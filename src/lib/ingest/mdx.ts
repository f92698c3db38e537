// MDX emission: the document's blocks as Markdown/MDX text that renders to exactly the
// source's words (every character that means something to MDX is escaped).
import { stringify } from 'yaml';
import type { ContentsPart } from './book-contents.ts';
import { anchorOf, headingAnchors } from './anchors.ts';
import { addressComment, noteId, paragraphId } from './paragraph-address.ts';
import type { Block, Footnote, Part } from './document.ts';
import { missingNoteMark, printedMarkerNote, REF_CLOSE, REF_OPEN } from './footnotes.ts';

/** ASCII punctuation that means something to Markdown, GFM or MDX anywhere in a line. */
const SPECIAL = /[\\`*_{}[\]<>~|&#!$]/g;

/** Escapes text for MDX. `lineStart`: the text opens a line, where list and quote markers count. */
export function escapeMdx(text: string, lineStart = true): string {
  let out = text.replace(/\t/g, ' ').replace(SPECIAL, '\\$&');
  if (lineStart) {
    out = out.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');
  }
  return out;
}

/** Labels of the footnotes whose text the source lacks, with their printed markers. */
type MissingNotes = ReadonlyMap<string, string>;
const NONE: MissingNotes = new Map();

/**
 * Paragraph text: escaped, with footnote references as [^label] — or, where the source
 * lacks the note's text, an editor's mark instead of a link to an empty note.
 */
export function renderInline(text: string, lineStart = true, missing: MissingNotes = NONE): string {
  const parts = text.split(new RegExp(`${REF_OPEN}([^${REF_CLOSE}]+)${REF_CLOSE}`, 'u'));
  return parts
    .map((p, i) => {
      if (i % 2 === 0) return escapeMdx(p, lineStart && i === 0);
      const printed = missing.get(p);
      return printed === undefined ? `[^${p}]` : escapeMdx(missingNoteMark(printed), false);
    })
    .join('');
}

function pageRef(page: number | undefined): string {
  return page === undefined ? '' : ` <span class="contents-page">${page}</span>`;
}

function contentsLabel(label: string, title: string): string {
  if (title === '') return label;
  return /、$/.test(label) ? `${label}${title}` : `${label}\u3000${title}`;
}

/** The address comment of the block starting on raw line `line` (nothing when the line is unknown). */
function address(line: number | undefined): string {
  return line === undefined ? '' : addressComment(paragraphId(line));
}

function emitContents(parts: readonly ContentsPart[]): string {
  const out: string[] = [];
  for (const p of parts) {
    out.push(`- ${address(p.lines[0])}${renderInline(contentsLabel(p.label, p.title), false)}${pageRef(p.page)}`);
    for (const e of p.entries) out.push(`  - ${address(e.lines[0])}${renderInline(contentsLabel(e.label, e.title), false)}${pageRef(e.page)}`);
  }
  return out.join('\n');
}

/** Numbers the editor's notes that follow the same raw line (1, 2 …), for their addresses. */
type NoteCounter = Map<number, number>;

/**
 * Printed-page marks (extracted PDFs): a quiet label beside the paragraph in which a printed
 * page begins. The number is shown by CSS from `data-page`, so it is neither in the text a
 * reader copies nor in the search index.
 */
export interface PageMarks {
  /** The printed page label of a raw line, if known. */
  pageOf: (line: number) => string | undefined;
  /** Labels already marked in this part. */
  seen: Set<string>;
}

export const PAGE_MARK = {
  className: 'page-mark',
  label: (page: string): string => (/^\d+$/.test(page) ? `第${page}页` : page),
  title: (page: string): string => (/^\d+$/.test(page) ? `原文第 ${page} 页起于此段` : `原文${page}起于此段`),
} as const;

function pageMarks(lines: readonly number[], marks: PageMarks | undefined): string {
  if (!marks) return '';
  let out = '';
  for (const line of lines) {
    const page = marks.pageOf(line);
    if (page === undefined || marks.seen.has(page)) continue;
    marks.seen.add(page);
    out += `<span class="${PAGE_MARK.className}" data-page="${page}" data-label="${PAGE_MARK.label(page)}" title="${PAGE_MARK.title(page)}"></span>`;
  }
  return out;
}

function emitBlock(b: Block, notes: NoteCounter, missing: MissingNotes, marks?: PageMarks): string {
  switch (b.type) {
    case 'heading':
      // Headings keep their own anchors (rehype-slug), which the contents and section links use.
      return `${'#'.repeat(b.depth)} ${renderInline(b.text, false, missing)}`;
    case 'paragraph': {
      const mark = pageMarks(b.lines, marks);
      return `${address(b.lines[0])}${mark}${renderInline(b.text, true, missing)}`;
    }
    case 'note': {
      const k = (notes.get(b.after) ?? 0) + 1;
      notes.set(b.after, k);
      return `${addressComment(noteId(b.after, k))}${renderInline(b.text, true, missing)}`;
    }
    case 'quote': {
      const inner = b.paragraphs.map((p, i) => `${address(b.starts[i])}${renderInline(p, true, missing)}`).join('\n\n');
      const caption = b.attribution ? `\n<figcaption>${address(b.attributionLine)}${renderInline(b.attribution, false, missing)}</figcaption>` : '';
      return `<figure>\n<blockquote>\n\n${inner}\n\n</blockquote>${caption}\n</figure>`;
    }
    case 'lines':
      return `${address(b.numbers[0])}${b.lines.map((l) => renderInline(l, true, missing)).join('\\\n')}`;
    case 'contents':
      return emitContents(b.parts);
    case 'table': {
      // GFM: the first row is the header row; each row's first cell carries the row's address.
      const width = Math.max(...b.rows.map((r) => r.length));
      const row = (cells: string[], k: number): string =>
        `| ${Array.from({ length: width }, (_, c) => `${c === 0 ? address(b.lines[k]) : ''}${renderInline(cells[c] ?? '', false, missing)}`).join(' | ')} |`;
      return [row(b.rows[0]!, 0), `|${' --- |'.repeat(width)}`, ...b.rows.slice(1).map((r, k) => row(r, k + 1))].join('\n');
    }
  }
}

function emitFootnote(f: Footnote): string {
  const printedIsNumber = /^\[\d+\]$/.test(f.printed);
  const text = `${printedIsNumber ? '' : printedMarkerNote(f.printed)}${f.text}`;
  return `[^${f.label}]: ${address(f.line)}${renderInline(text, false)}`;
}

export interface PartMeta {
  source: string;
  order: number;
  rawSha256: string;
  /** Extracted PDFs: the printed page label of each raw line. */
  pageOf?: (line: number) => string | undefined;
}

/** One part as an MDX file: frontmatter, blocks, footnote definitions. */
export function emitPartMdx(part: Part, meta: PartMeta): string {
  const frontmatter: Record<string, unknown> = {
    source: meta.source,
    part: part.id,
    order: meta.order,
    title: part.title,
  };
  if (part.label) frontmatter.label = part.label;
  if (part.editorialTitle) frontmatter.editorialTitle = true;
  if (part.coverage) frontmatter.coverage = part.coverage;
  if (part.id !== 'text') frontmatter.anchor = anchorOf(part.title);
  frontmatter.rawLines = part.lines;
  // Where each heading starts in raw.txt, and its anchor (as rehype-slug makes it): lets a
  // quote located in the raw text be linked to its section (src/lib/sources/sections.ts).
  const headings = part.blocks.flatMap((b) => (b.type === 'heading' ? [b] : []));
  const anchors = headingAnchors(headings.map((h) => h.text));
  frontmatter.headings = headings.map((h, k) => ({ depth: h.depth, text: h.text, anchor: anchors[k], line: h.lines[0] }));
  frontmatter.rawSha256 = meta.rawSha256;
  const noteCount: NoteCounter = new Map();
  const missing: MissingNotes = new Map(part.footnotes.filter((f) => f.text === '').map((f) => [f.label, f.printed]));
  const marks: PageMarks | undefined = meta.pageOf ? { pageOf: meta.pageOf, seen: new Set() } : undefined;
  const body = part.blocks.map((b) => emitBlock(b, noteCount, missing, marks));
  const notes = part.footnotes.filter((f) => f.text !== '').map(emitFootnote);
  return [
    '---',
    `# Generated by scripts/ingest.ts from content/sources/${meta.source}/raw.txt and repairs.yaml. Do not edit: fix the repairs or the rules, then run npm run ingest.`,
    stringify(frontmatter, { lineWidth: 0 }).trimEnd(),
    '---',
    '',
    [...body, ...(notes.length > 0 ? [notes.join('\n')] : [])].join('\n\n'),
    '',
  ].join('\n');
}
