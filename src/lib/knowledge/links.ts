// Fact → quote → source link.
//
// A quote links to the block of the source's reading page that holds it: its paragraph
// address (/sources/<id>/#p123, see src/lib/sources/paragraphs.ts) or, for a heading, the
// heading's anchor. The address alone lands in every browser; a text directive (#:~:text=)
// would send browsers without text fragments (Firefox before 131, so every Firefox ESR on
// Windows 7) to the top of the page, so links on pages without script carry none.
import type { Quote } from '../../schemas/knowledge.ts';
import { paragraphOf } from '../sources/paragraphs.ts';
import { findQuote, type IndexedRaw } from './quote.ts';

/**
 * Path (without base) of the block that holds the quote, on its reading page (a book's 绪论 and
 * chapters have their home on /guide/<part>/); the source page itself if no block does.
 */
export function quoteHref(quote: Quote): string {
  const p = paragraphOf(quote.source, quote.text);
  return p?.guideHref ?? p?.href ?? `/sources/${quote.source}/`;
}

export interface QuoteLocation {
  source: string;
  /** 1-based raw line where the quote starts (feed to sectionOf). */
  line: number;
  endLine: number;
}

/** Where a quote sits in its raw source, or null if it is not there. */
export function locateQuote(quote: Quote, raw: string | IndexedRaw): QuoteLocation | null {
  const m = findQuote(raw, quote.text);
  return m ? { source: quote.source, line: m.line, endLine: m.endLine } : null;
}
