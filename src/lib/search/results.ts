// What a search result shows, computed from the engine's match and the page's stored data:
// the title link (opening at the rarest term's first place in the text), type, sources,
// occurrence count, an excerpt with every occurrence marked, and up to three sub-results
// (the sections with most matches, each with its own link and excerpt). Pure: the search
// page's render.ts only turns this into elements.
import { afterTitle, buildExcerpt, contentPieces, isBlockBreak, sectionsFor, type Segment } from './excerpt.ts';
import { anchorTextEnd, linkTarget, runAt } from './link-target.ts';
import type { PageMatch, TermHits } from './match.ts';
import { BODY_WEIGHT, H1_WEIGHT } from './pagefind-constants.ts';
import type { Fragment } from './pagefind-format.ts';
import { stripZwsp } from './text.ts';
import { textFragmentHash } from './text-fragment.ts';
import { joinBase } from '../paths.ts';

/** Sub-results (matching sections) shown per page. */
export const MAX_SECTIONS = 3;

export interface SubResult {
  /** The section heading (or its id when it has no text). */
  heading: string;
  /** The heading's anchor id. */
  id: string;
  href: string;
  /** Occurrences in the section. */
  count: number;
  /** An excerpt of the first match below the heading, unless the result's own excerpt shows it. */
  excerpt: Segment[] | null;
}

export interface SearchResult {
  title: string;
  /** The page URL with the hash that opens it at the match. */
  href: string;
  /** The page URL (with base) alone. */
  url: string;
  type: string | undefined;
  sources: string[];
  occurrences: number;
  excerpt: Segment[];
  sections: SubResult[];
}

export interface ResultOptions {
  /** The site's base path. */
  base: string;
  /** Whether links may carry text directives (textDirectivesSupported() in a browser). */
  directives: boolean;
}

interface Occurrence {
  start: number;
  length: number;
  weight: number;
}

function occurrencesOf(hits: readonly TermHits[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const t of hits) t.starts.forEach((start, i) => out.push({ start, length: t.length, weight: t.weights[i]! }));
  return out.sort((a, b) => a.start - b.start);
}

/** Where to open the page and centre the excerpt: the first body-text occurrence of the rarest term. */
function focusOf(hits: readonly TermHits[]): Occurrence {
  const rarest = [...hits].sort((a, b) => a.starts.length - b.starts.length)[0]!;
  const i = rarest.weights.findIndex((w) => w === BODY_WEIGHT);
  const k = i >= 0 ? i : 0;
  return { start: rarest.starts[k]!, length: rarest.length, weight: rarest.weights[k]! };
}

/** One piece per index position, split once per page (text-fragment.ts caches by this array). */
const piecesOf = new WeakMap<Fragment, string[]>();
function pagePieces(fragment: Fragment): string[] {
  let pieces = piecesOf.get(fragment);
  if (!pieces) {
    pieces = contentPieces(fragment.content);
    piecesOf.set(fragment, pieces);
  }
  return pieces;
}

/**
 * Link hash for the occurrence: the block holding it, plus a text directive where the browser
 * follows one and it can only match there (its words taken from the run of text the page shows
 * in one piece, and found nowhere else on the page). A match in the page's title needs neither:
 * the page opens at its top.
 */
function hashFor(pieces: readonly string[], fragment: Fragment, o: Occurrence, directives: boolean): string {
  if (o.weight >= H1_WEIGHT) return '';
  const target = linkTarget(fragment.anchors, o.start);
  const run = runAt(fragment.anchors, fragment.gaps ?? [], o.start, o.length);
  return textFragmentHash(pieces, o.start, o.length, target.id, directives && target.directive, run, fragment.furniture ?? '');
}

/**
 * Where the result's excerpt may begin: after the page title (the link shows it) and after the
 * last heading before the focus (a heading such as 原文 or 基本情况 is a label, not body text).
 * A focus inside a heading's own text keeps that heading.
 */
function excerptStart(pieces: readonly string[], fragment: Fragment, title: string, focus: number): number {
  let from = afterTitle(pieces, title);
  const headings = fragment.anchors.filter((a) => /^h[2-6]$/i.test(a.element)).sort((a, b) => a.location - b.location);
  for (const a of headings) {
    // A heading before the focus, or one the text after the title starts with (a focus in the
    // title: the excerpt shows the body text that follows).
    const end = anchorTextEnd(a);
    if (end > from && (end <= focus || (focus < from && a.location <= from))) {
      from = isBlockBreak(pieces, end) ? end + 1 : end;
    }
  }
  return from;
}

/** What one result shows; `hits` are the terms' occurrences on the page (SearchEngine.hits). */
export function searchResult(match: PageMatch, hits: readonly TermHits[], fragment: Fragment, options: ResultOptions): SearchResult {
  const pieces = pagePieces(fragment);
  const occurrences = occurrencesOf(hits);
  const ranges = occurrences.map(({ start, length }) => ({ start, length }));
  const focus = focusOf(hits);
  const url = joinBase(options.base, fragment.url);
  const title = fragment.meta.title ?? '';

  const sections = sectionsFor(
    occurrences.map((o) => o.start),
    fragment.anchors,
    pieces.length,
  );
  const shown = [...sections]
    .sort((a, b) => b.starts.length - a.starts.length || a.anchor.location - b.anchor.location)
    .slice(0, MAX_SECTIONS)
    .sort((a, b) => a.anchor.location - b.anchor.location);

  return {
    title: stripZwsp(title).trim() || fragment.url,
    href: url + hashFor(pieces, fragment, focus, options.directives),
    url,
    type: fragment.filters.type?.[0] ?? fragment.meta.type,
    sources: fragment.filters.source ?? [],
    occurrences: match.occurrences,
    // Centred on the focus, in the text after the title (the link above shows the title).
    excerpt: buildExcerpt(pieces, ranges, { focus: focus.start, focusLength: focus.length, from: excerptStart(pieces, fragment, title, focus.start) }),
    sections: shown.map((section) => {
      // The heading is shown as the link; the excerpt shows the first match in the text below it.
      const headingEnd = anchorTextEnd(section.anchor);
      const inSection = occurrences.filter((o) => o.start >= section.anchor.location && o.start < section.end);
      const target = inSection.find((o) => o.weight === BODY_WEIGHT && o.start >= headingEnd) ?? inSection[0]!;
      const from = isBlockBreak(pieces, headingEnd) ? headingEnd + 1 : headingEnd;
      return {
        heading: stripZwsp(section.anchor.text).trim() || section.anchor.id,
        id: section.anchor.id,
        href: url + hashFor(pieces, fragment, target, options.directives),
        count: section.starts.length,
        // No second excerpt of the same place the result's own excerpt already shows.
        excerpt:
          target.start >= headingEnd && target.start !== focus.start
            ? buildExcerpt(pieces, ranges, { focus: target.start, before: 12, length: 50, from, to: section.end })
            : null,
      };
    }),
  };
}
