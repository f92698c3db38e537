// The source-text model: one reading of each source text that every layer uses — quotes and
// their 出处 links, the concordance, handouts, reading times — so they cannot disagree.
//
// Per source: parts → sections → blocks → sentences. Every block has its stable address from
// the raw text (`p<N>`, see paragraph-address.ts; a heading its anchor), every sentence its own
// (`p<N>-s<k>`, the k-th sentence of the block), and every located quote a span address
// (`p<N>-c<start>-<length>`, counted in the block's match form: see matchForm). Each block
// holds its text as the page shows it (`text`, from the generated MDX, which ingestion cleaned
// by the display rules) beside the raw text it was made from (`raw`, its lines of raw.txt).
//
// `locate(quote)` answers once: the block, the span of the quote in it, its sentence, section,
// address and link, and the citation. The model is built once per build (once per change of
// the texts in `npm run dev`: the readers in src/lib/content/ hand out new lists then).
import { findQuote, indexRaw, type IndexedRaw } from '../knowledge/quote.ts';
import { longestPrefix, matchForm, paragraphsOfPart, pickParagraph, type Paragraph, type ParagraphKind } from './paragraphs.ts';
import { readingPageOfPart, sectionAtLine, type Section } from './sections.ts';
import { rawTextOf, sourceIds } from '../content/sources.ts';
import { partSourcesOf, type PartSource, type TextPart } from '../content/texts.ts';
import { sourceHref } from '../routes.ts';

export type { Section, ParagraphKind };

export interface Span {
  /** UTF-16 offsets in the block's `text`. */
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Address on the page: p12-s1 (a heading's sentence: the heading's anchor). */
  id: string;
  /** 1-based position in its block. */
  k: number;
  /** The sentence as the page shows it (footnote numbers, line breaks and editor's marks 〔…〕 taken out). */
  text: string;
}

export interface Block extends Paragraph {
  /** Site path without base of the block on its reading page (/sources/<id>/#p12, /guide/<part>/#p12). */
  href: string;
  /** The raw lines of raw.txt the block was made from (from its line to the next block's). */
  raw: string;
  /** The heading section the block sits in. */
  section: Section | undefined;
  sentences: Sentence[];
}

export interface Located {
  source: string;
  block: Block;
  /** The quoted words in the block's `text` (the part in this block, for a quote running on into the next). */
  span: Span;
  /** The sentence the quote starts in. */
  sentence: Sentence | undefined;
  section: Section | undefined;
  /** The quote's own address on the page (a heading's anchor for a quote of a heading). */
  address: string;
  /** Site path without base that opens at the quote. */
  href: string;
  /** 1-based raw lines where the quote starts and ends. */
  line: number;
  endLine: number;
  /** How often the quote occurs in the raw text. */
  occurrences: number;
}

export interface PartModel {
  part: TextPart;
  blocks: Block[];
}

export interface SourceModel {
  source: string;
  parts: PartModel[];
  /** Every block of every part, in page order (headings at their place). */
  blocks: Block[];
  raw: IndexedRaw;
  /** Where a quote from the raw text sits; undefined when the raw text does not hold it. */
  locate(quote: string): Located | undefined;
  /** The block with this address (p12, a heading's anchor). */
  block(id: string): Block | undefined;
  /** The block that holds a raw line: the last one starting at or before it. */
  blockAtLine(line: number, options?: { headings?: boolean }): Block | undefined;
  /** A sentence exactly as raw.txt holds it (a verbatim quote of it), when the raw text shows it whole. */
  rawOf(sentence: Sentence): string | undefined;
}

/** The sentence address of the k-th (1-based) sentence of a block. */
export function sentenceId(blockId: string, k: number): string {
  return `${blockId}-s${k}`;
}

/** The address of a quoted span: its block, and its start and length in the block's match form. */
export function spanId(blockId: string, start: number, length: number): string {
  return `${blockId}-c${start}-${length}`;
}

/** Editor's marks (not the source's words) and line breaks, taken out of a sentence's shown text. */
function sentenceText(text: string): string {
  return text.replace(/〔[^〔〕\n]*〕/gu, '').replace(/\s*\n\s*/gu, '').trim();
}

/** A span of a block's text without its footnote reference numbers. */
function withoutRefs(text: string, span: Span, refs: readonly Span[] | undefined): string {
  let out = '';
  let at = span.start;
  for (const r of refs ?? []) {
    if (r.end <= span.start || r.start >= span.end) continue;
    out += text.slice(at, Math.max(at, r.start));
    at = Math.max(at, r.end);
  }
  return out + text.slice(at, span.end);
}

/**
 * Sentences of a block's text: cut after 。！？ (closing quotes and brackets stay with their
 * sentence) and at line breaks (a contents line, a verse line). Spans in the block's text.
 */
export function cutSentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^。！？\n]+(?:[。！？]+[”’」』）)]*)?/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (sentenceText(text.slice(start, end)) !== '') out.push({ start, end });
  }
  return out;
}

/** For a text, its match form (see matchForm) and, for each of its characters, the offset it came from. */
export function matchFormMap(text: string): { form: string; offsets: number[] } {
  let form = '';
  const offsets: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '〔') depth++;
    if (depth === 0 && !/\s/u.test(ch)) {
      form += matchForm(ch);
      offsets.push(i);
    }
    if (ch === '〕' && depth > 0) depth--;
  }
  return { form, offsets };
}

/** Where (in match form) a quote's words sit in a block: the whole quote, else the longest run of its opening. */
export function spanInForm(form: string, needle: string): { start: number; length: number } | undefined {
  const whole = form.indexOf(needle);
  if (whole >= 0) return { start: whole, length: needle.length };
  let best: { start: number; length: number } | undefined;
  for (let s = 0; s < Math.min(4, needle.length); s++) {
    const { length, at } = longestPrefix(form, needle.slice(s));
    if (length >= 4 && (!best || length > best.length)) best = { start: at, length };
  }
  return best;
}

/** Blocks in page order: headings at their place among the text, footnotes at the end of the part. */
function inPageOrder(paragraphs: Paragraph[]): Paragraph[] {
  const indexed = paragraphs.map((p, i) => ({ p, i }));
  const text = indexed.filter(({ p }) => p.kind !== 'footnote');
  text.sort((a, b) => a.p.line - b.p.line || Number(b.p.kind === 'heading') - Number(a.p.kind === 'heading') || a.i - b.i);
  return [...text, ...indexed.filter(({ p }) => p.kind === 'footnote')].map(({ p }) => p);
}

function buildModel(source: string, parts: readonly PartSource[], rawText: string): SourceModel {
  const raw = indexRaw(rawText);
  const rawLines = rawText.split('\n');
  const textParts = parts.map((p) => p.part);
  const partModels: PartModel[] = [];
  const all: Block[] = [];
  for (const { part, body } of parts) {
    const blocks = inPageOrder(paragraphsOfPart(part, body)).map((p): Block => {
      const section = sectionAtLine(textParts, p.line);
      const spans = p.kind === 'heading' ? [{ start: 0, end: p.text.length }] : cutSentences(p.text);
      const sentences = spans.map((s, i) => ({
        ...s,
        k: i + 1,
        id: p.kind === 'heading' ? p.id : sentenceId(p.id, i + 1),
        text: sentenceText(withoutRefs(p.text, s, p.footnoteRefs)),
      }));
      return { ...p, href: `${readingPageOfPart(source, p.part)}#${p.id}`, raw: '', section, sentences };
    });
    partModels.push({ part, blocks });
    all.push(...blocks);
  }
  // Raw lines of a block: from its line to the line before the next block (in raw order).
  const starts = [...new Set(all.filter((b) => b.kind !== 'note').map((b) => b.line))].sort((a, b) => a - b);
  for (const b of all) {
    if (b.kind === 'note') continue;
    const next = starts.find((l) => l > b.line) ?? rawLines.length + 1;
    b.raw = rawLines.slice(b.line - 1, next - 1).join('\n').trim();
  }
  const forms = all.map((b) => matchFormMap(b.text));
  const normalised = forms.map((f) => f.form);
  const byId = new Map(all.map((b) => [b.id, b]));
  const locations = new Map<string, Located | undefined>();

  const locate = (quote: string): Located | undefined => {
    if (locations.has(quote)) return locations.get(quote);
    let found: Located | undefined;
    const m = findQuote(raw, quote);
    const p = m ? pickParagraph(all, normalised, quote, m.line) : undefined;
    if (m && p) {
      const block = p as Block;
      const i = all.indexOf(block);
      const { form, offsets } = forms[i]!;
      const at = spanInForm(form, matchForm(quote));
      const span = at ? { start: offsets[at.start]!, end: offsets[at.start + at.length - 1]! + 1 } : { start: 0, end: block.text.length };
      const sentence = block.sentences.find((s) => s.end > span.start) ?? block.sentences[block.sentences.length - 1];
      const address = block.kind === 'heading' || !at ? block.id : spanId(block.id, at.start, at.length);
      found = {
        source,
        block,
        span,
        sentence,
        section: block.section,
        address,
        href: `${readingPageOfPart(source, block.part)}#${address}`,
        line: m.line,
        endLine: m.endLine,
        occurrences: m.occurrences,
      };
    }
    locations.set(quote, found);
    return found;
  };

  const blockAtLine = (line: number, options: { headings?: boolean } = {}): Block | undefined => {
    let best: Block | undefined;
    for (const b of all) {
      if (b.kind === 'note' || (b.kind === 'heading' && !options.headings)) continue;
      if (b.line <= line && (!best || b.line > best.line || (b.line === best.line && b.kind === 'heading'))) best = b;
    }
    return best;
  };

  // The raw text in match form, character for character (so offsets carry over to raw.offsetOf).
  let rawForm: string | undefined;
  const rawOf = (sentence: Sentence): string | undefined => {
    rawForm ??= matchForm(raw.normalised);
    const needle = matchForm(sentence.text);
    const at = needle.length === 0 || rawForm.length !== raw.normalised.length ? -1 : rawForm.indexOf(needle);
    if (at < 0) return undefined;
    return rawText.slice(raw.offsetOf[at]!, raw.offsetOf[at + needle.length - 1]! + 1);
  };

  return { source, parts: partModels, blocks: all, raw, locate, block: (id) => byId.get(id), blockAtLine, rawOf };
}

/** Per list of parts as the texts reader hands it out (a new list when the texts change). */
const cache = new WeakMap<readonly PartSource[], { rawText: string; model: SourceModel }>();

/** The model of one source's text, or undefined when the source has no raw text or no reading text. */
export function sourceModel(source: string): SourceModel | undefined {
  const parts = partSourcesOf(source);
  const rawText = rawTextOf(source);
  if (rawText === undefined || parts.length === 0) return undefined;
  const hit = cache.get(parts);
  if (hit && hit.rawText === rawText) return hit.model;
  const model = buildModel(source, parts, rawText);
  cache.set(parts, { rawText, model });
  return model;
}

/**
 * The source's own sentences in reading order, each with its block. Editor's notes are not the
 * source's words and are left out; footnotes are source text and count.
 */
export function* sourceSentences(model: SourceModel): Generator<{ block: Block; sentence: Sentence }> {
  for (const block of model.blocks) {
    if (block.kind === 'note') continue;
    for (const sentence of block.sentences) yield { block, sentence };
  }
}

/** Each source's own sentences (sourceSentences) as one text, a sentence a line. */
export function sourceTexts(sources: readonly string[] = sourceIds()): string[] {
  return sources.flatMap((id) => {
    const model = sourceModel(id);
    return model ? [Array.from(sourceSentences(model), ({ sentence }) => sentence.text).join('\n')] : [];
  });
}

/** Where a quote of a source sits (see SourceModel.locate). */
export function locate(source: string, quote: string): Located | undefined {
  return sourceModel(source)?.locate(quote);
}

/**
 * Path (without base) a 出处 link of a quote opens: the quote's own span on its reading page
 * (a book's 绪论 and chapters on /guide/<part>/); the source page itself if the text does not
 * hold it. No text directive (#:~:text=): browsers without text fragments (Firefox before 131)
 * would open such a link at the top of the page; the span's id lands in every browser.
 */
export function quoteHref(quote: { source: string; text: string }): string {
  return locate(quote.source, quote.text)?.href ?? sourceHref(quote.source);
}
