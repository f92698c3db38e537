// Fact → the original paragraph it comes from, with the paragraph's address and citation
// (the paragraph lookup is src/lib/sources/paragraphs.ts).
import type { Quote } from '../../schemas/knowledge.ts';
import { paragraphOf } from '../sources/paragraphs.ts';
import { PARAGRAPH_ID } from '../sources/paragraph-address.ts';
import { sectionOf } from '../sources/sections.ts';
import type { OriginalParagraph } from './model.ts';
import { UI } from '../ui/zh-CN.ts';

/** Source titles by id (the citation names the source). */
export type SourceTitles = Readonly<Record<string, string>>;

/** 《Title》 · section heading, for a quote. */
export function citationOf(quote: Quote, titles: SourceTitles): string {
  return UI.handout.citation(titles[quote.source] ?? quote.source, sectionOf(quote.source, quote.text)?.heading);
}

/**
 * The paragraph of the reading page holding a quote. Throws when there is none: a handout
 * must not lose the original paragraph of a fact (the quote check should have failed first).
 */
export function originalParagraph(quote: Quote, titles: SourceTitles): OriginalParagraph {
  const p = paragraphOf(quote.source, quote.text);
  if (!p) throw new Error(`No paragraph of source "${quote.source}" holds the quote "${quote.text.slice(0, 40)}"`);
  return {
    source: quote.source,
    text: p.text.replace(/\s*\n\s*/g, ''),
    href: p.href,
    address: PARAGRAPH_ID.test(p.id) ? p.id : undefined,
    citation: citationOf(quote, titles),
  };
}
