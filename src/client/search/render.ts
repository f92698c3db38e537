// Builds the DOM for search results and filters. Text is only ever set with textContent and
// createElement (never innerHTML), so nothing a query or a page contains can become markup.
import { afterTitle, buildExcerpt, contentPieces, isBlockBreak, sectionsFor, type Segment } from '../../lib/search/excerpt.ts';
import { FACETS, orderValues, type FilterIndex } from '../../lib/search/facets.ts';
import type { PageMatch, TermHits } from '../../lib/search/match.ts';
import { BODY_WEIGHT, H1_WEIGHT, type Fragment } from '../../lib/search/pagefind-format.ts';
import { stripZwsp } from '../../lib/search/text.ts';
import { textDirectivesSupported, textFragmentHash } from '../../lib/search/text-fragment.ts';
import { linkTarget } from '../../lib/search/link-target.ts';
import { joinBase } from '../../lib/paths.ts';
import type { Suggestion } from '../../lib/search/suggest.ts';

/** Sub-results (matching sections) shown per page. */
const MAX_SECTIONS = 3;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function segmentsInto(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const s of segments) {
    if (s.mark) parent.append(el('mark', undefined, s.text));
    else parent.append(document.createTextNode(s.text));
  }
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
 * follows one. A match in the page's title needs neither: the page opens at its top.
 */
function hashFor(pieces: readonly string[], fragment: Fragment, o: Occurrence, directives: boolean): string {
  if (o.weight >= H1_WEIGHT) return '';
  const target = linkTarget(fragment.anchors, o.start);
  return textFragmentHash(pieces, o.start, o.length, target.id, directives && target.directive);
}

export function resultItem(match: PageMatch, hits: readonly TermHits[], fragment: Fragment, base: string): HTMLLIElement {
  const pieces = pagePieces(fragment);
  const occurrences = occurrencesOf(hits);
  const ranges = occurrences.map(({ start, length }) => ({ start, length }));
  const focus = focusOf(hits);
  const pageUrl = joinBase(base, fragment.url);
  const directives = textDirectivesSupported();

  const li = el('li', 'search-result');
  const title = el('h2', 'search-result__title');
  const link = el('a', undefined, stripZwsp(fragment.meta.title ?? '').trim() || fragment.url);
  link.href = pageUrl + hashFor(pieces, fragment, focus, directives);
  link.dataset.resultUrl = pageUrl;
  title.append(link);
  li.append(title);

  const meta = el('p', 'search-result__meta');
  const type = fragment.filters.type?.[0] ?? fragment.meta.type;
  if (type) meta.append(el('span', 'search-result__type', type));
  const sources = fragment.filters.source ?? [];
  if (sources.length > 0) meta.append(el('span', 'search-result__source', `出自：${sources.join('、')}`));
  meta.append(el('span', 'search-result__count', `出现 ${match.occurrences} 次`));
  li.append(meta);

  const excerpt = el('p', 'search-result__excerpt');
  // Centred on the focus, in the text after the title (the link above shows the title).
  segmentsInto(excerpt, buildExcerpt(pieces, ranges, { focus: focus.start, focusLength: focus.length, from: afterTitle(pieces, fragment.meta.title ?? '') }));
  li.append(excerpt);

  const sections = sectionsFor(
    occurrences.map((o) => o.start),
    fragment.anchors,
    pieces.length,
  );
  if (sections.length > 0) {
    const shown = [...sections]
      .sort((a, b) => b.starts.length - a.starts.length || a.anchor.location - b.anchor.location)
      .slice(0, MAX_SECTIONS)
      .sort((a, b) => a.anchor.location - b.anchor.location);
    const list = el('ul', 'search-result__sections');
    list.setAttribute('aria-label', '匹配的小节');
    for (const section of shown) {
      const heading = stripZwsp(section.anchor.text).trim();
      // The heading is shown as the link; the excerpt shows the first match in the text below it.
      const headingEnd = section.anchor.location + [...heading.replace(/\s+/gu, '')].length;
      const inSection = occurrences.filter((o) => o.start >= section.anchor.location && o.start < section.end);
      const target = inSection.find((o) => o.weight === BODY_WEIGHT && o.start >= headingEnd) ?? inSection[0]!;
      const item = el('li', 'search-subresult');
      const a = el('a', undefined, heading || section.anchor.id);
      a.href = pageUrl + hashFor(pieces, fragment, target, directives);
      a.dataset.subResult = section.anchor.id;
      item.append(a);
      if (section.starts.length > 1) item.append(el('span', 'search-subresult__count', `（${section.starts.length} 处）`));
      // No second excerpt of the same place the result's own excerpt already shows.
      if (target.start >= headingEnd && target.start !== focus.start) {
        const p = el('p', 'search-subresult__excerpt');
        const from = isBlockBreak(pieces, headingEnd) ? headingEnd + 1 : headingEnd;
        segmentsInto(p, buildExcerpt(pieces, ranges, { focus: target.start, before: 12, length: 50, from, to: section.end }));
        item.append(p);
      }
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** One offered term or practice on the no-hit page. */
export function suggestionItem(s: Suggestion, base: string): HTMLLIElement {
  const li = el('li');
  const a = el('a', undefined, s.name);
  a.href = joinBase(base, s.href);
  li.append(a, el('span', 'search-nohit__type', `（${s.type}）`));
  return li;
}

export interface FilterControls {
  /** Updates counts and ticks. */
  update(counts: Record<string, Record<string, number>>, selection: Record<string, string[]>): void;
}

/** Builds the filter checkboxes once (values come from the index); `onToggle` is called on change. */
export function buildFilters(
  container: HTMLElement,
  index: FilterIndex,
  onToggle: (name: string, value: string, on: boolean) => void,
): FilterControls {
  container.replaceChildren();
  // Collapsible, so that on a phone the results are not pushed below the fold; open on wide screens.
  const details = el('details', 'search-filters__details');
  const summary = el('summary', 'search-filters__summary', '筛选');
  const body = el('div', 'search-filters__body');
  details.append(summary, body);
  details.open = window.matchMedia('(min-width: 56rem)').matches;
  container.append(details);
  const inputs: { name: string; value: string; input: HTMLInputElement; count: HTMLElement; label: HTMLElement }[] = [];
  for (const facet of FACETS) {
    const values = index.get(facet.name);
    if (!values || values.size === 0) continue;
    const fieldset = el('fieldset', 'search-facet');
    fieldset.dataset.facet = facet.name;
    fieldset.append(el('legend', undefined, facet.label));
    const list = el('ul', 'search-facet__values');
    for (const value of orderValues(facet.name, values.keys())) {
      const item = el('li');
      const label = el('label', 'search-facet__value');
      const input = el('input');
      input.type = 'checkbox';
      input.name = facet.name;
      input.value = value;
      input.dataset.filter = facet.name;
      input.addEventListener('change', () => onToggle(facet.name, value, input.checked));
      const count = el('span', 'search-facet__count');
      label.append(input, document.createTextNode(value), count);
      item.append(label);
      list.append(item);
      inputs.push({ name: facet.name, value, input, count, label });
    }
    fieldset.append(list);
    body.append(fieldset);
  }
  return {
    update(counts, selection) {
      const ticked = Object.values(selection).reduce((n, v) => n + v.length, 0);
      summary.textContent = ticked > 0 ? `筛选（已选 ${ticked} 项）` : '筛选';
      if (ticked > 0) details.open = true;
      for (const { name, value, input, count, label } of inputs) {
        const n = counts[name]?.[value] ?? 0;
        const on = selection[name]?.includes(value) ?? false;
        input.checked = on;
        input.disabled = n === 0 && !on;
        count.textContent = String(n);
        label.dataset.count = String(n);
        label.classList.toggle('search-facet__value--empty', n === 0 && !on);
      }
    },
  };
}
