// The search page: reads the state from the URL (?q=…&type=…), runs it through the search
// engine, renders 10 results at a time, keeps the URL in step (history entries per query and
// per filter change, so back/forward work) and offers / and Ctrl/⌘K to focus the search box.
// Loaded by the search page only; reading pages ship no JavaScript.
import type { SearchEngine, SearchOutcome } from '../../lib/search/engine.ts';
import { MAX_QUERY_CHARS, shownQuery } from '../../lib/search/query.ts';
import { suggestionsFor, type SuggestionName } from '../../lib/search/suggest.ts';
import { joinBase } from '../../lib/paths.ts';
import { toggleValue } from '../../lib/facets/model.ts';
import { readUrlState, sameUrlState, writeUrlState, type UrlState } from '../../lib/facets/url-state.ts';
import { SEARCH_URL_FORMAT } from '../../lib/search/facets.ts';
import { installShortcuts } from './keyboard.ts';
import { buildFilters, groupHeading, resultItem, suggestionItem, type FilterControls } from './render.ts';
import type { Group } from '../../lib/search/match.ts';
import { SEARCH_PAGE_TEXT as TEXT } from '../../lib/ui/zh-CN.ts';
import { siteFileReader } from '../../lib/offline/transport.ts';

const PAGE_SIZE = 10;
/** Results shown as soon as their pages' data arrive, before the data of the rest is asked for. */
const FIRST_PAINT = 3;
/** Longest wait for the first results' frames before asking for the rest (a hidden tab paints no frames). */
const PAINT_WAIT_MS = 500;

/**
 * Resolves once the page as it is now is on screen: two frames later (the first paints it, the
 * second starts once it has been shown), or after PAINT_WAIT_MS.
 */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, PAINT_WAIT_MS);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  });

const root = document.querySelector<HTMLElement>('[data-search-page]');
const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
const input = root?.querySelector<HTMLInputElement>('[data-search-page-input]');
const statusLine = root?.querySelector<HTMLElement>('[data-search-status]');
const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
const filtersBox = root?.querySelector<HTMLElement>('[data-search-filters]');
const moreRow = root?.querySelector<HTMLElement>('[data-search-more-row]');
const moreButton = root?.querySelector<HTMLButtonElement>('[data-search-more]');
const moreCount = root?.querySelector<HTMLElement>('[data-search-more-count]');
const noHit = root?.querySelector<HTMLElement>('[data-search-nohit]');
const suggestionsBox = root?.querySelector<HTMLElement>('[data-search-suggestions-box]');
const suggestionsList = root?.querySelector<HTMLUListElement>('[data-search-suggestions]');
const nearLine = root?.querySelector<HTMLElement>('[data-search-near]');

if (root && form && input && statusLine && list && filtersBox && moreRow && moreButton && moreCount) {
  const pagefindUrl = root.dataset.pagefindUrl ?? '/pagefind/';
  const base = root.dataset.base ?? '/';
  /** The page's own title as built (搜索 - <site name>); a query is put in front of it. */
  const pageTitle = document.title;

  // fetch when served; script files when opened from disk (the offline edition).
  const readFile = siteFileReader();
  // The engine is a chunk of its own, imported here and preloaded by the page with this script
  // (preload.ts): two halves of the code download side by side instead of one after the other.
  const engineModule = import('../../lib/search/engine.ts');
  const enginePromise = engineModule.then(({ SearchEngine: Engine }) => Engine.open((path) => readFile(`${pagefindUrl}${path}`)));

  /** The query as the URL would hold it (normalised like one read from the URL). */
  const queryOf = (text: string) => readUrlState(new URLSearchParams({ q: text }), SEARCH_URL_FORMAT).q;

  let state: UrlState = readUrlState(location.search, SEARCH_URL_FORMAT);
  /** The next query change starts a new history entry (after load, submit, filter change, back/forward). */
  let committed = true;
  let generation = 0;
  let outcome: SearchOutcome | null = null;
  let shown = 0;
  let filters: FilterControls | null = null;

  /** Glossary terms and practices (data-names, from the route table), fetched the first time a query finds nothing. */
  const namesPath = root.dataset.names;
  let names: Promise<SuggestionName[]> | null = null;
  const loadNames = () => {
    names ??= (namesPath ? readFile(joinBase(base, namesPath)) : Promise.reject(new Error('no data-names'))).then(
      (bytes) => JSON.parse(new TextDecoder().decode(bytes)) as SuggestionName[],
      () => [],
    );
    return names;
  };

  /** The no-hit help: names sharing characters with the query, and the indexes to browse. */
  const showNoHit = async (gen: number, q: string, engine: SearchEngine) => {
    if (!noHit) return;
    const found = suggestionsFor(q, await loadNames(), engine.folding);
    if (gen !== generation) return;
    suggestionsList?.replaceChildren(...found.map((x) => suggestionItem(x, base)));
    if (suggestionsBox) suggestionsBox.hidden = found.length === 0;
    noHit.hidden = false;
  };

  const setStatus = (text: string) => {
    if (statusLine.textContent !== text) statusLine.textContent = text;
  };

  const setHistory = (next: UrlState, mode: 'push' | 'replace') => {
    const url = `${location.pathname}${writeUrlState(next, SEARCH_URL_FORMAT)}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  /** Marks the results list as rendered for query `q` (data-state="done", data-query, data-total, data-exact). */
  const finish = (q: string, total: number, exact = 0) => {
    list.dataset.total = String(total);
    list.dataset.exact = String(exact);
    list.dataset.query = q;
    list.dataset.state = 'done';
  };

  /**
   * Renders results [shown, shown + PAGE_SIZE) of the current outcome; `painted` runs as soon as
   * the first of them are on screen (and then the rest are rendered after that frame).
   */
  const renderMore = async (gen: number, replace = false, painted?: () => void): Promise<boolean> => {
    if (!outcome) return false;
    const engine = await enginePromise;
    const { SearchEngine: Engine } = await engineModule;
    const slice = outcome.results.slice(shown, shown + PAGE_SIZE);
    const current = outcome;
    if (replace && slice.length === 0) list.replaceChildren();
    // The first few results first (what a reader sees first), then the rest of the page.
    for (const [k, part] of [slice.slice(0, FIRST_PAINT), slice.slice(FIRST_PAINT)].entries()) {
      if (part.length === 0) continue;
      // The rest's data is asked for once the first results are on screen: until then it would
      // only share the connection with the data of what the reader sees first.
      if (k > 0 && painted) {
        await afterPaint();
        if (gen !== generation) return false;
      }
      const fragments = await Promise.all(part.map((m) => engine.fragment(m.page)));
      if (gen !== generation) return false;
      const offset = shown + (k === 0 ? 0 : FIRST_PAINT);
      const items = part.map((m, i) => {
        const item = resultItem(m, Engine.hits(current, m.page), fragments[i]!, base);
        // Each group is labelled at its first result.
        item.dataset.group = m.group;
        if (current.results[offset + i - 1]?.group !== m.group) item.prepend(groupLabel(current, m.group));
        return item;
      });
      if (replace && k === 0) list.replaceChildren(...items);
      else list.append(...items);
      if (k === 0) painted?.();
    }
    if (slice.length === 0) painted?.();
    shown += slice.length;
    const total = outcome.results.length;
    moreRow.hidden = shown >= total;
    moreCount.textContent = TEXT.shownOf(shown, total);
    return true;
  };

  const groupLabel = (o: SearchOutcome, group: Group) => {
    const n = o.results.filter((m) => m.group === group).length;
    const words = o.words;
    const label =
      group === 'near' ? TEXT.groups.near(o.near?.name ?? '') : group === 'exact' ? TEXT.groups.exact() : TEXT.groups[group](words);
    return groupHeading(group, label, TEXT.groupCount(n));
  };

  /** 是不是要找 …: the near name as a search link. */
  const showNear = (o: SearchOutcome | null) => {
    if (!nearLine) return;
    const name = o?.near?.name;
    nearLine.hidden = !name;
    if (!name) return;
    const link = document.createElement('a');
    link.href = `${location.pathname}${writeUrlState({ q: name, selection: {} }, SEARCH_URL_FORMAT)}`;
    link.textContent = name;
    nearLine.replaceChildren(document.createTextNode(TEXT.didYouMean), link);
  };

  const run = async (): Promise<void> => {
    const gen = ++generation;
    const q = state.q;
    list.dataset.state = 'loading';
    if (document.activeElement !== input && input.value !== q) input.value = q;
    document.title = q ? `${TEXT.titlePrefix(shownQuery(q))}${pageTitle}` : pageTitle;
    if (noHit) noHit.hidden = true;
    let engine: SearchEngine;
    try {
      engine = await enginePromise;
    } catch {
      if (gen !== generation) return;
      list.replaceChildren();
      setStatus(TEXT.indexFailed);
      list.dataset.state = 'error';
      return;
    }
    if (!filters) {
      filters = buildFilters(filtersBox, engine.filters, (name, value, on) => {
        state = { q: state.q, selection: toggleValue(state.selection, name, value, on) };
        setHistory(state, 'push');
        committed = true;
        void run();
      });
    }
    if (!q) {
      outcome = null;
      showNear(null);
      list.replaceChildren();
      filtersBox.hidden = true;
      moreRow.hidden = true;
      setStatus('');
      finish(q, 0);
      return;
    }
    let result: SearchOutcome;
    try {
      result = await engine.search(q, state.selection);
    } catch {
      if (gen !== generation) return;
      setStatus(TEXT.searchFailed);
      list.dataset.state = 'error';
      return;
    }
    if (gen !== generation) return;
    outcome = result;
    shown = 0;
    const total = result.results.length;
    const before = result.all.length;
    const parts: string[] = [];
    if (result.query.truncated) parts.push(TEXT.truncated(MAX_QUERY_CHARS));
    if (total > 0 && result.results[0]!.group !== 'exact') parts.push(TEXT.noExact(shownQuery(q)));
    if (total > 0) parts.push(before > total ? TEXT.totalFiltered(total, before) : TEXT.total(total));
    else if (before > 0) parts.push(TEXT.noneAfterFilter(before));
    else parts.push(TEXT.noHit(shownQuery(q)));
    const current = filters;
    // The status line, the near name and the filters appear with the first results, in one frame.
    const summary = () => {
      showNear(result);
      current.update(result.counts, result.selection);
      filtersBox.hidden = result.all.length === 0;
      setStatus(parts.join(' '));
    };
    if (!(await renderMore(gen, true, summary))) return;
    if (before === 0) await showNoHit(gen, q, engine);
    if (gen !== generation) return;
    finish(
      q,
      total,
      result.results.filter((m) => m.group === 'exact').length,
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next: UrlState = { q: queryOf(input.value), selection: state.selection };
    if (!sameUrlState(next, state, SEARCH_URL_FORMAT) || !committed) setHistory(next, committed ? 'push' : 'replace');
    state = next;
    committed = true;
    void run();
  });

  /** Searches for what the field holds now (as the reader types). */
  const searchTyped = (): void => {
    const next: UrlState = { q: queryOf(input.value), selection: state.selection };
    if (sameUrlState(next, state, SEARCH_URL_FORMAT)) return;
    setHistory(next, committed ? 'push' : 'replace');
    committed = false;
    state = next;
    void run();
  };
  // Not while an input method is composing: the field then holds pinyin letters ("lianxi"), not
  // the words being typed. The words arrive at compositionend (Chromium and Firefox fire the
  // input event of the commit before it, still composing).
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) searchTyped();
  });
  input.addEventListener('compositionend', searchTyped);

  moreButton.addEventListener('click', async () => {
    const firstNew = shown;
    if (await renderMore(generation)) {
      list.querySelectorAll<HTMLAnchorElement>('a[data-result-url]')[firstNew]?.focus();
    }
  });

  window.addEventListener('popstate', () => {
    state = readUrlState(location.search, SEARCH_URL_FORMAT);
    committed = true;
    input.value = state.q;
    void run();
  });

  installShortcuts(input);
  input.value = state.q;
  // The vocabulary serves only queries with no exact match: it is fetched once the first
  // results are on screen, off the path of the first query.
  void run().finally(() => setTimeout(() => void enginePromise.then((e) => e.vocabulary(), () => undefined), 0));
}
