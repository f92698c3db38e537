// A 出处 link, ready to render (src/components/knowledge/Cite.astro): where the quote's own words
// are on the source's reading page (the source-text model's span address) and the label — the
// source's title, the section the quote falls in and, for a source with printed pages, the
// page(s) it was printed on (one citation function: src/lib/sources/citation.ts). On a page about that source already
// (`context`), title and section are read out by screen readers but not shown (`quiet`).
import type { Quote } from '../../schemas/knowledge.ts';
import { locate, type Located } from '../sources/model.ts';
import { passageCitation } from '../sources/citation.ts';

export interface CiteView {
  /** Site path without base that opens at the quote (the source page when the text does not hold it). */
  href: string;
  /** 《title》 · section heading: page(s) (the title alone outside any section; no pages when the source has none); prefixed with ： when quiet. */
  label: string;
  /** The label is for screen readers only. */
  quiet: boolean;
}

export function citeView(
  quote: Quote,
  context: string | undefined,
  sources: ReadonlyMap<string, { title: string }>,
  at: Located | undefined = locate(quote.source, quote.text),
): CiteView {
  const where = passageCitation(quote.source, sources.get(quote.source)?.title, at?.section?.heading, at);
  const quiet = context === quote.source;
  return { href: at?.href ?? `/sources/${quote.source}/`, label: quiet ? `：${where}` : where, quiet };
}
