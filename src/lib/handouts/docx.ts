// A handout as a Word file (.docx), written with the `docx` library from the same handout
// model as the handout page, so both show the same text and break pages by the same rules
// (text.ts: a source text starts a page, short readings flow on; notes boxes kept with their
// reading). Every page has a running foot with the handout's title and the page number.
// The file is made reproducible: the creation and modification times docx stamps into
// docProps/core.xml are removed and every zip entry gets the same fixed time (the build must be
// byte-for-byte repeatable).
import { UI } from '../ui/zh-CN.ts';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  HeightRule,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { quoteInline } from '../knowledge/display.ts';
import { circled, type Handout, type HandoutItem, type HandoutTable, type HandoutTeaching } from './model.ts';
import { answerLine, contentsLine, factMark, itemHeading, noteLineCount, paragraphSourceLine, readingLine, startsPage, stepLine } from './text.ts';

export interface DocxOptions {
  /** The printed address of a site path (see address.ts). */
  url: (path: string) => string;
  siteName: string;
}

type Block = Paragraph | Table;

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
/** A4 in twips, margins as the printed pages (global.css @page: 16 mm 15 mm 18 mm). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 907, bottom: 1020, left: 850, right: 850, footer: 454 };

const p = (text: string, opts: { bold?: boolean; size?: number; italics?: boolean; keepNext?: boolean } = {}): Paragraph =>
  new Paragraph({
    children: [new TextRun({ text, ...(opts.bold ? { bold: true } : {}), ...(opts.size ? { size: opts.size } : {}), ...(opts.italics ? { italics: true } : {}) })],
    spacing: { after: 100 },
    ...(opts.keepNext ? { keepNext: true } : {}),
  });
const small = (text: string): Paragraph => new Paragraph({ children: [new TextRun({ text, size: 18, color: '555555' })], spacing: { after: 140 } });
const heading = (text: string, level: 2 | 3, pageBreakBefore = false): Paragraph =>
  new Paragraph({ text, heading: level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, pageBreakBefore, keepNext: true });

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** Room for notes: a box of ruled lines (a table, so Word and WPS keep every line), never split across pages. */
function noteLines(n: number): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: NONE },
    rows: Array.from({ length: n }, (_, i) =>
      new TableRow({ height: { value: 454, rule: HeightRule.ATLEAST }, cantSplit: true, children: [new TableCell({ children: [new Paragraph({ text: '', keepNext: i < n - 1 })] })] }),
    ),
  });
}

function itemBlocks(items: readonly HandoutItem[], index: number, opts: DocxOptions, single: boolean): Block[] {
  const item = items[index]!;
  // A one-item handout (a case) continues on the first page under the facts' heading.
  const out: Block[] = [heading(single ? UI.handout.factsTitle : itemHeading(item, index), 2, !single && startsPage(items, index))];
  out.push(p(readingLine(item, opts.url(item.href))));
  if (item.notice) out.push(p(`${UI.handout.notice}${item.notice}`));
  for (const t of item.text) out.push(t.heading ? heading(t.text, 3) : new Paragraph({ children: [new TextRun(t.text)], indent: { firstLine: 440 }, spacing: { after: 100 } }));
  for (const f of item.facts) out.push(new Paragraph({ children: [new TextRun({ text: `${f.label}：`, bold: true }), new TextRun(`${f.text}${factMark(f)}`)], spacing: { after: 60 } }));
  if (item.paragraphs.length) {
    out.push(heading(UI.handout.paragraphsTitle, 3));
    item.paragraphs.forEach((para, i) => {
      out.push(new Paragraph({ children: [new TextRun({ text: `${circled(i + 1)} `, bold: true }), new TextRun(para.text)], spacing: { after: 40 }, keepNext: true }));
      out.push(small(paragraphSourceLine(para, opts.url(para.href))));
    });
  }
  out.push(new Paragraph({ children: [new TextRun({ text: UI.handout.notesTitle, bold: true })], keepNext: true, spacing: { before: 120, after: 60 } }), noteLines(single ? 5 : noteLineCount(item)));
  return out;
}

function teachingBlocks(t: HandoutTeaching, prompts: readonly string[], opts: DocxOptions): Block[] {
  const T = UI.teaching;
  const out: Block[] = [heading(T.title, 2, true), p(T.note, { italics: true }), heading(T.objectivesTitle, 3)];
  t.objectives.forEach((o, i) => out.push(p(`${i + 1}. ${o}`)));
  out.push(heading(T.planTitle(t.totalMinutes), 3));
  t.steps.forEach((s, i) => out.push(p(`${i + 1}. ${stepLine(s)}`)));
  out.push(heading(T.pointsTitle, 3), p(T.pointsNote, { italics: true }));
  for (const pt of t.points) {
    out.push(p(`${T.pointsPrompt(pt.prompt)}：${prompts[pt.prompt - 1] ?? pt.promptText}`, { bold: true, keepNext: true }));
    for (const q of pt.quotes) {
      out.push(new Paragraph({ children: [new TextRun(quoteInline(q.text))], indent: { left: 440 }, spacing: { after: 20 }, keepNext: true }));
      out.push(new Paragraph({ children: [new TextRun({ text: paragraphSourceLine(q.paragraph, opts.url(q.paragraph.href)), size: 18, color: '555555' })], indent: { left: 440 }, spacing: { after: 100 } }));
    }
  }
  out.push(heading(T.boardTitle, 3), p(t.board.text));
  if (t.board.basis) out.push(p(`${T.boardBasis}${t.board.basis.label}　${opts.url(t.board.basis.href)}`));
  return out;
}

/** A comparison table: header row repeated on each page, rows kept whole. */
export function tableBlocks(t: HandoutTable, opts: DocxOptions, pageBreakBefore: boolean): Block[] {
  const width = (t.landscape ? A4.height : A4.width) - MARGIN.left - MARGIN.right;
  const first = t.head.length > 3 ? 1100 : 700;
  const cell = (lines: readonly string[], bold = false): TableCell =>
    new TableCell({ children: lines.map((l) => new Paragraph({ children: [new TextRun({ text: l, bold, size: 16 })], spacing: { after: 20, line: 240 } })) });
  return [
    heading(t.title, 2, pageBreakBefore),
    p(t.note, { size: 20 }),
    p(t.caption, { bold: true, size: 20, keepNext: true }),
    new Table({
      width: { size: width, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      columnWidths: [first, ...t.head.slice(1).map(() => Math.floor((width - first) / (t.head.length - 1)))],
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: t.head.map((h) => cell([h], true)) }),
        // A long row (the alliances' actions) may run on to the next page rather than leave a gap.
        ...t.rows.map((r) => new TableRow({ children: [cell([r.label], true), ...r.cells.map((c) => cell(c))] })),
      ],
    }),
    small(`${UI.handout.tableSource}${opts.url(t.href)}`),
  ];
}

function footer(h: Pick<Handout, 'title' | 'kind'>): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: `${UI.handout.runningFoot(h.title, h.kind)} · ${UI.handout.pageWord}`, size: 16, color: '555555' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '555555' }), new TextRun({ text: UI.handout.pageWordEnd, size: 16, color: '555555' })],
      }),
    ],
  });
}

function page(landscape: boolean): NonNullable<NonNullable<ISectionOptions['properties']>['page']> {
  return landscape
    ? { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } // docx swaps the sides itself
    : { size: A4, margin: MARGIN };
}

/** The handout as .docx bytes. */
export async function handoutDocx(h: Handout, opts: DocxOptions): Promise<Uint8Array> {
  const children: Block[] = [
    new Paragraph({ text: h.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    new Paragraph({ children: [new TextRun(`${opts.siteName} · ${h.kind}`)], alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
  ];
  const multi = h.items.length > 1;
  if (h.minutes && multi) children.push(p(UI.handout.totalTime(h.items.length, h.minutes)));
  if (h.intro) children.push(heading(UI.handout.introTitle, 2), p(UI.handout.editorialNote, { italics: true }), p(h.intro));
  if (h.selection) children.push(heading(UI.handout.selectionTitle, 2), p(h.selection));
  if (multi) {
    children.push(heading(UI.handout.contentsTitle, 2));
    h.items.forEach((item, i) => children.push(p(contentsLine(item, i))));
  }
  if (h.teaching) children.push(...teachingBlocks(h.teaching, h.prompts, opts));
  h.items.forEach((_, i) => children.push(...itemBlocks(h.items, i, opts, !multi)));
  // A wide table gets a landscape section of its own; the rest of the handout follows in portrait.
  const sections: ISectionOptions[] = [];
  const tables = h.tables ?? [];
  const rest: Block[] = [];
  for (const t of tables) {
    if (t.landscape) {
      sections.push({ properties: { page: page(false) }, footers: { default: footer(h) }, children: [...children] });
      children.length = 0;
      sections.push({ properties: { page: page(true) }, footers: { default: footer(h) }, children: tableBlocks(t, opts, false) });
    } else {
      children.push(...tableBlocks(t, opts, true));
    }
  }
  const tail = sections.length ? rest : children;
  if (h.prompts.length) {
    tail.push(heading(UI.handout.promptsTitle, 2, multi && !sections.length));
    h.prompts.forEach((q, i) => tail.push(p(`${i + 1}. ${q}`, { keepNext: true }), noteLines(3), p('')));
  }
  if (h.questions.length) {
    tail.push(heading(UI.handout.questionsTitle, 2), p(UI.handout.questionsNote, { italics: true }));
    h.questions.forEach((q, i) => tail.push(p(`${i + 1}. ${q.question}`, { keepNext: true }), noteLines(1)));
    tail.push(heading(UI.handout.answersTitle, 2, true));
    h.questions.forEach((q, i) => {
      tail.push(new Paragraph({ children: [new TextRun(`${i + 1}. ${answerLine(q)}`)], spacing: { after: 20 }, keepNext: true }));
      tail.push(small(paragraphSourceLine(q.paragraph, opts.url(q.paragraph.href))));
    });
  }
  tail.push(heading(UI.handout.referencesTitle, 2));
  for (const r of h.references) tail.push(p(r));
  tail.push(p(`${UI.handout.pageUrl}${opts.url(h.path)}`), p(UI.handout.footNote(opts.siteName)));
  if (sections.length) sections.push({ properties: { page: page(false) }, footers: { default: footer(h) }, children: rest });
  else sections.push({ properties: { page: page(false) }, footers: { default: footer(h) }, children });
  return documentBytes(h, opts, sections);
}

/** A comparison table alone as a Word file (/cases/compare/, /frameworks/compare/). */
export async function tableDocx(t: HandoutTable, opts: DocxOptions): Promise<Uint8Array> {
  const h = { title: t.title, kind: UI.handout.tablesTitle };
  const children: Block[] = [new Paragraph({ text: t.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }), ...tableBlocks(t, opts, false).slice(1)];
  children.push(p(UI.handout.footNote(opts.siteName)));
  return documentBytes(h, opts, [{ properties: { page: page(t.landscape) }, footers: { default: footer(h) }, children }]);
}

async function documentBytes(h: Pick<Handout, 'title' | 'kind'>, opts: DocxOptions, sections: ISectionOptions[]): Promise<Uint8Array> {
  const doc = new Document({
    creator: opts.siteName,
    title: h.title,
    description: `${h.kind}：${h.title}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { line: 312 } } },
        title: { run: { font: FONT, size: 34, bold: true, color: '000000' } },
        heading2: { run: { font: FONT, size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 100 } } },
        heading3: { run: { font: FONT, size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 160, after: 60 } } },
      },
    },
    sections,
  });
  return reproducible(await Packer.toBuffer(doc));
}

/** Same document, same bytes: no timestamps in core.xml, a fixed time on every zip entry. */
export function reproducible(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = new TextDecoder().decode(core).replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '');
    files['docProps/core.xml'] = new TextEncoder().encode(xml);
  }
  const mtime = new Date(Date.UTC(2000, 0, 1));
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]])) as Parameters<typeof zipSync>[0]);
}
