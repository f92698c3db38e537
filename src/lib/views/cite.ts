// A 出处 link, ready to render (src/components/knowledge/Cite.astro): where the quote's own words
// are on the source's reading page (the source-text model's span address) and the label — the
// source's title and the section the quote falls in. On a page about that source already
// (`context`), title and section are read out by screen readers but not shown (`quiet`).
import type { Quote } from '../../schemas/knowledge.ts';
import { locate, type Located } from '../sources/model.ts';
import { sourceHref } from '../routes.ts';

export interface CiteView {
  /** Site path without base that opens at the quote (the source page when the text does not hold it). */
  href: string;
  /** 《title》 · section heading (the title alone outside any section); prefixed with ： when quiet. */
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
  const source = sources.get(quote.source);
  const title = source ? `《${source.title}》` : quote.source;
  const where = at?.section ? `${title} · ${at.section.heading}` : title;
  const quiet = context === quote.source;
  return { href: at?.href ?? sourceHref(quote.source), label: quiet ? `：${where}` : where, quiet };
}
