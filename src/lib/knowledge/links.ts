// Fact → quote → source link.
//
// A quote links to its source's reading page with a text fragment
// (/sources/<id>/#:~:text=<start>). The reading page is a cleaned text: spacing
// around numbers and Latin letters may differ from the raw text, and line breaks are
// gone. So the fragment uses a run of the quote that holds only CJK characters and
// CJK punctuation, which the cleaning leaves unchanged.
import type { Quote } from '../../schemas/knowledge.ts';
import { CJK } from '../ingest/cjk.ts';
import { findQuote, type IndexedRaw } from './quote.ts';

/**
 * Characters the reading text never re-spaces: Han characters and CJK/full-width punctuation,
 * the class the ingestion closes up spaces around (src/lib/ingest/cjk.ts).
 */
const STABLE = new RegExp(CJK, 'u');

/**
 * The fragment text: the first run of at least `min` stable characters of the quote,
 * cut to at most `max`; if there is none, the longest stable run.
 */
export function fragmentText(text: string, { min = 4, max = 16 } = {}): string {
  const chars = [...text.replace(/\s+/gu, '')];
  const runs: string[] = [];
  let cur = '';
  for (const ch of chars) {
    if (STABLE.test(ch)) cur += ch;
    else {
      if (cur) runs.push(cur);
      cur = '';
    }
  }
  if (cur) runs.push(cur);
  const first = runs.find((r) => [...r].length >= min);
  const run = first ?? runs.sort((a, b) => [...b].length - [...a].length)[0] ?? '';
  return [...run].slice(0, max).join('');
}

/** Encodes text for a text fragment (also escapes the characters the syntax reserves). */
export function encodeFragment(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Path (without base) of the source page, scrolled to the quote: /sources/<id>/#:~:text=… */
export function quoteHref(quote: Quote): string {
  const frag = fragmentText(quote.text);
  return frag ? `/sources/${quote.source}/#:~:text=${encodeFragment(frag)}` : `/sources/${quote.source}/`;
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
