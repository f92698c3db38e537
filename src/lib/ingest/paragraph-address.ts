// Paragraph addresses: every block of reading text on a source's pages (paragraph, list item,
// quotation paragraph, attribution, footnote, editor's note) carries an id made from the raw
// text, so the address stays the same as long as raw.txt does — whatever the layout, repairs
// elsewhere or re-ingestion. `p<N>`: the block starts on raw line N (1-based). `p<N>-<k>`: the
// k-th editor's note placed after raw line N (notes have no raw line of their own).
//
// Ingestion writes the address into the MDX as a comment expression opening the block
// (`{/*p12*/}…`), which renders nothing; `applyParagraphIds` moves it onto the element (the remark
// plugin src/markdown/remark-paragraph-ids.ts and the paragraph index both use it).
import type { Parent, Root, RootContent } from 'mdast';

/** A paragraph address: p12, or p12-1 for an editor's note. */
export const PARAGRAPH_ID = /^p([1-9]\d*)(?:-([1-9]\d*))?$/;

/** The id of the block starting on raw line `line`. */
export function paragraphId(line: number): string {
  if (!Number.isInteger(line) || line < 1) throw new RangeError(`paragraphId: expected a raw line number ≥ 1, got ${line}`);
  return `p${line}`;
}

/** The id of the k-th (1-based) editor's note placed after raw line `line`. */
export function noteId(line: number, k: number): string {
  return `${paragraphId(line)}-${k}`;
}

/** The raw line an address names (the line a note follows, for a note). */
export function lineOfId(id: string): number | undefined {
  const m = PARAGRAPH_ID.exec(id);
  return m ? Number(m[1]) : undefined;
}

/** The MDX comment that carries an address at the start of a block. */
export function addressComment(id: string): string {
  return `{/*${id}*/}`;
}

/** The value remark-mdx gives the expression node of an address comment. */
const COMMENT_VALUE = /^\/\*(p[1-9]\d*(?:-[1-9]\d*)?)\*\/$/;

/** The address an MDX expression's value holds, if it is an address comment. */
export function idOfComment(value: string): string | undefined {
  return COMMENT_VALUE.exec(value.trim())?.[1];
}

interface JsxLike {
  type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  attributes: { type: string; name?: string; value?: unknown }[];
}

type AnyNode = Root | RootContent;

function setId(node: AnyNode, id: string): void {
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    (node as unknown as JsxLike).attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
    return;
  }
  const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
  data.hProperties = { ...data.hProperties, id };
}

/** Moves each address comment onto its block; `onId` sees every (id, block node, ancestors) found. */
export function applyParagraphIds(tree: Root, onId?: (id: string, block: AnyNode, ancestors: readonly AnyNode[]) => void): void {
  const walk = (node: AnyNode, ancestors: AnyNode[]): void => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    const first = parent.children[0];
    const id = first && first.type === 'mdxTextExpression' ? idOfComment(first.value) : undefined;
    if (id !== undefined) {
      parent.children.shift();
      const holder = ancestors[ancestors.length - 1];
      // A list item's text is a paragraph that a tight list does not render: the id goes on the item.
      const block = node.type === 'paragraph' && holder?.type === 'listItem' && (holder as Parent).children[0] === node ? holder : node;
      setId(block, id);
      onId?.(id, block, block === holder ? ancestors.slice(0, -1) : ancestors);
    }
    for (const child of [...parent.children]) walk(child, [...ancestors, node]);
  };
  walk(tree, []);
}
