// The case library's filters, with JavaScript: the facet links become toggle buttons that
// combine facets (OR within a facet, AND across facets) without a reload; counts, the status
// line and the URL query (?model=…&region=…&sort=newest) follow the state, and back/forward
// restore it. Without JavaScript the links lead to the static facet pages instead.
// Loaded by the case library pages only.
import { countValues, isEmpty, matches, toggleValue } from '../../lib/facets/model.ts';
import { joinBase } from '../../lib/paths.ts';
import { CASE_FILTER_TEXT as TEXT } from '../../lib/ui/zh-CN.ts';
import { FACET_KEYS, cardValuesFrom, formatState, parseState, type CardValues, type FacetKey, type LibraryState } from '../../lib/facets/case-library-state.ts';
import { isOfflinePage } from '../../lib/offline/transport.ts';

const root = document.querySelector<HTMLElement>('[data-case-library]');

function isFacetKey(v: string | undefined): v is FacetKey {
  return (FACET_KEYS as readonly string[]).includes(v ?? '');
}

if (root?.dataset.library) {
  const base = root.dataset.base ?? '/';
  // The library's path (data-library, from the route table) as location.pathname spells it. In the
  // offline edition the base is relative and pages are files (cases/index.html); a file:// page
  // may only rewrite its own address.
  const library = root.dataset.library;
  const offline = isOfflinePage();
  const libraryPath = new URL(joinBase(base, offline ? `${library}index.html` : library), location.href).pathname;
  const lists = [...root.querySelectorAll<HTMLOListElement>('[data-case-list]')];
  const groups = [...root.querySelectorAll<HTMLElement>('[data-case-group]')];
  const empty = root.querySelector<HTMLElement>('[data-empty]');
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('[data-sort]')!;
  const cards = lists.flatMap((list) => [...list.querySelectorAll<HTMLLIElement>('li[data-case]')]);
  const values = new Map<HTMLLIElement, CardValues>(cards.map((c) => [c, cardValuesFrom(c.dataset)]));
  const pageIntro = document.querySelectorAll<HTMLElement>('[data-facet-page-only]');
  const title = document.querySelector<HTMLElement>('[data-library-title]');
  const originalTitle = title?.textContent ?? '';
  const originalDocTitle = document.title;
  const currentKey = root.dataset.currentKey;
  const currentValue = root.dataset.currentValue;

  // The facet links become toggle buttons (same label and count).
  const buttons: HTMLButtonElement[] = [];
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-facet-key]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'facet__value';
    button.dataset.facetKey = link.dataset.facetKey;
    button.dataset.facetValue = link.dataset.facetValue;
    button.setAttribute('aria-pressed', 'false');
    button.append(...link.childNodes);
    link.replaceWith(button);
    buttons.push(button);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;

  const initialState = (): LibraryState => {
    const state = parseState(location.search);
    if (isEmpty(state.selection) && location.pathname !== libraryPath && isFacetKey(currentKey) && currentValue) {
      state.selection = { [currentKey]: [currentValue] };
    }
    return state;
  };

  /** Whether the state is exactly this facet page's own value (then the page's URL and title stay). */
  const isPageState = (state: LibraryState): boolean => {
    if (!isFacetKey(currentKey) || !currentValue) return false;
    const keys = FACET_KEYS.filter((k) => state.selection[k]?.length);
    return keys.length === 1 && keys[0] === currentKey && state.selection[currentKey]?.join() === currentValue;
  };

  let state = initialState();

  const render = (): void => {
    const counts = countValues(FACET_KEYS, [...values.values()], state.selection);
    let shown = 0;
    for (const card of cards) {
      const match = matches(values.get(card)!, state.selection);
      card.hidden = !match;
      if (match) shown++;
    }
    // Sort.
    const attr = state.sort === 'newest' ? 'orderNewest' : 'orderOldest';
    const sorted = [...cards].sort((a, b) => Number(a.dataset[attr]) - Number(b.dataset[attr]));
    for (const list of lists) {
      const own = sorted.filter((c) => c.parentElement === list);
      if (own.some((c, i) => list.children[i] !== c)) list.append(...own);
    }
    // A group with no card left is hidden; no card at all says so and offers to clear.
    for (const group of groups) group.hidden = !group.querySelector('li[data-case]:not([hidden])');
    if (empty) empty.hidden = shown !== 0;
    sortSelect.value = state.sort;
    // Buttons and counts.
    for (const button of buttons) {
      const key = button.dataset.facetKey as FacetKey;
      const value = button.dataset.facetValue!;
      const pressed = state.selection[key]?.includes(value) ?? false;
      button.setAttribute('aria-pressed', String(pressed));
      const n = counts[key].get(value) ?? 0;
      const count = button.querySelector<HTMLElement>('[data-count]');
      if (count) count.replaceChildren(visuallyHidden(TEXT.countBefore), String(n), visuallyHidden(TEXT.countAfter));
      button.classList.toggle('facet__value--empty', n === 0 && !pressed);
    }
    const onPage = isPageState(state);
    for (const el of pageIntro) el.hidden = !onPage;
    if (title) title.textContent = onPage || isEmpty(state.selection) ? (onPage ? originalTitle : TEXT.libraryTitle) : TEXT.filteredTitle;
    document.title = onPage ? originalDocTitle : originalDocTitle.replace(originalTitle, title?.textContent ?? originalTitle);
    const order = state.sort === 'newest' ? TEXT.newestFirst : TEXT.oldestFirst;
    status.textContent = TEXT.status(shown, cards.length, order);
  };

  const urlFor = (s: LibraryState): string => (isPageState(s) && location.pathname !== libraryPath ? `${location.pathname}${formatState({ selection: {}, sort: s.sort })}` : `${libraryPath}${formatState(s)}`);

  const update = (next: LibraryState): void => {
    const url = urlFor(next);
    if (offline && url.split('?')[0] !== location.pathname) {
      location.href = url;
      return;
    }
    state = next;
    history.pushState(null, '', url);
    render();
  };

  root.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const button = target.closest<HTMLButtonElement>('button[data-facet-key]');
    if (button) {
      update({ ...state, selection: toggleValue(state.selection, button.dataset.facetKey as FacetKey, button.dataset.facetValue!) });
      return;
    }
    const clear = target.closest<HTMLAnchorElement>('a[data-clear], a[data-clear-filters]');
    if (clear) {
      event.preventDefault();
      update({ ...state, selection: {} });
    }
  });
  sortSelect.addEventListener('change', () => update({ ...state, sort: sortSelect.value === 'newest' ? 'newest' : 'oldest' }));
  window.addEventListener('popstate', () => {
    state = initialState();
    render();
  });

  root.dataset.enhanced = 'true';
  render();
}

function visuallyHidden(text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = 'visually-hidden';
  span.textContent = text;
  return span;
}
