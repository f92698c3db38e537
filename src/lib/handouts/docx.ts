// A handout as a Word file (.docx), written with the `docx` library from the same handout
// model as the handout page, so both show the same text. The file is made reproducible:
// the creation and modification times docx stamps into docProps/core.xml are removed and
// every zip entry gets the same fixed time (the build must be byte-for-byte repeatable).
import { UI } from '../ui/zh-CN.ts';
import { AlignmentType, BorderStyle, Document, HeadingLevel, HeightRule, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { circled, type Handout, type HandoutItem } from './model.ts';
import { answerLine, contentsLine, itemHeading, paragraphSourceLine, readingLine } from './text.ts';

export interface DocxOptions {
  /** Absolute URL of a site path (base and site origin applied). */
  url: (path: string) => string;
  siteName: string;
}

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };

const p = (text: string, opts: { bold?: boolean; size?: number; italics?: boolean } = {}): Paragraph =>
  new Paragraph({ children: [new TextRun({ text, ...opts })], spacing: { after: 120 } });

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** Room for notes: a box of ruled lines (a table, so Word and WPS keep every line). */
function noteLines(n: number): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: NONE },
    rows: Array.from({ length: n }, () => new TableRow({ height: { value: 454, rule: HeightRule.ATLEAST }, cantSplit: true, children: [new TableCell({ children: [new Paragraph('')] })] })),
  });
}

function itemParagraphs(item: HandoutItem, index: number, opts: DocxOptions, single: boolean): (Paragraph | Table)[] {
  // A one-item handout (a case) continues on the first page under the facts' heading.
  const heading = single ? UI.handout.factsTitle : itemHeading(item, index);
  const out: (Paragraph | Table)[] = [new Paragraph({ text: heading, heading: HeadingLevel.HEADING_2, pageBreakBefore: !single })];
  out.push(p(readingLine(item, opts.url(item.href))));
  if (item.notice) out.push(p(`${UI.handout.notice}${item.notice}`));
  for (const t of item.text) out.push(t.heading ? new Paragraph({ text: t.text, heading: HeadingLevel.HEADING_3 }) : new Paragraph({ children: [new TextRun(t.text)], indent: { firstLine: 480 }, spacing: { after: 120 } }));
  for (const f of item.facts) out.push(new Paragraph({ children: [new TextRun({ text: `${f.label}：`, bold: true }), new TextRun(`${f.text}${UI.handout.paragraphMark(circled(f.paragraph + 1))}`)], spacing: { after: 80 } }));
  if (item.paragraphs.length) {
    out.push(new Paragraph({ text: UI.handout.paragraphsTitle, heading: HeadingLevel.HEADING_3 }));
    item.paragraphs.forEach((para, i) => {
      out.push(new Paragraph({ children: [new TextRun({ text: `${circled(i + 1)} `, bold: true }), new TextRun(para.text)], spacing: { after: 60 } }));
      out.push(new Paragraph({ children: [new TextRun({ text: paragraphSourceLine(para, opts.url(para.href)), size: 18, color: '555555' })], spacing: { after: 160 } }));
    });
  }
  out.push(new Paragraph({ text: UI.handout.notesTitle, heading: HeadingLevel.HEADING_3 }), noteLines(5));
  return out;
}

/** The handout as .docx bytes. */
export async function handoutDocx(h: Handout, opts: DocxOptions): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: h.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    new Paragraph({ children: [new TextRun(`${opts.siteName} · ${h.kind}`)], alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
  ];
  if (h.minutes && h.items.length > 1) children.push(p(UI.handout.totalTime(h.items.length, h.minutes)));
  if (h.intro) {
    children.push(new Paragraph({ text: UI.handout.introTitle, heading: HeadingLevel.HEADING_2 }), p(UI.handout.editorialNote, { italics: true }), p(h.intro));
  }
  if (h.items.length > 1) {
    children.push(new Paragraph({ text: UI.handout.contentsTitle, heading: HeadingLevel.HEADING_2 }));
    h.items.forEach((item, i) => children.push(p(contentsLine(item, i))));
  }
  h.items.forEach((item, i) => children.push(...itemParagraphs(item, i, opts, h.items.length === 1)));
  if (h.prompts.length) {
    children.push(new Paragraph({ text: UI.handout.promptsTitle, heading: HeadingLevel.HEADING_2, pageBreakBefore: h.items.length > 1 }));
    h.prompts.forEach((q, i) => children.push(p(`${i + 1}. ${q}`), noteLines(3), p('')));
  }
  if (h.questions.length) {
    children.push(new Paragraph({ text: UI.handout.questionsTitle, heading: HeadingLevel.HEADING_2, pageBreakBefore: true }), p(UI.handout.questionsNote, { italics: true }));
    h.questions.forEach((q, i) => children.push(p(`${i + 1}. ${q.question}`), noteLines(1), p('')));
    children.push(new Paragraph({ text: UI.handout.answersTitle, heading: HeadingLevel.HEADING_2, pageBreakBefore: true }));
    h.questions.forEach((q, i) => {
      children.push(p(`${i + 1}. ${answerLine(q)}`));
      children.push(new Paragraph({ children: [new TextRun({ text: paragraphSourceLine(q.paragraph, opts.url(q.paragraph.href)), size: 18, color: '555555' })], spacing: { after: 160 } }));
    });
  }
  children.push(new Paragraph({ text: UI.handout.referencesTitle, heading: HeadingLevel.HEADING_2 }));
  for (const r of h.references) children.push(p(r));
  children.push(p(`${UI.handout.pageUrl}${opts.url(h.path)}`), p(UI.handout.footNote(opts.siteName)));

  const doc = new Document({
    creator: opts.siteName,
    title: h.title,
    description: `${h.kind}：${h.title}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 24 } },
        title: { run: { font: FONT, size: 36, bold: true, color: '000000' } },
        heading2: { run: { font: FONT, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: FONT, size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children }],
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

