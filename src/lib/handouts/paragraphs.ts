// Fact → the original paragraph it comes from, with the paragraph's address and citation.
import type { Quote } from '../../schemas/knowledge.ts';
import { normaliseQuote } from '../knowledge/quote.ts';
import { sectionOf, sectionPath } from '../sources/sections.ts';
import { findSection, sectionParagraphs } from '../sources/section-text.ts';
import type { OriginalParagraph } from './model.ts';

/** Source titles by id (the citation names the source). */
export type SourceTitles = Readonly<Record<string, string>>;

/** 《Title》 · section heading, for a quote. */
export function citationOf(quote: Quote, titles: SourceTitles): string {
  const title = `《${titles[quote.source] ?? quote.source}》`;
  const section = sectionOf(quote.source, quote.text);
  return section ? `${title} · ${section.heading}` : title;
}

/**
 * The paragraph of the reading page holding a quote. Throws when the quote cannot be found
 * in the rendered text of its section (the handout would lose its original paragraph).
 */
export function originalParagraph(quote: Quote, titles: SourceTitles): OriginalParagraph {
  const section = sectionOf(quote.source, quote.text);
  const citation = citationOf(quote, titles);
  const wanted = normaliseQuote(quote.text);
  const found = section ? findSection(quote.source, section.heading) : undefined;
  const blocks = found ? sectionParagraphs(found) : [];
  const block = blocks.find((b) => normaliseQuote(b.text).includes(wanted)) ?? blocks.find((b) => wanted.includes(normaliseQuote(b.text)));
  const href = section ? sectionPath(quote.source, section) : `/sources/${quote.source}/`;
  return { text: block?.text ?? quote.text, href, citation };
}
