// Markup checks on the built HTML, parsed (no browser): CSS selectors over the hast tree.
// Properties are hast's names: data-case → dataCase, datetime → dateTime, class → className.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Nodes, Root } from 'hast';

/** The built page at a site path ("cases/", "" for the home page), parsed. */
export function builtPage(dist: string, pagePath: string): Root {
  const file = path.join(dist, pagePath, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: expected the built page ${pagePath || '/'}`);
  return fromHtml(readFileSync(file, 'utf8'));
}

/** Elements matching a CSS selector, in document order. */
export function all(node: Nodes, selector: string): Element[] {
  return selectAll(selector, node);
}

/** The first element matching a CSS selector; throws when there is none. */
export function one(node: Nodes, selector: string): Element {
  const found = select(selector, node);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

/** Number of elements matching a CSS selector. */
export function count(node: Nodes, selector: string): number {
  return selectAll(selector, node).length;
}

/** Text content, as textContent gives it. */
export function text(node: Nodes): string {
  return toString(node);
}

/** A property as a string ('' when absent; lists joined with spaces). */
export function prop(el: Element, name: string): string {
  const v = el.properties[name];
  if (v === undefined || v === null || v === false) return '';
  return Array.isArray(v) ? v.join(' ') : String(v);
}
