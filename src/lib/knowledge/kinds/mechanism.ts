// Operating mechanisms (运行机制, content/mechanisms/): the seven mechanisms of the Wuxi
// alliances, each a list of rules. Shown on /mechanisms/#<id>; names linked in reading texts; a
// topic reading.
import { displayText } from '../display.ts';
import { mechanismHref } from '../../routes.ts';
import { UI } from '../../ui/zh-CN.ts';
import { byNumber, declareKind, type QuestionDraft, QUOTED_NAME } from './declaration.ts';

const Q = UI.questions;

export const mechanismKind = declareKind({
  collection: 'mechanisms',
  name: 'mechanism',
  order: byNumber,
  href: mechanismHref,
  ...QUOTED_NAME,
  names: (d) => [d.name.value],
  excludes: (d) => d.excludes,
  mentions: 'link',
  searchNames: true,
  check({ id, data }, { kb, report }) {
    const first = kb.mechanisms.find((m) => m.data.number === data.number);
    if (first && first.id !== id) report('number', `mechanism number ${data.number} also used by "${first.id}"`);
  },
  prompts: UI.prompts.groups.mechanisms,
  reading: {
    label: UI.handout.itemKind.mechanism,
    facts: ({ data }) => data.rules.map((r) => ({ label: UI.ruleAspect[r.aspect], text: r.value, quote: r.quote })),
    citation: ({ data }) => data.name.quote,
    /** Rules grouped by aspect, in their order: one question per aspect, every part in the answer; then the one left out of the list. */
    drafts({ id, data: m }, kb) {
      const out: QuestionDraft[] = [];
      const aspects = [...new Set(m.rules.map((r) => r.aspect))];
      for (const aspect of aspects) {
        const rules = m.rules.filter((r) => r.aspect === aspect);
        const ask = rules.length > 1 ? Q.ruleAspectMany(Q.ruleAspect[aspect], rules.length) : Q.ruleAspect[aspect];
        out.push({
          question: Q.rule(m.name.value, ask),
          // The rules as the source words them (the model's values may be condensed).
          answer: rules.map((r) => displayText(r.quote.text)).join('；'),
          quote: rules[0]!.quote,
          span: rules.map((r) => r.quote),
          basis: { kind: 'rule', id, aspect },
        });
      }
      // The mechanism's place in the list of all mechanisms: name the one left out.
      const all = [...kb.mechanisms].sort((a, b) => a.data.number - b.data.number);
      if (all.length >= 4) {
        const list = all.map((e) => (e.id === id ? Q.blank : e.data.name.value));
        out.push({ question: Q.missingMechanism(all.length, list.join('、')), answer: m.name.value, quote: m.name.quote, basis: { kind: 'missing', id } });
      }
      return out;
    },
  },
});
