// rehype plugin: a quiet, visible address beside each addressed paragraph of a source text
// (¶12 → #p12), so a reader can copy the link to a single paragraph, on screen and in print.
// Editor's notes (p12-1) carry an id but no mark. The mark is left out of the search index.
import type { Element, ElementContent, Root } from 'hast';
import { lineOfId, PARAGRAPH_ID } from '../lib/ingest/paragraph-address.ts';

/** The visible mark and its tooltip. */
export const PARAGRAPH_MARK = {
  className: 'paragraph-mark',
  text: (line: number): string => `¶${line}`,
  title: (line: number): string => `本段地址（原文第 ${line} 行起）`,
} as const;

function mark(id: string, line: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: [PARAGRAPH_MARK.className], href: `#${id}`, title: PARAGRAPH_MARK.title(line), dataPagefindIgnore: '' },
    children: [{ type: 'text', value: PARAGRAPH_MARK.text(line) }],
  };
}

/** hast as MDX hands it over: HTML elements, and JSX elements (figure, blockquote, figcaption) holding attributes. */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  attributes: { type: string; name?: string; value?: unknown }[];
  children: ElementContent[];
}
type Container = Root | Element | JsxElement;

function idOf(node: Container): string | undefined {
  if (node.type === 'element') return typeof node.properties.id === 'string' ? node.properties.id : undefined;
  if (node.type === 'root') return undefined;
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

export function rehypeParagraphMarks() {
  return (tree: Root): void => {
    const walk = (node: Container): void => {
      for (const child of node.children) if ('children' in child) walk(child as unknown as Container);
      const id = idOf(node);
      const m = id ? PARAGRAPH_ID.exec(id) : null;
      if (!id || !m || m[2] !== undefined) return;
      const line = lineOfId(id)!;
      const children = node.children as ElementContent[];
      const space: ElementContent = { type: 'text', value: ' ' };
      // In a list item, the mark goes after the item's own text, before a nested list.
      const nested = children.findIndex((c) => c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol'));
      let at = nested >= 0 ? nested : children.length;
      const before = children[at - 1];
      if (before?.type === 'text' && before.value.trim() === '') at--;
      children.splice(at, 0, space, mark(id, line));
    };
    walk(tree);
  };
}
