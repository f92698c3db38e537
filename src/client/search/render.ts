// Builds the DOM for search results and filters. Text is only ever set with textContent and
// createElement (never innerHTML), so nothing a query or a page contains can become markup.
import type { Segment } from '../../lib/search/excerpt.ts';
import { FACETS, orderValues, type FilterIndex } from '../../lib/search/facets.ts';
import type { PageMatch, TermHits } from '../../lib/search/match.ts';
import type { Fragment } from '../../lib/search/pagefind-format.ts';
import { searchResult } from '../../lib/search/results.ts';
import { textDirectivesSupported } from '../../lib/search/text-fragment.ts';
import { joinBase } from '../../lib/paths.ts';
import type { Suggestion } from '../../lib/search/suggest.ts';
import { SEARCH_PAGE_TEXT as TEXT } from '../../lib/ui/zh-CN.ts';

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

export function resultItem(match: PageMatch, hits: readonly TermHits[], fragment: Fragment, base: string): HTMLLIElement {
  const result = searchResult(match, hits, fragment, { base, directives: textDirectivesSupported() });

  const li = el('li', 'search-result');
  const title = el('h2', 'search-result__title');
  const link = el('a', undefined, result.title);
  link.href = result.href;
  link.dataset.resultUrl = result.url;
  title.append(link);
  li.append(title);

  const meta = el('p', 'search-result__meta');
  if (result.type) meta.append(el('span', 'search-result__type', result.type));
  if (result.sources.length > 0) meta.append(el('span', 'search-result__source', TEXT.sourcesOf(result.sources)));
  meta.append(el('span', 'search-result__count', TEXT.occurrences(result.occurrences)));
  li.append(meta);

  const excerpt = el('p', 'search-result__excerpt');
  segmentsInto(excerpt, result.excerpt);
  li.append(excerpt);

  if (result.sections.length > 0) {
    const list = el('ul', 'search-result__sections');
    list.setAttribute('aria-label', TEXT.sectionsLabel);
    for (const section of result.sections) {
      const item = el('li', 'search-subresult');
      const a = el('a', undefined, section.heading);
      a.href = section.href;
      a.dataset.subResult = section.id;
      item.append(a);
      if (section.count > 1) item.append(el('span', 'search-subresult__count', TEXT.sectionCount(section.count)));
      if (section.excerpt) {
        const p = el('p', 'search-subresult__excerpt');
        segmentsInto(p, section.excerpt);
        item.append(p);
      }
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** The label of a result group, put at the top of the group's first result. */
export function groupHeading(group: string, label: string, count: string): HTMLHeadingElement {
  const h = el('h2', 'search-group');
  h.dataset.searchGroup = group;
  h.append(el('span', 'search-group__label', label), el('span', 'search-group__count', count));
  return h;
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
  const summary = el('summary', 'search-filters__summary', TEXT.filters);
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
      summary.textContent = ticked > 0 ? TEXT.filtersTicked(ticked) : TEXT.filters;
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
