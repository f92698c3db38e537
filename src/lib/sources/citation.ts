// How one cited passage is named wherever it is cited — a 出处 link's label, a handout's or Word
// file's line under an original paragraph, a self-test answer, a teaching plan's point: the
// source's title, the section the passage falls in and, for a source with printed pages
// (layout.yaml, written when the text was extracted from a PDF or Word file), the page(s) the
// passage was printed on, GB/T 7714-style (“: 12”, “: 12–13”). Sources without pages are
// cited as before. One function, so the places cannot disagree.
import { pageRange, type PageLocators } from '../ingest/extraction-files.ts';
import { printedPagesOf } from '../content/sources.ts';
import { UI } from '../ui/zh-CN.ts';

/** The raw lines a passage runs over (a located quote's `line` and `endLine`; a section's first and last line). */
export interface PassageLines {
  line: number;
  endLine: number;
}

/** The page(s) a passage was printed on (“12”, “12–13”); undefined when the source has no pages. */
export function passagePages(layout: PageLocators | undefined, at: PassageLines | undefined): string | undefined {
  if (!layout?.pages || layout.pages.length === 0 || !at) return undefined;
  return pageRange(layout.pages, [at.line, at.endLine], layout.elsewhere);
}

/**
 * 《Title》 · section: 12–13 — the citation of one passage. `title` undefined (a source without
 * a record) names the source by its id; `heading` is the section the passage falls in.
 */
export function passageCitation(
  source: string,
  title: string | undefined,
  heading: string | undefined,
  at: PassageLines | undefined,
  pages: PageLocators | undefined = printedPagesOf(source),
): string {
  return UI.handout.citation(title ?? source, heading, passagePages(pages, at));
}
