// Parses what the reader typed into search terms. Space-separated terms must all occur on a
// page; each term is matched as an exact run of characters (whitespace in the page ignored,
// Latin letters case-insensitive). Every character becomes the index key Pagefind gave that
// character in the index copy (see index-copy.ts).
import { graphemes, isAlphanumeric, isPictographic, stripFormatChars } from './text.ts';

/** Longest query used, in characters; longer input is cut (and the page says so). */
export const MAX_QUERY_CHARS = 100;

export interface QueryToken {
  /** The word Pagefind stores in its index (lower case, diacritics removed). */
  key: string;
  /** The exact form (lower case, with diacritics); differs from key only for accented letters. */
  form: string;
}

export interface QueryTerm {
  /** The term as typed (after trimming), for messages. */
  text: string;
  /** One token per character; `null` marks a character no page can contain. */
  tokens: (QueryToken | null)[];
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** True when the input was longer than MAX_QUERY_CHARS and was cut. */
  truncated: boolean;
}

function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The index token for one character, following Pagefind's get_indexable_words. */
export function tokenFor(grapheme: string, includeCharacters: ReadonlySet<string>): QueryToken | null {
  const lower = grapheme.toLowerCase();
  let normalized = '';
  for (const c of lower) if (isAlphanumeric(c) || includeCharacters.has(c)) normalized += c;
  if (normalized) {
    // Pagefind only normalises diacritics of non-ASCII words.
    const key = /^[\x00-\x7f]*$/.test(normalized) ? normalized : stripDiacritics(normalized);
    return { key, form: normalized };
  }
  if (isPictographic(grapheme)) return { key: grapheme, form: grapheme };
  return null;
}

export function parseQuery(raw: string, includeCharacters: ReadonlySet<string>): ParsedQuery {
  let chars = graphemes(stripFormatChars(raw).trim());
  const truncated = chars.length > MAX_QUERY_CHARS;
  if (truncated) chars = chars.slice(0, MAX_QUERY_CHARS);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const text of chars.join('').split(/\s+/u)) {
    if (!text) continue;
    const tokens = graphemes(text).map((g) => tokenFor(g, includeCharacters));
    const id = tokens.map((t) => (t ? t.form : '\u0000')).join('\u0001');
    if (seen.has(id)) continue;
    seen.add(id);
    terms.push({ text, tokens });
  }
  return { terms, truncated };
}

/** A query normalised for comparison and for the URL: terms joined by single spaces. */
export function normalizeQueryText(raw: string): string {
  return stripFormatChars(raw).trim().split(/\s+/u).filter(Boolean).join(' ');
}
