// Route data of the glossary (/glossary/) and a term's page (/glossary/<id>/): terms by
// pinyin, each with its related terms and practices.
import type { Term } from '../../schemas/knowledge.ts';
import type { ConcordanceLine } from '../knowledge/concordance.ts';
import { relatedTerms } from '../knowledge/related.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { UI } from '../ui/zh-CN.ts';
import { compareZh } from './order.ts';

export interface TermView {
  entry: Entry<Term>;
  related: Entry<Term>[];
  practices: { id: string; name: string }[];
}

function termView(entry: Entry<Term>, kb: KnowledgeBase): TermView {
  const practiceName = new Map(kb.practices.map((p) => [p.id, p.data.name.value]));
  return { entry, related: relatedTerms(entry, kb), practices: entry.data.practices.map((id) => ({ id, name: practiceName.get(id) ?? id })) };
}

/** Every term by pinyin. */
export function glossaryView(kb: KnowledgeBase): { description: string; terms: TermView[] } {
  const terms = [...kb.terms].sort((a, b) => compareZh(a.data.name, b.data.name));
  return { description: UI.glossary.describe(terms.length), terms: terms.map((t) => termView(t, kb)) };
}

/** One term, for its own page. */
export function termPageView(entry: Entry<Term>, kb: KnowledgeBase): TermView & { description: string } {
  return { ...termView(entry, kb), description: UI.term.describe(entry.data.name, entry.data.definitions.length > 0) };
}

/** A sentence cut at the term's occurrences, so each hit can be marked. */
export function sentencePieces(o: Pick<ConcordanceLine, 'sentence' | 'hits'>): { text: string; hit: boolean }[] {
  const out: { text: string; hit: boolean }[] = [];
  let pos = 0;
  for (const h of o.hits) {
    if (h.start > pos) out.push({ text: o.sentence.slice(pos, h.start), hit: false });
    out.push({ text: o.sentence.slice(h.start, h.end), hit: true });
    pos = h.end;
  }
  if (pos < o.sentence.length) out.push({ text: o.sentence.slice(pos), hit: false });
  return out;
}

export interface ConcordanceGroup<T> {
  id: string;
  title: string;
  lines: T[];
}

/** A term's occurrences grouped by source in reading order; sources without any left out. */
export function concordanceGroups<T extends Pick<ConcordanceLine, 'source'>>(
  occurrences: readonly T[],
  sources: ReadonlyMap<string, { title: string }>,
): ConcordanceGroup<T>[] {
  return [...sources].map(([id, { title }]) => ({ id, title, lines: occurrences.filter((o) => o.source === id) })).filter((g) => g.lines.length > 0);
}
