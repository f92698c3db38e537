// Fact → quote → source link.
//
// A quote links to its source's reading page with a text fragment
// (/sources/<id>/#:~:text=<start>). The reading page is a cleaned text: spacing
// around numbers and Latin letters may differ from the raw text, and line breaks are
// gone. So the fragment uses a run of the quote that holds only CJK characters and
// CJK punctuation, which the cleaning leaves unchanged.
import type { Quote } from '../../schemas/knowledge.ts';
import { findQuote, type IndexedRaw } from './quote.ts';

/** Characters the reading text never re-spaces: CJK ideographs and CJK/full-width punctuation. */
const STABLE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2014\u2026\u00b7]/u;

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

/**
 * Path (without base) of the page holding the quote, scrolled to it: /sources/<id>/#:~:text=…
 * `page` names another reading page (a chapter of the guide on /guide/<part>/).
 */
export function quoteHref(quote: Quote, page = `/sources/${quote.source}/`): string {
  const frag = fragmentText(quote.text);
  return frag ? `${page}#:~:text=${encodeFragment(frag)}` : page;
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
