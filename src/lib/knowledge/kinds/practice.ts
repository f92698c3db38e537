// Practices (做法, content/practices/): named ways of working the sources describe (双报到,
// 联席轮值 …). Page /practices/<id>/; names linked in reading texts; a topic reading.
import { displayText, quoteInline } from '../display.ts';
import { blanked, comparable, nested } from '../question-text.ts';
import { unquoted } from '../../ui/quoted.ts';
import { practiceHref } from '../../routes.ts';
import { UI } from '../../ui/zh-CN.ts';
import { byId, declareKind, type QuestionDraft, QUOTED_NAME } from './declaration.ts';
import { mechanismKind } from './mechanism.ts';

const Q = UI.questions;

export const practiceKind = declareKind({
  collection: 'practices',
  name: 'practice',
  order: byId,
  href: practiceHref,
  ...QUOTED_NAME,
  names: (d) => [d.name.value],
  excludes: (d) => d.excludes,
  mentions: 'link',
  searchNames: true,
  references: [
    { field: 'dimensions', to: 'dimension' },
    { field: 'related', to: 'practice', self: 'a practice cannot be related to itself' },
    { field: 'mechanisms', to: mechanismKind.name },
  ],
  prompts: UI.prompts.groups.practices,
  reading: {
    label: UI.handout.itemKind.practice,
    facts: ({ data: p }) => [{ label: UI.handout.fact.name, text: p.name.value, quote: p.name.quote }, ...p.quotes.map((q) => ({ label: UI.handout.fact.quote, text: displayText(q.text), quote: q }))],
    citation: ({ data }) => data.name.quote,
    /** The sentence naming it with the name left blank; which source says its longest quote. */
    drafts({ id, data: p }, _kb, titles) {
      const name = unquoted(p.name.value);
      const out: QuestionDraft[] = [];
      for (const q of [p.name.quote, ...p.quotes]) {
        const sentence = blanked(q.text, p.name.value);
        if (sentence) {
          out.push({ question: Q.fillPractice(nested(sentence)), answer: name, quote: q, basis: { kind: 'fill', id } });
          break;
        }
      }
      const longest = [p.name.quote, ...p.quotes].sort((a, b) => b.text.length - a.text.length)[0]!;
      const title = titles[longest.source];
      if (title && comparable(longest.text).length >= 12) out.push({ question: Q.whichSource(quoteInline(longest.text)), answer: `《${title}》`, quote: longest, basis: { kind: 'source', id } });
      return out;
    },
  },
});
