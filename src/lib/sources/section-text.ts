// The text of one heading section of a source, for handouts and reading times: a section
// runs from its heading to the next heading of the same or a higher level (or the end of
// its part). The text is read from the generated MDX (the same text the reading page
// renders), as plain paragraphs: markup, footnote marks and address comments removed.
import { textBodyOf, textPartsOf } from './texts.ts';

export interface SourceSection {
  source: string;
  /** The book part ("intro", "chapter-1") or "text" for a paper. */
  part: string;
  heading: string;
  anchor: string;
  depth: number;
  /** Raw lines the section covers (heading line to the line before the next section). */
  rawLines: [number, number];
}

/** Every section a reading list may name: each part's own heading (books) and every heading. */
export function sectionsOf(source: string): SourceSection[] {
  const out: SourceSection[] = [];
  for (const part of textPartsOf(source)) {
    const end = part.rawLines[1];
    if (part.anchor) out.push({ source, part: part.part, heading: part.title, anchor: part.anchor, depth: 1, rawLines: [part.rawLines[0], end] });
    part.headings.forEach((h, i) => {
      const next = part.headings.slice(i + 1).find((n) => n.depth <= h.depth);
      out.push({ source, part: part.part, heading: h.text, anchor: h.anchor, depth: h.depth, rawLines: [h.line, next ? next.line - 1 : end] });
    });
  }
  return out;
}

/** The section with this heading text, or undefined. */
export function findSection(source: string, heading: string): SourceSection | undefined {
  return sectionsOf(source).find((s) => s.heading === heading);
}

const HEADING = /^(#{1,6})\s+(.*)$/;

/** Markdown/MDX of reading text → plain text of one block. */
export function plainBlock(md: string): string {
  return md
    .replace(/\{\/\*[^*]*\*\/\}/g, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/\s*\n\s*/g, '')
    .trim();
}

/** Splits an MDX body into blocks: { heading depth or 0, plain text }. Footnote definitions are left out. */
export function blocksOfBody(body: string): { depth: number; text: string }[] {
  const out: { depth: number; text: string }[] = [];
  for (const chunk of body.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => !/^\s*<\/?(figure|blockquote|div|section|aside)[^>]*>\s*$/.test(l));
    if (!lines.length) continue;
    const first = lines[0]!.replace(/\{\/\*[^*]*\*\/\}/g, '');
    if (/^\[\^[^\]]+\]:/.test(first)) continue;
    const h = HEADING.exec(first);
    const text = plainBlock(h ? h[2]! : lines.join('\n'));
    if (text) out.push({ depth: h ? h[1]!.length : 0, text });
  }
  return out;
}

/** The paragraphs of a section (its heading and sub-headings included as plain lines). */
export function sectionParagraphs(section: SourceSection): { heading: boolean; text: string }[] {
  const body = textBodyOf(section.source, section.part);
  if (body === undefined) return [];
  const blocks = blocksOfBody(body);
  const isPartTitle = section.depth === 1 && !blocks.some((b) => b.depth > 0 && b.text === section.heading);
  let start = isPartTitle ? 0 : blocks.findIndex((b) => b.depth > 0 && b.text === section.heading) + 1;
  if (start === 0 && !isPartTitle) return [];
  const out: { heading: boolean; text: string }[] = [];
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.depth > 0 && !isPartTitle && b.depth <= section.depth) break;
    out.push({ heading: b.depth > 0, text: b.text });
  }
  return out;
}

