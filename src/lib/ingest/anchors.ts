// Heading anchors exactly as the site's rehype-slug (github-slugger) makes them, so links
// into a generated page survive re-ingestion as long as the heading text is unchanged.
import GithubSlugger, { slug } from 'github-slugger';

/** Anchors of a document's headings, in order (repeated headings get -1, -2 … like rehype-slug). */
export function headingAnchors(headings: readonly string[]): string[] {
  const slugger = new GithubSlugger();
  return headings.map((h) => slugger.slug(h));
}

/** The anchor of a single heading. */
export function anchorOf(heading: string): string {
  return slug(heading);
}
