// Never a blank search page: if the search script fails to start in this browser (an error
// while loading or running it), or has not started by the time the page has loaded, the
// page's notice that search cannot run here is shown. Its own script, importing nothing, so
// it runs even when the search script cannot.
const root = document.querySelector<HTMLElement>('[data-search-page]');
const notice = root?.querySelector<HTMLElement>('[data-search-unavailable]');
const results = root?.querySelector<HTMLElement>('[data-search-results]');

if (root && notice && results) {
  /** The search script marks the results "loading" as it starts, "done" or "error" after each search. */
  const started = () => results.dataset.state !== 'idle';
  const rendered = () => results.dataset.state === 'done' || results.dataset.state === 'error';
  const show = () => {
    if (!rendered()) notice.hidden = false;
  };
  window.addEventListener('error', show);
  window.addEventListener('unhandledrejection', show);
  window.addEventListener('load', () => {
    if (!started()) show();
  });
  // A later search that renders takes the notice away again.
  new MutationObserver(() => {
    if (rendered()) notice.hidden = true;
  }).observe(results, { attributes: true, attributeFilter: ['data-state'] });
}
