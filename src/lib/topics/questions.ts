// Self-test questions (自测题) generated from the verified facts of a topic's readings: each
// question asks for a fact the knowledge model states with a quote, and its answer shows that
// fact, the quote and the original paragraph. Questions are taken in turn from each reading
// (first question of every reading, then the second …) so one reading does not fill the set.
import type { Quote, RuleAspect } from '../../schemas/knowledge.ts';
import type { Topic } from '../../schemas/topic.ts';
import { formatDateZh, parseDateOrThrow } from '../knowledge/dates.ts';
import { zhNumeral } from '../knowledge/present.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { quoteText } from '../handouts/items.ts';
import type { SelfTestQuestion } from '../handouts/model.ts';
import { originalParagraph, type SourceTitles } from '../handouts/paragraphs.ts';

/** A name in quotation marks: “name”, inner quotation marks turned into ‘’. */
export function quoted(name: string): string {
  const bare = /^“[^“”]*”$/.test(name) ? name.slice(1, -1) : name;
  return `“${bare.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

interface Draft {
  question: string;
  answer: string;
  quote: Quote;
}

/** How a mechanism rule of each aspect is asked about. */
const RULE_QUESTIONS: Record<RuleAspect, string> = {
  basis: '依据是什么？',
  body: '要建立什么机构或制度？',
  content: '包括哪些内容？',
  frequency: '多久进行一次？',
  size: '规模如何？',
  threshold: '门槛是什么？',
  procedure: '按什么程序进行？',
  principle: '遵循什么原则？',
};

/** Question drafts for one reading, in the order they would be asked. */
export function questionDrafts(reading: Topic['readings'][number], kb: KnowledgeBase): Draft[] {
  if ('case' in reading) {
    const c = kb.cases.find((e) => e.id === reading.case)?.data;
    if (!c) return [];
    const name = c.name.value;
    const out: Draft[] = [];
    if (c.kind === 'alliance') {
      out.push({ question: `${name}于何时成立？`, answer: formatDateZh(parseDateOrThrow(c.founded.value)), quote: c.founded.quote });
      if (c.leadUnits) out.push({ question: `${name}由哪个（些）单位牵头组建？`, answer: c.leadUnits.value.join('、'), quote: c.leadUnits.quote });
      if (c.members) out.push({ question: `${name}的成员规模如何？`, answer: c.members.value, quote: c.members.quote });
      if (c.theme) out.push({ question: `${name}的主题是什么？`, answer: c.theme.value, quote: c.theme.quote });
    }
    if (c.kind === 'guide-case') {
      const ch = c.chapter.value;
      out.push({ question: `实务指南的典型案例${quoted(name)}收在哪一章？`, answer: `第${zhNumeral(ch.number)}章“${ch.title}”`, quote: c.chapter.quote });
    }
    if (c.kind === 'historical') {
      for (const a of c.account) out.push({ question: `原文怎样记述${name}？`, answer: a.value, quote: a.quote });
    }
    return out;
  }
  if ('mechanism' in reading) {
    const m = kb.mechanisms.find((e) => e.id === reading.mechanism)?.data;
    return (m?.rules ?? []).map((r) => ({ question: `按照${m!.name.value}，${RULE_QUESTIONS[r.aspect]}`, answer: r.value, quote: r.quote }));
  }
  if ('practice' in reading) {
    const p = kb.practices.find((e) => e.id === reading.practice)?.data;
    return p ? [{ question: `原文在什么语境中提到${quoted(p.name.value)}？`, answer: quoteText(p.name.quote), quote: p.name.quote }] : [];
  }
  if ('term' in reading) {
    const t = kb.terms.find((e) => e.id === reading.term)?.data;
    return (t?.definitions ?? []).map((d) => ({ question: `原文怎样解释${quoted(t!.name)}？`, answer: quoteText(d), quote: d }));
  }
  if ('framework' in reading) {
    const f = kb.frameworks.find((e) => e.id === reading.framework)?.data;
    return (f?.dimensions ?? []).map((d) => ({ question: `${quoted(f!.name.value)}的第${zhNumeral(d.number)}项是什么？`, answer: d.name.value, quote: d.name.quote }));
  }
  return [];
}

/** The topic's self-test questions: up to `topic.questions`, taken in turn from each reading. */
export function selfTestQuestions(topic: Entry<Topic>, kb: KnowledgeBase, titles: SourceTitles): SelfTestQuestion[] {
  const lists = topic.data.readings.map((r) => questionDrafts(r, kb));
  const picked: Draft[] = [];
  for (let round = 0; picked.length < topic.data.questions && lists.some((l) => l.length > round); round++) {
    for (const list of lists) {
      const d = list[round];
      if (d && picked.length < topic.data.questions) picked.push(d);
    }
  }
  return picked.map((d) => ({ question: d.question, answer: d.answer, quote: quoteText(d.quote), paragraph: originalParagraph(d.quote, titles) }));
}
