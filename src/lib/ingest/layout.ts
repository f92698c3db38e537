// How a raw text was laid out, learnt from its lines: the width of a full line in a
// column layout, and whether paragraph-final lines carry a trailing space.
import { CLOSERS, displayWidth, isHan, lastChar, SENTENCE_END } from './cjk.ts';
import type { SourceLine } from './source-lines.ts';

export interface LayoutProfile {
  /** Width of a full line (display width, full-width characters = 1); undefined when each paragraph is one line. */
  fullWidth: number | undefined;
  /** The extraction put a space after each paragraph-final line, and not after other lines. */
  trailingSpaceEndsParagraph: boolean;
  /** Paragraph ends are marked (extracted PDF and Word texts: a blank line); nothing else ends one. */
  explicitBreaks?: boolean;
}

const TOC_LINE = /\t\s*\d+\s*$/;
/** Footnote markers that may follow the end of a sentence: [2], ^①, ¹. */
const TRAILING_MARKERS = /(?:\[\d{1,3}\]|\^[①-⑳]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)+$/u;

/** A labelled field of a paper's front matter opens its own paragraph: 基金项目：…, 作者简介：… */
export const FIELD_LABEL = /^(基金项目|作者简介|收稿日期|中图分类号|文献标识码|文章编号|DOI|关键词|关键字|Key\s*words)\s*[：:]/u;

/** The line without trailing whitespace and trailing footnote markers. */
export function lineCore(text: string): string {
  return text.trimEnd().replace(TRAILING_MARKERS, '').trimEnd();
}

/** Whether the line's text ends a sentence (closing quotes and brackets after the stop allowed). */
export function endsSentence(text: string): boolean {
  let core = lineCore(text);
  while (core !== '' && CLOSERS.includes(lastChar(core)!)) core = core.slice(0, -lastChar(core)!.length);
  const last = lastChar(core);
  return last !== undefined && SENTENCE_END.includes(last);
}

export function profileLayout(lines: readonly SourceLine[]): LayoutProfile {
  const body = lines.filter((l) => l.text.trim() !== '' && !TOC_LINE.test(l.text));
  // Full width: the most common rounded width, when it is common enough to be a column.
  const counts = new Map<number, number>();
  for (const l of body) {
    const w = Math.round(displayWidth(lineCore(l.text)));
    if (w >= 8) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let fullWidth: number | undefined;
  let best = 0;
  for (const [w, c] of counts) if (c > best || (c === best && w > (fullWidth ?? 0))) [fullWidth, best] = [w, c];
  if (body.length < 10 || best < 0.2 * body.length) fullWidth = undefined;

  // Trailing space convention: most sentence-final lines have it, lines ending mid-sentence in Chinese do not.
  let ends = 0;
  let endsWithSpace = 0;
  let mids = 0;
  let midsWithSpace = 0;
  for (const l of body) {
    const trailing = /\s$/.test(l.text);
    if (endsSentence(l.text)) {
      ends++;
      if (trailing) endsWithSpace++;
    } else if (isHan(lastChar(l.text.trimEnd())) && (fullWidth === undefined || displayWidth(l.text) >= fullWidth * 0.8)) {
      // Only full lines: headings and title lines end without a stop and may carry a trailing space.
      mids++;
      if (trailing) midsWithSpace++;
    }
  }
  const trailingSpaceEndsParagraph = ends >= 5 && endsWithSpace / ends >= 0.5 && (mids === 0 || midsWithSpace / mids <= 0.1);
  return { fullWidth, trailingSpaceEndsParagraph };
}

/**
 * Whether a body line is the last line of its paragraph. In a column layout a paragraph
 * ends on a sentence stop in a short line, or before an indented first line (a short line
 * that does not itself end a sentence).
 */
export function endsParagraph(line: SourceLine, profile: LayoutProfile, next?: SourceLine): boolean {
  if (line.breakAfter) return true;
  if (profile.explicitBreaks) return false;
  if (next !== undefined && FIELD_LABEL.test(next.text.trim())) return true;
  if (!endsSentence(line.text)) return false;
  if (profile.trailingSpaceEndsParagraph) return /\s$/.test(line.text);
  if (profile.fullWidth === undefined) return true;
  const short = (text: string): boolean => displayWidth(lineCore(text)) <= profile.fullWidth! - 1.5;
  return short(line.text) || (next !== undefined && short(next.text) && !endsSentence(next.text));
}
