// Fact → the original paragraph it comes from, with the paragraph's address and citation
// (located once by the source-text model, src/lib/sources/model.ts).
import type { Quote } from '../../schemas/knowledge.ts';
import { locate } from '../sources/model.ts';
import { PARAGRAPH_ID } from '../sources/paragraph-address.ts';
import type { OriginalParagraph } from './model.ts';
import { passageCitation } from '../sources/citation.ts';

/** Source titles by id (the citation names the source). */
export type SourceTitles = Readonly<Record<string, string>>;

/** 《Title》 · section heading: page(s), for a quote (src/lib/sources/citation.ts). */
export function citationOf(quote: Quote, titles: SourceTitles): string {
  const at = locate(quote.source, quote.text);
  return passageCitation(quote.source, titles[quote.source], at?.section?.heading, at);
}

/**
 * The paragraph of the reading page holding a quote. Throws when there is none: a handout
 * must not lose the original paragraph of a fact (the quote check should have failed first).
 */
export function originalParagraph(quote: Quote, titles: SourceTitles): OriginalParagraph {
  const at = locate(quote.source, quote.text);
  const p = at?.block;
  if (!p) throw new Error(`No paragraph of source "${quote.source}" holds the quote "${quote.text.slice(0, 40)}"`);
  return {
    source: quote.source,
    text: p.text.replace(/\s*\n\s*/g, ''),
    href: p.href,
    address: PARAGRAPH_ID.test(p.id) ? p.id : undefined,
    citation: citationOf(quote, titles),
  };
}
