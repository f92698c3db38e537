// The search engine: loads Pagefind's index files on demand, finds every page on which every
// query term occurs as an exact run of characters, counts the occurrences, ranks, filters.
// It runs the same in the browser (fetch) and in Node tests (files on disk).
import { applyFacets, sanitizeSelection, TITLE_LENGTH_FILTER, type FacetResult, type FilterIndex, type Selection } from './facets.ts';
import { FOLD_FILE, Folding, parseFoldData } from './fold.ts';
import { groupMatches, matchTerm, termHits, unionPostings, type RankedMatch, type TermHits, type TermMatch } from './match.ts';
import { ORIGIN_FILTER, ORIGINS, type Origin } from './origin.ts';
import { nearName, parseVocabulary, queryPieces, Vocabulary, VOCAB_FILE, type NearName } from './understand.ts';
import {
  chunksFor,
  decodeFilterChunk,
  IndexChunk,
  decodeMeta,
  isGzip,
  parseEntry,
  parseFragment,
  stripSignature,
  SUPPORTED_VERSIONS,
  type Fragment,
  type IndexMeta,
  type PagefindEntry,
  type Posting,
} from './pagefind-format.ts';
import { parseQuery, type ParsedQuery, type QueryTerm, type QueryToken } from './query.ts';
import { parsePhraseTable, phraseKey, PHRASES_FILE } from './phrases.ts';
import { decodeStartFile, START_FILE } from './startup.ts';

/** Reads a file of the Pagefind bundle, by path relative to the bundle ("index/x.pf_index"). */
export type FetchBytes = (path: string) => Promise<Uint8Array>;

export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export interface SearchOutcome {
  query: ParsedQuery;
  /** How each term of the exact phrase occurs (in query order); see hits(). */
  terms: TermMatch[];
  /** The query's words (understand.ts), folded: what the looser groups match. */
  words: string[];
  /** A known name close to the query, offered and searched as well. */
  near: NearName | undefined;
  /** Every matching page, grouped and ranked (match.ts groupMatches), before filters. */
  all: RankedMatch[];
  /** Matching pages that pass the ticked filters, grouped and ranked. */
  results: RankedMatch[];
  counts: FacetResult['counts'];
  /** The filters actually applied (unknown values dropped). */
  selection: Record<string, string[]>;
}

/** A character that forms no known word joins a word when the joined form makes up this share of the word's occurrences. */
export const JOIN_SHARE = 0.1;

/** The looser groups need the words found on the site to make up this share of the words' characters. */
export const MIN_FOUND_SHARE = 0.5;
/** Words whose matches the engine keeps between searches. */
const MAX_KEPT_WORDS = 200;

export class SearchEngine {
  private readonly chunks = new Map<string, Promise<IndexChunk>>();
  private readonly fragments = new Map<number, Promise<Fragment>>();
  private readonly words = new Map<string, Promise<TermMatch>>();
  private readonly unions = new Map<string, Promise<Posting[]>>();
  private readonly fetchBytes: FetchBytes;
  readonly entry: PagefindEntry;
  readonly meta: IndexMeta;
  readonly filters: FilterIndex;
  readonly includeCharacters: ReadonlySet<string>;
  readonly wordCounts: number[];
  /** page → characters in its title (0 when unknown); see TITLE_LENGTH_FILTER. */
  readonly titleLengths: number[];
  /** page → origin rank (0 source text, 1 derived page, 2 editors' page); see origin.ts. */
  readonly origins: number[];
  readonly folding: Folding;
  /** Phrase key → its own index chunk (phrases.ts). */
  private readonly phrases: ReadonlyMap<string, string>;
  private vocabularyData: Promise<Vocabulary> | undefined;

  private constructor(fetchBytes: FetchBytes, entry: PagefindEntry, meta: IndexMeta, filters: Map<string, Map<string, number[]>>, folding: Folding, phrases: ReadonlyMap<string, string>) {
    this.fetchBytes = fetchBytes;
    this.folding = folding;
    this.phrases = phrases;
    this.entry = entry;
    this.meta = meta;
    this.includeCharacters = new Set(entry.includeCharacters);
    this.wordCounts = meta.pages.map((p) => p.wordCount);
    this.titleLengths = new Array<number>(meta.pages.length).fill(0);
    for (const [length, pages] of filters.get(TITLE_LENGTH_FILTER) ?? []) for (const p of pages) this.titleLengths[p] = Number(length);
    this.origins = new Array<number>(meta.pages.length).fill(ORIGINS.indexOf('derived'));
    for (const [origin, pages] of filters.get(ORIGIN_FILTER) ?? []) {
      const rank = ORIGINS.indexOf(origin as Origin);
      if (rank >= 0) for (const p of pages) this.origins[p] = rank;
    }
    // The title length and the origin are for ranking, not filters readers can tick.
    filters.delete(TITLE_LENGTH_FILTER);
    filters.delete(ORIGIN_FILTER);
    this.filters = filters;
  }

  /**
   * Loads the entry file, the index metadata, all filter chunks, the fold and phrase tables: from
   * the startup bundle (startup.ts, one request) when the index has one, else file by file.
   */
  static async open(fetchBytes: FetchBytes): Promise<SearchEngine> {
    const bundled = await fetchBytes(START_FILE).then(
      (bytes) => decodeStartFile(JSON.parse(new TextDecoder().decode(bytes))),
      () => new Map<string, Uint8Array>(),
    );
    const read: FetchBytes = (path) => {
      const bytes = bundled.get(path);
      return bytes ? Promise.resolve(bytes) : fetchBytes(path);
    };
    return SearchEngine.openFrom(read, fetchBytes);
  }

  /** Opens the index reading its first files with `read`, and everything later with `fetchBytes`. */
  private static async openFrom(read: FetchBytes, fetchBytes: FetchBytes): Promise<SearchEngine> {
    const entry = parseEntry(JSON.parse(new TextDecoder().decode(await read('pagefind-entry.json'))));
    if (!SUPPORTED_VERSIONS.test(entry.version)) {
      throw new Error(`Search index was written by Pagefind ${entry.version}; this reader supports ${SUPPORTED_VERSIONS}`);
    }
    const load = async (path: string) => stripSignature(await gunzip(await read(path)));
    // Without the fold table (a failed request) search still runs, only without variant folding.
    const foldData = read(FOLD_FILE).then(
      (bytes) => parseFoldData(JSON.parse(new TextDecoder().decode(bytes))),
      () => undefined,
    );
    // Without the phrase table (a failed request), every phrase is matched from its characters.
    const phraseData = read(PHRASES_FILE).then(
      (bytes) => parsePhraseTable(JSON.parse(new TextDecoder().decode(bytes))),
      () => new Map<string, string>(),
    );
    const meta = decodeMeta(await load(`pagefind.${entry.indexHash}.pf_meta`));
    const filterChunks = await Promise.all(meta.filters.map((f) => load(`filter/${f.hash}.pf_filter`)));
    const filters = new Map<string, Map<string, number[]>>();
    for (const bytes of filterChunks) {
      const { name, values } = decodeFilterChunk(bytes);
      filters.set(name, values);
    }
    return new SearchEngine(fetchBytes, entry, meta, filters, new Folding(await foldData), await phraseData);
  }

  /**
   * The site's vocabulary (understand.ts), fetched the first time it is needed: only a query
   * whose exact phrase is found nowhere uses it, so the first query of most readers does not
   * wait for it. Without it (a failed request), query words are cut only at spaces, punctuation
   * and question words.
   */
  vocabulary(): Promise<Vocabulary> {
    this.vocabularyData ??= this.fetchBytes(VOCAB_FILE).then(
      (bytes) => new Vocabulary(parseVocabulary(JSON.parse(new TextDecoder().decode(bytes)))),
      () => new Vocabulary(undefined),
    );
    return this.vocabularyData;
  }

  get pageCount(): number {
    return this.meta.pages.length;
  }

  private chunk(hash: string): Promise<IndexChunk> {
    let c = this.chunks.get(hash);
    if (!c) {
      c = this.fetchBytes(`index/${hash}.pf_index`)
        .then(gunzip)
        .then((b) => new IndexChunk(stripSignature(b)));
      c.catch(() => this.chunks.delete(hash));
      this.chunks.set(hash, c);
    }
    return c;
  }

  /** Postings of one query character — all its forms on the site — sorted by page. */
  async postings(token: QueryToken): Promise<Posting[]> {
    if (!token.also) return this.formPostings(token);
    // The union of a character's forms is kept: the index never changes.
    const key = [token, ...token.also].map((t) => `${t.key}\u0000${t.form}`).join('\u0001');
    let union = this.unions.get(key);
    if (!union) {
      union = Promise.all([token, ...token.also].map((t) => this.formPostings(t))).then(unionPostings);
      union.catch(() => this.unions.delete(key));
      this.unions.set(key, union);
    }
    return union;
  }

  /** Postings of one character token, sorted by page. */
  private async formPostings(token: QueryToken): Promise<Posting[]> {
    const chunks = await Promise.all(chunksFor(token.key, this.meta.chunks).map((c) => this.chunk(c.hash)));
    for (const chunk of chunks) {
      const word = chunk.get(token.key);
      if (!word) continue;
      return token.form === token.key ? word.pages : (word.variants.get(token.form) ?? []);
    }
    return [];
  }

  /** How one term occurs on every page (null tokens: no page can contain it). */
  private async matchQueryTerm(term: QueryTerm): Promise<TermMatch> {
    if (term.tokens.some((t) => t === null)) return matchTerm([]);
    // A common phrase has its own chunk: its start positions, one list (phrases.ts).
    const key = phraseKey(term);
    const hash = key === undefined ? undefined : this.phrases.get(key);
    if (hash) {
      const pages = (await this.chunk(hash)).get(key!)?.pages ?? [];
      return { ...matchTerm([pages]), length: term.tokens.length };
    }
    return matchTerm(await Promise.all(term.tokens.map((t) => this.postings(t!))));
  }

  /**
   * How one of the query's words occurs. A word found nowhere is tried with a middle dot between
   * two of its characters (融媒 finds 融·媒), the first such form found anywhere.
   */
  private matchWord(word: string): Promise<TermMatch> {
    let m = this.words.get(word);
    if (!m) {
      // The index never changes: a word's matches are kept (the last MAX_KEPT_WORDS words).
      if (this.words.size >= MAX_KEPT_WORDS) this.words.delete(this.words.keys().next().value!);
      m = this.findWord(word);
      this.words.set(word, m);
    }
    return m;
  }

  private async findWord(word: string): Promise<TermMatch> {
    const parse = (w: string) => parseQuery(w, this.includeCharacters, this.folding).terms[0];
    const term = parse(word);
    if (!term) return matchTerm([]);
    const found = await this.matchQueryTerm(term);
    const chars = [...word];
    if (found.pages.length > 0 || chars.length < 2) return found;
    for (let i = 1; i < chars.length; i++) {
      const dotted = parse(`${chars.slice(0, i).join('')}·${chars.slice(i).join('')}`);
      if (!dotted) continue;
      const m = await this.matchQueryTerm(dotted);
      if (m.pages.length > 0) return m;
    }
    return found;
  }

  /**
   * The query's words (understand.ts queryPieces), checked against the index: characters that
   * form no known word are kept as a word when they occur on the site; else joined to the word
   * before or after when the joined form is common beside it (at least JOIN_SHARE of that word's
   * occurrences: 大 + 数据 = 大数据, but not 用 + 党建); a single character that joins nothing is
   * dropped (unless it is the whole query).
   */
  private async queryWords(typed: string): Promise<string[]> {
    const occurrences = async (w: string) => {
      let n = 0;
      for (const c of (await this.matchWord(w)).counts.values()) n += c;
      return n;
    };
    const joins = async (joined: string, word: string) => {
      const n = await occurrences(joined);
      return n > 0 && n >= JOIN_SHARE * (await occurrences(word));
    };
    const out: string[] = [];
    const runs = queryPieces(typed, await this.vocabulary(), this.folding);
    const only = runs.length === 1 && runs[0]!.length === 1;
    for (const run of runs) {
      for (let i = 0; i < run.length; i++) {
        const piece = run[i]!;
        if (piece.known) {
          out.push(piece.text);
          continue;
        }
        const long = [...piece.text].length >= 2;
        const prev = run[i - 1];
        const next = run[i + 1];
        if (long && (await occurrences(piece.text)) > 0) out.push(piece.text);
        else if (prev?.known && out[out.length - 1] === prev.text && (await joins(prev.text + piece.text, prev.text))) out[out.length - 1] = prev.text + piece.text;
        else if (next?.known && (await joins(piece.text + next.text, next.text))) {
          out.push(piece.text + next.text);
          i++;
        } else if (long || only) out.push(piece.text);
      }
    }
    return [...new Set(out)];
  }

  async search(raw: string, selection: Selection = {}): Promise<SearchOutcome> {
    const query = parseQuery(raw, this.includeCharacters, this.folding);
    const applied = sanitizeSelection(selection, this.filters);
    const terms = await Promise.all(query.terms.map((t) => this.matchQueryTerm(t)));
    const exact = terms.length > 0 && terms.every((t) => t.pages.length > 0) ? terms : [];
    const base = { wordCounts: this.wordCounts, titleLengths: this.titleLengths, origins: this.origins, pageCount: this.pageCount };
    let all = groupMatches({ ...base, exact, near: [], words: [] });
    let words: string[] = [];
    let near: NearName | undefined;
    // Only when the phrase is found nowhere: the near name, the query's words, some of them.
    if (all.length === 0 && query.terms.length > 0) {
      // What the reader typed, cut as the exact query is (MAX_QUERY_CHARS).
      const typed = query.terms.map((t) => t.text).join(' ');
      words = await this.queryWords(typed);
      near = nearName(typed, await this.vocabulary(), this.folding);
      let wordTerms = await Promise.all(words.map((w) => this.matchWord(w)));
      // A query mostly about what the site does not hold (足球联赛量子计算) gets no loose matches.
      const chars = (ts: TermMatch[]) => ts.reduce((n, t) => n + t.length, 0);
      if (chars(wordTerms.filter((t) => t.pages.length > 0)) < MIN_FOUND_SHARE * chars(wordTerms)) wordTerms = [];
      const nearTerms = near ? await Promise.all(parseQuery(near.name, this.includeCharacters, this.folding).terms.map((t) => this.matchQueryTerm(t))) : [];
      all = groupMatches({
        ...base,
        exact: [],
        near: nearTerms.some((t) => t.pages.length === 0) ? [] : nearTerms,
        // A word no page contains leaves the all-words group empty; the partial group leaves it out.
        words: wordTerms,
      });
    }
    const { kept, counts } = applyFacets(
      all.map((m) => m.page),
      this.filters,
      applied,
    );
    const keep = new Uint8Array(this.pageCount);
    for (const p of kept) keep[p] = 1;
    const results = kept.length === all.length ? all : all.filter((m) => keep[m.page] === 1);
    return { query, terms, words, near, all, results, counts, selection: applied };
  }

  /** Every occurrence of every term the result was matched by, on one result page (for excerpts and links). */
  static hits(outcome: SearchOutcome, page: number): TermHits[] {
    const terms = outcome.all.find((m) => m.page === page)?.terms ?? outcome.terms;
    return terms.map((t) => termHits(t, page));
  }

  /** The stored page data: URL, text, title, filters, headings. */
  fragment(page: number): Promise<Fragment> {
    let f = this.fragments.get(page);
    if (!f) {
      const hash = this.meta.pages[page]?.hash;
      if (!hash) return Promise.reject(new Error(`No page ${page} in the search index`));
      f = this.fetchBytes(`fragment/${hash}.pf_fragment`)
        .then(gunzip)
        .then((b) => parseFragment(stripSignature(b)));
      f.catch(() => this.fragments.delete(page));
      this.fragments.set(page, f);
    }
    return f;
  }
}
