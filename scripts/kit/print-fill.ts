// How full each printed page is, measured on the real PDF a browser printed: poppler's pdftoppm
// renders every page to a small greyscale image (text, rules, the ruled notes boxes and table
// borders all count as ink) and pdftotext gives each page's text. A page's fill is how far down
// its page area (the sheet less the @page margins, and less a strip at its right where a running
// foot may print; a foot in the margins does not count)
// the lowest ink reaches. A page is a section's last when the next page opens a section: its
// first line is the start of an element the browser breaks a page before (a source text, the
// teaching plan, a table, the answers …; the caller reads those from the printed page's DOM).
// The rule of the packs: no page less than a third full except the last of a section.
// Pure functions on bytes and strings; the poppler calls are in printedPages at the end.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const MIN_FILL = 1 / 3;

/**
 * Margins of a printed sheet in millimetres (the site's @page rules); `strip`: the width at the
 * right of the page area left out of the measure (where a running foot may print inside it).
 */
export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  strip?: number;
}

/** A greyscale image: width, height and one byte per pixel (0 black … 255 white). */
export interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Reads a binary PGM (P5, 8-bit), as pdftoppm -gray writes it. */
export function readPgm(bytes: Uint8Array): Grey {
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (i < bytes.length && /\s/.test(String.fromCharCode(bytes[i]!))) i++;
    if (bytes[i] === 0x23) {
      while (i < bytes.length && bytes[i] !== 0x0a) i++;
      continue;
    }
    let field = '';
    while (i < bytes.length && !/\s/.test(String.fromCharCode(bytes[i]!))) field += String.fromCharCode(bytes[i++]!);
    fields.push(field);
  }
  const [magic, w, h, max] = fields;
  if (magic !== 'P5' || Number(max) > 255) throw new Error(`not an 8-bit binary PGM (${magic}, max ${max})`);
  const width = Number(w);
  const height = Number(h);
  const start = i + 1;
  return { width, height, pixels: bytes.subarray(start, start + width * height) };
}

/** Rows holding ink (a pixel darker than `threshold` in columns from..to), top to bottom. */
export function inkRows(img: Grey, threshold = 200, from = 0, to = img.width): boolean[] {
  const rows: boolean[] = [];
  for (let y = 0; y < img.height; y++) {
    let ink = false;
    for (let x = Math.max(0, from), o = y * img.width; x < Math.min(to, img.width); x++) {
      if (img.pixels[o + x]! < threshold) {
        ink = true;
        break;
      }
    }
    rows.push(ink);
  }
  return rows;
}

/**
 * How far down the page area the lowest ink reaches, 0–1: the sheet's height less its margins
 * (millimetres, scaled to the image's height for `sheetMm`); ink in the margins is left out.
 */
export function pageFill(rows: readonly boolean[], sheetMm: number, margins: Margins): number {
  const perMm = rows.length / sheetMm;
  const top = Math.round(margins.top * perMm);
  const bottom = rows.length - Math.round(margins.bottom * perMm);
  let last = -1;
  for (let y = top; y < bottom; y++) if (rows[y]) last = y;
  return last < 0 ? 0 : Math.min(1, (last + 1 - top) / (bottom - top));
}

/**
 * Radicals Chromium 86 writes into a PDF's text for simplified ideographs (NFKC leaves the CJK
 * Radicals Supplement alone): 党内基层⺠主 for 党内基层民主.
 */
const RADICALS: Record<string, string> = { '⺠': '民', '⻅': '见', '⻓': '长', '⻔': '门', '⻚': '页', '⻢': '马', '⻥': '鱼', '⻦': '鸟', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻄': '西', '⻉': '贝', '⻋': '车', '⻘': '青', '⻝': '食', '⻛': '风', '⻜': '飞' };

/**
 * Text squashed for matching: no white space; NFKC, as Chromium 86 writes some ideographs as
 * Kangxi radicals (⽂ for 文), and the radicals above.
 */
export const squash = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[\u2E80-\u2EFF]/gu, (c) => RADICALS[c] ?? c)
    .replace(/\s+/gu, '');

/** The first line of a page's text, squashed (empty lines and the running foot skipped). */
export function firstLine(pageText: string, foot: readonly string[] = []): string {
  for (const line of pageText.split('\n')) {
    const s = squash(line);
    if (s && !foot.some((f) => f && s.startsWith(squash(f)))) return s;
  }
  return '';
}

export interface PrintedPage {
  /** 1-based. */
  number: number;
  fill: number;
  /** Whether the next page opens a section, or this is the document's last page. */
  endsSection: boolean;
  /** Whether this page's first line opens a section. */
  opensSection: boolean;
}

/**
 * Marks which pages open and end sections: a page opens one when its first line begins with the
 * start of a section's text (the first 12 characters, white space squashed).
 */
export function sectionPages(fills: readonly number[], texts: readonly string[], sectionStarts: readonly string[], foot: readonly string[] = []): PrintedPage[] {
  const starts = sectionStarts.map((s) => squash(s).slice(0, 12)).filter(Boolean);
  const opens = texts.map((t, i) => i === 0 || starts.some((s) => firstLine(t, foot).startsWith(s)));
  return fills.map((fill, i) => ({ number: i + 1, fill, opensSection: opens[i]!, endsSection: i === fills.length - 1 || opens[i + 1]! }));
}

/** Pages under a third full that are not the last of their section. */
export function underfilled(pages: readonly PrintedPage[], min = MIN_FILL): PrintedPage[] {
  return pages.filter((p) => p.fill < min && !p.endsSection);
}

/** "13 页：92 88 41* 100 …" — each page's fill in per cent, * where a section ends. */
export function fillSummary(pages: readonly PrintedPage[]): string {
  return `${pages.length} pages: ${pages.map((p) => `${Math.round(p.fill * 100)}${p.endsSection ? '*' : ''}`).join(' ')}`;
}

/** A word as pdftotext -bbox gives it, in points from the sheet's top left. */
export interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

export interface WordPage {
  width: number;
  height: number;
  words: Word[];
}

/** Reads pdftotext -bbox output (XHTML: a <page> per page, a <word> per word). */
export function parseBbox(xhtml: string): WordPage[] {
  const pages: WordPage[] = [];
  const unescape = (t: string): string => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  for (const m of xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...m[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
      text: unescape(w[5]!),
    }));
    pages.push({ width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}

const PT_PER_MM = 72 / 25.4;

/**
 * A page's words split in two, each squashed: its running foot (the words in the bottom margin,
 * left to right, then those in the strip at the right of the page area, top to bottom, for a
 * foot set vertically) and its body (the rest, in reading order).
 */
export function splitFoot(page: WordPage, margins: Margins): { foot: string; body: string } {
  const bottom = page.height - margins.bottom * PT_PER_MM;
  const strip = page.width - (margins.right + (margins.strip ?? 0)) * PT_PER_MM;
  const inBand = (w: Word): boolean => w.y0 >= bottom - 1;
  // A character of the text may end just inside the strip; the foot starts well inside it.
  const inStrip = (w: Word): boolean => !inBand(w) && w.x0 >= strip + PT_PER_MM;
  const band = page.words.filter(inBand).sort((a, b) => a.x0 - b.x0);
  const down = page.words.filter(inStrip).sort((a, b) => a.y0 + a.y1 - b.y0 - b.y1);
  const body = page.words.filter((w) => !inBand(w) && !inStrip(w));
  return { foot: squash([...band, ...down].map((w) => w.text).join('')), body: squash(body.map((w) => w.text).join('')) };
}

/** A4 in millimetres. */
const A4 = { short: 210, long: 297 };

export interface PrintedPdf {
  /** Each page's fill (0–1), text (as laid out), running foot and body text (splitFoot). */
  fills: number[];
  texts: string[];
  landscape: boolean[];
  feet: string[];
  bodies: string[];
}

/**
 * Renders a PDF's pages with poppler (pdftoppm at 36 dpi, greyscale) and reads their text
 * (pdftotext -layout); `margins` gives the @page margins of portrait and landscape sheets.
 */
export function printedPages(pdf: Uint8Array, margins: { portrait: Margins; landscape: Margins }): PrintedPdf {
  return withPdfFile(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-gray', '-r', '36', file, path.join(dir, 'page')], { stdio: 'pipe' });
    const images = readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort((a, b) => Number(a.match(/(\d+)\.pgm$/)![1]) - Number(b.match(/(\d+)\.pgm$/)![1]));
    const fills: number[] = [];
    const landscape: boolean[] = [];
    for (const name of images) {
      const img = readPgm(readFileSync(path.join(dir, name)));
      const wide = img.width > img.height;
      landscape.push(wide);
      const m = wide ? margins.landscape : margins.portrait;
      const perMm = img.width / (wide ? A4.long : A4.short);
      const columns = [Math.round(m.left * perMm), img.width - Math.round((m.right + (m.strip ?? 0)) * perMm)] as const;
      fills.push(pageFill(inkRows(img, 200, ...columns), wide ? A4.short : A4.long, m));
    }
    const texts = layoutTexts(file).slice(0, images.length);
    const words = parseBbox(execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    const split = words.map((p, i) => splitFoot(p, landscape[i] ? margins.landscape : margins.portrait));
    return { fills, texts, landscape, feet: split.map((x) => x.foot), bodies: split.map((x) => x.body) };
  });
}

/** Each printed page's text (pdftotext -layout), without rendering the pages. */
export function pageTexts(pdf: Uint8Array): string[] {
  return withPdfFile(pdf, layoutTexts);
}

/** Runs `read` on the PDF written to a file in a fresh temporary folder, removed afterwards. */
function withPdfFile<T>(pdf: Uint8Array, read: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'print-fill-'));
  try {
    const file = path.join(dir, 'print.pdf');
    writeFileSync(file, pdf);
    return read(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each page's text of a PDF file (pdftotext -layout, which ends every page with a form feed). */
function layoutTexts(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f').slice(0, -1);
}

/** Whether poppler's pdftoppm and pdftotext can be run. */
export function hasPoppler(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'pipe' });
    execFileSync('pdftotext', ['-v'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}
