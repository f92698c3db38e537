// An audit of self-test questions against the rules a trainer would check them by, applied to
// every topic's generated set (audit.test.ts) — independent of how questions.ts builds them:
// it reads the question, the answer, the quote and the paragraph, and looks facts up in the
// knowledge model and the raw sources itself.
//
// Per question: the question does not contain its answer or most of it (nor a list answer's
// items in order); "解释" only where the quote defines the term; a rule's answer holds every
// rule of the aspect asked (联席轮值 has two bodies); answer and quote are display-cleaned; every
// “quotation” in the question is in a source; the answer is in its quote or paragraph.
// Per topic: no two questions share an answer, a quote (or one quote inside another) or a text;
// at most one date question; at least three kinds, none more than 60 % of the set.
import { displayText } from '../knowledge/display.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { QuestionBasis, SelfTestQuestion } from '../handouts/model.ts';
import { UI } from '../ui/zh-CN.ts';
import { MAX_KIND_SHARE, sameQuote } from './questions.ts';
import { comparable, isDefinition, itemStems } from '../knowledge/question-text.ts';

export const AUDIT_RULES = [
  'gives-away',
  'not-a-definition',
  'incomplete',
  'not-cleaned',
  'made-up-quotation',
  'answer-unsupported',
  'same-answer',
  'same-quote',
  'same-question',
  'date-quiz',
  'one-kind',
] as const;
export type AuditRule = (typeof AUDIT_RULES)[number];

export interface AuditDefect {
  topic: string;
  /** 1-based question number, or 0 for a defect of the whole set. */
  question: number;
  rule: AuditRule;
  detail: string;
}

/** Longest common substring length. */
export function longestCommon(a: string, b: string): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1]! + 1;
        if (cur[j]! > best) best = cur[j]!;
      }
    }
    prev = cur;
  }
  return best;
}

/** Whether the items appear in the text in this order. */
function inOrder(text: string, items: readonly string[]): boolean {
  let from = 0;
  for (const item of items) {
    const at = text.indexOf(item, from);
    if (at < 0) return false;
    from = at + item.length;
  }
  return true;
}

/** The kind of a question: its basis, or read from the wording of the question. */
export function kindOf(q: Pick<SelfTestQuestion, 'question' | 'answer' | 'basis'>): QuestionBasis['kind'] | 'context' | 'item' {
  if (q.basis) return q.basis.kind;
  if (/于何时成立/u.test(q.question)) return 'date';
  if (/在什么语境中提到/u.test(q.question)) return 'context';
  if (/怎样解释/u.test(q.question)) return 'define';
  if (/^按照.+?，/u.test(q.question)) return 'rule';
  if (/第.项是什么/u.test(q.question)) return 'item';
  if (/收在哪一章/u.test(q.question)) return 'chapter';
  return 'fact';
}

const DATE = /^\d{4}\s*年/u;

/** The “quotations” in a question at the outer level (nested ‘…’ stay inside). */
export function quotationsIn(question: string): string[] {
  return [...question.matchAll(/“([^“”]+)”/gu)].map((m) => m[1]!);
}

export interface AuditInput {
  topic: string;
  questions: readonly SelfTestQuestion[];
}

export function auditQuestions(sets: readonly AuditInput[], kb: KnowledgeBase, raws: Readonly<Record<string, string>>, titles: Readonly<Record<string, string>>): AuditDefect[] {
  const out: AuditDefect[] = [];
  const corpus = Object.values(raws).map(comparable).join('\n');
  const rulePrefix = /^按照(.+?)，(.+)$/u;
  for (const { topic, questions } of sets) {
    const add = (question: number, rule: AuditRule, detail: string): void => void out.push({ topic, question, rule, detail });
    questions.forEach((q, i) => {
      const n = i + 1;
      const question = comparable(q.question);
      const answer = comparable(q.answer);
      const kind = kindOf(q);
      // Gives its answer away: contains it, most of it, or a list answer's items in order.
      if (answer.length > 0 && kind !== 'source') {
        const common = longestCommon(question, answer);
        if (question.includes(answer) || (answer.length >= 2 && common * 2 > answer.length)) add(n, 'gives-away', `shares ${common} of ${answer.length} characters of “${q.answer}”`);
        else {
          const items = q.answer.split(/[、；]/u).map((s) => s.trim()).filter(Boolean);
          if (items.length >= 3 && inOrder(question, itemStems(items).map(comparable))) add(n, 'gives-away', `lists the answer's items in order`);
        }
      }
      // "解释" only from a definition of the term asked.
      if (/解释/u.test(q.question)) {
        const term = quotationsIn(q.question)[0] ?? '';
        if (!isDefinition(term, q.quote)) add(n, 'not-a-definition', `“${q.quote.slice(0, 30)}” does not define ${term}`);
      }
      // A rule question: every rule of the mechanism with that aspect is in the answer.
      const rule = rulePrefix.exec(q.question);
      if (rule) {
        const m = kb.mechanisms.find((e) => e.data.name.value === rule[1]);
        const aspect = Object.entries(UI.questions.ruleAspect).find(([, ask]) => rule[2]!.startsWith(ask))?.[0];
        if (m && aspect) {
          const missing = m.data.rules.filter((r) => r.aspect === aspect && !answer.includes(comparable(r.value)) && !answer.includes(comparable(r.quote.text)));
          if (missing.length) add(n, 'incomplete', `the answer leaves out ${missing.map((r) => `“${r.value}”`).join('、')}`);
        }
      }
      // Shown as the pages show text.
      // (A date answer is in the site's date style, formatDateZh: "2017 年 9 月".)
      const uncleaned = [...(kind === 'date' ? [] : [q.answer]), q.quote].find((t) => t !== displayText(t));
      if (uncleaned !== undefined) add(n, 'not-cleaned', `“${uncleaned}”`);
      // Every quotation in the question is in a source (a blank splits a quoted sentence).
      for (const quotation of quotationsIn(q.question)) {
        const parts = quotation.split(UI.questions.blank).map(comparable).filter(Boolean);
        if (!parts.every((p) => corpus.includes(p))) add(n, 'made-up-quotation', `“${quotation}” is not in any source`);
      }
      // The answer is borne out by its quote or paragraph (a source answer by the paragraph's source).
      if (kind === 'source') {
        if (q.answer !== `《${titles[q.paragraph.source] ?? ''}》`) add(n, 'answer-unsupported', `the quote is from ${q.paragraph.source}`);
      } else if (kind === 'date') {
        const digits = q.answer.match(/\d+/g) ?? [];
        if (!digits.every((d) => comparable(q.quote).includes(d))) add(n, 'answer-unsupported', `the quote does not give ${q.answer}`);
      } else if (kind !== 'model') {
        const evidence = comparable(`${q.quote}${q.paragraph.text}`);
        const parts = q.answer.split(/[、；]/u).map(comparable).filter(Boolean);
        if (!parts.every((p) => evidence.includes(p))) add(n, 'answer-unsupported', `“${q.answer}” is not in its quote or paragraph`);
      }
    });
    // The set: no repeats, not a date quiz, several kinds.
    questions.forEach((q, i) => {
      for (let j = 0; j < i; j++) {
        const o = questions[j]!;
        if (comparable(o.answer) === comparable(q.answer)) out.push({ topic, question: i + 1, rule: 'same-answer', detail: `as question ${j + 1}` });
        if (sameQuote(o.quote, q.quote)) out.push({ topic, question: i + 1, rule: 'same-quote', detail: `as question ${j + 1}` });
        if (o.question === q.question) out.push({ topic, question: i + 1, rule: 'same-question', detail: `as question ${j + 1}` });
      }
    });
    const kinds = questions.map(kindOf);
    const dates = questions.filter((q) => kindOf(q) === 'date' || DATE.test(q.answer)).length;
    if (dates > 1) add(0, 'date-quiz', `${dates} of ${questions.length} questions ask for a date`);
    const counts = new Map<string, number>();
    for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
    const [topKind, top] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (counts.size < 3 || top > MAX_KIND_SHARE * questions.length) add(0, 'one-kind', `${counts.size} kinds; ${top} of ${questions.length} are “${topKind}”`);
  }
  return out;
}

/** Defects counted by rule, and the questions with at least one defect. */
export function auditSummary(defects: readonly AuditDefect[]): { byRule: Record<string, number>; questions: number; sets: number } {
  const byRule: Record<string, number> = {};
  for (const d of defects) byRule[d.rule] = (byRule[d.rule] ?? 0) + 1;
  return {
    byRule,
    questions: new Set(defects.filter((d) => d.question > 0).map((d) => `${d.topic}#${d.question}`)).size,
    sets: new Set(defects.filter((d) => d.question === 0).map((d) => d.topic)).size,
  };
}
