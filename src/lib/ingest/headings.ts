// Heading detection: the numbering systems of these texts (一、 （一） 1 1. 1.1 第X章) and
// their named parts (摘要 关键词 引言 结语 中央精神 典型案例 案例点评 参考文献 …).
import { displayWidth, HAN } from './cjk.ts';
import { endsSentence, type LayoutProfile } from './layout.ts';
import { UNIT_CHARS } from './number-units.ts';

export type HeadingScheme =
  | 'chapter' // 第一章
  | 'front' // 绪论 / 导论 / 序言 / 前言 (a book part before the chapters)
  | 'cn-number' // 一、
  | 'cn-paren' // （一）
  | 'arabic' // 1 政治维度
  | 'arabic-dotted' // 1.加强……
  | 'arabic-sub' // 1.1 坚持……
  | 'named'; // 摘要, 引言, 中央精神 …

/** Numbered schemes from the outermost to the innermost. */
export const NUMBERED_SCHEMES: readonly HeadingScheme[] = ['cn-number', 'cn-paren', 'arabic', 'arabic-dotted', 'arabic-sub'];

export interface HeadingMatch {
  scheme: HeadingScheme;
  /** The number as printed ("一、", "（一）", "1", "1.", "1.1", "第一章"); absent for named parts. */
  number?: string;
  /** The heading's words after the number; for a named part, its label without brackets or colon. */
  text: string;
  /** Text after a named part's label on the same line ("摘要：以整体性……" → "以整体性……"). */
  rest?: string;
}

/** Named parts, as the texts label them. */
export const NAMED_PARTS = ['摘要', '关键词', '关键字', '引言', '前言', '结语', '结论', '中央精神', '典型案例', '案例点评', '参考文献', '注释', 'Abstract', 'Key words', 'Keywords'];

const CN_NUM = '[一二三四五六七八九十]+';
const MAX_WIDTH = 60;
const SP = '[ \\t\\u3000]';

const CHAPTER = new RegExp(`^(第[一二三四五六七八九十百零]+章)(?:${SP}*(.*))?$`, 'u');
const FRONT = new RegExp(`^(绪论|导论|序言)(?:${SP}+(.+))?$`, 'u');
const CN_NUMBER = new RegExp(`^(${CN_NUM}、)${SP}*(.+)$`, 'u');
const CN_PAREN = new RegExp(`^([（(]${CN_NUM}[）)])${SP}*(.+)$`, 'u');
const ARABIC_SUB = new RegExp(`^(\\d{1,2}\\.\\d{1,2})(?![.\\d])${SP}*([${HAN}“《].*)$`, 'u');
const ARABIC_DOTTED = new RegExp(`^(\\d{1,2}[.．])(?!\\d)${SP}*([${HAN}“《].*)$`, 'u');
const ARABIC = new RegExp(`^(\\d{1,2})${SP}+([${HAN}].*)$`, 'u');
const NAMED = new RegExp(
  `^[\\[【]?(${NAMED_PARTS.map((p) => p.replace(' ', '\\s*')).join('|')})[\\]】]?(?:${SP}*[:：]${SP}*(.*)|(?<=[\\]】])${SP}*(.*)|${SP}+(.*)|)$`,
  'u',
);

/** Text that has a sentence stop before its end cannot be a numbered heading. */
function stopInside(text: string): boolean {
  return /[。！？][^”’」）)]/u.test(text.trimEnd().slice(0, -1));
}

/** Recognises a heading line (trimmed text). */
export function matchHeading(line: string): HeadingMatch | undefined {
  const t = line.trim();
  if (t === '') return undefined;
  const named = NAMED.exec(t);
  if (named) {
    const label = named[1]!.replace(/\s+/g, ' ');
    const rest = (named[2] ?? named[3] ?? named[4] ?? '').trim();
    // "典型案例 山东……" carries a title; "摘要：……" and "[摘要]……" carry the part's text.
    const inline = named[2] !== undefined || named[3] !== undefined;
    if (!inline && rest !== '') {
      return displayWidth(t) <= MAX_WIDTH && !stopInside(t) ? { scheme: 'named', text: `${label}\u3000${rest}` } : undefined;
    }
    return rest === '' ? { scheme: 'named', text: label } : { scheme: 'named', text: label, rest };
  }
  if (displayWidth(t) > MAX_WIDTH || stopInside(t)) return undefined;
  const chapter = CHAPTER.exec(t);
  if (chapter) return { scheme: 'chapter', number: chapter[1]!, text: (chapter[2] ?? '').trim() };
  const front = FRONT.exec(t);
  if (front) return { scheme: 'front', number: front[1]!, text: (front[2] ?? '').trim() };
  for (const [scheme, re] of [
    ['cn-number', CN_NUMBER],
    ['cn-paren', CN_PAREN],
    ['arabic-sub', ARABIC_SUB],
    ['arabic-dotted', ARABIC_DOTTED],
  ] as const) {
    const m = re.exec(t);
    if (m) return { scheme, number: m[1]!, text: m[2]!.trim() };
  }
  const arabic = ARABIC.exec(t);
  if (arabic && displayWidth(t) <= 40 && !UNIT_CHARS.includes(arabic[2]![0]!) && !/[，、；]$/u.test(t)) {
    return { scheme: 'arabic', number: arabic[1]!, text: arabic[2]!.trim() };
  }
  return undefined;
}

/** The heading as displayed: number and words ("一、……", "1.1 ……", "第一章　……"). */
export function headingDisplay(h: HeadingMatch): string {
  if (!h.number) return h.text;
  if (h.text === '') return h.number;
  switch (h.scheme) {
    case 'arabic':
    case 'arabic-sub':
      return `${h.number} ${h.text}`;
    case 'chapter':
    case 'front':
      return `${h.number}\u3000${h.text}`;
    default:
      return `${h.number}${h.text}`;
  }
}

/**
 * Whether the next line continues a heading broken over two lines ("一、首抓“主体党建”，
 * 构建党建主体“层、" + "线、面”的相结合"): the heading fills its line, the next line is
 * short, and neither ends a sentence. A chapter number alone on its line ("第一章") is
 * always continued by its title.
 */
export function continuesHeading(heading: HeadingMatch, headingLine: string, next: string, profile: LayoutProfile): boolean {
  const n = next.trim();
  if (n === '' || matchHeading(n)) return false;
  if ((heading.scheme === 'chapter' || heading.scheme === 'front') && heading.text === '') return !endsSentence(n);
  if (heading.scheme === 'named' || heading.rest !== undefined) return false;
  if (endsSentence(headingLine) || /[：:]$/.test(headingLine.trim()) || endsSentence(n)) return false;
  if (profile.fullWidth === undefined) return false;
  // Headings are set larger than the body, so a full heading line holds fewer characters.
  return displayWidth(headingLine) >= profile.fullWidth * 0.75 && displayWidth(n) <= Math.max(8, profile.fullWidth / 2);
}

/**
 * Heading depth per scheme for one source: named parts are level 2; numbered schemes
 * take levels 2, 3, 4 in their nesting order, counting only the schemes the source uses.
 */
export function headingDepths(schemes: Iterable<HeadingScheme>): Map<HeadingScheme, number> {
  const present = new Set(schemes);
  const depths = new Map<HeadingScheme, number>([['named', 2]]);
  let depth = 2;
  for (const s of NUMBERED_SCHEMES) {
    if (!present.has(s)) continue;
    depths.set(s, Math.min(depth, 4));
    depth++;
  }
  return depths;
}
