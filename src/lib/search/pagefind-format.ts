// Reads the files Pagefind 1.6 writes (pagefind-entry.json, *.pf_meta, *.pf_index, *.pf_filter,
// *.pf_fragment), so the browser can run exact phrase matching with occurrence counts over
// Pagefind's own positional index. The layouts are documented in Pagefind's sources
// (pagefind_web/src/{metadata,index,filter_index}.rs); pagefind-format.test.ts decodes an index
// written by the real Pagefind binary, so an incompatible Pagefind upgrade fails the tests.
import { CborReader } from './cbor.ts';
import { compareCodePoints } from './text.ts';

/** Versions of the index format this reader was written and tested against. */
export const SUPPORTED_VERSIONS = /^1\.6\./;

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
}
export interface WordPostings {
  pages: Posting[];
  /** Other surface forms indexed under this key (e.g. "é" under "e"). */
  variants: Map<string, Posting[]>;
}

export const BODY_WEIGHT = 24;
export const H1_WEIGHT = 7 * 24;

function decodePages(r: CborReader): Posting[] {
  const out: Posting[] = [];
  let page = 0;
  for (let n = r.array(), k = 0; k < n; k++) {
    const len = r.array();
    page += r.int();
    const count = r.array();
    const positions: number[] = [];
    const weights: number[] = [];
    let weight = 25;
    let last = 0;
    let sorted = true;
    for (let i = 0; i < count; i++) {
      const loc = r.int();
      if (loc < 0) {
        weight = Math.min(255, -loc - 1);
        last = 0;
      } else {
        last += loc;
        if (positions.length > 0 && last < positions[positions.length - 1]!) sorted = false;
        positions.push(last);
        weights.push(weight);
      }
    }
    for (let x = 2; x < len; x++) r.skip(); // metadata locations (title words)
    if (positions.length === 0) continue; // matched in metadata only
    const posting: Posting = { page, positions: Uint32Array.from(positions), weights: Uint8Array.from(weights) };
    if (!sorted) sortPosting(posting);
    out.push(posting);
  }
  return out;
}

/** Pagefind groups locations by weight; reorder them by position. */
function sortPosting(p: Posting): void {
  const order = Array.from(p.positions.keys()).sort((a, b) => p.positions[a]! - p.positions[b]!);
  p.positions = Uint32Array.from(order, (i) => p.positions[i]!);
  p.weights = Uint8Array.from(order, (i) => p.weights[i]!);
}

export function decodeIndexChunk(bytes: Uint8Array): Map<string, WordPostings> {
  const r = new CborReader(bytes);
  r.array();
  const words = new Map<string, WordPostings>();
  for (let n = r.array(), k = 0; k < n; k++) {
    const len = r.array();
    const word = r.string();
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
    for (let x = 3; x < len; x++) r.skip();
    words.set(word, { pages, variants });
  }
  return words;
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
  anchors: { element: string; id: string; text: string; location: number }[];
}

export function parseFragment(bytes: Uint8Array): Fragment {
  return JSON.parse(new TextDecoder().decode(bytes)) as Fragment;
}
