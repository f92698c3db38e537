// The words of a handout, shared by the handout pages and the Word files so both say the same.
import type { HandoutItem, OriginalParagraph, SelfTestQuestion } from './model.ts';

export const HANDOUT_TEXT = {
  introTitle: '编者导读',
  contentsTitle: '阅读清单',
  /** The facts' heading of a one-item handout (a case). */
  factsTitle: '基本情况（附原文段落）',
  editorialNote: '以下文字由本站编者撰写，不是原文。',
  notice: '说明：',
  paragraphsTitle: '原文段落',
  notesTitle: '笔记',
  promptsTitle: '研讨题（编者）',
  questionsTitle: '自测题',
  questionsNote: '题目由本站依据原文事实生成；答案附原文引文与段落。',
  answersTitle: '自测题答案',
  referencesTitle: '引用文献',
  pageUrl: '本讲义网址：',
  paragraphMark: (mark: string): string => `〔见原文${mark}〕`,
  totalTime: (items: number, minutes: number): string => `共 ${items} 篇读物，约 ${minutes} 分钟读完。`,
  footNote: (site: string): string => `本讲义由${site}据上述文献整理，事实均摘自原文；标“编者”的导读与研讨题为本站编者所加。`,
} as const;

/** "1. 〔案例〕梁溪党建联盟" */
export function itemHeading(item: Pick<HandoutItem, 'kindLabel' | 'title'>, index: number): string {
  return `${index + 1}. 〔${item.kindLabel}〕${item.title}`;
}

/** A URL as readers see it: Chinese in paths and anchors shown as text, not %-escapes. */
export function displayUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** "引自《…》 · 节标题　约 3 分钟　网址 https://…" */
export function readingLine(item: Pick<HandoutItem, 'citation' | 'minutes'>, url: string): string {
  return `引自${item.citation}　约 ${item.minutes} 分钟　网址 ${displayUrl(url)}`;
}

/** The citation and address under an original paragraph. */
export function paragraphSourceLine(p: OriginalParagraph, url: string): string {
  return `——${p.citation}${p.address ? `　段落 ${p.address}` : ''}　${displayUrl(url)}`;
}

/** A line of the reading list: "1. 〔案例〕梁溪党建联盟　约 2 分钟" */
export function contentsLine(item: Pick<HandoutItem, 'kindLabel' | 'title' | 'minutes'>, index: number): string {
  return `${itemHeading(item, index)}　约 ${item.minutes} 分钟`;
}

/** Whether the answer is the quote itself (a definition, a passage): then it is shown once. */
export function answerIsQuote(q: Pick<SelfTestQuestion, 'answer' | 'quote'>): boolean {
  return q.answer.replace(/\s+/gu, '') === q.quote.replace(/\s+/gu, '');
}

/** "答案：…。原文：“…”", or "答案（原文）：“…”" when the answer is the quote. */
export function answerLine(q: Pick<SelfTestQuestion, 'answer' | 'quote'>): string {
  return answerIsQuote(q) ? `答案（原文）：“${q.quote}”` : `答案：${q.answer}。原文：“${q.quote}”`;
}
