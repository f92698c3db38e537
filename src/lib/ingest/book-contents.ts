// A book's table of contents, as the excerpt prints it: 绪论 and chapters, each with
// 中央精神, numbered sections, 典型案例 and 案例点评, with page numbers after a tab.
import type { SourceLine } from './source-lines.ts';

export type ContentsEntryKind = 'spirit' | 'section' | 'case' | 'commentary';

export interface ContentsEntry {
  kind: ContentsEntryKind;
  /** The label as printed: 中央精神, 一、, 典型案例, 案例点评. */
  label: string;
  /** The words after the label (empty for 中央精神 and 案例点评). */
  title: string;
  /** Page number in the book; absent when the contents give none. */
  page?: number;
  /** Raw line numbers of the entry. */
  lines: number[];
  /** The entry's raw text, verbatim (lines joined by a newline). */
  quote: string;
}

export interface ContentsPart {
  /** "intro" for 绪论, "chapter-N" for 第N章. */
  id: string;
  label: string;
  /** Chapter number (1…); absent for 绪论. */
  number?: number;
  title: string;
  page?: number;
  lines: number[];
  quote: string;
  entries: ContentsEntry[];
}

const PAGE = /(?:[ \t]*(?:\.{2,}|…+))?[ \t]*\t[ \t]*(\d+)\s*$|^\s*(\d+)\s*$/u;
const LEADERS = /[ \t]*(?:\.{2,}|…+)[ \t]*$/u;
const PART = /^(绪论|第([一二三四五六七八九十]+)章)[ \t\u3000]*(.*)$/u;
const ENTRY = /^(中央精神|典型案例|案例点评|[一二三四五六七八九十]+、)[ \t\u3000]*(.*)$/u;

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as a number. */
export function chineseNumber(text: string): number {
  if (text === '十') return 10;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (tens === '' ? (text.includes('十') ? 1 : 0) : CN_DIGITS[tens!]!) * 10 + (ones ? CN_DIGITS[ones]! : 0);
}

/** Spaces inside a contents entry are line-wrap artefacts between Chinese words ("找准开 展活动"). */
function tidyTitle(text: string): string {
  return text
    .replace(LEADERS, '')
    .replace(/(?<=[\p{Script=Han}\p{P}])[ \t]+(?=[\p{Script=Han}\p{P}])/gu, '')
    .trim();
}

const ENTRY_KIND: Record<string, ContentsEntryKind> = { 中央精神: 'spirit', 典型案例: 'case', 案例点评: 'commentary' };

interface Pending {
  head: string;
  lines: SourceLine[];
  page?: number;
}

/** Whether a (cleaned) line is a contents line: a labelled entry or a page number after a tab. */
export function isContentsLine(text: string): boolean {
  const t = text.trim();
  return PAGE.test(text) || PART.test(t) || ENTRY.test(t);
}

/** Parses the contents lines (cleaned: spaced-apart characters already joined). */
export function parseContents(lines: readonly SourceLine[]): ContentsPart[] {
  // 1. Group lines into entries: a labelled line starts one; unlabelled lines continue it.
  const groups: Pending[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    if (t === '') continue;
    const labelled = PART.test(t) || ENTRY.test(t);
    const current = groups[groups.length - 1];
    if (labelled || !current || current.page !== undefined) groups.push({ head: '', lines: [l] });
    else current.lines.push(l);
    const g = groups[groups.length - 1]!;
    const page = PAGE.exec(l.text);
    const words = page ? l.text.slice(0, page.index) : l.text;
    g.head = `${g.head}${words.trim()}`;
    if (page) g.page = Number(page[1] ?? page[2]);
  }
  // 2. Build the parts.
  const parts: ContentsPart[] = [];
  for (const g of groups) {
    const head = tidyTitle(g.head);
    const quote = g.lines.map((l) => l.raw.trim()).join('\n');
    const lineNumbers = g.lines.map((l) => l.n);
    const part = PART.exec(head);
    if (part) {
      const number = part[2] ? chineseNumber(part[2]) : undefined;
      parts.push({
        id: number === undefined ? 'intro' : `chapter-${number}`,
        label: part[1]!,
        ...(number !== undefined ? { number } : {}),
        title: part[3]!.trim(),
        ...(g.page !== undefined ? { page: g.page } : {}),
        lines: lineNumbers,
        quote,
        entries: [],
      });
      continue;
    }
    const entry = ENTRY.exec(head);
    const owner = parts[parts.length - 1];
    if (!entry || !owner) throw new Error(`contents line ${lineNumbers[0]}: “${head}” is neither a part nor an entry`);
    owner.entries.push({
      kind: ENTRY_KIND[entry[1]!] ?? 'section',
      label: entry[1]!,
      title: entry[2]!.trim(),
      ...(g.page !== undefined ? { page: g.page } : {}),
      lines: lineNumbers,
      quote,
    });
  }
  return parts;
}
