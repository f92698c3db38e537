// rehype plugin: addresses inside the blocks of a source text (see src/lib/sources/anchors.ts).
// Each sentence gets an empty marker <span id="p12-s3" class="sentence-mark"> at its start, and
// each quote the site cites a <span id="p12-c40-18" class="quote-span"> around its words, so a
// link opens at the very words (:target marks them) on a phone as on a desktop, in every
// browser, without text fragments or script. Where a quote's words cross an element boundary
// (a link, an emphasis, another quote's span), they are wrapped piece by piece: the first
// piece carries the id, every piece the class.
//
// Offsets are those of the model's block text: text nodes in document order (a hard break is a
// <br> followed by a "\n" text node, the "\n" the model counts),
// a footnote reference as its number; a list item's nested list is its own block. A block
// whose rendered text differs from the model's (which a unit test rules out for every block
// of every source) gets no anchors rather than misplaced ones.
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { knowledgeOf } from '../lib/content/knowledge.ts';
import { collectQuotes } from '../lib/knowledge/quotes.ts';
import { anchorsOf, type BlockAnchors } from '../lib/sources/anchors.ts';
import { sourceModel } from '../lib/sources/model.ts';

export const SENTENCE_MARK_CLASS = 'sentence-mark';
export const QUOTE_SPAN_CLASS = 'quote-span';

export interface TextAnchorOptions {
  /** The anchors of a source text file (undefined: the file is no source text). */
  anchorsFor?: (file: { path?: string | undefined; data?: unknown }) => ReadonlyMap<string, BlockAnchors> | undefined;
  /** Told of a block left without anchors because its rendered text is not the model's. */
  onMismatch?: (blockId: string, file: string | undefined) => void;
}

/** The source a generated text file belongs to: content/texts/<source>/<part>.mdx. */
export function sourceOfFile(file: string | undefined): string | undefined {
  return file ? /[\\/]texts[\\/]([^\\/]+)[\\/][^\\/]+\.mdx$/.exec(file)?.[1] : undefined;
}

/** By default: the anchors of the source text a file holds, with every quote the knowledge model cites from it. */
function defaultAnchorsFor(file: { path?: string | undefined }): ReadonlyMap<string, BlockAnchors> | undefined {
  const source = sourceOfFile(file.path);
  const model = source ? sourceModel(source) : undefined;
  if (!source || !model) return undefined;
  const quotes = collectQuotes(knowledgeOf()).map((q) => q.quote).filter((q) => q.source === source).map((q) => q.text);
  return anchorsOf(model, quotes);
}

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name?: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: RootContent[];
}
type AnyNode = Root | RootContent | JsxElement;
type Parent = { children: AnyNode[] };

function idOf(node: AnyNode): string | undefined {
  if (node.type === 'element') return typeof node.properties.id === 'string' ? node.properties.id : undefined;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const attr = (node as JsxElement).attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
    return typeof attr?.value === 'string' ? attr.value : undefined;
  }
  return undefined;
}

function childrenOf(node: AnyNode): AnyNode[] | undefined {
  return 'children' in node ? (node.children as AnyNode[]) : undefined;
}

function isList(node: AnyNode): boolean {
  return node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol');
}

/** Text length of a node as the model counts it. */
function lengthOf(node: AnyNode, skipLists: boolean): number {
  if (node.type === 'text') return node.value.length;
  if (skipLists && isList(node)) return 0;
  const children = childrenOf(node);
  return children ? children.reduce((n, c) => n + lengthOf(c, skipLists), 0) : 0;
}

/** Text of a node as the model counts it. */
export function modelText(node: AnyNode, skipLists: boolean): string {
  if (node.type === 'text') return node.value;
  if (skipLists && isList(node)) return '';
  const children = childrenOf(node);
  return children ? children.map((c) => modelText(c, skipLists)).join('') : '';
}

function span(className: string, id: string | undefined, children: ElementContent[]): Element {
  return { type: 'element', tagName: 'span', properties: { ...(id ? { id } : {}), className: [className] }, children };
}

/** Splits text nodes so that no text node crosses `at`; inserts nothing. */
function splitAt(parent: Parent, at: number, skipLists: boolean): void {
  let offset = 0;
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i]!;
    const len = lengthOf(child, skipLists);
    if (at > offset && at < offset + len) {
      if (child.type === 'text') {
        const cut = at - offset;
        const rest: Text = { type: 'text', value: child.value.slice(cut) };
        child.value = child.value.slice(0, cut);
        parent.children.splice(i + 1, 0, rest);
      } else if (childrenOf(child)) {
        splitAt(child as Parent, at - offset, skipLists);
      }
      return;
    }
    offset += len;
  }
}

/** Inserts an empty marker at `at` (before the character there), as deep as the text goes. */
function insertMarker(parent: Parent, at: number, marker: Element, skipLists: boolean): boolean {
  let offset = 0;
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i]!;
    const len = lengthOf(child, skipLists);
    if (len > 0 && at === offset) {
      parent.children.splice(i, 0, marker);
      return true;
    }
    if (len > 0 && at > offset && at < offset + len) {
      if (child.type === 'text') {
        const cut = at - offset;
        const rest: Text = { type: 'text', value: child.value.slice(cut) };
        child.value = child.value.slice(0, cut);
        parent.children.splice(i + 1, 0, marker, rest);
        return true;
      }
      return childrenOf(child) ? insertMarker(child as Parent, at - offset, marker, skipLists) : false;
    }
    offset += len;
  }
  return false;
}

/** Wraps the text in [start, end) of `parent` in spans; returns whether the id was placed. */
function wrapRange(parent: Parent, start: number, end: number, id: string | undefined, skipLists: boolean): boolean {
  let idPlaced = id === undefined;
  let offset = 0;
  let run: number[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const first = run[0]!;
    const nodes = parent.children.splice(first, run.length) as ElementContent[];
    parent.children.splice(first, 0, span(QUOTE_SPAN_CLASS, idPlaced ? undefined : id, nodes));
    idPlaced = true;
    run = [];
  };
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i]!;
    const len = lengthOf(child, skipLists);
    const from = offset;
    offset += len;
    const lists = skipLists && isList(child);
    const inside = !lists && (len > 0 ? from >= start && from + len <= end : from > start && from < end);
    if (inside) {
      run.push(i);
      continue;
    }
    if (run.length > 0) {
      const before = run[0]!;
      flush();
      i = before + 1;
    }
    if (!lists && len > 0 && from < end && from + len > start && childrenOf(child)) {
      if (wrapRange(child as Parent, Math.max(0, start - from), Math.min(len, end - from), idPlaced ? undefined : id, skipLists)) idPlaced = true;
    }
  }
  flush();
  return idPlaced;
}

/** Puts the anchors into one block element; false when its text is not the model's. */
export function anchorBlock(block: AnyNode, anchors: BlockAnchors, skipLists: boolean): boolean {
  const parent = block as unknown as Parent;
  if (!modelText(block, skipLists).startsWith(anchors.text)) return false;
  const cuts = new Set<number>();
  for (const q of anchors.quotes) cuts.add(q.start).add(q.end);
  for (const at of [...cuts].sort((a, b) => a - b)) splitAt(parent, at, skipLists);
  for (const q of anchors.quotes) wrapRange(parent, q.start, q.end, q.id, skipLists);
  for (const s of [...anchors.sentences].reverse()) insertMarker(parent, s.at, span(SENTENCE_MARK_CLASS, s.id, []), skipLists);
  return true;
}

export function rehypeTextAnchors(options: TextAnchorOptions = {}) {
  const anchorsFor = options.anchorsFor ?? defaultAnchorsFor;
  return (tree: Root, file: { path?: string; data?: unknown }): void => {
    const anchors = anchorsFor(file);
    if (!anchors || anchors.size === 0) return;
    const walk = (node: AnyNode): void => {
      const id = idOf(node);
      const a = id ? anchors.get(id) : undefined;
      if (a && !anchorBlock(node, a, node.type === 'element' && node.tagName === 'li')) options.onMismatch?.(id!, file.path);
      for (const child of childrenOf(node) ?? []) walk(child);
    };
    walk(tree);
  };
}
