// Reads the parts of a built HTML page that the link check (and the CSP check) need,
// with a real HTML parser (parse5), never with regular expressions.
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** One URL-bearing attribute in a page. */
export interface LinkRef {
  /** Tag name, e.g. "a", "img", "link". */
  tag: string;
  /** Attribute name, e.g. "href", "src", "srcset", "action". */
  attr: string;
  /** The URL as written (one candidate for srcset). */
  url: string;
}

export interface PageFacts {
  /** Every id (and legacy <a name>) in the page: the valid #fragment targets. */
  ids: Set<string>;
  /** Ids that occur more than once (invalid HTML; a fragment to them is ambiguous). */
  duplicateIds: string[];
  links: LinkRef[];
}

/** Which attributes of which elements hold URLs. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  form: ['action'],
  button: ['formaction'],
  input: ['formaction', 'src'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite'],
  del: ['cite'],
};

export function parseHtml(html: string): DefaultTreeAdapterTypes.Document {
  return parse(html);
}

/** Calls `visit` for every element of the document, in document order (template contents included). */
export function walkElements(root: ParentNode, visit: (el: Element) => void): void {
  const stack: DefaultTreeAdapterTypes.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('tagName' in node) visit(node);
    const children: DefaultTreeAdapterTypes.Node[] = [];
    if ('childNodes' in node) children.push(...node.childNodes);
    if (node.nodeName === 'template' && 'content' in node) children.push(node.content);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Splits a srcset into its URLs. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((u) => u !== '');
}

/** The ids and the URL references of one HTML page. */
export function pageFacts(html: string): PageFacts {
  const ids = new Set<string>();
  const duplicates = new Set<string>();
  const links: LinkRef[] = [];
  walkElements(parseHtml(html), (el) => {
    const id = attr(el, 'id');
    if (id !== undefined && id !== '') {
      if (ids.has(id)) duplicates.add(id);
      ids.add(id);
    }
    if (el.tagName === 'a') {
      const name = attr(el, 'name');
      if (name) ids.add(name);
    }
    for (const name of URL_ATTRIBUTES[el.tagName] ?? []) {
      const value = attr(el, name);
      if (value === undefined) continue;
      if (name === 'srcset') {
        for (const url of srcsetUrls(value)) links.push({ tag: el.tagName, attr: name, url });
      } else {
        links.push({ tag: el.tagName, attr: name, url: value.trim() });
      }
    }
  });
  return { ids, duplicateIds: [...duplicates].sort(), links };
}
