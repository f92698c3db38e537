// The text of one heading section of a source, for handouts and reading times: a section
// runs from its heading to the next heading of the same or a higher level (or the end of
// its part). Its text is the source-text model's blocks (src/lib/sources/model.ts) in
// that range of raw lines, as the reading page renders them; footnotes are left out.
import { sourceModel } from './model.ts';
import { textPartsOf } from '../content/texts.ts';

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

/** Every section a reading list may name: each book part's own heading and every heading. */
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

export interface SectionBlock {
  /** A sub-heading of the section (not its own heading). */
  heading: boolean;
  text: string;
  /** The block's address on the reading page (p123, or a heading's anchor). */
  id: string;
}

/** The blocks of a section in reading order: sub-headings and text, without its own heading and footnotes. */
export function sectionParagraphs(section: SourceSection): SectionBlock[] {
  const [from, to] = section.rawLines;
  return (sourceModel(section.source)?.blocks ?? [])
    .filter((p) => p.part === section.part && p.kind !== 'footnote' && p.line >= from && p.line <= to && p.id !== section.anchor)
    .map((p) => ({ heading: p.kind === 'heading', text: p.text.replace(/\s*\n\s*/g, ''), id: p.id }));
}
