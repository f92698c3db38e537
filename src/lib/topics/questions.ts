// Self-test questions (自测题) generated from the verified facts of a topic's readings: each
// question asks for a fact the knowledge model states with a quote, and its answer shows that
// fact, the quote and the original paragraph. Questions are taken in turn from each reading
// (first question of every reading, then the second …) so one reading does not fill the set.
import type { Quote } from '../../schemas/knowledge.ts';
import type { Topic } from '../../schemas/topic.ts';
import { formatDateZh, parseDateOrThrow } from '../knowledge/dates.ts';
import { zhNumeral } from '../knowledge/present.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { quoteText } from '../handouts/items.ts';
import type { SelfTestQuestion } from '../handouts/model.ts';
import { originalParagraph, type SourceTitles } from '../handouts/paragraphs.ts';
import { UI } from '../ui/zh-CN.ts';

const Q = UI.questions;

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

/** Question drafts for one reading, in the order they would be asked. */
export function questionDrafts(reading: Topic['readings'][number], kb: KnowledgeBase): Draft[] {
  if ('case' in reading) {
    const c = kb.cases.find((e) => e.id === reading.case)?.data;
    if (!c) return [];
    const name = c.name.value;
    const out: Draft[] = [];
    if (c.kind === 'alliance') {
      out.push({ question: Q.founded(name), answer: formatDateZh(parseDateOrThrow(c.founded.value)), quote: c.founded.quote });
      if (c.leadUnits) out.push({ question: Q.leadUnits(name), answer: c.leadUnits.value.join('、'), quote: c.leadUnits.quote });
      if (c.members) out.push({ question: Q.members(name), answer: c.members.value, quote: c.members.quote });
      if (c.theme) out.push({ question: Q.theme(name), answer: c.theme.value, quote: c.theme.quote });
    }
    if (c.kind === 'guide-case') {
      const ch = c.chapter.value;
      out.push({ question: Q.guideChapter(quoted(name)), answer: Q.guideChapterAnswer(zhNumeral(ch.number), ch.title), quote: c.chapter.quote });
    }
    if (c.kind === 'historical') {
      for (const a of c.account) out.push({ question: Q.account(name), answer: a.value, quote: a.quote });
    }
    return out;
  }
  if ('mechanism' in reading) {
    const m = kb.mechanisms.find((e) => e.id === reading.mechanism)?.data;
    return (m?.rules ?? []).map((r) => ({ question: Q.rule(m!.name.value, Q.ruleAspect[r.aspect]), answer: r.value, quote: r.quote }));
  }
  if ('practice' in reading) {
    const p = kb.practices.find((e) => e.id === reading.practice)?.data;
    return p ? [{ question: Q.practice(quoted(p.name.value)), answer: quoteText(p.name.quote), quote: p.name.quote }] : [];
  }
  if ('term' in reading) {
    const t = kb.terms.find((e) => e.id === reading.term)?.data;
    return (t?.definitions ?? []).map((d) => ({ question: Q.term(quoted(t!.name)), answer: quoteText(d), quote: d }));
  }
  if ('framework' in reading) {
    const f = kb.frameworks.find((e) => e.id === reading.framework)?.data;
    return (f?.dimensions ?? []).map((d) => ({ question: Q.dimension(quoted(f!.name.value), zhNumeral(d.number)), answer: d.name.value, quote: d.name.quote }));
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
