// The blocks of a source's reading pages, read from the generated MDX the pages render, and the
// rule that picks the block holding a quote: the block reader of the source-text model
// (src/lib/sources/model.ts, which every layer asks).
//
// Every block of a source text carries a paragraph address (`p<N>`, the raw line it starts on;
// see paragraph-address.ts). Each addressed block comes with its plain text as the page shows
// it. Headings keep their own anchors (rehype-slug's, recorded by ingestion) and count as blocks.
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { normaliseQuote } from '../knowledge/quote.ts';
import { applyParagraphIds, lineOfId } from '../ingest/paragraph-address.ts';
import type { TextPart } from '../content/texts.ts';

export type ParagraphKind = 'paragraph' | 'item' | 'quote' | 'attribution' | 'footnote' | 'note' | 'heading';

export interface Paragraph {
  /** The block's id on the page: p123 (p123-1 for an editor's note), or a heading's anchor. */
  id: string;
  /** Raw line the block starts on (for a note: the line it follows). */
  line: number;
  kind: ParagraphKind;
  /** The part of the source ("text" for a paper; "front", "intro", "chapter-1" … for a book). */
  part: string;
  /** The block's text as the page shows it (footnote references as their numbers, line breaks as "\n"). */
  text: string;
  /** Where footnote reference numbers stand in `text`. */
  footnoteRefs?: { start: number; end: number }[];
}

type Node = Root | RootContent;

/**
 * Plain text of a node as rendered; `footnotes` numbers footnote references. Each reference's
 * number is recorded in `refs` (offsets in the text), so a sentence can be shown without it.
 */
function textOf(node: Node, footnotes: Map<string, number>, skipLists: boolean, refs: { start: number; end: number }[] = [], at = 0): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'footnoteReference': {
      const n = String(footnotes.get(node.identifier) ?? '');
      if (n) refs.push({ start: at, end: at + n.length });
      return n;
    }
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
      return '';
    default: {
      if (!('children' in node)) return '';
      let out = '';
      for (const c of node.children as RootContent[]) {
        if (skipLists && c.type === 'list') continue;
        out += textOf(c, footnotes, skipLists, refs, at + out.length);
      }
      return out;
    }
  }
}

/** GFM numbers footnotes in the order they are first referenced in the document. */
function footnoteNumbers(tree: Root): Map<string, number> {
  const numbers = new Map<string, number>();
  const walk = (node: Node): void => {
    if (node.type === 'footnoteReference' && !numbers.has(node.identifier)) numbers.set(node.identifier, numbers.size + 1);
    // Definitions are rendered at the end; references inside them count after those in the text.
    if ('children' in node) for (const c of node.children as RootContent[]) if (c.type !== 'footnoteDefinition') walk(c);
  };
  walk(tree);
  const defs = (tree.children.filter((c) => c.type === 'footnoteDefinition') as RootContent[]);
  for (const d of defs) walk(d);
  return numbers;
}

function kindOf(block: Node, ancestors: readonly Node[], id: string): ParagraphKind {
  if (/-\d+$/.test(id)) return 'note';
  if (block.type === 'listItem') return 'item';
  if (block.type === 'mdxJsxTextElement' || block.type === 'mdxJsxFlowElement') return 'attribution';
  if (ancestors.some((a) => a.type === 'footnoteDefinition')) return 'footnote';
  if (ancestors.some((a) => (a.type === 'mdxJsxFlowElement' || a.type === 'mdxJsxTextElement') && a.name === 'blockquote')) return 'quote';
  return 'paragraph';
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * The addressed blocks of one generated MDX part, in page order, plus its headings (from the
 * frontmatter ingestion writes). Pure: the MDX body in, the blocks out.
 */
export function paragraphsOfPart(part: Pick<TextPart, 'part' | 'headings'>, body: string): Paragraph[] {
  const tree = processor.runSync(processor.parse(body)) as Root;
  const footnotes = footnoteNumbers(tree);
  const out: Paragraph[] = [];
  applyParagraphIds(tree, (id, block, ancestors) => {
    const kind = kindOf(block, ancestors, id);
    const refs: { start: number; end: number }[] = [];
    const text = textOf(block, footnotes, kind === 'item', refs);
    out.push({ id, line: lineOfId(id)!, kind, part: part.part, text, ...(refs.length > 0 ? { footnoteRefs: refs } : {}) });
  });
  for (const h of part.headings ?? []) out.push({ id: h.anchor, line: h.line, kind: 'heading', part: part.part, text: h.text });
  return out;
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', '?': '？', '(': '（', ')': '）' };

/**
 * A text as quotes and blocks are compared: whitespace and editor's marks 〔…〕 removed (they
 * are not the source's words), half-width , ; ? ( ) read as full-width (the pages set them so
 * between Chinese characters; the raw text and the quotes keep them half-width).
 */
export function matchForm(text: string): string {
  return normaliseQuote(text).replace(/〔[^〔〕]*〕/gu, '').replace(/[,;?()]/gu, (c) => FULL_WIDTH[c]!);
}

/** The longest prefix of `needle` that occurs in `haystack`: its length, and where it first occurs (-1 if none). */
export function longestPrefix(haystack: string, needle: string): { length: number; at: number } {
  let lo = 0;
  let hi = needle.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (haystack.includes(needle.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return { length: lo, at: lo > 0 ? haystack.indexOf(needle.slice(0, lo)) : -1 };
}

/** Length of the longest run of `needle`, starting in its first four characters, that occurs in `haystack`. */
function longestOpeningIn(haystack: string, needle: string): number {
  let best = 0;
  for (let s = 0; s < Math.min(4, needle.length); s++) best = Math.max(best, longestPrefix(haystack, needle.slice(s)).length);
  return best;
}

/**
 * The block that holds a quote, among `paragraphs` (with their whitespace-free texts), given the
 * raw line the quote starts on. A block whose text holds the whole quote wins; otherwise (a quote
 * running across blocks, or through a repaired passage such as a renumbered heading) the block
 * holding the longest run of its opening. Ties go to the block starting last at or before the
 * quote's line. Editor's notes are the source's home of no quote: they count only when nothing
 * else holds any of it.
 */
export function pickParagraph(paragraphs: readonly Paragraph[], normalised: readonly string[], quote: string, line: number): Paragraph | undefined {
  const needle = matchForm(quote);
  if (needle === '') return undefined;
  let best: { p: Paragraph; score: number; distance: number } | undefined;
  paragraphs.forEach((p, i) => {
    const text = normalised[i]!;
    let score = text.includes(needle) ? needle.length : longestOpeningIn(text, needle);
    // A few characters in common prove nothing.
    if (score < Math.min(4, needle.length)) return;
    if (p.kind === 'note') score = score / (needle.length + 1);
    // Blocks starting after the quote's line rank behind any block starting at or before it.
    const distance = p.line <= line ? line - p.line : 1e9 + (p.line - line);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { p, score, distance };
  });
  return best?.p;
}
