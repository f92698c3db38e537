// Which heading section of a source's reading page a raw line falls in (the source-text model
// places each block with it), and the reading page of each part. A line is placed under the
// last heading that starts at or before it. Heading anchors are rehype-slug's (recorded by
// ingestion in each part's frontmatter), so links made from them survive re-ingestion.
import type { TextPart } from '../content/texts.ts';
import { sourceHref, guidePartHref } from '../routes.ts';

export interface Section {
  /** The heading's id on the page. */
  anchor: string;
  /** The heading's text. */
  heading: string;
  /** The part of a book the section belongs to ("intro", "chapter-1" …); absent for papers. */
  part?: string;
}

/** The section of the reading text holding a raw line; undefined before the first heading of a paper, or outside the text. */
export function sectionAtLine(parts: readonly TextPart[], line: number): Section | undefined {
  const part = [...parts].reverse().find((p) => p.rawLines[0] <= line) ;
  if (!part || line > part.rawLines[1]) return undefined;
  const heading = [...part.headings].reverse().find((h) => h.line <= line);
  const inBook = part.part !== 'text';
  if (heading) return { anchor: heading.anchor, heading: heading.text, ...(inBook ? { part: part.part } : {}) };
  if (inBook && part.anchor) return { anchor: part.anchor, heading: part.title, part: part.part };
  return undefined;
}

/**
 * The reading page (without base) of a part of a source: a book's 绪论 and chapters live on
 * /guide/<part>/; its front matter and every other source's one text on /sources/<id>/.
 */
export function readingPageOfPart(sourceId: string, part: string | undefined): string {
  return hasGuidePage(part) ? guidePartHref(part) : sourceHref(sourceId);
}

/** Whether a part of a source has its own page under /guide/ (a book's 绪论 and chapters). */
export function hasGuidePage(part: string | undefined): part is string {
  return part !== undefined && part !== 'front' && part !== 'text';
}

/** The reading page (without base) holding a section. */
export function readingPageOf(sourceId: string, section: Section | undefined): string {
  return readingPageOfPart(sourceId, section?.part);
}

/** Site path (without base) of a section on its reading page. */
export function sectionPath(sourceId: string, section: Section): string {
  return `${readingPageOf(sourceId, section)}#${section.anchor}`;
}
