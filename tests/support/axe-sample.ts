// Which pages axe's rendering rules run on (tests/site/pages.test.ts). Those rules — colour
// contrast, links told apart in text, target size — judge computed styles and boxes, which come
// from an element's kind and the kinds of the elements around it, not from its words. So they
// run on a set of pages that together show every kind of element in every context the site has
// (its tag, classes and ARIA attributes, with those of all its ancestors, and whether it holds
// text), plus the first page of every kind of page; axe's other rules run on every page.
import type { Element, Root } from 'hast';

/** Attributes that change how an element is rendered or exposed (ARIA, roles, state). */
const RENDERING_ATTRIBUTE = /^(aria|role$|hidden$|open$|disabled$|type$|lang$|dir$|download$|dataState$)/;

function describe(el: Element): string {
  const classes = ([] as unknown[]).concat(el.properties.className ?? []).map(String).sort();
  const attributes = Object.keys(el.properties).filter((k) => RENDERING_ATTRIBUTE.test(k)).sort();
  return `${el.tagName}${classes.map((c) => `.${c}`).join('')}${attributes.length ? `[${attributes.join(',')}]` : ''}`;
}

/**
 * Every kind of element on a page in its context: "body > main.x > p.y" for each element, with
 * "+text" when it holds text of its own. Elements of the head are left out.
 */
export function elementKinds(tree: Root): Set<string> {
  const kinds = new Set<string>();
  const walk = (el: Element, chain: string): void => {
    const here = chain ? `${chain} > ${describe(el)}` : describe(el);
    const text = el.children.some((c) => c.type === 'text' && c.value.trim() !== '');
    kinds.add(text ? `${here} +text` : here);
    for (const child of el.children) if (child.type === 'element') walk(child, here);
  };
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    for (const child of node.children) if (child.type === 'element' && child.tagName === 'body') walk(child, '');
  }
  return kinds;
}

/** The kind of page a site path is: its first segment and its depth ("/glossary/x/" → "glossary/2"). */
export function pageKind(sitePath: string): string {
  const segments = sitePath.split('/').filter(Boolean);
  return `${segments[0] ?? ''}/${segments.length}`;
}

/**
 * The pages to run the rendering rules on: the first page of each kind (in the given order),
 * then, greedily, the page showing the most kinds of element not yet covered, until every
 * kind of element of every page is on a chosen page. Deterministic for a given input.
 */
export function renderingSample(pages: ReadonlyMap<string, Set<string>>): string[] {
  const chosen: string[] = [];
  const covered = new Set<string>();
  const choose = (p: string): void => {
    chosen.push(p);
    for (const k of pages.get(p)!) covered.add(k);
  };
  const kinds = new Set<string>();
  for (const p of pages.keys()) {
    if (!kinds.has(pageKind(p))) {
      kinds.add(pageKind(p));
      choose(p);
    }
  }
  for (;;) {
    let best: string | undefined;
    let gain = 0;
    for (const [p, set] of pages) {
      if (chosen.includes(p)) continue;
      let n = 0;
      for (const k of set) if (!covered.has(k)) n++;
      if (n > gain) {
        gain = n;
        best = p;
      }
    }
    if (!best) return chosen;
    choose(best);
  }
}
