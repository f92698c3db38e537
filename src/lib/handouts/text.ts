// The lines of a handout, shared by the handout pages and the Word files so both say the same;
// their fixed words are UI.handout (src/lib/ui/zh-CN.ts).
import type { HandoutItem, OriginalParagraph, SelfTestQuestion } from './model.ts';
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
