// Terms (术语, content/terms/): words the sources use, with the sentences that define them where
// a source does. Page /glossary/<id>/; their names keep mentions from linking inside them; a
// topic reading.
import type { Quote } from '../../../schemas/knowledge.ts';
import { displayText } from '../display.ts';
import { isDefinition } from '../question-text.ts';
import { quoted } from '../../ui/quoted.ts';
import { normaliseQuote } from '../quote.ts';
import { termPageHref } from '../../routes.ts';
import { UI } from '../../ui/zh-CN.ts';
import { byId, declareKind } from './declaration.ts';
import { practiceKind } from './practice.ts';

const Q = UI.questions;

/** How many sentences of its concordance a term no source defines shows in a handout. */
const USAGE_LINES = 2;

export const termKind = declareKind({
  collection: 'terms',
  name: 'term',
  order: byId,
  href: termPageHref,
  title: (d) => d.name,
  names: (d) => [d.name, ...d.aliases],
  excludes: (d) => d.excludes,
  mentions: 'claim',
  searchNames: true,
  references: [
    { field: 'see', to: 'term', self: 'a term cannot refer to itself' },
    { field: 'practices', to: practiceKind.name },
  ],
  /** A definition names the term (or an alias). */
  check({ data: d }, { report }) {
    const names = [d.name, ...d.aliases].map(normaliseQuote);
    const named = d.definitions.some((q) => names.some((n) => normaliseQuote(q.text).includes(n)));
    if (d.definitions.length > 0 && !named) {
      report('definitions', `no definition quote contains the term "${d.name}"${d.aliases.length ? ` or an alias (${d.aliases.join(', ')})` : ''}`);
    }
  },
  prompts: UI.prompts.groups.terms,
  reading: {
    label: UI.handout.itemKind.term,
    // A term no source defines: the sentences that use it first (its concordance's opening lines).
    facts: ({ data: t }, _kb, tools) =>
      t.definitions.length > 0
        ? t.definitions.map((q) => ({ label: UI.handout.fact.definition, text: displayText(q.text), quote: q as Quote }))
        : tools.usage([t.name, ...t.aliases], t.excludes, USAGE_LINES).map((q) => ({ label: UI.handout.fact.usage, text: displayText(q.text), quote: q })),
    citation: (_entry, facts) => facts[0]?.quote,
    /** What it means — only where the quote defines it. */
    drafts: ({ id, data: t }) =>
      t.definitions.filter((d) => isDefinition(t.name, d.text)).map((d) => ({ question: Q.term(quoted(t.name)), answer: displayText(d.text), quote: d, basis: { kind: 'define' as const, id } })),
  },
});
