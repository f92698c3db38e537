// Build time: the traditional → simplified character table (OpenCC's TSCharacters, as shipped by
// the opencc-js package) and the FOLD_FILE the search page reads. Characters OpenCC also lists as
// simplified forms of their own (in STCharacters) are left alone, so no simplified text changes.
import tsCharacters from 'opencc-js/dict/TSCharacters';
import stCharacters from 'opencc-js/dict/STCharacters';
import { Folding, type FoldData } from './fold.ts';

function parseDict(dict: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && Array.from(from).length === 1 && Array.from(to).length === 1) out.set(from, to);
  }
  return out;
}

let table: Map<string, string> | undefined;
/** Traditional → simplified, one character to one character. */
export function traditionalToSimplified(): Map<string, string> {
  if (!table) {
    const simplified = parseDict(stCharacters);
    table = new Map([...parseDict(tsCharacters)].filter(([t]) => !simplified.has(t)));
  }
  return table;
}

/** A Folding with the whole table (tests, the search benchmark's truth). */
export function fullFolding(): Folding {
  const pairs = [...traditionalToSimplified()].map(([t, s]) => t + s).join('');
  return new Folding({ pairs, variants: {} });
}

/**
 * FOLD_FILE for a site whose indexed text uses `siteChars`: the table entries whose simplified
 * form (or traditional form) occurs on the site, and the site's characters that fold to another.
 */
export function foldDataFor(siteChars: Iterable<string>): FoldData {
  const site = new Set(siteChars);
  const t2s = traditionalToSimplified();
  const pairs = [...t2s]
    .filter(([t, s]) => site.has(s) || site.has(t))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([t, s]) => t + s)
    .join('');
  const folding = fullFolding();
  const variants: Record<string, string[]> = {};
  for (const ch of [...site].sort()) {
    const f = folding.fold(ch);
    if (f === ch.toLowerCase()) continue;
    (variants[f] ??= []).push(ch);
  }
  return { pairs, variants };
}
