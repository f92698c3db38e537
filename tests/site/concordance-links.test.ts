// Every concordance line of every term page links to its own sentence: on the page the link
// opens, the element the link names is the sentence's marker (or, for a heading line, the
// heading), and the text that follows it starts with the line's sentence. Read from the built
// pages (the text the reader sees: ¶ marks, footnote numbers and editor's marks left out, as the
// concordance shows the sentence without them); a browser click on one line is reading.test.ts's.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { all, builtPage, prop, text } from '../support/html.ts';
import { DIST } from '../support/sites.ts';

const squash = (s: string) => s.replace(/[\s\u200b]+/gu, '');
const SKIP_CLASSES = ['paragraph-mark', 'editorial-mark'];

/** The page's main text flattened, and where each element with an id starts in it. */
function flatten(root: Root): { flat: string; starts: Map<string, number>; headings: Set<string> } {
  let flat = '';
  const starts = new Map<string, number>();
  const headings = new Set<string>();
  const walk = (node: Nodes): void => {
    if (node.type === 'text') {
      flat += squash(node.value);
      return;
    }
    if (node.type === 'element') {
      const classes = prop(node, 'className');
      if (SKIP_CLASSES.some((c) => classes.split(' ').includes(c))) return;
      if (node.tagName === 'sup' && node.children.some((c) => c.type === 'element' && 'dataFootnoteRef' in c.properties)) return;
      if ('dataFootnoteBackref' in node.properties) return;
      const id = node.properties.id;
      if (typeof id === 'string' && !starts.has(id)) starts.set(id, flat.length);
      if (/^h[1-6]$/.test(node.tagName) && typeof id === 'string') headings.add(id);
    }
    if ('children' in node) for (const c of node.children) walk(c as Nodes);
  };
  walk(root);
  return { flat, starts, headings };
}

const pages = new Map<string, ReturnType<typeof flatten>>();
function page(pagePath: string): ReturnType<typeof flatten> {
  let p = pages.get(pagePath);
  if (!p) {
    p = flatten(builtPage(DIST, pagePath));
    pages.set(pagePath, p);
  }
  return p;
}

interface Line {
  term: string;
  sentence: string;
  href: string;
}

function concordanceLines(): Line[] {
  const out: Line[] = [];
  for (const term of readdirSync(path.join(DIST, 'glossary'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    for (const li of all(builtPage(DIST, `glossary/${term}/`), '[data-concordance-line]')) {
      const sentence = text(all(li, '.concordance__sentence')[0]!);
      const a = all(li, '.concordance__where a')[0] as Element;
      out.push({ term, sentence, href: prop(a, 'href') });
    }
  }
  return out;
}

describe('concordance links', () => {
  it('land each line on its own sentence (a heading line on the heading); none unplaced', () => {
    const lines = concordanceLines();
    expect(lines.length).toBeGreaterThan(500);
    let own = 0;
    let inBlock = 0;
    const failures: string[] = [];
    for (const l of lines) {
      const [pagePath, hash] = l.href.split('#');
      const id = decodeURIComponent(hash ?? '');
      const p = page(pagePath!.replace(/^\//, ''));
      const at = p.starts.get(id);
      const s = squash(l.sentence);
      if (at !== undefined && p.flat.startsWith(s, at)) own++;
      else failures.push(`${l.term}: “${l.sentence.slice(0, 30)}” → ${decodeURIComponent(l.href)}`);
      // Looser, for comparison with links to whole paragraphs: the sentence within 2,000 characters after the target.
      if (at !== undefined && p.flat.slice(at, at + 2000).includes(s)) inBlock++;
    }
    console.info(`Concordance lines: ${own}/${lines.length} open at their own sentence (${inBlock} with the sentence shortly after the target)`);
    expect(failures).toEqual([]);
  });
});
