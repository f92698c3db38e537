// Display cleaning of quotes and facts on the knowledge pages, by the same rules as the
// reading texts (src/lib/ingest/): the stored quote stays verbatim (the quote test checks
// it against the raw source); only what the page shows is cleaned.
import { joinParagraph } from '../ingest/line-joining.ts';
import { tightenNumberUnits } from '../ingest/number-units.ts';
import { fullWidthPunctuation } from '../ingest/punctuation.ts';
import { joinSpacedCharacters, tightenPunctuation } from '../ingest/spaced-characters.ts';

/**
 * A quote or fact as the page shows it: lines joined, layout spaces removed (spaced
 * characters, beside punctuation, between a number and its unit), a contents line's leader
 * dots and page number dropped, half-width , ; ? ( ) between Chinese characters set full-width.
 */
export function displayText(text: string): string {
  const lines = text.split('\n').map((l) => tightenPunctuation(joinSpacedCharacters(l)).replace(DOT_LEADER, ''));
  return fullWidthPunctuation(tightenNumberUnits(joinParagraph(lines)));
}

/** A contents line's leader dots and page number («创新党内基层民主建设..... 127»): layout, not words. */
const DOT_LEADER = /\s*(?:\.{3,}|…+\.+)\s*\d*\s*$/u;

/**
 * A quote set inside the page's own quotation marks: “…”, with the quote's own double marks
 * turned into single ones (“……‘……’”), as Chinese nests quotations — never 核心””.
 */
export function quoteInline(text: string): string {
  return `“${displayText(text).replace(/“/g, '‘').replace(/”/g, '’')}”`;
}
