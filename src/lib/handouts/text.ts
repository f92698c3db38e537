// The lines of a handout, shared by the handout pages and the Word files so both say the same;
// their fixed words are UI.handout (src/lib/ui/zh-CN.ts).
import { circled, type HandoutFact, type HandoutItem, type HandoutTeaching, type OriginalParagraph, type SelfTestQuestion } from './model.ts';
import { quoteInline } from '../knowledge/display.ts';
import { UI } from '../ui/zh-CN.ts';


/** "1. 〔案例〕梁溪党建联盟" */
export function itemHeading(item: Pick<HandoutItem, 'kindLabel' | 'title'>, index: number): string {
  return UI.handout.itemHeading(index + 1, item.kindLabel, item.title);
}

/** A URL as readers see it: Chinese in paths and anchors shown as text, not %-escapes. */
export function displayUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** "引自《…》 · 节标题　约 3 分钟　网址 " (the page links the address that follows). */
export function readingPrefix(item: Pick<HandoutItem, 'citation' | 'minutes'>): string {
  return `${UI.handout.citedFrom(item.citation)}　${UI.handout.minutes(item.minutes)}　${UI.handout.address}`;
}

/** "引自《…》 · 节标题　约 3 分钟　网址 https://…" */
export function readingLine(item: Pick<HandoutItem, 'citation' | 'minutes'>, url: string): string {
  return `${readingPrefix(item)}${displayUrl(url)}`;
}

/** The citation and address under an original paragraph. */
export function paragraphSourceLine(p: OriginalParagraph, url: string): string {
  return `——${p.citation}${p.address ? `　${UI.handout.paragraphAddress(p.address)}` : ''}　${displayUrl(url)}`;
}

/** A line of the reading list: "1. 〔案例〕梁溪党建联盟　约 2 分钟" */
export function contentsLine(item: Pick<HandoutItem, 'kindLabel' | 'title' | 'minutes'>, index: number): string {
  return `${itemHeading(item, index)}　${UI.handout.minutes(item.minutes)}`;
}

/** Whether the answer is the quote itself (a definition, a passage): then it is shown once. */
export function answerIsQuote(q: Pick<SelfTestQuestion, 'answer' | 'quote'>): boolean {
  return q.answer.replace(/\s+/gu, '') === q.quote.replace(/\s+/gu, '');
}

/** "答案：…。原文：“…”", or "答案（原文）：“…”" when the answer is the quote (its own marks nested: “‘…’”). */
export function answerLine(q: Pick<SelfTestQuestion, 'answer' | 'quote'>): string {
  const h = UI.handout;
  return answerIsQuote(q) ? `${h.answerIsQuote}${quoteInline(q.quote)}` : `${h.answer}${q.answer}。${h.quoteLabel}${quoteInline(q.quote)}`;
}

/**
 * Whether a reading starts a new printed page: a source text does; short readings (cases,
 * mechanisms, practices, terms, frameworks) flow on after each other, the first of a run of
 * them starting a page after a source text. The pack page and the Word file follow the same rule.
 */
export function startsPage(items: readonly Pick<HandoutItem, 'source'>[], index: number): boolean {
  const item = items[index];
  if (!item) return false;
  if (item.source) return true;
  const prev = items[index - 1];
  return !prev || Boolean(prev.source);
}

/** Ruled lines in a reading's notes box: more for a source text than for a short reading. */
export function noteLineCount(item: Pick<HandoutItem, 'source'>): number {
  return item.source ? 6 : 3;
}

/** "阅读　40 分钟（研讨题 1、2）" — a step of the teaching plan on one line. */
export function stepLine(step: HandoutTeaching['steps'][number]): string {
  const t = UI.teaching;
  return `${step.label}　${t.minutes(step.minutes)}　${step.text}${step.prompts.length ? t.stepPrompts(step.prompts) : ''}`;
}

/** The mark after a fact: 〔见原文①〕, or for a heading 〔原文标题，段落 p12〕. */
export function factMark(f: HandoutFact): string {
  if (f.at?.reading !== undefined) return UI.handout.inReading(f.at.reading + 1, f.at.address);
  if (f.at) return f.at.address ? UI.handout.headingMark(f.at.address) : UI.handout.headingMarkBare;
  return UI.handout.paragraphMark(circled(f.paragraph + 1));
}
