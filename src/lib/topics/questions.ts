// Self-test questions (自测题) generated from the verified facts of a topic's readings. Each
// question asks for a fact the knowledge model states with a quote; its answer shows that fact,
// the quote (display-cleaned, src/lib/knowledge/display.ts) and the original paragraph. The
// kinds go beyond recalling dates: match an alliance to its lead unit or its model, name the
// missing item of a list (the seven mechanisms, a framework's dimensions, the blank in a
// sentence naming a practice), put a framework's items in order, say which level carries a
// responsibility, which source says a sentence, and what a term means — the last only where the
// source defines it. Multi-part rules are asked as one question with every part in the answer.
// Questions are taken in turn from each reading; none repeats another's answer or quote, and at
// most one asks for a date. The rules are audited over the whole generated set (audit.ts).
import type { Topic } from '../../schemas/topic.ts';
import { displayText } from '../knowledge/display.ts';
import { READING_KINDS, entriesOf, type QuestionDraft } from '../knowledge/kinds/index.ts';
import { comparable } from '../knowledge/question-text.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import type { QuestionBasis, SelfTestQuestion } from '../handouts/model.ts';
import { originalParagraph, type SourceTitles } from '../handouts/paragraphs.ts';

type Draft = QuestionDraft;

/** Question drafts for one reading, in the order they would be asked. */
export function questionDrafts(reading: Topic['readings'][number], kb: KnowledgeBase, titles: SourceTitles = {}): Draft[] {
  // Each kind of entry drafts its own questions (src/lib/knowledge/kinds/).
  for (const kind of READING_KINDS) {
    if (!(kind.name in reading)) continue;
    const id = (reading as Record<string, string>)[kind.name];
    const entry = entriesOf(kb, kind).find((e) => e.id === id);
    return entry ? kind.reading!.drafts(entry, kb, titles) : [];
  }
  return [];
}

/** Kinds asked at most this often in one topic (a date at most once: the set is not a date quiz). */
const AT_MOST: Partial<Record<QuestionBasis['kind'], number>> = { date: 1, source: 2, chapter: 1 };
/** The largest share of a topic's questions one kind may have. */
export const MAX_KIND_SHARE = 0.6;
/** On a first pass no kind is asked more than twice, so a topic's set mixes kinds. */
const FIRST_PASS = 2;

/** Whether a question holds its answer or most of it (a run of more than half the answer's characters). */
export function givesAway(q: Pick<SelfTestQuestion, 'question' | 'answer' | 'basis'>): boolean {
  if (q.basis?.kind === 'source') return false;
  const question = comparable(q.question);
  const answer = comparable(q.answer);
  for (let len = answer.length; len * 2 > answer.length; len--) {
    for (let at = 0; at + len <= answer.length; at++) if (question.includes(answer.slice(at, at + len))) return true;
  }
  return false;
}

/** Whether two quotes are one: the same text, or one inside the other. */
export function sameQuote(a: string, b: string): boolean {
  const x = comparable(a);
  const y = comparable(b);
  return x.includes(y) || y.includes(x);
}

/**
 * The topic's self-test questions: up to `topic.questions`, taken in turn from each reading
 * (first question of every reading, then the second …); no two share an answer or a quote.
 */
export function selfTestQuestions(topic: Entry<Topic>, kb: KnowledgeBase, titles: SourceTitles): SelfTestQuestion[] {
  const lists = topic.data.readings.map((r) => questionDrafts(r, kb, titles));
  const queue: Draft[] = [];
  for (let round = 0; lists.some((l) => l.length > round); round++) for (const l of lists) if (l[round]) queue.push(l[round]!);
  const all = queue.map((d) => finished(d, titles));
  const taken = new Set<number>();
  const count = new Map<string, number>();
  const fits = (i: number, cap: number): boolean => {
    const q = all[i]!;
    const kind = q.basis!.kind;
    const n = count.get(kind) ?? 0;
    if (n >= Math.min(cap, AT_MOST[kind] ?? Infinity)) return false;
    return [...taken].every((j) => comparable(all[j]!.answer) !== comparable(q.answer) && !sameQuote(all[j]!.quote, q.quote) && all[j]!.question !== q.question);
  };
  for (const cap of [FIRST_PASS, Infinity]) {
    for (let i = 0; i < all.length && taken.size < topic.data.questions; i++) {
      if (taken.has(i) || !fits(i, cap) || givesAway(all[i]!)) continue;
      taken.add(i);
      count.set(all[i]!.basis!.kind, (count.get(all[i]!.basis!.kind) ?? 0) + 1);
    }
  }
  // No kind makes up more than MAX_KIND_SHARE of the set: drop the last of a kind that does.
  let order = [...taken].sort((a, b) => a - b);
  for (;;) {
    const kinds = order.map((i) => all[i]!.basis!.kind);
    const over = kinds.find((k) => kinds.filter((x) => x === k).length > MAX_KIND_SHARE * kinds.length);
    if (!over) break;
    const last = order.map((i) => all[i]!.basis!.kind).lastIndexOf(over);
    order = order.filter((_, k) => k !== last);
  }
  return order.map((i) => all[i]!);
}

/** A draft as shown: its quote display-cleaned (a multi-part answer quotes the span of its paragraph holding every part). */
function finished(d: Draft, titles: SourceTitles): SelfTestQuestion {
  const paragraph = originalParagraph(d.quote, titles);
  let quote = displayText(d.quote.text);
  if (d.span && d.span.length > 1) {
    const parts = d.span.map((q) => displayText(q.text));
    const at = parts.map((t) => paragraph.text.indexOf(t));
    if (at.every((i) => i >= 0)) {
      const start = Math.min(...at);
      const end = Math.max(...at.map((i, k) => i + parts[k]!.length));
      quote = paragraph.text.slice(start, end);
    }
  }
  return { question: d.question, answer: d.answer, quote, paragraph, basis: d.basis };
}
