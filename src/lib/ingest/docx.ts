// Reads a Word file (.docx, Office Open XML) into extracted text: paragraphs with their
// headings (from heading styles and outline levels, or — where a heading is only bold and
// large — from direct formatting), numbered lists with the numbers Word prints (第一条 …, from
// numbering.xml's format and level text), footnotes (placed after the paragraph citing them,
// the reference printed as a superscript number), and tables (one line per row, cells
// separated by tabs). mammoth reads the same files but its document model drops the list
// formats and level texts, so the package is unzipped with fflate and read with xmldom here.
// Pages: where the file records them reliably (./docx-pages.ts decides), each line knows its
// page; a page that begins inside a paragraph splits its line there, as a printed line would.
import { unzipSync, strFromU8 } from 'fflate';
import { DOMParser } from '@xmldom/xmldom';
import { IngestInputError } from './errors.ts';
import type { ExtractedParagraph, ExtractedText, ReviewEntry } from './extracted.ts';
import { MESSAGES } from './messages.ts';
import { readStatedRecord } from './stated-record.ts';
import { wordPages, type WordPageStart, type WordSection } from './docx-pages.ts';

type El = Element;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function children(el: El | null | undefined, name?: string): El[] {
  if (!el) return [];
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (name === undefined || (n as El).localName === name)) out.push(n as El);
  return out;
}
const child = (el: El | null | undefined, name: string): El | undefined => children(el, name)[0];
const attr = (el: El | undefined, name: string): string | undefined => el?.getAttributeNS(W, name) || el?.getAttribute(`w:${name}`) || undefined;
/** A toggle property (<w:b/>, <w:b w:val="0"/>). */
const on = (el: El | undefined): boolean | undefined => (el === undefined ? undefined : !['0', 'false', 'off'].includes(attr(el, 'val') ?? 'true'));

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number): string => [...String(n)].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');

const CN_DIGITS = '〇一二三四五六七八九';
/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function chineseCounting(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  return `${CN_DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${CN_DIGITS[rest]}` : rest < 20 ? `一${chineseCounting(rest)}` : chineseCounting(rest)}`;
}

/** A list number in Word's number format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographLegalTraditional':
      return chineseCounting(n);
    case 'ideographDigital':
      return [...String(n)].map((d) => CN_DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10]!;
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'upperLetter':
      return String.fromCharCode(65 + ((n - 1) % 26));
    case 'lowerLetter':
      return String.fromCharCode(97 + ((n - 1) % 26));
    case 'upperRoman':
    case 'lowerRoman': {
      const r = ['M', 1000, 'CM', 900, 'D', 500, 'CD', 400, 'C', 100, 'XC', 90, 'L', 50, 'XL', 40, 'X', 10, 'IX', 9, 'V', 5, 'IV', 4, 'I', 1] as const;
      let out = '';
      let v = n;
      for (let i = 0; i < r.length; i += 2) while (v >= (r[i + 1] as number)) [out, v] = [out + (r[i] as string), v - (r[i + 1] as number)];
      return format === 'lowerRoman' ? out.toLowerCase() : out;
    }
    case 'none':
      return '';
    default:
      return String(n);
  }
}

interface Level {
  format: string;
  text: string;
  start: number;
}

interface Style {
  name: string;
  basedOn?: string;
  outline?: number;
  size?: number;
  bold?: boolean;
}

function parseXml(file: string, xml: string): Document {
  return new DOMParser({
    errorHandler: {
      fatalError: (message: string) => {
        throw new IngestInputError(file, MESSAGES.docxUnreadable(message));
      },
    },
  }).parseFromString(xml, 'text/xml') as unknown as Document;
}

function readStyles(doc: Document | undefined): { styles: Map<string, Style>; defaultSize: number | undefined } {
  const styles = new Map<string, Style>();
  if (!doc) return { styles, defaultSize: 10 };
  const root = doc.documentElement as El;
  const size = attr(child(child(child(child(root, 'docDefaults'), 'rPrDefault'), 'rPr'), 'sz'), 'val');
  for (const s of children(root, 'style')) {
    const id = attr(s, 'styleId');
    if (!id) continue;
    const rPr = child(s, 'rPr');
    const sz = attr(child(rPr, 'sz'), 'val');
    const outline = attr(child(child(s, 'pPr'), 'outlineLvl'), 'val');
    const bold = on(child(rPr, 'b'));
    styles.set(id, {
      name: attr(child(s, 'name'), 'val') ?? id,
      ...(attr(child(s, 'basedOn'), 'val') ? { basedOn: attr(child(s, 'basedOn'), 'val')! } : {}),
      ...(outline !== undefined ? { outline: Number(outline) } : {}),
      ...(sz ? { size: Number(sz) / 2 } : {}),
      ...(bold !== undefined ? { bold } : {}),
    });
  }
  // Without a default, OOXML text is 10 pt.
  return { styles, defaultSize: size ? Number(size) / 2 : 10 };
}

/** A style's property, following basedOn. */
function styleProp<K extends keyof Style>(styles: Map<string, Style>, id: string | undefined, key: K): Style[K] | undefined {
  const seen = new Set<string>();
  for (let s = id ? styles.get(id) : undefined; s && !seen.has(s.name); s = s.basedOn ? styles.get(s.basedOn) : undefined) {
    seen.add(s.name);
    if (s[key] !== undefined) return s[key];
  }
  return undefined;
}

function readNumbering(doc: Document | undefined): Map<string, Map<number, Level>> {
  const out = new Map<string, Map<number, Level>>();
  if (!doc) return out;
  const root = doc.documentElement as El;
  const abstract = new Map<string, Map<number, Level>>();
  for (const a of children(root, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const l of children(a, 'lvl')) {
      levels.set(Number(attr(l, 'ilvl') ?? 0), {
        format: attr(child(l, 'numFmt'), 'val') ?? 'decimal',
        text: attr(child(l, 'lvlText'), 'val') ?? '',
        start: Number(attr(child(l, 'start'), 'val') ?? 1),
      });
    }
    abstract.set(attr(a, 'abstractNumId') ?? '', levels);
  }
  for (const n of children(root, 'num')) {
    const levels = abstract.get(attr(child(n, 'abstractNumId'), 'val') ?? '');
    if (levels) out.set(attr(n, 'numId') ?? '', levels);
  }
  return out;
}

interface Run {
  text: string;
  bold: boolean;
  size: number | undefined;
  noteRef?: string;
  /** A page starts here: R rendered (w:lastRenderedPageBreak), E explicit (w:br w:type="page"). */
  mark?: string;
}

/** Page-start marks kept in a paragraph's text while it is read (never in a .docx's text: XML 1.0 forbids them). */
const RENDERED = '\u0001';
const EXPLICIT = '\u0002';
/** A section that starts on a new page. */
const SECTION = '\u0003';
const MARKS = /[\u0001-\u0003]/gu;

/** Text with marks → the text without them and where they were (offsets in that text). */
function takeMarks(text: string): { text: string; marks: { at: number; marks: string }[] } {
  const marks: { at: number; marks: string }[] = [];
  let out = '';
  for (const ch of text) {
    if (ch === RENDERED || ch === EXPLICIT || ch === SECTION) {
      const last = marks[marks.length - 1];
      if (last && last.at === out.length) last.marks += ch;
      else marks.push({ at: out.length, marks: ch });
    } else out += ch;
  }
  return { text: out, marks };
}

/** The runs of a paragraph (hyperlinks, smart tags and content controls looked into). */
function runsOf(p: El, styles: Map<string, Style>, pStyle: string | undefined): Run[] {
  const out: Run[] = [];
  const walk = (el: El): void => {
    for (const c of children(el)) {
      if (c.localName === 'r') {
        const rPr = child(c, 'rPr');
        const rStyle = attr(child(rPr, 'rStyle'), 'val');
        const bold = on(child(rPr, 'b')) ?? styleProp(styles, rStyle, 'bold') ?? styleProp(styles, pStyle, 'bold') ?? false;
        const sz = attr(child(rPr, 'sz'), 'val');
        const size = sz ? Number(sz) / 2 : (styleProp(styles, rStyle, 'size') ?? styleProp(styles, pStyle, 'size'));
        for (const t of children(c)) {
          if (t.localName === 't') out.push({ text: t.textContent ?? '', bold, size });
          else if (t.localName === 'tab') out.push({ text: '\t', bold, size });
          else if (t.localName === 'br' && attr(t, 'type') === 'page') out.push({ text: '', bold, size, mark: EXPLICIT });
          else if (t.localName === 'lastRenderedPageBreak') out.push({ text: '', bold, size, mark: RENDERED });
          else if (t.localName === 'br' || t.localName === 'cr') out.push({ text: '\n', bold, size });
          else if (t.localName === 'footnoteReference') out.push({ text: '', bold, size, noteRef: attr(t, 'id') ?? '' });
        }
      } else if (['hyperlink', 'smartTag', 'sdt', 'sdtContent', 'ins', 'fldSimple'].includes(c.localName ?? '')) {
        walk(c);
      }
    }
  };
  walk(p);
  return out;
}

const HEADING_NAME = /^heading\s*(\d)$/i;

/** Reads a .docx file. Throws IngestInputError (in Chinese, naming the file) for a file it cannot read. */
export function readDocx(file: string, bytes: Uint8Array): ExtractedText {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (e) {
    throw new IngestInputError(file, MESSAGES.docxUnreadable(`无法解压：${(e as Error).message}`));
  }
  const entry = (name: string): Document | undefined => (entries[name] ? parseXml(file, strFromU8(entries[name])) : undefined);
  const main = entry('word/document.xml');
  if (!main) throw new IngestInputError(file, MESSAGES.docxUnreadable('缺少 word/document.xml'));
  const { styles, defaultSize } = readStyles(entry('word/styles.xml'));
  const numbering = readNumbering(entry('word/numbering.xml'));
  const notesDoc = entry('word/footnotes.xml');
  const noteText = new Map<string, string>();
  for (const f of children(notesDoc?.documentElement as El | undefined, 'footnote')) {
    if (attr(f, 'type') && attr(f, 'type') !== 'normal') continue;
    const text = children(f, 'p')
      .map((p) => runsOf(p, styles, attr(child(child(p, 'pPr'), 'pStyle'), 'val')).map((r) => r.text).join(''))
      .join('')
      .replace(MARKS, '')
      .trim();
    noteText.set(attr(f, 'id') ?? '', text);
  }
  const core = entries['docProps/core.xml'] ? strFromU8(entries['docProps/core.xml']) : '';
  const coreField = (tag: string): string | undefined => new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(core)?.[1]?.trim() || undefined;

  const review: ReviewEntry[] = [];
  const body = child(main.documentElement as El, 'body');
  interface Para {
    kind: ExtractedParagraph['kind'];
    level?: number;
    text: string;
    size: number;
    bold: boolean;
    notes: string[];
    rows?: string[];
    /** Page starts in `text` (a table: at the start of a row, `at` being the row's index). */
    pageMarks: { at: number; marks: string }[];
  }
  /** Page-start marks waiting for the next paragraph with text. */
  let pending = '';
  const paras: Para[] = [];
  const counters = new Map<string, number[]>();
  const notesInOrder: string[] = [];
  const readParagraph = (p: El): Para | undefined => {
    const pPr = child(p, 'pPr');
    const pStyle = attr(child(pPr, 'pStyle'), 'val');
    const runs = runsOf(p, styles, pStyle);
    const notes: string[] = [];
    let text = on(child(pPr, 'pageBreakBefore')) ? EXPLICIT : '';
    for (const r of runs) {
      if (r.mark !== undefined) text += r.mark;
      else if (r.noteRef !== undefined) {
        notesInOrder.push(r.noteRef);
        notes.push(r.noteRef);
        text += superscript(notesInOrder.length);
      } else text += r.text;
    }
    // The list number Word prints before the paragraph.
    const numPr = child(pPr, 'numPr');
    const numId = attr(child(numPr, 'numId'), 'val');
    const levels = numId ? numbering.get(numId) : undefined;
    if (numId && levels) {
      const ilvl = Number(attr(child(numPr, 'ilvl'), 'val') ?? 0);
      const level = levels.get(ilvl);
      const count = counters.get(numId) ?? [];
      count[ilvl] = (count[ilvl] ?? (level?.start ?? 1) - 1) + 1;
      count.length = ilvl + 1;
      counters.set(numId, count);
      if (level && level.format !== 'none' && level.format !== 'bullet' && level.text !== '') {
        const label = level.text.replace(/%(\d)/g, (_m, k: string) => formatNumber(count[Number(k) - 1] ?? levels.get(Number(k) - 1)?.start ?? 1, levels.get(Number(k) - 1)?.format ?? 'decimal'));
        // Word separates the number from the text by a tab; a full-width space where the number ends in a character (第一条　…).
        const lead = /^[\u0001-\u0003]*/u.exec(text)![0];
        text = `${lead}${label}${/\p{Script=Han}$/u.test(label) ? '\u3000' : /[.)]$/.test(label) ? ' ' : ''}${text.slice(lead.length)}`;
      }
    }
    // A page start at the end of a paragraph (or in an empty one) belongs to the next paragraph.
    const taken = takeMarks(pending + text);
    text = taken.text.replace(/\s+$/u, '');
    // A mark just before a line break starts the next line.
    const pageMarks = taken.marks.filter((m) => m.at < text.length).map((m) => {
      let at = m.at;
      while (text[at] === '\n') at++;
      return { at, marks: m.marks };
    });
    pending = taken.marks.filter((m) => m.at >= text.length).map((m) => m.marks).join('');
    if (text.trim() === '' && notes.length === 0) {
      pending = taken.marks.map((m) => m.marks).join('');
      return undefined;
    }
    const printed = runs.filter((r) => r.text.trim() !== '');
    const size = Math.max(0, ...printed.map((r) => r.size ?? defaultSize ?? 0));
    const bold = printed.length > 0 && printed.every((r) => r.bold);
    const name = styleProp(styles, pStyle, 'name') ?? '';
    const outline = attr(child(pPr, 'outlineLvl'), 'val') ?? styleProp(styles, pStyle, 'outline');
    const heading = HEADING_NAME.exec(name);
    if (/^title$/i.test(name)) return { kind: 'title', text, size, bold, notes, pageMarks };
    if (/^subtitle$/i.test(name)) return { kind: 'byline', text, size, bold, notes, pageMarks };
    if (heading) return { kind: 'heading', level: Number(heading[1]), text, size, bold, notes, pageMarks };
    if (outline !== undefined && Number(outline) < 9) return { kind: 'heading', level: Number(outline) + 1, text, size, bold, notes, pageMarks };
    return { kind: numId ? 'list' : 'body', text, size, bold, notes, pageMarks };
  };
  // Sections, in order: each ends with its w:sectPr (in its last paragraph; the last one in the body).
  const sectList = main.getElementsByTagNameNS(W, 'sectPr');
  const sectPrs: El[] = Array.from({ length: sectList.length }, (_, k) => sectList.item(k) as El);
  const sections: WordSection[] = sectPrs.map((sp) => {
    const num = child(sp, 'pgNumType');
    const start = attr(num, 'start');
    const format = attr(num, 'fmt');
    return { ...(start !== undefined && /^\d+$/.test(start) ? { start: Number(start) } : {}), ...(format ? { format } : {}) };
  });
  const sectionTypes = sectPrs.map((sp) => attr(child(sp, 'type'), 'val') ?? 'nextPage');
  let section = 0;
  const walkBody = (el: El): void => {
    for (const c of children(el)) {
      if (c.localName === 'p') {
        const p = readParagraph(c);
        if (p) paras.push(p);
        if (child(child(c, 'pPr'), 'sectPr')) {
          section++;
          // The next section starts on a new page unless it is continuous.
          if (sectionTypes[section] !== 'continuous') pending += SECTION;
        }
      } else if (c.localName === 'tbl') {
        const pageMarks: Para['pageMarks'] = [];
        const rows = children(c, 'tr').map((tr, k) => {
          const cells = children(tr, 'tc').map((tc) => children(tc, 'p').map((p) => readParagraph(p)).filter((p): p is Para => p !== undefined));
          const marks = cells.flat().flatMap((p) => p.pageMarks.map((m) => m.marks)).join('');
          if (marks !== '') pageMarks.push({ at: k, marks });
          return cells.map((ps) => ps.map((p) => p.text).join(' ').replace(/\t/g, ' ')).join('\t');
        });
        paras.push({ kind: 'table', text: '', size: 0, bold: false, notes: [], rows, pageMarks });
      } else if (c.localName === 'sdt') {
        walkBody(child(c, 'sdtContent') ?? c);
      }
    }
  };
  walkBody(body!);
  if (paras.every((p) => p.text.trim() === '' && !p.rows)) throw new IngestInputError(file, MESSAGES.docxEmpty);

  // Body size: the size most text is set in; a short paragraph all bold and ≥ 1.2 × that is a heading.
  const weight = new Map<number, number>();
  for (const p of paras) if (p.kind === 'body') weight.set(p.size, (weight.get(p.size) ?? 0) + p.text.length);
  const bodySize = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  let seenBody = false;
  for (const [k, p] of paras.entries()) {
    if (p.kind !== 'body') {
      if (p.kind === 'heading' || p.kind === 'list' || p.kind === 'table') seenBody = true;
      continue;
    }
    const large = bodySize > 0 && p.size >= bodySize * 1.2;
    const short = [...p.text].length <= 40 && !/[。；！？]$/u.test(p.text);
    if (!seenBody && large && short && paras.slice(0, k).every((q) => q.kind !== 'title')) {
      p.kind = 'title';
      review.push({ kind: 'recognised', text: `首段“${p.text}”字号较大（${p.size} 磅），视为标题` });
      continue;
    }
    if (!seenBody && short && !/^[一二三四五六七八九十]+、/.test(p.text) && paras.slice(0, k).some((q) => q.kind === 'title')) {
      p.kind = 'byline';
      continue;
    }
    if (seenBody && p.bold && large && short) {
      p.kind = 'heading';
      p.level = 1;
      review.push({ kind: 'recognised', text: `“${p.text}”只用直接格式（加粗、${p.size} 磅）排成标题，按标题处理` });
      continue;
    }
    seenBody = true;
  }
  // Pages: every page start after the first, in order; trusted or not (./docx-pages.ts).
  const breaks: WordPageStart[] = [];
  let rendered = 0;
  let atSection = 0;
  let seenText = false;
  for (const p of paras) {
    for (const m of p.pageMarks) {
      if (m.marks.includes(SECTION)) atSection += [...m.marks].filter((c) => c === SECTION).length;
      if (!seenText && m.at === 0) continue; // nothing precedes it: the first page
      breaks.push({ section: Math.min(atSection, sections.length - 1), sectionStart: m.marks.includes(SECTION) });
      if (m.marks.includes(RENDERED)) rendered++;
    }
    seenText = true;
  }
  const app = entries['docProps/app.xml'] ? strFromU8(entries['docProps/app.xml']) : '';
  const statedPages = /<Pages>(\d+)<\/Pages>/.exec(app)?.[1];
  const pages = wordPages({ breaks, rendered, ...(statedPages ? { statedPages: Number(statedPages) } : {}), sections });
  review.push({ kind: 'note', text: pages.note });
  const paged = pages.printed !== undefined;
  let page = 1;
  let emitted = false;
  /** A line on the current page (no page when the pages are not trusted). */
  const emit = (text: string): { text: string; page?: number } => {
    emitted = true;
    return paged ? { text, page } : { text };
  };
  /** A page starts: the next page, unless no text came before (the first page). */
  const pageStarts = (): void => {
    if (emitted) page++;
  };
  const paragraphs: ExtractedParagraph[] = [];
  for (const p of paras) {
    if (p.kind === 'table') {
      const lines = p.rows!.map((text, k) => {
        if (p.pageMarks.some((m) => m.at === k)) pageStarts();
        return emit(text);
      });
      paragraphs.push({ kind: 'table', lines });
      continue;
    }
    const lines: { text: string; page?: number }[] = [];
    let offset = 0;
    for (const line of p.text.split('\n')) {
      // A page start inside the line splits it there (only when the pages are trusted).
      let from = 0;
      for (const m of p.pageMarks.filter((m) => m.at >= offset && m.at < offset + line.length)) {
        const at = m.at - offset;
        if (at > from && paged) {
          lines.push(emit(line.slice(from, at)));
          from = at;
        }
        pageStarts();
      }
      lines.push(emit(line.slice(from)));
      offset += line.length + 1;
    }
    paragraphs.push({ kind: p.kind, ...(p.level !== undefined ? { level: p.level } : {}), lines });
    for (const id of p.notes) {
      const n = notesInOrder.indexOf(id) + 1;
      paragraphs.push({ kind: 'footnote', lines: [emit(`${superscript(n)} ${noteText.get(id) ?? ''}`.trimEnd())] });
    }
  }
  const lists = paras.filter((p) => p.kind === 'list').length;
  if (lists > 0) review.push({ kind: 'repaired', text: `${lists} 个编号段落写出 Word 自动编号的号码（如“第一条”），号码原不在文字中` });
  if (notesInOrder.length > 0) review.push({ kind: 'recognised', text: `${notesInOrder.length} 条脚注：注文放在引用它的段落之后，引用处写作上标数字` });
  const tables = paras.filter((p) => p.kind === 'table').length;
  if (tables > 0) review.push({ kind: 'recognised', text: `${tables} 个表格：每行一行，单元格以制表符分隔` });
  const record = readStatedRecord(paragraphs, undefined, { ...(coreField('dc:title') ? { title: coreField('dc:title')! } : {}), ...(coreField('dc:creator') ? { author: coreField('dc:creator')! } : {}) }, review);
  return {
    format: 'docx',
    tool: 'fflate + @xmldom/xmldom（OOXML）',
    paragraphs,
    ...(paged ? { pages: pages.printed!.map((printed, k) => ({ index: k + 1, printed })) } : {}),
    record,
    review,
  };
}
