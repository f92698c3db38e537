// remark plugin: paragraph addresses. Ingestion opens each block of a source text with an
// address comment (`{/*p12*/}`, see src/lib/sources/paragraph-address.ts); this plugin removes
// the comment and gives its block that id — the paragraph, the list item a paragraph opens, or
// the JSX element (figcaption) it stands in.
import type { Root, Parent, RootContent } from 'mdast';
import { idOfComment } from '../lib/sources/paragraph-address.ts';

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

export function remarkParagraphIds() {
  return (tree: Root): void => applyParagraphIds(tree);
}
