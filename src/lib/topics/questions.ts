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
import type { Quote } from '../../schemas/knowledge.ts';
import type { Topic } from '../../schemas/topic.ts';
import { displayText, quoteInline } from '../knowledge/display.ts';
import { formatDateZh, parseDateOrThrow } from '../knowledge/dates.ts';
import { modelLabel, zhNumeral } from '../knowledge/present.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import type { QuestionBasis, SelfTestQuestion } from '../handouts/model.ts';
import { originalParagraph, type SourceTitles } from '../handouts/paragraphs.ts';
import { UI } from '../ui/zh-CN.ts';

const Q = UI.questions;

/** A name in quotation marks: “name”, inner quotation marks turned into ‘’. */
export function quoted(name: string): string {
  const bare = unquoted(name);
  return `“${bare.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/** A name without the quotation marks around all of it: “公推直选” → 公推直选. */
export function unquoted(name: string): string {
  return /^“[^“”]*”$/.test(name) ? name.slice(1, -1) : name;
}

/** Text compared for giveaways and duplicates: no spaces, quotation marks or punctuation. */
export function comparable(text: string): string {
  return displayText(text).replace(/[\s“”‘’"'《》（）()，。、；：:,.;！？!?…—\-·]/gu, '');
}

/**
 * Whether a quote defines a term: it names the term and says what it is (…就是…, …是指…, …即…,
 * 所谓…), and is not a heading ("四、实现……", "（二）避免……").
 */
export function isDefinition(term: string, quote: string): boolean {
  const t = displayText(quote);
  const name = unquoted(term);
  if (/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+(?:\.\d+)*\s)/u.test(t)) return false;
  const at = t.indexOf(name);
  if (at < 0) return false;
  const after = t.slice(at + name.length).replace(/^[”’」』]/u, '');
  return /^(?:就是|是指|指的?是|即|，即|，是|是)/u.test(after) || t.startsWith(`所谓${name}`) || t.startsWith(`所谓“${name}`);
}

interface Draft {
  question: string;
  answer: string;
  quote: Quote;
  basis: QuestionBasis;
  /** A quote spanning several facts of one paragraph (multi-part answers). */
  span?: Quote[];
}

/** Rules of a mechanism grouped by aspect, in their order: one question per aspect, every part in the answer. */
function mechanismDrafts(kb: KnowledgeBase, id: string): Draft[] {
  const m = kb.mechanisms.find((e) => e.id === id)?.data;
  if (!m) return [];
  const out: Draft[] = [];
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
}

function caseDrafts(kb: KnowledgeBase, id: string, titles: SourceTitles): Draft[] {
  const entry = kb.cases.find((e) => e.id === id);
  if (!entry) return [];
  const c = entry.data;
  const name = c.name.value;
  const out: Draft[] = [];
  if (c.kind === 'alliance') {
    if (c.leadUnits) {
      // The quote that names both the lead unit and the alliance, where the case has one.
      const both = [c.leadUnits.quote, c.founded.quote, c.name.quote, ...(c.members ? [c.members.quote] : [])].find(
        (q) => comparable(q.text).includes(comparable(c.leadUnits!.value[0]!)) && comparable(q.text).includes(comparable(unquoted(name))),
      );
      out.push({ question: Q.leadUnitOf(c.leadUnits.value.join('、')), answer: name, quote: both ?? c.leadUnits.quote, basis: { kind: 'lead-unit', id } });
    }
    for (const m of c.models) {
      const model = kb.models.find((x) => x.id === m.model);
      if (model && c.models.length === 1) out.push({ question: Q.modelOf(name), answer: modelLabel(model.data), quote: m.quote, basis: { kind: 'model', id } });
    }
    if (c.members) out.push({ question: Q.members(name), answer: displayText(c.members.value), quote: c.members.quote, basis: { kind: 'fact', id } });
    out.push({ question: Q.founded(name), answer: formatDateZh(parseDateOrThrow(c.founded.value)), quote: c.founded.quote, basis: { kind: 'date', id } });
  }
  if (c.kind === 'guide-case') {
    const ch = c.chapter.value;
    out.push({ question: Q.guideChapter(quoted(name)), answer: Q.guideChapterAnswer(zhNumeral(ch.number), ch.title), quote: c.chapter.quote, basis: { kind: 'chapter', id } });
  }
  if (c.kind === 'historical') {
    const a = c.account[0];
    if (a) out.push({ question: Q.account(name), answer: displayText(a.value), quote: a.quote, basis: { kind: 'fact', id } });
  }
  void titles;
  return out;
}

/** The sentence naming a practice with the name left blank, or undefined when the sentence is little more than the name. */
export function blanked(sentence: string, name: string): string | undefined {
  const text = displayText(sentence);
  const candidates = [name, unquoted(name), ...[...name.matchAll(/“([^“”]+)”/gu)].map((m) => m[1]!)].filter(Boolean);
  for (const c of candidates) {
    const at = text.indexOf(c);
    if (at < 0) continue;
    const rest = text.slice(0, at) + text.slice(at + c.length);
    if (comparable(rest).length < 6) return undefined;
    return `${text.slice(0, at)}${Q.blank}${text.slice(at + c.length)}`.replace(/“（　　）”/gu, Q.blank);
  }
  return undefined;
}

function practiceDrafts(kb: KnowledgeBase, id: string, titles: SourceTitles): Draft[] {
  const p = kb.practices.find((e) => e.id === id)?.data;
  if (!p) return [];
  const name = unquoted(p.name.value);
  const out: Draft[] = [];
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
}

function termDrafts(kb: KnowledgeBase, id: string): Draft[] {
  const t = kb.terms.find((e) => e.id === id)?.data;
  if (!t) return [];
  return t.definitions.filter((d) => isDefinition(t.name, d.text)).map((d) => ({ question: Q.term(quoted(t.name)), answer: displayText(d.text), quote: d, basis: { kind: 'define', id } }));
}

const SHORT_ITEM = 12;

/** List items without the ending they share (政治维度、组织维度 → 政治、组织). */
export function itemStems(items: readonly string[]): string[] {
  let k = 0;
  const min = Math.min(...items.map((i) => i.length));
  while (k < min - 1 && items.every((i) => i.at(-1 - k) === items[0]!.at(-1 - k))) k++;
  return items.map((i) => unquoted(i.slice(0, i.length - k)));
}

/** A sentence set inside the question's quotation marks: its own double marks turned single. */
function nested(sentence: string): string {
  return sentence.replace(/“/g, '‘').replace(/”/g, '’');
}

function frameworkDrafts(kb: KnowledgeBase, id: string, titles: SourceTitles): Draft[] {
  const f = kb.frameworks.find((e) => e.id === id)?.data;
  if (!f) return [];
  const out: Draft[] = [];
  const dims = f.dimensions;
  const names = dims.map((d) => d.name.value);
  // A framework named by its items ("政治、组织、制度、技术与治理四个维度") would give the order away: name it by its source.
  const stems = itemStems(names);
  const fname = stems.filter((s) => f.name.value.includes(s)).length >= 2 ? Q.frameworkOf(titles[f.source] ?? f.source) : quoted(f.name.value);
  // Which level carries a responsibility ("主体责任：…" → the subject of the quote before 履行).
  for (const d of dims) {
    const duty = d.responsibility && /^([^：]+)：/u.exec(d.responsibility.value)?.[1];
    const who = d.responsibility && /^(.+?)履行/u.exec(displayText(d.responsibility.quote.text))?.[1];
    if (duty && who) out.push({ question: Q.whoCarries(fname, duty), answer: who, quote: d.responsibility!.quote, basis: { kind: 'responsibility', id, aspect: d.id } });
  }
  if (dims.length >= 3 && names.every((n) => n.length <= SHORT_ITEM)) {
    // The order of the items, where one quote of the framework states them all in order.
    const all = [f.name.quote, ...f.intro.map((i) => i.quote)];
    const inOrder = all.find((q) => {
      const t = displayText(q.text);
      let from = 0;
      return names.every((n) => {
        const at = t.indexOf(unquoted(n), from);
        if (at < 0) return false;
        from = at + n.length;
        return true;
      });
    });
    if (inOrder) out.push({ question: Q.order(fname, dims.length, shuffled(names).join('、')), answer: names.join('、'), quote: inOrder, basis: { kind: 'order', id } });
    else {
      // Name the missing item (not the first): asked only where the order is not, which would list it.
      const k = Math.min(2, dims.length - 1);
      const list = names.map((n, i) => (i === k ? Q.blank : n));
      out.push({ question: Q.missingItem(fname, dims.length, list.join('、')), answer: names[k]!, quote: dims[k]!.name.quote, basis: { kind: 'missing', id } });
    }
  }
  // Which dimension a sub-point belongs to (its heading names the point, not the dimension).
  for (const d of dims) {
    const p = d.points.find((x) => !comparable(x.name.value).includes(comparable(itemStems(names)[dims.indexOf(d)] ?? d.name.value)));
    // The quote is the dimension's heading, under which the point stands.
    if (p) out.push({ question: Q.pointOf(quoted(p.name.value), fname), answer: d.name.value, quote: d.name.quote, basis: { kind: 'point', id, aspect: d.id } });
  }
  return out;
}

/** The items in an order where no two that follow each other in the source do so here (reversed, first and last swapped). */
export function shuffled<T>(items: readonly T[]): T[] {
  const r = [...items].reverse();
  if (r.length >= 3) [r[0], r[r.length - 1]] = [r[r.length - 1]!, r[0]!];
  return r;
}

/** Question drafts for one reading, in the order they would be asked. */
export function questionDrafts(reading: Topic['readings'][number], kb: KnowledgeBase, titles: SourceTitles = {}): Draft[] {
  if ('case' in reading) return caseDrafts(kb, reading.case, titles);
  if ('mechanism' in reading) return mechanismDrafts(kb, reading.mechanism);
  if ('practice' in reading) return practiceDrafts(kb, reading.practice, titles);
  if ('term' in reading) return termDrafts(kb, reading.term);
  if ('framework' in reading) return frameworkDrafts(kb, reading.framework, titles);
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
