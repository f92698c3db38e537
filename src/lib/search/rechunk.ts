// Re-chunks the word index Pagefind 1.6 writes, in Pagefind's own file format.
//
// Pagefind packs words, in sorted order, into index chunks of about 20,000 locations each (a
// constant in pagefind/src/index/mod.rs, not an option). The site indexes every Chinese character
// as a word, so the whole index of a small site is a handful of chunks, and a query of four
// characters downloads four chunks of some 28 KB each although the four characters' entries are
// 2–3 KB together. After Pagefind has written the index, the build regroups the same word entries,
// byte for byte, into smaller chunks (a word larger than the target stays alone, as with
// Pagefind), and rewrites the chunk list in the index metadata. Everything else in the metadata is
// copied unchanged, and chunk ranges follow Pagefind's own rule (shortest distinguishing
// prefixes), so Pagefind's own reader finds every word as before (rechunk.test.ts runs it).
import { CborReader } from './cbor.ts';
import { concat, head, text } from './cbor-write.ts';

/** A word entry of an index chunk: the word and its CBOR bytes (the whole [word, pages, …] array). */
export interface WordEntry {
  word: string;
  bytes: Uint8Array;
}

/** Raw (uncompressed) bytes of word entries a new chunk holds before it is closed. */
export const TARGET_CHUNK_BYTES = 4096;

/** The word entries of a decoded index chunk (signature stripped), in stored order. */
export function chunkEntries(chunk: Uint8Array): WordEntry[] {
  const r = new CborReader(chunk);
  r.array();
  const out: WordEntry[] = [];
  for (let n = r.array(), k = 0; k < n; k++) {
    const start = r.pos;
    const len = r.array();
    const word = r.string();
    for (let x = 1; x < len; x++) r.skip();
    out.push({ word, bytes: chunk.subarray(start, r.pos) });
  }
  return out;
}

/**
 * Groups word entries (sorted, as Pagefind stores them) into chunks: entries are added until
 * their bytes reach `target`, then the chunk is closed (Pagefind's rule, counted in bytes).
 */
export function groupEntries(entries: readonly WordEntry[], target = TARGET_CHUNK_BYTES): WordEntry[][] {
  const out: WordEntry[][] = [];
  let current: WordEntry[] = [];
  let size = 0;
  for (const e of entries) {
    current.push(e);
    size += e.bytes.length;
    if (size >= target) {
      out.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** An index chunk (without signature) holding `entries`: the WordIndex struct [[entry, …]]. */
export function encodeChunk(entries: readonly WordEntry[]): Uint8Array {
  return concat([head(4, 1), head(4, entries.length), ...entries.map((e) => e.bytes)]);
}

/** Pagefind's chunk boundary names: the shortest prefixes of two neighbouring words that differ. */
export function boundaryPrefixes(a: string, b: string): [string, string] {
  const ac = [...a];
  const bc = [...b];
  let common = 0;
  while (common < ac.length && common < bc.length && ac[common] === bc[common]) common++;
  return [ac.slice(0, common + 1).join(''), bc.slice(0, common + 1).join('')];
}

/** The [from, to] range of each chunk, as Pagefind names them (pagefind/src/index chunk_meta). */
export function chunkRanges(chunks: readonly (readonly WordEntry[])[]): { from: string; to: string }[] {
  const ranges = chunks.map((c) => ({ from: c[0]?.word ?? '', to: c[c.length - 1]?.word ?? '' }));
  for (let i = 0; i + 1 < ranges.length; i++) {
    const [to, from] = boundaryPrefixes(ranges[i]!.to, ranges[i + 1]!.from);
    ranges[i]!.to = to;
    ranges[i + 1]!.from = from;
  }
  return ranges;
}

/**
 * The index metadata (without signature) with its chunk list replaced by `chunks`; the version,
 * the pages and the filters are copied byte for byte.
 */
export function withChunks(meta: Uint8Array, chunks: readonly { from: string; to: string; hash: string }[]): Uint8Array {
  const r = new CborReader(meta);
  const fields = r.array();
  r.skip(); // version
  r.skip(); // pages
  const chunksStart = r.pos;
  r.skip(); // chunks
  const chunksEnd = r.pos;
  const list = concat([head(4, chunks.length), ...chunks.map((c) => concat([head(4, 3), text(c.from), text(c.to), text(c.hash)]))]);
  if (fields < 3) throw new Error('Pagefind metadata: no chunk list');
  return concat([meta.subarray(0, chunksStart), list, meta.subarray(chunksEnd)]);
}
