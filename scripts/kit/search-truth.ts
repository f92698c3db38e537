// Ground truth for search tests and the search benchmark, computed from the built pages
// independently of the search code: the indexed text of each page is what stock Pagefind
// (default settings, served HTML as built) stores for it, and the headings come from the HTML.
// A term matches a page when the page's indexed text, whitespace removed and folded (lower
// case, width, traditional → simplified), contains it, folded the same way; occurrences overlap ("哈哈" occurs twice in "哈哈哈").
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { sitePages } from '../../src/lib/files.ts';
import { urlForFile } from '../../src/lib/search/index-copy.ts';
import { fullFolding } from '../../src/lib/search/fold-table.ts';

export interface TruthPage {
  url: string;
  /** Indexed text: whitespace and U+200B removed, lower-cased. */
  text: string;
  /** Normalised text of the first h1 in the indexed region (with the "." Pagefind may add). */
  title: string;
  /** The same without that ".": what a query must equal to be the page's exact title. */
  titleText: string;
  /** Normalised text of every h1–h6 in the indexed region. */
  headings: string[];
  filters: Record<string, string[]>;
}

const folding = fullFolding();

/**
 * Normalises text for comparison: no whitespace, no U+200B or other format characters, every
 * character folded (width, traditional → simplified, lower case; src/lib/search/fold.ts).
 */
export function normalize(s: string): string {
  let out = '';
  for (const ch of s.replace(/[\s\p{Cf}]+/gu, '')) out += folding.fold(ch);
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e.toLowerCase()] ?? m),
    );
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements Pagefind leaves out of the index (pagefind/src/fossick/parser.rs REMOVE_SELECTORS). */
const REMOVED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);

/**
 * Headings Pagefind indexes: h1–h6 inside the data-pagefind-body element, outside elements it
 * leaves out (data-pagefind-ignore, nav, footer, form …). A small tag walker over the built HTML.
 */
export function headingsOf(html: string): { title: string; titleText: string; headings: string[] } {
  // Pagefind ends a block whose text ends in a word character with "." (inside the heading's weight).
  const indexed = (t: string) => (/[\p{L}\p{N}_'")$*]$/u.test(t) ? `${t}.` : t);
  const stack: { name: string; body: boolean; ignored: boolean }[] = [];
  const headings: { level: string; text: string; plain: string }[] = [];
  let heading: { level: string; from: number } | null = null;
  const tag = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^"'>]|"[^"]*"|'[^']*')*)>/g;
  const hasBody = /\sdata-pagefind-body[\s>=]/.test(html);
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[0].startsWith('<!--')) continue;
    const [, closing, rawName, attrs = ''] = m;
    const name = rawName!.toLowerCase();
    const top = stack[stack.length - 1];
    if (!closing) {
      if (VOID.has(name) || attrs.trimEnd().endsWith('/')) continue;
      const body = (top?.body ?? !hasBody) || /\sdata-pagefind-body(?:[\s=]|$)/.test(attrs);
      const ignored = (top?.ignored ?? false) || REMOVED.has(name) || /\sdata-pagefind-ignore(?:[\s=]|$)/.test(attrs);
      stack.push({ name, body, ignored });
      if (/^h[1-6]$/.test(name) && body && !ignored && !heading) heading = { level: name[1]!, from: m.index + m[0].length };
      if (name === 'script' || name === 'style') {
        // Raw text: skip to the closing tag.
        const close = html.toLowerCase().indexOf(`</${name}`, tag.lastIndex);
        tag.lastIndex = close < 0 ? html.length : close;
      }
    } else {
      if (heading && name === `h${heading.level}`) {
        const plain = normalize(htmlText(html.slice(heading.from, m.index)));
        headings.push({ level: heading.level, text: indexed(plain), plain });
        heading = null;
      }
      // Pop up to the matching element (tolerating unclosed ones).
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i]!.name === name) {
          stack.length = i;
          break;
        }
      }
    }
  }
  const h1 = headings.find((h) => h.level === '1');
  return { title: h1?.text ?? '', titleText: h1?.plain ?? '', headings: headings.map((h) => h.text) };
}

type PageHeadings = ReturnType<typeof headingsOf>;

async function headingsByUrl(siteDir: string): Promise<Map<string, PageHeadings>> {
  const out = new Map<string, PageHeadings>();
  for (const rel of sitePages(siteDir)) out.set(urlForFile(rel), headingsOf(await readFile(path.join(siteDir, rel), 'utf8')));
  return out;
}

/**
 * Runs stock Pagefind (default settings) over the site's pages as served and hands the index
 * to `use` (the bundle's files in memory; `index.writeFiles` writes them out).
 */
async function withStockIndex<T>(siteDir: string, use: (index: pagefind.PagefindIndex) => Promise<T>): Promise<T> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    for (const rel of sitePages(siteDir)) {
      const res = await index.addHTMLFile({ url: urlForFile(rel), content: await readFile(path.join(siteDir, rel), 'utf8') });
      if (res.errors.length > 0) throw new Error(`${rel}: ${res.errors.join('; ')}`);
    }
    return await use(index);
  } finally {
    await pagefind.close();
  }
}

/** Writes a stock Pagefind bundle of the site to `outputPath` (what the search benchmark compares with). */
export async function writeStockIndex(siteDir: string, outputPath: string): Promise<{ seconds: number }> {
  const started = performance.now();
  await withStockIndex(siteDir, async (index) => {
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: writing ${outputPath} failed: ${written.errors.join('; ')}`);
  });
  return { seconds: (performance.now() - started) / 1000 };
}

/**
 * Reads every page's indexed text from a stock Pagefind index of the site: built in memory, or
 * read from `stockBundle` (a bundle written by writeStockIndex).
 */
export async function loadTruth(siteDir: string, stockBundle?: string): Promise<TruthPage[]> {
  const headings = await headingsByUrl(siteDir);
  if (stockBundle) {
    const dir = path.join(stockBundle, 'fragment');
    const files = await readdir(dir);
    return truthFromFragments(await Promise.all(files.map(async (f) => new Uint8Array(await readFile(path.join(dir, f))))), headings);
  }
  return withStockIndex(siteDir, async (index) => {
    const { files } = await index.getFiles();
    return truthFromFragments(
      files.filter((f) => f.path.endsWith('.pf_fragment')).map((f) => f.content),
      headings,
    );
  });
}

/** A Pagefind fragment file (gzip, signature, JSON): the page's URL, indexed text and filters. */
export function decodeFragment(content: Uint8Array): { url: string; content: string; filters: Record<string, string[]> } {
  const bytes = Buffer.from(content);
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return JSON.parse(raw.subarray('pagefind_dcd'.length).toString('utf8')) as ReturnType<typeof decodeFragment>;
}

function truthFromFragments(fragments: Uint8Array[], headingsByUrl: Map<string, PageHeadings>): TruthPage[] {
  const pages: TruthPage[] = [];
  for (const content of fragments) {
    const frag = decodeFragment(content);
    const h = headingsByUrl.get(frag.url) ?? { title: '', titleText: '', headings: [] };
    pages.push({ url: frag.url, text: normalize(frag.content), title: h.title, titleText: h.titleText, headings: h.headings, filters: frag.filters });
  }
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** Overlapping occurrences of term in text. */
export function countOccurrences(text: string, term: string): number {
  if (!term) return 0;
  let n = 0;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) n++;
  return n;
}

export interface TruthMatch {
  url: string;
  occurrences: number;
  /** Occurrences inside headings (h1–h6). */
  headingOccurrences: number;
  /** One term, and the page title is exactly it. */
  exactTitle: boolean;
  titleTerms: number;
  headingTerms: number;
  /** The README's relevance score (see rank tiers in truthSearch). */
  score: number;
  /** 0 source text (/sources/, /guide/), 1 derived page, 2 editors' page (/topics/, /about/). */
  origin: number;
  /** Total length of the terms ÷ the shortest stretch of text holding them all (1 for one term). */
  compactness: number;
  /** Result group (README, “结果分组”). */
  group: 'exact' | 'near' | 'all-words' | 'partial';
  /** Share of the words' weight the page holds (partial group; 1 otherwise). */
  coverage: number;
}

/** The query's terms as the search defines them: split on whitespace, normalised. */
export function truthTerms(query: string): string[] {
  return [...new Set(query.split(/\s+/u).map(normalize).filter(Boolean))];
}

/** README, “排序”: heading occurrences count 2×; length in thousands of characters, at least 1, cube-rooted. */
export function truthScore(body: number, headings: number, length: number): number {
  return (body + 2 * headings) / Math.cbrt(Math.max(length, 1000) / 1000);
}

/** README, “排序”: where a page's text comes from, by its URL. */
export function truthOrigin(url: string): number {
  if (url.startsWith('/sources/') || url.startsWith('/guide/')) return 0;
  if (url.startsWith('/topics/') || url.startsWith('/about/')) return 2;
  return 1;
}

/** Start of every (overlapping) occurrence of term in text. */
function occurrenceStarts(text: string, term: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) out.push(i);
  return out;
}

/** README, “排序”: total term length ÷ the shortest stretch of text holding an occurrence of each term. */
export function truthCompactness(text: string, terms: readonly string[]): number {
  if (terms.length <= 1) return 1;
  const lengths = terms.map((t) => [...t].length);
  // Character offsets, counted in code points like the terms.
  const cp = (i: number) => [...text.slice(0, i)].length;
  const starts = terms.map((t) => occurrenceStarts(text, t).map(cp));
  if (starts.some((s) => s.length === 0)) return 0;
  let best = Infinity;
  // Every window is anchored at some occurrence as its leftmost one: brute force (pages are short).
  for (const [k, list] of starts.entries()) {
    for (const left of list) {
      let end = left + lengths[k]!;
      let ok = true;
      for (const [j, other] of starts.entries()) {
        if (j === k) continue;
        const first = other.find((s) => s >= left);
        if (first === undefined) {
          ok = false;
          break;
        }
        end = Math.max(end, first + lengths[j]!);
      }
      if (ok) best = Math.min(best, end - left);
    }
  }
  const total = lengths.reduce((a, b) => a + b, 0);
  return Number.isFinite(best) ? Math.min(1, total / best) : 0;
}

function truthMatch(p: TruthPage, terms: readonly string[], group: TruthMatch['group'], coverage = 1): TruthMatch | undefined {
  const counts = terms.map((t) => countOccurrences(p.text, t));
  if (terms.length === 0 || counts.some((c) => c === 0)) return undefined;
  const occurrences = counts.reduce((a, b) => a + b, 0);
  const headingOccurrences = terms.reduce((n, t) => n + p.headings.reduce((k, h) => k + countOccurrences(h, t), 0), 0);
  return {
    url: p.url,
    occurrences,
    headingOccurrences,
    exactTitle: terms.length === 1 && p.titleText === terms[0],
    titleTerms: terms.filter((t) => p.title.includes(t)).length,
    headingTerms: terms.filter((t) => p.headings.some((h) => h.includes(t))).length,
    score: truthScore(occurrences - headingOccurrences, headingOccurrences, [...p.text].length),
    origin: truthOrigin(p.url),
    compactness: truthCompactness(p.text, terms),
    group,
    coverage,
  };
}

const GROUP_ORDER = ['exact', 'near', 'all-words', 'partial'];
/** README, “排序”: the order of results (an editors' page ranks by its title only when it names every term). */
export function compareTruth(a: TruthMatch, b: TruthMatch, termCount: (m: TruthMatch) => number = () => 1): number {
  const title = (m: TruthMatch) => (m.origin === 2 && m.titleTerms < termCount(m) ? 0 : m.titleTerms);
  return (
    GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
    b.coverage - a.coverage ||
    Number(b.exactTitle) - Number(a.exactTitle) ||
    title(b) - title(a) ||
    a.origin - b.origin ||
    b.score * (1 + b.compactness) - a.score * (1 + a.compactness)
  );
}

/**
 * Every page containing every term, best first (README, “排序”): the page titled exactly the
 * query, then pages naming more terms in their title, then source texts, derived pages and
 * editors' pages, each by relevance × (1 + compactness).
 */
export function truthSearch(pages: readonly TruthPage[], query: string): TruthMatch[] {
  const terms = truthTerms(query);
  if (terms.length === 0) return [];
  const out: TruthMatch[] = [];
  for (const p of pages) {
    const m = truthMatch(p, terms, 'exact');
    if (m) out.push(m);
  }
  return out.sort((a, b) => compareTruth(a, b, () => terms.length));
}

/**
 * The looser groups for a query the exact phrase finds nowhere (README, “结果分组”), given the
 * words and near name the search took from it: pages with the near name (as a phrase); pages with
 * every word; then the best 20 of the pages whose words make up at least half the words' weight
 * (length × ln(1 + pages ÷ pages with the word); words on no page weigh nothing).
 */
export function truthGroups(pages: readonly TruthPage[], words: readonly string[], near?: string): TruthMatch[] {
  const seen = new Set<string>();
  const out: TruthMatch[] = [];
  const termsOf = new Map<string, number>();
  const add = (m: TruthMatch | undefined, terms: number) => {
    if (!m || seen.has(m.url)) return;
    seen.add(m.url);
    termsOf.set(m.url, terms);
    out.push(m);
  };
  if (near) for (const p of pages) add(truthMatch(p, truthTerms(near), 'near'), truthTerms(near).length);
  const ws = words.map(normalize).filter(Boolean);
  for (const p of pages) add(truthMatch(p, ws, 'all-words'), ws.length);
  if (ws.length >= 2) {
    const df = ws.map((w) => pages.filter((p) => p.text.includes(w)).length);
    const weight = ws.map((w, i) => (df[i] === 0 ? 0 : [...w].length * Math.log(1 + pages.length / df[i]!)));
    const total = weight.reduce((a, b) => a + b, 0);
    const partial: TruthMatch[] = [];
    for (const p of pages) {
      if (seen.has(p.url)) continue;
      const has = ws.filter((w) => p.text.includes(w));
      const coverage = total > 0 ? ws.reduce((n, w, i) => n + (p.text.includes(w) ? weight[i]! : 0), 0) / total : 0;
      if (coverage < 0.5 || has.length === 0) continue;
      const m = truthMatch(p, has, 'partial', Math.round(coverage * 1000) / 1000);
      if (m) {
        termsOf.set(m.url, has.length);
        partial.push(m);
      }
    }
    partial.sort((a, b) => compareTruth(a, b, (m) => termsOf.get(m.url)!));
    out.push(...partial.slice(0, 20));
  }
  return out.sort((a, b) => compareTruth(a, b, (m) => termsOf.get(m.url)!));
}

/**
 * URLs that may rank first: the top page and any in its tier within 1% of its score (page
 * lengths are measured on a different copy of the text than the search uses).
 */
export function bestUrls(matches: readonly TruthMatch[]): Set<string> {
  const top = matches[0];
  if (!top) return new Set();
  return new Set(
    matches
      .filter(
        (m) =>
          m.group === top.group &&
          m.exactTitle === top.exactTitle &&
          m.titleTerms === top.titleTerms &&
          m.origin === top.origin &&
          m.score * (1 + m.compactness) >= top.score * (1 + top.compactness) * 0.99,
      )
      .map((m) => m.url),
  );
}
