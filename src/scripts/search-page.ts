export {};
// Search page: runs the query in the URL through the Pagefind index and renders results.
// (Minimal version; replaced by the full search UI.)
interface PagefindResult {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('form[data-pagefind-url]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const statusLine = document.querySelector<HTMLElement>('[data-search-status]');
const input = document.querySelector<HTMLInputElement>('[data-search-page-input]');

async function run(): Promise<void> {
  if (!form || !list || !statusLine || !input) return;
  const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = q;
  if (!q) return;
  const pagefind = (await import(/* @vite-ignore */ `${form.dataset.pagefindUrl}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: form.dataset.base ?? '/' });
  const search = await pagefind.search(q);
  const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  list.replaceChildren(
    ...data.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      a.dataset.resultUrl = d.url;
      li.append(a);
      return li;
    }),
  );
  list.dataset.total = String(search.results.length);
  statusLine.textContent = `共 ${search.results.length} 个页面`;
}

void run();
