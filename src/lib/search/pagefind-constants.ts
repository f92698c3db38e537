// Constants of Pagefind's index (location weights) and of the marks the index copy leaves in it
// (index-copy.ts), in a module of their own: the code that renders results needs them, and
// importing them from pagefind-format.ts would pull the whole index reader into the search page's
// first script chunk (the engine and the reader are a chunk of their own, loaded side by side).
// pagefind-format.ts re-exports them.

/** Weight of a location in body text (Pagefind's default, 1.0, times 24). */
export const BODY_WEIGHT = 24;
/** Weight of a location in the page's h1 (Pagefind's 7.0, times 24). */
export const H1_WEIGHT = 7 * 24;

/**
 * Id of the gap markers the index copy (index-copy.ts) puts wherever the indexed text is
 * interrupted on the page (a block's edge, an element left out of the index). Pagefind stores
 * them as anchors; parseFragment hands them over as `gaps`.
 */
export const GAP_ID = '~';
/**
 * The text a page shows besides its indexed text (index-copy.ts) travels as the id of an empty
 * element, `FURNITURE_PREFIX` + segments joined by FURNITURE_SEPARATOR: Pagefind stores ids in
 * the page's fragment without indexing them (metadata values would be indexed as words).
 */
export const FURNITURE_PREFIX = '~furniture:';
export const FURNITURE_SEPARATOR = '¦';
