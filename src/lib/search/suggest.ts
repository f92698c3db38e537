// What the search page offers when a query finds nothing: glossary terms and practices whose
// names share characters with the query (folded as the search folds them), most shared first.
import type { KnowledgeBase } from '../knowledge/types.ts';
import { Folding } from './fold.ts';
import { graphemes, isAlphanumeric } from './text.ts';
import { SEARCH_TYPES } from '../ui/zh-CN.ts';
import { practiceHref, termPageHref } from '../routes.ts';

/** A name the no-hit page can offer (written to /search/names.json at build time). */
export interface SuggestionName {
  name: string;
  /** 术语 or 做法. */
  type: string;
  /** Site path without the base ("/glossary/x/"). */
  href: string;
}

export interface Suggestion extends SuggestionName {
  /** Distinct query characters the name contains. */
  shared: number;
}

/** The names offered: every glossary term (and its other forms) and every practice. */
export function suggestionNames(kb: Pick<KnowledgeBase, 'terms' | 'practices'>): SuggestionName[] {
  const out: SuggestionName[] = [];
  for (const t of kb.terms) for (const name of [t.data.name, ...t.data.aliases]) out.push({ name, type: SEARCH_TYPES.term, href: termPageHref(t.id) });
  for (const p of kb.practices) out.push({ name: p.data.name.value, type: SEARCH_TYPES.practice, href: practiceHref(p.id) });
  return out;
}

/** Shown at most. */
export const MAX_SUGGESTIONS = 8;

/** Letters and digits of a text, folded, without repeats. */
function charsOf(text: string, folding: Folding): Set<string> {
  return new Set(graphemes(text).map((g) => folding.fold(g)).filter((g) => isAlphanumeric(g)));
}

/**
 * Names sharing at least one character with the query: more shared characters first, then a
 * larger share of the name, then shorter names, then by name; one entry per page.
 */
export function suggestionsFor(query: string, names: readonly SuggestionName[], folding: Folding = new Folding(), limit = MAX_SUGGESTIONS): Suggestion[] {
  const wanted = charsOf(query, folding);
  if (wanted.size === 0) return [];
  const best = new Map<string, Suggestion>();
  for (const n of names) {
    const chars = charsOf(n.name, folding);
    let shared = 0;
    for (const c of chars) if (wanted.has(c)) shared++;
    if (shared === 0) continue;
    const prev = best.get(n.href);
    if (!prev || shared > prev.shared) best.set(n.href, { ...n, shared });
  }
  const share = (s: Suggestion) => s.shared / Math.max(1, charsOf(s.name, folding).size);
  return [...best.values()]
    .sort((a, b) => b.shared - a.shared || share(b) - share(a) || [...a.name].length - [...b.name].length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit);
}
