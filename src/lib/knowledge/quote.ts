// Quote normalisation and lookup in raw source text.
//
// The raw sources are text extracted from PDFs: lines break mid-sentence and
// characters are sometimes spaced apart. A quote is "verbatim" when, after all
// whitespace is removed from both the quote and the raw text, the quote occurs
// in the raw text. Nothing else is normalised (punctuation, full-width forms and
// traditional characters must match exactly).

/** Matches every whitespace character JS knows, including U+3000 and U+00A0. */
const WHITESPACE = /\s/u;

/** Removes all whitespace. */
export function normaliseQuote(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** A raw text prepared for repeated quote lookups. */
export interface IndexedRaw {
  /** The raw text with all whitespace removed. */
  readonly normalised: string;
  /** For each code unit of `normalised`, the 1-based line number in the raw text. */
  readonly lineOf: Uint32Array;
  /** For each code unit of `normalised`, the offset of that code unit in the raw text. */
  readonly offsetOf: Uint32Array;
}

/** Indexes a raw text: the whitespace-free form plus a map back to raw lines and offsets. */
export function indexRaw(raw: string): IndexedRaw {
  const lineOf: number[] = [];
  const offsetOf: number[] = [];
  let normalised = '';
  let line = 1;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (ch === '\n') {
      line++;
      continue;
    }
    if (WHITESPACE.test(ch)) continue;
    normalised += ch;
    lineOf.push(line);
    offsetOf.push(i);
  }
  return { normalised, lineOf: Uint32Array.from(lineOf), offsetOf: Uint32Array.from(offsetOf) };
}

export interface QuoteMatch {
  /** 1-based line of the raw text where the quote starts. */
  line: number;
  /** 1-based line of the raw text where the quote ends. */
  endLine: number;
  /** Offset in the raw text of the quote's first character. */
  start: number;
  /** Offset in the raw text just after the quote's last character. */
  end: number;
  /** How many times the (normalised) quote occurs in the raw text. */
  occurrences: number;
}

/**
 * Finds a quote in a raw text (whitespace removed on both sides).
 * Returns the first occurrence, or null when the quote is not there
 * (an empty or whitespace-only quote is never found).
 */
export function findQuote(raw: string | IndexedRaw, quote: string): QuoteMatch | null {
  const indexed = typeof raw === 'string' ? indexRaw(raw) : raw;
  const needle = normaliseQuote(quote);
  if (needle.length === 0) return null;
  const at = indexed.normalised.indexOf(needle);
  if (at < 0) return null;
  let occurrences = 0;
  for (let from = at; from >= 0; from = indexed.normalised.indexOf(needle, from + 1)) occurrences++;
  const last = at + needle.length - 1;
  return {
    line: indexed.lineOf[at] as number,
    endLine: indexed.lineOf[last] as number,
    start: indexed.offsetOf[at] as number,
    end: (indexed.offsetOf[last] as number) + 1,
    occurrences,
  };
}

/**
 * The longest prefix of the quote (normalised) that does occur in the raw text:
 * helps a failing test say where a quote stops matching.
 */
export function longestMatchingPrefix(raw: string | IndexedRaw, quote: string): string {
  const indexed = typeof raw === 'string' ? indexRaw(raw) : raw;
  const needle = normaliseQuote(quote);
  let lo = 0;
  let hi = needle.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (indexed.normalised.includes(needle.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return needle.slice(0, lo);
}

/** A quote shortened for a message: whitespace removed, at most `max` characters and an ellipsis. */
export function quotePreview(text: string, max = 60): string {
  const t = normaliseQuote(text);
  return t.length > max ? `${t.slice(0, max)}…` : t;
}
