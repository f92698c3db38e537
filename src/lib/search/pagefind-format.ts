// Reads the files Pagefind 1.6 writes (pagefind-entry.json, *.pf_meta, *.pf_index, *.pf_filter,
// *.pf_fragment), so the browser can run exact phrase matching with occurrence counts over
// Pagefind's own positional index. The layouts are documented in Pagefind's sources
// (pagefind_web/src/{metadata,index,filter_index}.rs); pagefind-format.test.ts decodes an index
// written by the real Pagefind binary, so an incompatible Pagefind upgrade fails the tests.
import { CborReader } from './cbor.ts';
import { BODY_WEIGHT, FURNITURE_PREFIX, FURNITURE_SEPARATOR, GAP_ID, H1_WEIGHT } from './pagefind-constants.ts';
import { compareCodePoints } from './text.ts';

export { BODY_WEIGHT, FURNITURE_PREFIX, FURNITURE_SEPARATOR, GAP_ID, H1_WEIGHT };

/** Versions of the index format this reader was written and tested against. */
export const SUPPORTED_VERSIONS = /^1\.6\./;

/**
 * Whether a top-level entry of a Pagefind bundle is one this reader uses: the entry file, the
 * language metadata and the index, filter and fragment chunks. Pagefind's own UI, search
 * script, worker and WebAssembly are never loaded by the site.
 */
export function isIndexFile(name: string): boolean {
  return name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'filter', 'fragment'].includes(name);
}

export interface PagefindEntry {
  version: string;
  /** Hash of the language index to load (the one with the most pages). */
  indexHash: string;
  language: string;
  includeCharacters: string[];
}

export function parseEntry(json: unknown): PagefindEntry {
  const entry = json as {
    version?: string;
    languages?: Record<string, { hash: string; page_count: number }>;
    include_characters?: string[];
  };
  const languages = Object.entries(entry.languages ?? {}).sort((a, b) => b[1].page_count - a[1].page_count);
  const top = languages[0];
  if (!top || typeof entry.version !== 'string') throw new Error('Pagefind entry: no language index found');
  return {
    version: entry.version,
    indexHash: top[1].hash,
    language: top[0],
    includeCharacters: entry.include_characters ?? [],
  };
}

export interface MetaPage {
  hash: string;
  wordCount: number;
}
export interface MetaChunk {
  from: string;
  to: string;
  hash: string;
}
export interface IndexMeta {
  version: string;
  pages: MetaPage[];
  chunks: MetaChunk[];
  filters: { name: string; hash: string }[];
}

/** Pagefind marks decompressed files with this signature. */
const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** Strips the "pagefind_dcd" signature from a decompressed Pagefind file. */
export function stripSignature(bytes: Uint8Array): Uint8Array {
  for (let i = 0; i < SIGNATURE.length; i++) {
    if (bytes[i] !== SIGNATURE[i]) throw new Error('Pagefind file: missing "pagefind_dcd" signature');
  }
  return bytes.subarray(SIGNATURE.length);
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function decodeMeta(bytes: Uint8Array): IndexMeta {
  const r = new CborReader(bytes);
  const fields = r.array();
  const version = r.string();
  const pages: MetaPage[] = [];
  for (let n = r.array(), k = 0; k < n; k++) {
    const len = r.array();
    const hash = r.string();
    const wordCount = r.int();
    for (let x = 2; x < len; x++) r.skip();
    pages.push({ hash, wordCount });
  }
  const chunks: MetaChunk[] = [];
  for (let n = r.array(), k = 0; k < n; k++) {
    const len = r.array();
    const from = r.string();
    const to = r.string();
    const hash = r.string();
    for (let x = 3; x < len; x++) r.skip();
    chunks.push({ from, to, hash });
  }
  const filters: { name: string; hash: string }[] = [];
  if (fields > 3) {
    for (let n = r.array(), k = 0; k < n; k++) {
      const len = r.array();
      const name = r.string();
      const hash = r.string();
      for (let x = 2; x < len; x++) r.skip();
      filters.push({ name, hash });
    }
  }
  return { version, pages, chunks, filters };
}

/** Occurrences of one word on one page: positions ascending, with the weight of each. */
export interface Posting {
  page: number;
  positions: Uint32Array;
  /** Pagefind weight ×24: 24 body text, 168 an h1, 144 an h2 … 48 an h6. */
  weights: Uint8Array;
  /** The highest of `weights`. */
  maxWeight: number;
}
export interface WordPostings {
  pages: Posting[];
  /** Other surface forms indexed under this key (e.g. "é" under "e"). */
  variants: Map<string, Posting[]>;
}

/** Scratch buffer for raw location lists (grown as needed). */
let scratch = new Int32Array(1024);

function decodePages(r: CborReader): Posting[] {
  const out: Posting[] = [];
  let page = 0;
  for (let n = r.array(), k = 0; k < n; k++) {
    const len = r.array();
    page += r.int();
    const count = r.array();
    if (scratch.length < count) scratch = new Int32Array(Math.max(count, scratch.length * 2));
    r.ints(count, scratch);
    for (let x = 2; x < len; x++) r.skip(); // metadata locations (title words)
    // Locations come in runs, one per weight: a negative number sets the weight of the run that
    // follows, whose first position is absolute and the rest delta-encoded.
    let size = 0;
    let runs = 0;
    for (let i = 0; i < count; i++) if (scratch[i]! >= 0) size++;
    else runs++;
    if (size === 0) continue; // matched in metadata only
    const positions = new Uint32Array(size);
    const weights = new Uint8Array(size);
    let weight = 25;
    let maxWeight = 0;
    let last = 0;
    let o = 0;
    for (let i = 0; i < count; i++) {
      const loc = scratch[i]!;
      if (loc < 0) {
        weight = Math.min(255, -loc - 1);
        last = 0;
      } else {
        last += loc;
        positions[o] = last;
        weights[o++] = weight;
        if (weight > maxWeight) maxWeight = weight;
      }
    }
    const posting: Posting = { page, positions, weights, maxWeight };
    if (runs > 1) mergeRuns(posting);
    out.push(posting);
  }
  return out;
}

/**
 * Pagefind lists locations grouped by weight, each group ascending; merge the groups by position.
 * The body-text group holds nearly all of them, so it is copied in blocks around the few others.
 */
function mergeRuns(p: Posting): void {
  const { positions, weights } = p;
  const n = positions.length;
  // Find the runs and the longest one.
  let mainStart = 0;
  let mainEnd = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && positions[end]! >= positions[end - 1]!) end++;
    if (end - start > mainEnd - mainStart) {
      mainStart = start;
      mainEnd = end;
    }
    start = end;
  }
  if (mainEnd - mainStart === n) return;
  // The other locations, sorted by position.
  const others: number[] = [];
  for (let i = 0; i < n; i++) if (i < mainStart || i >= mainEnd) others.push(i);
  others.sort((a, b) => positions[a]! - positions[b]!);
  const outP = new Uint32Array(n);
  const outW = new Uint8Array(n);
  let from = mainStart;
  let o = 0;
  for (const idx of others) {
    const pos = positions[idx]!;
    // First main location after pos (binary search from `from`).
    let lo = from;
    let hi = mainEnd;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[mid]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    outP.set(positions.subarray(from, lo), o);
    outW.set(weights.subarray(from, lo), o);
    o += lo - from;
    from = lo;
    outP[o] = pos;
    outW[o++] = weights[idx]!;
  }
  outP.set(positions.subarray(from, mainEnd), o);
  outW.set(weights.subarray(from, mainEnd), o);
  p.positions = outP;
  p.weights = outW;
}

/**
 * An index chunk, decoded lazily: opening it only finds where each word's entry starts;
 * a word's postings are decoded the first time they are asked for.
 */
export class IndexChunk {
  private readonly bytes: Uint8Array;
  /** word → [offset of its postings, length of its entry array], for the words scanned so far */
  private readonly offsets = new Map<string, [number, number]>();
  private readonly decoded = new Map<string, WordPostings>();
  private readonly reader: CborReader;
  private remaining: number;
  private lastWord = '';

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.reader = new CborReader(bytes);
    this.reader.array();
    this.remaining = this.reader.array();
  }

  /** Scans entries (words are stored in order) until `word` is found or passed. */
  private scanTo(word: string | null): void {
    const r = this.reader;
    while (this.remaining > 0 && (word === null || !this.offsets.has(word)) && (word === null || this.lastWord === '' || compareCodePoints(this.lastWord, word) < 0)) {
      const len = r.array();
      const w = r.string();
      this.offsets.set(w, [r.pos, len]);
      this.lastWord = w;
      for (let x = 1; x < len; x++) r.skip();
      this.remaining--;
    }
  }

  words(): string[] {
    this.scanTo(null);
    return [...this.offsets.keys()];
  }

  get(word: string): WordPostings | undefined {
    const cached = this.decoded.get(word);
    if (cached) return cached;
    this.scanTo(word);
    const entry = this.offsets.get(word);
    if (entry === undefined) return undefined;
    const [at, len] = entry;
    const r = new CborReader(this.bytes);
    r.pos = at;
    const pages = decodePages(r);
    const variants = new Map<string, Posting[]>();
    if (len >= 3) {
      for (let v = r.array(), j = 0; j < v; j++) {
        const vlen = r.array();
        const form = r.string();
        variants.set(form, decodePages(r));
        for (let x = 2; x < vlen; x++) r.skip();
      }
    }
    const postings = { pages, variants };
    this.decoded.set(word, postings);
    return postings;
  }
}

/** Decodes every word of a chunk (for tests and tools; the engine decodes lazily). */
export function decodeIndexChunk(bytes: Uint8Array): Map<string, WordPostings> {
  const chunk = new IndexChunk(bytes);
  return new Map(chunk.words().map((w) => [w, chunk.get(w)!]));
}

/** A filter chunk: filter name → value → page numbers (ascending). */
export function decodeFilterChunk(bytes: Uint8Array): { name: string; values: Map<string, number[]> } {
  const r = new CborReader(bytes);
  r.array();
  const name = r.string();
  const values = new Map<string, number[]>();
  for (let n = r.array(), k = 0; k < n; k++) {
    const len = r.array();
    const value = r.string();
    const pages: number[] = [];
    for (let p = r.array(), j = 0; j < p; j++) pages.push(r.int());
    for (let x = 2; x < len; x++) r.skip();
    values.set(value, pages.sort((a, b) => a - b));
  }
  return { name, values };
}

/**
 * The index chunks that may hold `word`, chosen the way Pagefind's own search does
 * (pagefind_web request_indexes): chunks whose [from, to] range holds the word, else
 * chunks that match on the shared prefix length.
 */
export function chunksFor(word: string, chunks: readonly MetaChunk[]): MetaChunk[] {
  const strict = chunks.filter((c) => compareCodePoints(word, c.from) >= 0 && compareCodePoints(word, c.to) <= 0);
  if (strict.length > 0) return strict;
  const chars = [...word];
  const prefix = (s: string, n: number) => [...s].slice(0, n).join('');
  return chunks.filter((c) => {
    const fromLen = Math.min(chars.length, [...c.from].length);
    const toLen = Math.min(chars.length, [...c.to].length);
    return (
      compareCodePoints(chars.slice(0, fromLen).join(''), prefix(c.from, fromLen)) >= 0 &&
      compareCodePoints(chars.slice(0, toLen).join(''), prefix(c.to, toLen)) <= 0
    );
  });
}

/** The page data Pagefind stores per page (pagefind/src/fragments). */
export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  /** Elements with an id, at their word position (gap markers taken out). */
  anchors: { element: string; id: string; text: string; location: number }[];
  /** Word positions where the indexed text is interrupted on the page (gap markers), ascending. */
  gaps?: number[];
  /** The text the page shows besides its indexed text, segments joined by FURNITURE_SEPARATOR. */
  furniture?: string;
}

export function parseFragment(bytes: Uint8Array): Fragment {
  const raw = JSON.parse(new TextDecoder().decode(bytes)) as Fragment;
  const gaps = raw.anchors.filter((a) => a.id === GAP_ID).map((a) => a.location);
  const furniture = raw.anchors.find((a) => a.id.startsWith(FURNITURE_PREFIX))?.id.slice(FURNITURE_PREFIX.length) ?? '';
  return { ...raw, anchors: raw.anchors.filter((a) => !a.id.startsWith(GAP_ID)), gaps, furniture };
}
