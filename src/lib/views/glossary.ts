// Route data of the glossary (/glossary/) and a term's page (/glossary/<id>/): terms by
// pinyin, each with its related terms and practices.
import type { Term } from '../../schemas/knowledge.ts';
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
export function termPageView(id: string, kb: KnowledgeBase): TermView & { description: string } {
  const entry = kb.terms.find((t) => t.id === id);
  if (!entry) throw new Error(`termPageView: no term "${id}"`);
  return { ...termView(entry, kb), description: UI.term.describe(entry.data.name, entry.data.definitions.length > 0) };
}
