// Reading order and page furniture of a PDF's text layer, from the positions pdf.js gives
// each run of text. Pure: ./pdf-read.ts loads the file; this module decides
//   - which runs form a printed line (same baseline; a smaller raised run is a superscript),
//   - the column order (a vertical gutter no line crosses → left column, then right),
//   - running headers and footers (the same text at the same height on several pages, digits
//     ignored) and page numbers (a line of digits at the top or bottom edge), which are removed,
//   - footnotes (smaller type at the page bottom, opening with a note number), which follow the
//     paragraph that is open at the page end,
//   - paragraph breaks (first-line indent, a wider gap, a change of type size, a short last line),
//   - title, byline and headings by type size on the first page and after.
import { isCjk, lastChar, firstChar } from './cjk.ts';
import type { ExtractedLine, ExtractedParagraph, PageInfo, ReviewEntry } from './extracted.ts';

/** One run of text as pdf.js reports it (PDF user space: y grows upwards; y is the baseline). */
export interface PdfRun {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  font: string;
}

export interface PdfPageText {
  /** 1-based page index. */
  index: number;
  width: number;
  height: number;
  runs: PdfRun[];
}

/**
 * Characters that mean a font's text could not be decoded (no ToUnicode map): U+FFFD, private-use
 * code points, and control characters — a font without ToUnicode whose glyph codes are small
 * numbers (a subset font, as Ghostscript writes it with -dWantsToUnicode=false) comes out as
 * U+0001, U+0002 … (pdftotext gives the same). No text layer holds a control character.
 */
const UNDECODABLE = /[\uFFFD\uE000-\uF8FF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/**
 * Latin letters and signs a Chinese text does not use (U+00A1–U+024F without · ° ± × ÷ and
 * the accented vowels of pinyin): glyph codes read through a Latin encoding when the font gives no
 * way back to its characters (“\\ëßß^ÿ^[þý_|~ý”).
 */
const GARBLED = /[\u00A1-\u024F]/gu;
const CHINESE_USE = /[·°±×÷²³§éèêàáǎāíìǐīóòǒōúùǔūüǘǜǚǖ]/u;

/** A page's text is garbled when such letters make up a tenth or more of it (at least 5 of them). */
function garbled(text: string): boolean {
  const chars = text.replace(/\s/gu, '');
  const odd = (chars.match(GARBLED) ?? []).filter((c) => !CHINESE_USE.test(c)).length;
  return odd >= 5 && odd >= chars.length / 10;
}

/** Pages (1-based indexes) whose text layer holds characters pdf.js could not decode. */
export function undecodablePages(pages: readonly PdfPageText[]): number[] {
  return pages.filter((p) => p.runs.some((r) => UNDECODABLE.test(r.str)) || garbled(p.runs.map((r) => r.str).join(''))).map((p) => p.index);
}

/** A printed line: runs on one baseline, in one column. */
export interface PdfLine {
  page: number;
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  column: number;
  /** Set when the line is removed as page furniture. */
  furniture?: 'header' | 'footer' | 'page-number';
  footnote?: boolean;
  /** Small type at the page bottom that is not a footnote: moved after the paragraph open at the page end. */
  aside?: boolean;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const toSuperscript = (digits: string): string => [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d).join('');

/** A page number as printed: "12", "- 12 -", "— 12 —", "第 12 页", "·12·". */
const PAGE_NUMBER = /^(?:第\s*)?[-—–·•\s]*(\d{1,4})[-—–·•\s]*(?:页)?$/u;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The size most characters are set in. */
export function bodySize(lines: readonly { text: string; size: number }[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const k = Math.round(l.size * 2) / 2;
    weight.set(k, (weight.get(k) ?? 0) + [...l.text].length);
  }
  let best = 0;
  let size = 0;
  for (const [k, w] of weight) if (w > best) [best, size] = [w, k];
  return size;
}

/** Joins the runs of one line left to right: no space between Chinese characters, one between Latin words. */
function joinRuns(runs: PdfRun[], lineSize: number): string {
  let text = '';
  let end = -Infinity;
  for (const r of runs) {
    const str = r.str;
    if (str === '') continue;
    const gap = r.x - end;
    if (text !== '' && !/\s$/.test(text) && !/^\s/.test(str) && gap > lineSize * 0.25 && !(isCjk(lastChar(text)) || isCjk(firstChar(str)))) text += ' ';
    text += str;
    end = Math.max(end, r.x + r.width);
  }
  return text.replace(/\s+$/u, '');
}

/** Groups runs into lines by baseline; a smaller run raised above the baseline becomes superscript digits. */
function linesOfRuns(page: number, runs: PdfRun[], column: number): PdfLine[] {
  const visible = runs.filter((r) => r.str.trim() !== '' || r.str === ' ');
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfRun[][] = [];
  for (const r of sorted) {
    const g = groups.find((g) => {
      const main = Math.max(...g.map((m) => m.size));
      const base = g.find((m) => m.size === main)!.y;
      const tol = Math.max(main, r.size) * 0.55;
      return Math.abs(r.y - base) <= tol && r.str.trim() !== '' ? true : Math.abs(r.y - base) <= 1;
    });
    if (g) g.push(r);
    else groups.push([r]);
  }
  const lines: PdfLine[] = [];
  for (const g of groups) {
    const size = Math.max(...g.map((m) => m.size));
    const base = g.find((m) => m.size === size)!.y;
    const runsInOrder = g
      .sort((a, b) => a.x - b.x)
      .map((r) => (r.size < size * 0.8 && r.y > base + size * 0.15 && /^\d{1,3}$/.test(r.str.trim()) ? { ...r, str: toSuperscript(r.str.trim()) } : r));
    const text = joinRuns(runsInOrder, size);
    if (text.trim() === '') continue;
    const printed = runsInOrder.filter((r) => r.str.trim() !== '');
    lines.push({
      page,
      text,
      x: Math.min(...printed.map((r) => r.x)),
      right: Math.max(...printed.map((r) => r.x + r.width)),
      y: base,
      size,
      column,
    });
  }
  return lines.sort((a, b) => b.y - a.y || a.x - b.x);
}

/**
 * Where a page's text splits into two columns: the x in the middle third with the most rows
 * (runs on one baseline) that have text on both sides of it and none across a 6 pt band around
 * it — at least 5 rows and 30% of the rows. Rows with text across it (a title, an opening
 * paragraph set across the page) span both columns. Undefined for one column.
 */
export function findGutter(page: PdfPageText): number | undefined {
  const band = gutterBand(page);
  return band ? (band.lo + band.hi) / 2 : undefined;
}

/** The free band between two columns (see findGutter). */
export function gutterBand(page: PdfPageText): { lo: number; hi: number } | undefined {
  const runs = page.runs.filter((r) => r.str.trim() !== '');
  if (runs.length < 10) return undefined;
  const rows = new Map<number, PdfRun[]>();
  for (const r of runs) {
    const key = [...rows.keys()].find((y) => Math.abs(y - r.y) <= 2) ?? r.y;
    rows.set(key, [...(rows.get(key) ?? []), r]);
  }
  // Rows clear of x (no run within 3 pt of it) with text on its left, and with text on its right:
  // two columns have many of both, whether or not their baselines line up.
  let best: { x: number; split: number } | undefined;
  for (let x = page.width / 3; x <= (page.width * 2) / 3; x += 2) {
    let left = 0;
    let right = 0;
    for (const row of rows.values()) {
      if (row.some((r) => r.x < x + 3 && r.x + r.width > x - 3)) continue;
      if (row.some((r) => r.x + r.width <= x)) left++;
      if (row.some((r) => r.x >= x)) right++;
    }
    const split = Math.min(left, right);
    if (!best || split > best.split) best = { x, split };
  }
  if (!best || best.split < 5 || best.split < rows.size * 0.15) return undefined;
  // The middle of the free band around the best x.
  const free = (x: number): boolean => {
    let left = 0;
    let right = 0;
    for (const row of rows.values()) {
      if (row.some((r) => r.x < x && r.x + r.width > x)) continue;
      if (row.some((r) => r.x + r.width <= x)) left++;
      if (row.some((r) => r.x >= x)) right++;
    }
    // A row or two with a narrow gap at the gutter (a running header) do not end the band.
    return Math.min(left, right) >= best!.split * 0.8;
  };
  let lo = best.x;
  let hi = best.x;
  while (lo > page.width / 4 && free(lo - 1)) lo--;
  while (hi < (page.width * 3) / 4 && free(hi + 1)) hi++;
  return { lo, hi };
}

/** A page's lines in reading order: full-width lines in place, each band of two-column lines left column first. */
export function pageLines(page: PdfPageText): PdfLine[] {
  const band = gutterBand(page);
  if (band === undefined) return linesOfRuns(page.index, page.runs, 0);
  const gutter = (band.lo + band.hi) / 2;
  // Rows that span both columns (a title, a running header, an opening paragraph across the
  // page): a run across the gutter, or text on both sides closer than half the gutter's width.
  const printed = page.runs.filter((r) => r.str.trim() !== '');
  const rowOf = (r: PdfRun): PdfRun[] => printed.filter((o) => Math.abs(o.y - r.y) <= Math.max(o.size, r.size) * 0.55);
  const spans = (row: PdfRun[]): boolean => {
    if (row.some((r) => r.x < gutter && r.x + r.width > gutter)) return true;
    const leftEnd = Math.max(...row.filter((r) => r.x + r.width <= gutter).map((r) => r.x + r.width));
    const rightStart = Math.min(...row.filter((r) => r.x >= gutter).map((r) => r.x));
    return rightStart - leftEnd < (band.hi - band.lo) / 2;
  };
  const spanningRuns = new Set(printed.filter((r) => spans(rowOf(r))));
  const onSpanningLine = (r: PdfRun): boolean => spanningRuns.has(r) || (r.str.trim() === '' && [...spanningRuns].some((c) => Math.abs(c.y - r.y) <= 1));
  const spanning = linesOfRuns(page.index, page.runs.filter(onSpanningLine), 0);
  const columnRuns = page.runs.filter((r) => !onSpanningLine(r));
  const left = linesOfRuns(page.index, columnRuns.filter((r) => r.x + r.width / 2 < gutter), 1);
  const right = linesOfRuns(page.index, columnRuns.filter((r) => r.x + r.width / 2 >= gutter), 2);
  const out: PdfLine[] = [];
  // Bands: between two spanning lines (top to bottom), left column then right column.
  const cuts = [Infinity, ...spanning.map((l) => l.y).sort((a, b) => b - a), -Infinity];
  for (let k = 0; k < cuts.length - 1; k++) {
    const [top, bottom] = [cuts[k]!, cuts[k + 1]!];
    const inBand = (l: PdfLine): boolean => l.y < top && l.y > bottom;
    out.push(...left.filter(inBand), ...right.filter(inBand));
    const span = spanning.find((l) => l.y === bottom);
    if (span) out.push(span);
  }
  return out;
}

/** Digits replaced, spaces dropped: running headers differ only in their page numbers. */
const furnitureKey = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, '');

export interface Furniture {
  /** Page number printed on each page index, where one was found. */
  printed: Map<number, string>;
  review: ReviewEntry[];
}

/**
 * Marks running headers, footers and page numbers: among the top and bottom two lines of each
 * page, text repeated at the same height (±4 pt) on at least two pages — or half the pages —
 * and lines of digits alone at an edge.
 */
export function markFurniture(pages: PdfLine[][], heights: Map<number, number>): Furniture {
  const printed = new Map<number, string>();
  const review: ReviewEntry[] = [];
  const edge = (lines: PdfLine[]): { line: PdfLine; where: 'header' | 'footer' }[] => {
    const byY = [...lines].sort((a, b) => b.y - a.y);
    const out: { line: PdfLine; where: 'header' | 'footer' }[] = [];
    for (const l of byY.slice(0, 2)) if (l.y > (heights.get(l.page) ?? 842) * 0.8) out.push({ line: l, where: 'header' });
    for (const l of byY.slice(-2)) if (l.y < (heights.get(l.page) ?? 842) * 0.2 && !out.some((o) => o.line === l)) out.push({ line: l, where: 'footer' });
    return out;
  };
  const candidates = pages.flatMap(edge);
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const groups = new Map<string, typeof candidates>();
  for (const c of candidates) {
    const key = `${c.where}|${furnitureKey(c.line.text)}`;
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  for (const c of candidates) {
    const m = PAGE_NUMBER.exec(c.line.text.trim());
    if (m) {
      c.line.furniture = 'page-number';
      printed.set(c.line.page, m[1]!);
      review.push({ kind: 'removed', pages: [c.line.page], text: `页码“${c.line.text.trim()}”（${c.where === 'header' ? '页首' : '页脚'}）` });
      continue;
    }
    const same = groups.get(`${c.where}|${furnitureKey(c.line.text)}`)!.filter((o) => Math.abs(o.line.y - c.line.y) <= 4);
    if (same.length >= needed && pages.length > 1) {
      c.line.furniture = c.where;
      review.push({ kind: 'removed', pages: [c.line.page], text: `${c.where === 'header' ? '页眉' : '页脚'}“${c.line.text.trim()}”` });
    }
  }
  // A page number inside a running header or footer (“12 · 样本学报 · 2020年第1期”): the number
  // that goes up by one from page to page, on every page of the group.
  for (const group of groups.values()) {
    const lines = group.map((c) => c.line).filter((l) => l.furniture === 'header' || l.furniture === 'footer');
    if (lines.length < 2) continue;
    const numbers = lines.map((l) => l.text.match(/\d+/g) ?? []);
    const count = numbers[0]!.length;
    if (numbers.some((n) => n.length !== count)) continue;
    for (let k = 0; k < count; k++) {
      const offsets = new Set(lines.map((l, j) => Number(numbers[j]![k]) - l.page));
      if (offsets.size === 1 && lines.length === new Set(lines.map((l) => l.page)).size) {
        lines.forEach((l, j) => {
          if (!printed.has(l.page)) printed.set(l.page, String(Number(numbers[j]![k])));
        });
        break;
      }
    }
  }
  return { printed, review };
}

/** Marks footnotes: from the bottom of the body, lines smaller than the body type, the first opening with a note number. */
export function markFootnotes(lines: PdfLine[], size: number): number {
  const body = lines.filter((l) => !l.furniture);
  const byY = [...body].sort((a, b) => a.y - b.y);
  let k = 0;
  while (k < byY.length && byY[k]!.size < size * 0.9) k++;
  const block = byY.slice(0, k).sort((a, b) => b.y - a.y);
  if (block.length === 0 || k === byY.length) return 0;
  if (/^[⁰¹²³⁴⁵⁶⁷⁸⁹\d①-⑳[（(]/u.test(block[0]!.text.trim())) {
    for (const l of block) l.footnote = true;
    return block.length;
  }
  // Small type at the bottom without a note number (收稿日期, 基金项目, 作者简介 on a paper's
  // first page): kept as text, but after the paragraph that runs on to the next page.
  for (const l of block) l.aside = true;
  return 0;
}

const NOTE_START = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3}|[①-⑳]|\[\d{1,3}\])(?=\s*\S)/u;

/** A footnote's opening number as the text rules read it: superscript digits and a space. */
function noteLine(text: string): string {
  const t = text.trim();
  const m = NOTE_START.exec(t);
  if (!m) return t;
  const label = /^\d+$/.test(m[0]) ? toSuperscript(m[0]) : m[0];
  return `${label} ${t.slice(m[0].length).trim()}`;
}

export interface LaidOut {
  paragraphs: ExtractedParagraph[];
  pages: PageInfo[];
  review: ReviewEntry[];
  /** The body type size. */
  size: number;
}

/** Lays out a PDF's pages as paragraphs of printed lines. */
export function layOut(pages: PdfPageText[]): LaidOut {
  const perPage = pages.map(pageLines);
  const heights = new Map(pages.map((p) => [p.index, p.height]));
  const furniture = markFurniture(perPage, heights);
  const review = [...furniture.review];
  const size = bodySize(perPage.flat().filter((l) => !l.furniture));
  for (const lines of perPage) {
    const n = markFootnotes(lines, size);
    if (n > 0) review.push({ kind: 'recognised', pages: [lines[0]!.page], text: `页末脚注 ${n} 行（字号小于正文），移到所在段落之后` });
    const asides = lines.filter((l) => l.aside).length;
    if (asides > 0) review.push({ kind: 'recognised', pages: [lines[0]!.page], text: `页末小字 ${asides} 行（不以注号开头，不作脚注），作为正文移到所在段落之后` });
  }
  // Column edges per page and column: the usual left start and right end of body lines.
  const edges = new Map<string, { left: number; right: number }>();
  for (const lines of perPage) {
    for (const col of new Set(lines.map((l) => l.column))) {
      const body = lines.filter((l) => l.column === col && !l.furniture && !l.footnote && Math.abs(l.size - size) < 0.5);
      if (body.length === 0) continue;
      edges.set(`${body[0]!.page}|${col}`, { left: median(body.map((l) => l.x)), right: Math.max(...body.map((l) => l.right)) });
    }
  }
  const gaps = perPage.flatMap((lines) => {
    const body = lines.filter((l) => !l.furniture && !l.footnote && Math.abs(l.size - size) < 0.5);
    return body.slice(1).flatMap((l, i) => (body[i]!.column === l.column && body[i]!.y > l.y ? [body[i]!.y - l.y] : []));
  });
  const leading = median(gaps) || size * 1.5;

  const paragraphs: ExtractedParagraph[] = [];
  let open: ExtractedParagraph | undefined;
  let prev: PdfLine | undefined;
  let pendingNotes: ExtractedParagraph[] = [];
  let seenBody = false;
  const close = (): void => {
    open = undefined;
    if (pendingNotes.length > 0) {
      paragraphs.push(...pendingNotes);
      pendingNotes = [];
    }
  };
  const line = (l: PdfLine): ExtractedLine => ({ text: l.text.trim(), page: l.page });
  let joinedAcrossPages = 0;
  for (const lines of perPage) {
    const notes: ExtractedParagraph[] = [];
    let asidePrev: PdfLine | undefined;
    for (const l of lines) {
      if (l.furniture) continue;
      if (l.aside) {
        // A new paragraph where the previous aside line was short (a labelled field ends its line).
        const e = edges.get(`${l.page}|${l.column}`) ?? { left: l.x, right: l.right };
        if (!asidePrev || asidePrev.right < e.right - l.size * 1.5 || l.x - e.left > l.size * 0.8) notes.push({ kind: 'body', lines: [] });
        notes[notes.length - 1]!.lines.push(line(l));
        asidePrev = l;
        continue;
      }
      if (l.footnote) {
        const text = noteLine(l.text);
        if (NOTE_START.test(l.text.trim()) || notes.length === 0) notes.push({ kind: 'footnote', lines: [{ text, page: l.page }] });
        else notes[notes.length - 1]!.lines.push(line(l));
        continue;
      }
      const isBodySize = Math.abs(l.size - size) < 0.5;
      const e = edges.get(`${l.page}|${l.column}`) ?? { left: l.x, right: l.right };
      let breaks = true;
      if (open && prev && isBodySize && Math.abs(prev.size - l.size) < 0.5 && open.kind === 'body') {
        const samePlace = prev.page === l.page && prev.column === l.column;
        const indented = l.x - e.left > size * 0.8;
        const wideGap = samePlace && prev.y - l.y > leading * 1.4;
        const pe = edges.get(`${prev.page}|${prev.column}`) ?? e;
        const shortBefore = prev.right < pe.right - size * 1.5;
        breaks = indented || wideGap || shortBefore;
        if (!breaks && !samePlace && prev.page !== l.page) joinedAcrossPages++;
      } else if (open && prev && !isBodySize && Math.abs(prev.size - l.size) < 0.5 && open.kind !== 'body' && prev.page === l.page && prev.y - l.y < l.size * 2) {
        breaks = false; // a title or heading set on two lines
      }
      if (breaks) {
        close();
        const kind: ExtractedParagraph['kind'] = isBodySize || l.size < size ? 'body' : !seenBody && paragraphs.every((p) => p.kind !== 'title') ? 'title' : seenBody ? 'heading' : 'byline';
        open = { kind, ...(kind === 'heading' ? { level: 1 } : {}), lines: [] };
        paragraphs.push(open);
        if (kind === 'body') seenBody = true;
      }
      open!.lines.push(line(l));
      prev = l;
    }
    // Notes wait for the paragraph open at the page end to close.
    if (open && open.kind === 'body') pendingNotes.push(...notes);
    else paragraphs.push(...notes);
  }
  close();
  // Heading levels: larger type is the outer level.
  const headingSizes = [...new Set(paragraphs.filter((p) => p.kind === 'heading').map((p) => sizeOf(p, perPage)))].sort((a, b) => b - a);
  for (const p of paragraphs) if (p.kind === 'heading') p.level = headingSizes.indexOf(sizeOf(p, perPage)) + 1;
  if (joinedAcrossPages > 0) review.push({ kind: 'joined', text: `${joinedAcrossPages} 个段落跨页接续（上页末行与下页首行接成一段）` });
  const pageInfo: PageInfo[] = pages.map((p) => ({ index: p.index, ...(furniture.printed.has(p.index) ? { printed: furniture.printed.get(p.index)! } : {}) }));
  return { paragraphs, pages: fillPrinted(pageInfo), review, size };
}

function sizeOf(p: ExtractedParagraph, perPage: PdfLine[][]): number {
  const first = p.lines[0]!;
  return perPage.flat().find((l) => l.page === first.page && l.text.trim() === first.text)?.size ?? 0;
}

/**
 * Printed numbers for pages that show none (a first page often has no number): only where the
 * numbered pages agree on one offset between index and printed number; otherwise left unknown.
 */
export function fillPrinted(pages: PageInfo[]): PageInfo[] {
  const offsets = new Set(pages.filter((p) => p.printed !== undefined && /^\d+$/.test(p.printed)).map((p) => Number(p.printed) - p.index));
  if (offsets.size !== 1) return pages;
  const [offset] = [...offsets];
  return pages.map((p) => (p.printed !== undefined || p.index + offset! < 1 ? p : { ...p, printed: String(p.index + offset!), inferred: true }));
}
