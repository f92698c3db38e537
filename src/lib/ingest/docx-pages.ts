// What a Word file's pages mean, and when to trust them. A .docx holds no pages: Word lays the
// text out when it opens the file. What the file may record:
//   - w:lastRenderedPageBreak — where each page began when Word (or an app writing the same
//     marks) last laid the file out before saving: the pages as last printed from that copy;
//   - explicit page breaks (w:br w:type="page", w:pageBreakBefore, a section starting on a new
//     page) — always a new page, but a page that simply fills up leaves no mark;
//   - the page count the saving app states (docProps/app.xml <Pages>), and each section's page
//     numbering (w:pgNumType: w:start restarts it, w:fmt its format).
// Rule: rendered marks give the pages as last laid out (when the stated page count disagrees
// with them, the file was changed afterwards by another program: no pages); without rendered
// marks, explicit breaks give the pages only when the stated count says every page begins with
// one (breaks + 1 = pages); otherwise the file has no page locators. Pure.
import { formatNumber } from './docx.ts';

/** A page start found in the body, in order (the first page starts with the text). */
export interface WordPageStart {
  /** The section the page is in (0-based), for its numbering. */
  section: number;
  /** The page opens its section (numbering may restart). */
  sectionStart: boolean;
}

export interface WordSection {
  /** w:pgNumType w:start: the section's first page number, when it restarts numbering. */
  start?: number;
  /** w:pgNumType w:fmt (decimal, lowerRoman, chineseCounting …). */
  format?: string;
}

export interface WordPagesInput {
  /** Every page start after the first, in order. */
  breaks: WordPageStart[];
  /** How many of the breaks Word recorded as rendered (w:lastRenderedPageBreak). */
  rendered: number;
  /** docProps/app.xml <Pages>, when the file states it. */
  statedPages?: number;
  sections: WordSection[];
}

export interface WordPages {
  /** The page numbers as Word prints them, first page first; undefined: no page locators. */
  printed?: string[];
  /** For the review report: what the pages mean, or why there are none. */
  note: string;
}

/** Page numbers: each section continues the count unless it restarts it (w:start). */
function numbers(input: WordPagesInput): string[] {
  const starts: WordPageStart[] = [{ section: 0, sectionStart: true }, ...input.breaks];
  const out: string[] = [];
  let n = 0;
  for (const p of starts) {
    const s = input.sections[p.section];
    n = p.sectionStart && s?.start !== undefined ? s.start : n + 1;
    out.push(formatNumber(n, s?.format ?? 'decimal'));
  }
  return out;
}

export function wordPages(input: WordPagesInput): WordPages {
  const count = input.breaks.length + 1;
  const stated = input.statedPages !== undefined ? `文件记下的页数为 ${input.statedPages} 页` : '文件没有记下页数';
  if (input.rendered > 0) {
    if (input.statedPages !== undefined && input.statedPages !== count) {
      return { note: `页码：文件中的排版分页标记（w:lastRenderedPageBreak）给出 ${count} 页，而${stated}——文件在 Word 最后排版之后又被改动过，分页不可信，不给页码` };
    }
    return { printed: numbers(input), note: `页码：按 Word 最后一次排版保存时的分页（w:lastRenderedPageBreak，${count} 页；${stated}），即用保存该文件的 Word 打印时各段所在页；换用其他字体、纸张或程序打开时分页可能不同` };
  }
  if (input.statedPages !== undefined && input.statedPages === count) {
    return { printed: numbers(input), note: `页码：文件没有 Word 的排版分页标记，但${stated}，恰等于手动分页（分页符、段前分页、分节）数加一，每页都从一个手动分页开始，所以各段所在页是确定的` };
  }
  const explicit = input.breaks.length > 0 ? `只有 ${input.breaks.length} 处手动分页，` : '';
  return { note: `页码：无。Word 文件本身不分页，页面由打开它的程序排出；此文件没有 Word 的排版分页标记（w:lastRenderedPageBreak），${explicit}${stated}，无法确定各段在第几页，所以不给页码（由 LibreOffice 等程序保存的 Word 文件通常如此）` };
}
