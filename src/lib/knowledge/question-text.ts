// Text helpers of the self-test questions (自测题): comparing texts, blanking a name in a
// sentence, list stems. Pure; used by the kinds' question drafts (kinds/) and by the
// question set and its audit (src/lib/topics/).
import { displayText } from './display.ts';
import { UI } from '../ui/zh-CN.ts';
import { unquoted } from '../ui/quoted.ts';

const Q = UI.questions;

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

/** List items without the ending they share (政治维度、组织维度 → 政治、组织). */
export function itemStems(items: readonly string[]): string[] {
  let k = 0;
  const min = Math.min(...items.map((i) => i.length));
  while (k < min - 1 && items.every((i) => i.at(-1 - k) === items[0]!.at(-1 - k))) k++;
  return items.map((i) => unquoted(i.slice(0, i.length - k)));
}

/** A sentence set inside the question's quotation marks: its own double marks turned single. */
export function nested(sentence: string): string {
  return sentence.replace(/“/g, '‘').replace(/”/g, '’');
}

/** The items in an order where no two that follow each other in the source do so here (reversed, first and last swapped). */
export function shuffled<T>(items: readonly T[]): T[] {
  const r = [...items].reverse();
  if (r.length >= 3) [r[0], r[r.length - 1]] = [r[r.length - 1]!, r[0]!];
  return r;
}

