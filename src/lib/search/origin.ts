// Where a page's text comes from, for ranking (match.ts): the source texts themselves, pages
// derived from them (cases, practices, terms, frameworks, mechanisms, the timeline: facts quoted
// from the sources), or pages the editors wrote (topics, the prompts, about). The index copy
// records it as a filter readers never see (ORIGIN_FILTER), decided by the page's URL.

/** The hidden filter holding a page's origin. */
export const ORIGIN_FILTER = 'origin';

/** Origins in ranking order: among equal matches, sources first, editors' pages last. */
export const ORIGINS = ['source', 'derived', 'editorial'] as const;
export type Origin = (typeof ORIGINS)[number];

/** The origin of a page, by its URL (without the base): /sources/ and /guide/ are the texts. */
export function originOf(url: string): Origin {
  if (/^\/(sources|guide)\//.test(url)) return 'source';
  if (/^\/(topics|about)\//.test(url)) return 'editorial';
  return 'derived';
}

/** The filter tag the index copy adds to a page (placed beside the title-length tag). */
export function originTag(url: string): string {
  return `<meta data-pagefind-filter="${ORIGIN_FILTER}[content]" content="${originOf(url)}">`;
}
