// Ready-made postings for common phrases, so that a first query of frequent characters does not
// download every occurrence of each character.
//
// The index holds one posting list per character (index-copy.ts): a phrase is found by loading
// the lists of its characters and matching consecutive positions (match.ts). On a large site the
// lists of common characters are large — at 10,000 pages 党 alone is some 350 KB compressed, and
// 党建联盟 needs four such lists although the phrase occurs on a third of the pages a few times
// each. After writing the index, the build runs the search code itself over the site's own words
// and names (kb-vocab.json): for each phrase whose characters' lists are large and whose own
// occurrences are far fewer, it writes the phrase's occurrences (start position and weight, on
// every page; variant forms included, exactly what matchTerm finds) as one more index chunk in
// Pagefind's format, and lists it in PHRASES_FILE. The engine, asked for such a phrase, loads
// that chunk instead of the characters' lists; results, counts, excerpts and links are the same.
import { concat, head, int, text } from './cbor-write.ts';
import { TARGET_CHUNK_BYTES } from './rechunk.ts';
import type { QueryTerm } from './query.ts';

/** Phrase key → hash of its chunk (index/<hash>.pf_index). Written beside the index. */
export const PHRASES_FILE = 'kb-phrases.json';

/** A phrase is given its own chunk when its characters' entries hold at least this many bytes (uncompressed)… */
export const MIN_CHARACTER_BYTES = 600_000;
/**
 * …or, for a name of the site (a case, practice, mechanism or term: what readers search by), this
 * many — two index chunks' worth (rechunk.ts), so that a name is one small download instead of
 * one chunk per character even on a small site. The names are a few hundred at most, so the
 * table (read by every search, startup.ts) stays small…
 */
export const MIN_NAME_CHARACTER_BYTES = 2 * TARGET_CHUNK_BYTES;
/** …and its own entry is at most this share of them. */
export const MAX_PHRASE_SHARE = 0.25;

/**
 * The key of a query term: the forms each character matches (its own and the site's other
 * forms), characters joined by spaces — "党/黨 建 联/聯 盟". Undefined when a character can occur
 * on no page.
 */
export function phraseKey(term: QueryTerm): string | undefined {
  if (term.tokens.length < 2 || term.tokens.some((t) => t === null)) return undefined;
  return term.tokens.map((t) => [t!, ...(t!.also ?? [])].map((x) => x.form).join('/')).join(' ');
}

/** Occurrences of a phrase on one page: start positions ascending, with each occurrence's weight. */
export interface PhrasePage {
  page: number;
  starts: ArrayLike<number>;
  weights: ArrayLike<number>;
}

/**
 * An index chunk (Pagefind's format, without signature) holding one entry: the phrase, as a word
 * whose locations are the phrase's start positions. Pagefind writes locations in runs by weight,
 * each run opened by the negative number −(weight + 1), its first position absolute and the rest
 * as differences; pages are written as differences too.
 */
export function encodePhrase(key: string, pages: readonly PhrasePage[]): Uint8Array {
  const parts: (Uint8Array | number[])[] = [head(4, 1), head(4, 1), head(4, 2), text(key), head(4, pages.length)];
  let lastPage = 0;
  for (const p of pages) {
    const byWeight = new Map<number, number[]>();
    for (let i = 0; i < p.starts.length; i++) {
      const w = p.weights[i]!;
      let run = byWeight.get(w);
      if (!run) byWeight.set(w, (run = []));
      run.push(p.starts[i]!);
    }
    const locs: number[] = [];
    for (const [w, run] of [...byWeight].sort((a, b) => a[0] - b[0])) {
      locs.push(-(w + 1));
      let last = 0;
      for (const pos of run.sort((a, b) => a - b)) {
        locs.push(pos - last);
        last = pos;
      }
    }
    parts.push(head(4, 2), int(p.page - lastPage), head(4, locs.length), ...locs.map(int));
    lastPage = p.page;
  }
  return concat(parts);
}

export function parsePhraseTable(json: unknown): Map<string, string> {
  if (!json || typeof json !== 'object' || Array.isArray(json) || Object.values(json).some((v) => typeof v !== 'string')) {
    throw new Error(`${PHRASES_FILE}: expected { phrase key: chunk hash }`);
  }
  return new Map(Object.entries(json as Record<string, string>));
}

/**
 * Whether a phrase earns its own chunk (byte sizes uncompressed; asked first with phraseBytes 0,
 * before it is encoded); `isName`: the phrase is one of the site's names.
 */
export function worthAChunk(characterBytes: number, phraseBytes: number, isName = false): boolean {
  return characterBytes >= (isName ? MIN_NAME_CHARACTER_BYTES : MIN_CHARACTER_BYTES) && phraseBytes <= MAX_PHRASE_SHARE * characterBytes;
}
