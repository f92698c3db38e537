// Parses what the reader typed into search terms. Space-separated terms must all occur on a
// page; each term is matched as an exact run of characters (whitespace in the page ignored,
// Latin letters case-insensitive, variant forms folded: see fold.ts). Every character becomes
// the index key Pagefind gave that character in the index copy (see index-copy.ts), plus the
// keys of the site's other forms of it.
import { Folding } from './fold.ts';
import { graphemes, isAlphanumeric, isPictographic, stripFormatChars } from './text.ts';

/** Longest query used, in characters; longer input is cut (and the page says so). */
export const MAX_QUERY_CHARS = 100;

export interface QueryToken {
  /** The word Pagefind stores in its index (lower case, diacritics removed). */
  key: string;
  /** The exact form (lower case, with diacritics); differs from key only for accented letters. */
  form: string;
  /** Other forms of the same character on the site (黨 for 党, ２ for 2), matched as well. */
  also?: QueryToken[];
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

/** The token for one query character: its folded form, with the site's other forms of it as `also`. */
function foldedToken(grapheme: string, includeCharacters: ReadonlySet<string>, folding: Folding): QueryToken | null {
  const tokens: QueryToken[] = [];
  for (const form of folding.forms(grapheme)) {
    const t = tokenFor(form, includeCharacters);
    if (t && !tokens.some((x) => x.form === t.form)) tokens.push(t);
  }
  const [first, ...rest] = tokens;
  if (!first) return null;
  return rest.length > 0 ? { ...first, also: rest } : first;
}

export function parseQuery(raw: string, includeCharacters: ReadonlySet<string>, folding: Folding = new Folding()): ParsedQuery {
  let chars = graphemes(stripFormatChars(raw).trim());
  const truncated = chars.length > MAX_QUERY_CHARS;
  if (truncated) chars = chars.slice(0, MAX_QUERY_CHARS);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const text of chars.join('').split(/\s+/u)) {
    if (!text) continue;
    const tokens = graphemes(text).map((g) => foldedToken(g, includeCharacters, folding));
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

/** Longest query shown back to the reader (page title, messages), in characters. */
export const SHOWN_QUERY_CHARS = 30;

/** The query as shown back to the reader: at most SHOWN_QUERY_CHARS characters, then "…". */
export function shownQuery(q: string): string {
  const chars = graphemes(q);
  return chars.length > SHOWN_QUERY_CHARS ? `${chars.slice(0, SHOWN_QUERY_CHARS).join('')}…` : q;
}
