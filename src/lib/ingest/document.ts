// Builds the reading document of one source from its raw text and repairs: parts,
// headings, paragraphs, quotations, footnotes — everything the MDX emitter needs.
import { displayWidth } from './cjk.ts';
import { chineseNumber, isContentsLine, parseContents, type ContentsPart } from './book-contents.ts';
import { IngestInputError } from './errors.ts';
import { MESSAGES } from './messages.ts';
import { markFootnoteRefs, matchFootnoteDefinition, type FootnoteDefinition, type FootnoteMarker } from './footnotes.ts';
import { continuesHeading, headingDepths, headingDisplay, matchHeading, type HeadingMatch, type HeadingScheme } from './headings.ts';
import { endsParagraph, endsSentence, profileLayout, type LayoutProfile } from './layout.ts';
import { joinLines, joinParagraph } from './line-joining.ts';
import { tightenNumberUnits } from './number-units.ts';
import { fullWidthPunctuation } from './punctuation.ts';
import { applyKeptSpaces, applyRepairs, type RepairsFile } from './repairs.ts';
import { findRunningHeaders, removeRunningHeaders, type RunningHeader } from './running-headers.ts';
import { splitLines, type SourceLine } from './source-lines.ts';
import { joinSpacedCharacters, tightenPunctuation } from './spaced-characters.ts';
import { readTitleBlock, type TitleBlock } from './title-block.ts';
import type { SourceLayout } from './extraction-files.ts';

export type Block =
  | { type: 'heading'; scheme: HeadingScheme; depth: number; text: string; lines: number[] }
  | { type: 'paragraph'; text: string; lines: number[] }
  /** `starts`: the raw line each paragraph starts on; `attributionLine`: the attribution's raw line. */
  | { type: 'quote'; paragraphs: string[]; starts: number[]; attribution?: string; attributionLine?: number; lines: number[] }
  /** An editor's note (〔…〕) as a paragraph of its own, placed after raw line `after`. */
  | { type: 'note'; text: string; after: number }
  /** Short lines shown line by line (a title page, a copyright page). */
  | { type: 'lines'; lines: string[]; numbers: number[] }
  /** A book's table of contents. */
  | { type: 'contents'; parts: ContentsPart[]; lines: number[] }
  /** A table of an extracted Word file: one raw line per row, cells separated by tabs. */
  | { type: 'table'; rows: string[][]; lines: number[] };

export interface Footnote extends FootnoteDefinition {
  /** Raw line of the note's text; absent when the source holds only the marker. */
  line?: number;
}

export interface Part {
  /** "text" for a paper; "front", "intro", "chapter-N" for a book. */
  id: string;
  /** 绪论 / 第一章 …; absent for a paper and the front matter. */
  label?: string;
  /** The part's title as displayed ("第一章　以改革创新精神……"). */
  title: string;
  /** The title is the editor's, not the source's (the book's front matter). */
  editorialTitle?: boolean;
  /** How much of the part the excerpt holds (books): the whole part, or its opening only. */
  coverage?: 'whole' | 'opening';
  blocks: Block[];
  /** Footnotes referenced in this part, in order of first reference. */
  footnotes: Footnote[];
  /** First and last raw lines of the part. */
  lines: [number, number];
}

export interface SourceDocument {
  kind: 'paper' | 'book-excerpt';
  titleBlock: TitleBlock;
  parts: Part[];
  /** A book's parsed table of contents. */
  contents?: ContentsPart[];
  runningHeaders: RunningHeader[];
  profile: LayoutProfile;
}

/** Where the excerpt of a book stops inside a part. */
export const EXCERPT_END_MARK = '〔所据文本到此为止，本章以下内容未收入〕';
/** The same, when the text stops in the middle of a sentence. */
export const EXCERPT_END_MID_SENTENCE_MARK = '〔所据文本到此为止，此句未完；本章以下内容未收入〕';

const TAB_PAGE = /\t\s*\d+\s*$/;
const CONTENTS_HEADING = /^(CONTENTS|目|录|目录)$/u;
const EDITOR_LINE = /^(.+?)[ \u3000]*◎?主编$/u;

/** Step 1: the lines after repairs, running-header removal and character cleanup. */
export function cleanLines(file: string, raw: string, repairs: RepairsFile): { lines: SourceLine[]; runningHeaders: RunningHeader[] } {
  const lines = splitLines(raw);
  applyRepairs(file, lines, repairs.repairs);
  const runningHeaders = findRunningHeaders(lines);
  const declared = repairs.repairs.filter((r) => r.kind === 'running-header');
  for (const d of declared) {
    const found = runningHeaders.find((h) => h.text === d.text);
    if (!found || found.lines.join() !== d.lines.join()) {
      throw new IngestInputError(
        file,
        `repairs.yaml declares the running header “${d.text}” on lines ${d.lines.join(', ')}, but the text has it on ${found ? `lines ${found.lines.join(', ')}` : 'no line'}.`,
      );
    }
  }
  removeRunningHeaders(lines, runningHeaders);
  for (const l of lines) l.text = tightenPunctuation(joinSpacedCharacters(l.text));
  applyKeptSpaces(file, lines, repairs.repairs);
  return { lines, runningHeaders };
}

/** A source with five or more table-of-contents lines ("…\t27") is a book. */
export function looksLikeBook(lines: readonly SourceLine[]): boolean {
  return lines.filter((l) => TAB_PAGE.test(l.text)).length >= 5;
}

interface BodyState {
  parts: Part[];
  part: Part;
  paragraph: SourceLine[];
  quote: { paragraphs: string[]; starts: number[]; lines: number[] } | undefined;
  section: string | undefined;
  inNotes: boolean;
  definitions: Footnote[];
  refs: Map<Part, FootnoteMarker[]>;
  schemes: Set<HeadingScheme>;
  /** Extracted texts (layout.yaml): lines set as headings, table rows. */
  layout: BodyLayout | undefined;
}

/** What layout.yaml tells the body parser: paragraphs end at blank lines; headings and tables are declared. */
interface BodyLayout {
  headings: Set<number>;
  tableOf: Map<number, [number, number]>;
}

function bodyLayout(layout: SourceLayout): BodyLayout {
  const tableOf = new Map<number, [number, number]>();
  for (const t of layout.tables) for (let n = t[0]; n <= t[1]; n++) tableOf.set(n, t);
  return { headings: new Set(layout.headings.map((h) => h.line)), tableOf };
}

function notesOf(lines: readonly SourceLine[]): Block[] {
  return lines.flatMap((l) => (l.notesAfter ?? []).map((text): Block => ({ type: 'note', text, after: l.n })));
}

function flushQuote(s: BodyState): void {
  if (s.quote && s.quote.paragraphs.length > 0) s.part.blocks.push({ type: 'quote', paragraphs: s.quote.paragraphs, starts: s.quote.starts, lines: s.quote.lines });
  s.quote = undefined;
}

function inlineText(s: BodyState, text: string): string {
  const marked = markFootnoteRefs(fullWidthPunctuation(tightenNumberUnits(text)));
  const list = s.refs.get(s.part) ?? [];
  list.push(...marked.markers);
  s.refs.set(s.part, list);
  return marked.text;
}

function flushParagraph(s: BodyState): void {
  if (s.paragraph.length === 0) return;
  const text = inlineText(s, joinParagraph(s.paragraph.map((l) => l.text)).trim());
  const lines = s.paragraph.map((l) => l.n);
  if (s.section === '中央精神') {
    s.quote ??= { paragraphs: [], starts: [], lines: [] };
    s.quote.paragraphs.push(text);
    s.quote.starts.push(lines[0]!);
    s.quote.lines.push(...lines);
  } else {
    s.part.blocks.push({ type: 'paragraph', text, lines });
  }
  s.part.blocks.push(...notesOf(s.paragraph));
  s.paragraph = [];
}

function newPart(s: BodyState, part: Omit<Part, 'blocks' | 'footnotes'>): void {
  flushParagraph(s);
  flushQuote(s);
  s.part = { ...part, blocks: [], footnotes: [] };
  s.parts.push(s.part);
  s.section = undefined;
  s.inNotes = false;
}

/** Step 3: headings, paragraphs, quotations and footnotes of the body lines. */
function parseBody(body: SourceLine[], profile: LayoutProfile, first: Part, isBook: boolean, layout?: BodyLayout): { parts: Part[]; schemes: Set<HeadingScheme> } {
  const s: BodyState = {
    parts: [first],
    part: first,
    paragraph: [],
    quote: undefined,
    section: undefined,
    inNotes: false,
    definitions: [],
    refs: new Map(),
    schemes: new Set(),
    layout,
  };
  const lines = body.filter((l) => l.text.trim() !== '');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.text.trim();
    const definition = matchFootnoteDefinition(t, s.inNotes);
    if (definition) {
      flushParagraph(s);
      let text = definition.text;
      // In an extracted text a note runs to its paragraph's end.
      while (layout && !lines[i]!.breakAfter && i + 1 < lines.length) text = joinLines(text, lines[++i]!.text.trim());
      s.definitions.push({ ...definition, text: tightenNumberUnits(text), line: l.n });
      continue;
    }
    const table = layout?.tableOf.get(l.n);
    if (table) {
      flushParagraph(s);
      flushQuote(s);
      const rows = lines.filter((m) => m.n >= table[0] && m.n <= table[1]);
      s.part.blocks.push({ type: 'table', rows: rows.map((m) => m.text.split('\t').map((c) => inlineText(s, c.trim()))), lines: rows.map((m) => m.n) });
      i += rows.length - 1;
      continue;
    }
    // In an extracted text a heading is a whole paragraph: declared by layout.yaml, or numbered.
    const startsParagraph = !layout || s.paragraph.length === 0;
    const heading = !startsParagraph ? undefined : (matchHeading(t) ?? (layout?.headings.has(l.n) ? { scheme: 'named' as const, text: t } : undefined));
    if (heading && layout && !l.breakAfter && heading.rest === undefined) {
      // The heading goes on to the paragraph's end (a heading set on two lines).
      let text = heading.text;
      const used = [l];
      while (!used[used.length - 1]!.breakAfter && i + 1 < lines.length) {
        i++;
        used.push(lines[i]!);
        text = joinLines(text, lines[i]!.text.trim());
      }
      const h = { ...heading, text: fullWidthPunctuation(tightenNumberUnits(text)) };
      flushParagraph(s);
      flushQuote(s);
      s.schemes.add(h.scheme);
      s.part.blocks.push({ type: 'heading', scheme: h.scheme, depth: 0, text: headingDisplay(h), lines: used.map((u) => u.n) });
      s.section = h.scheme === 'named' ? h.text : undefined;
      if (h.scheme === 'named' && /^(参考文献|注释)$/.test(h.text)) s.inNotes = true;
      s.part.blocks.push(...notesOf(used));
      continue;
    }
    if (heading) {
      flushParagraph(s);
      flushQuote(s);
      const used = [l];
      const next = lines[i + 1];
      let h: HeadingMatch = heading;
      if (next && continuesHeading(heading, t, next.text, profile)) {
        h = { ...heading, text: joinLines(heading.text, next.text.trim()) };
        used.push(next);
        i++;
      }
      h = { ...h, text: fullWidthPunctuation(tightenNumberUnits(h.text)) };
      if (isBook && (h.scheme === 'chapter' || h.scheme === 'front')) {
        const number = h.scheme === 'chapter' ? h.number!.replace(/^第|章$/g, '') : undefined;
        newPart(s, {
          id: number === undefined ? 'intro' : `chapter-${chineseNumber(number)}`,
          label: h.number!,
          title: headingDisplay(h),
          lines: [l.n, l.n],
        });
      } else {
        s.schemes.add(h.scheme);
        s.part.blocks.push({ type: 'heading', scheme: h.scheme, depth: 0, text: headingDisplay(h), lines: used.map((u) => u.n) });
        s.section = h.scheme === 'named' ? h.text : undefined;
        if (h.scheme === 'named' && /^(参考文献|注释)$/.test(h.text)) s.inNotes = true;
      }
      s.part.blocks.push(...notesOf(used));
      if (h.rest !== undefined) {
        const restLine: SourceLine = { ...l, text: h.rest };
        if (/\s$/.test(l.text)) restLine.text += ' ';
        s.paragraph.push(restLine);
        if (endsParagraph(restLine, profile, lines[i + 1])) flushParagraph(s);
      }
      continue;
    }
    if (s.section === '中央精神' && t.startsWith('——') && displayWidth(t) <= 50 && !endsSentence(t)) {
      flushParagraph(s);
      s.quote ??= { paragraphs: [], starts: [], lines: [] };
      s.part.blocks.push({
        type: 'quote',
        paragraphs: s.quote.paragraphs,
        starts: s.quote.starts,
        attribution: tightenNumberUnits(t),
        attributionLine: l.n,
        lines: [...s.quote.lines, l.n],
      });
      s.quote = undefined;
      continue;
    }
    s.paragraph.push(l);
    if (endsParagraph(l, profile, lines[i + 1])) flushParagraph(s);
  }
  flushParagraph(s);
  flushQuote(s);
  attachFootnotes(s);
  markEmptyNotesSections(s.parts);
  // Each part runs to the last text line before the next part begins.
  s.parts.forEach((p, k) => {
    const next = s.parts[k + 1];
    const inside = lines.filter((l) => l.n >= p.lines[0] && (!next || l.n < next.lines[0]));
    if (inside.length > 0) p.lines = [p.lines[0], Math.max(p.lines[1], inside[inside.length - 1]!.n)];
  });
  return { parts: s.parts, schemes: s.schemes };
}

/** Where a notes section is left empty because its notes became footnotes. */
export const NOTES_MOVED_MARK = '〔本节原列的注文已转为页末注释〕';

/** A 参考文献 / 注释 heading whose notes all became footnotes says where they went. */
function markEmptyNotesSections(parts: Part[]): void {
  for (const part of parts) {
    if (part.footnotes.every((f) => f.line === undefined)) continue;
    part.blocks.forEach((b, k) => {
      const next = part.blocks[k + 1];
      if (b.type === 'heading' && /^(参考文献|注释)$/.test(b.text) && (!next || next.type === 'heading')) {
        part.blocks.splice(k + 1, 0, { type: 'note', text: NOTES_MOVED_MARK, after: b.lines[b.lines.length - 1]! });
      }
    });
  }
}

/** Footnote definitions go to the part that references them; unreferenced ones stay as paragraphs. */
function attachFootnotes(s: BodyState): void {
  const used = new Set<string>();
  for (const part of s.parts) {
    const seen = new Set<string>();
    for (const marker of s.refs.get(part) ?? []) {
      if (seen.has(marker.label)) continue;
      seen.add(marker.label);
      used.add(marker.label);
      const definition = s.definitions.find((d) => d.label === marker.label);
      part.footnotes.push(definition ?? { ...marker, text: '' });
    }
  }
  const orphans = s.definitions.filter((d) => !used.has(d.label));
  for (const d of orphans) {
    s.parts[s.parts.length - 1]!.blocks.push({ type: 'paragraph', text: `${d.printed} ${d.text}`, lines: d.line ? [d.line] : [] });
  }
}

/** The book's front matter: title page and copyright page lines, grouped where the page leaves space. */
function frontBlocks(front: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let group: SourceLine[] = [];
  let blanks = 0;
  const close = (): void => {
    if (group.length > 0) blocks.push({ type: 'lines', lines: group.map((l) => tightenNumberUnits(l.text.trim())), numbers: group.map((l) => l.n) });
    group = [];
  };
  for (const l of front) {
    if (l.text.trim() === '') {
      if (l.removed === undefined) blanks++;
      continue;
    }
    if (blanks >= 2) close();
    blanks = 0;
    group.push(l);
  }
  close();
  return blocks;
}

function bookTitleBlock(front: SourceLine[]): TitleBlock | undefined {
  const texts = front.filter((l) => l.text.trim() !== '');
  const first = texts[0];
  if (!first) return undefined;
  const subtitle = texts[1]?.text.trim().startsWith('——') ? texts[1].text.trim().replace(/^——\s*/, '') : undefined;
  const editors = texts.map((l) => EDITOR_LINE.exec(l.text.trim())).find(Boolean);
  return {
    title: first.text.trim().replace(/\u3000/g, ' '),
    ...(subtitle ? { subtitle } : {}),
    authors: editors ? editors[1]!.split(/[ \u3000]+/u) : [],
    lines: texts.map((l) => l.n),
  };
}

/**
 * The title block of an extracted text, paragraph by paragraph (a title set on two lines is
 * one paragraph, whose second line must not be read as a name): each leading paragraph's lines
 * are joined and read as one line.
 */
function paragraphTitleBlock(lines: readonly SourceLine[]): TitleBlock | undefined {
  const paragraphs: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') continue;
    current.push(l);
    if (l.breakAfter) {
      paragraphs.push(current);
      current = [];
    }
    if (paragraphs.length >= 8) break;
  }
  const joined: SourceLine[] = paragraphs.map((p) => ({ n: p[0]!.n, raw: p[0]!.raw, text: joinParagraph(p.map((l) => l.text)) }));
  const block = readTitleBlock(joined);
  if (!block) return undefined;
  const used = new Set(block.lines);
  return { ...block, lines: paragraphs.filter((p) => used.has(p[0]!.n)).flatMap((p) => p.map((l) => l.n)) };
}

/** Builds the document of one source. Throws IngestInputError for input it cannot read. */
export function buildDocument(file: string, raw: string, repairs: RepairsFile, layout?: SourceLayout): SourceDocument {
  const { lines, runningHeaders } = cleanLines(file, raw, repairs);
  const profile: LayoutProfile = layout ? { fullWidth: undefined, trailingSpaceEndsParagraph: false, explicitBreaks: true } : profileLayout(lines);
  const body = layout ? bodyLayout(layout) : undefined;
  if (layout) {
    // An extracted text marks each paragraph's end with a blank line.
    lines.forEach((l, k) => {
      if (l.text.trim() !== '' && (lines[k + 1] === undefined || lines[k + 1]!.raw.trim() === '')) l.breakAfter = true;
    });
  }
  const isBook = !layout && looksLikeBook(lines);
  let titleBlock: TitleBlock | undefined;
  let parts: Part[];
  let contents: ContentsPart[] | undefined;
  let schemes: Set<HeadingScheme>;

  if (isBook) {
    const tocStart = lines.findIndex((l, i) => /^(绪论|第[一二三四五六七八九十]+章)/u.test(l.text.trim()) && lines.slice(i, i + 12).some((m) => TAB_PAGE.test(m.text)));
    if (tocStart < 0) throw new IngestInputError(file, MESSAGES.bookNoContents);
    let tocEnd = tocStart;
    for (let i = tocStart; i < lines.length; i++) {
      const t = lines[i]!.text;
      if (t.trim() === '') continue;
      if (!isContentsLine(t)) break;
      if (/\t\s*\d+\s*$|^\s*\d+\s*$/.test(t)) tocEnd = i;
    }
    let frontEnd = tocStart;
    const headingLines: SourceLine[] = [];
    for (let i = tocStart - 1; i >= 0; i--) {
      const t = lines[i]!.text.trim();
      if (t === '') continue;
      if (!CONTENTS_HEADING.test(t)) break;
      headingLines.unshift(lines[i]!);
      frontEnd = i;
    }
    const front = lines.slice(0, frontEnd);
    const tocLines = lines.slice(tocStart, tocEnd + 1);
    contents = parseContents(tocLines);
    titleBlock = bookTitleBlock(front);
    if (!titleBlock) throw new IngestInputError(file, MESSAGES.bookNoTitle);
    const frontPart: Part = {
      id: 'front',
      title: '书名页、版权页与目录',
      editorialTitle: true,
      blocks: frontBlocks(front),
      footnotes: [],
      lines: [lines.find((l) => l.text.trim() !== '')?.n ?? 1, tocLines[tocLines.length - 1]!.n],
    };
    const latin = headingLines.filter((l) => /^[A-Z]+$/.test(l.text.trim()));
    const han = headingLines.filter((l) => !/^[A-Z]+$/.test(l.text.trim()));
    for (const l of latin) frontPart.blocks.push({ type: 'lines', lines: [l.text.trim()], numbers: [l.n] });
    if (han.length > 0) frontPart.blocks.push({ type: 'heading', scheme: 'named', depth: 2, text: han.map((l) => l.text.trim()).join(''), lines: han.map((l) => l.n) });
    frontPart.blocks.push({ type: 'contents', parts: contents, lines: tocLines.filter((l) => l.text.trim() !== '').map((l) => l.n) });
    const body = lines.slice(tocEnd + 1);
    ({ parts, schemes } = parseBody(body, profile, frontPart, true));
    // How much of each part the excerpt holds: all of it when the text goes on into the next part.
    const textParts = parts.filter((p) => p.id !== 'front');
    textParts.forEach((p, i) => {
      p.coverage = i < textParts.length - 1 ? 'whole' : 'opening';
    });
    const last = textParts[textParts.length - 1];
    if (last) {
      const lastBlock = last.blocks[last.blocks.length - 1];
      const midSentence = lastBlock?.type === 'paragraph' && !endsSentence(lastBlock.text);
      last.blocks.push({ type: 'note', text: midSentence ? EXCERPT_END_MID_SENTENCE_MARK : EXCERPT_END_MARK, after: last.lines[1] });
    }
  } else {
    titleBlock = layout ? paragraphTitleBlock(lines) : readTitleBlock(lines);
    if (!titleBlock && repairs.title) titleBlock = { title: repairs.title.text, authors: [], lines: [] };
    if (!titleBlock) {
      throw new IngestInputError(file, MESSAGES.noTitle);
    }
    const after = titleBlock.lines.length > 0 ? titleBlock.lines[titleBlock.lines.length - 1]! : 0;
    const bodyLines = lines.filter((l) => l.n > after);
    const firstLine = bodyLines.find((l) => l.text.trim() !== '')?.n ?? after + 1;
    ({ parts, schemes } = parseBody(bodyLines, profile, { id: 'text', title: titleBlock.title, blocks: [], footnotes: [], lines: [firstLine, firstLine] }, false, body));
  }
  const depths = headingDepths(schemes);
  for (const p of parts) for (const b of p.blocks) if (b.type === 'heading' && b.depth === 0) b.depth = depths.get(b.scheme) ?? 2;
  return {
    kind: isBook ? 'book-excerpt' : 'paper',
    titleBlock,
    parts,
    ...(contents ? { contents } : {}),
    runningHeaders,
    profile,
  };
}
