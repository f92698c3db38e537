// No page shows raw PDF text: every built page's reading text (its <main>, without code and
// the raw-text and repairs pages, which show the raw text on purpose) is free of layout spacing
// left in a number («义3 个», «2018 年 4月»), doubled quotation marks («““支部»), half-width
// commas between Chinese characters («首先,要»), contents dot leaders («…..... 127») and
// literal backslashes. Read from the built pages (text nodes, as a reader sees them).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/lib/files.ts';
import { DIST } from '../support/sites.ts';

const CJK = '[\\u3400-\\u9fff]';
export const DISPLAY_DEFECTS: [string, RegExp][] = [
  // A number spaced on one side only: raw PDF spacing (UI text spaces both sides: 约 5 分钟).
  ['spacing', new RegExp(`${CJK}\\d+(?:\\.\\d+)? +${CJK}|${CJK} +\\d+(?:\\.\\d+)?${CJK}`, 'u')],
  ['doubled quotation marks', /““|””/u],
  // (A reference's authors are set «袁鲁, 龙力莉» by GB/T 7714: a comma and a space.)
  ['half-width comma between Chinese', new RegExp(`${CJK}[,;]${CJK}`, 'u')],
  ['dot leaders', /\.{3,}|…\./u],
  ['backslash', /\\/u],
];

/** Pages that show the raw text on purpose. */
const RAW_PAGES = /^sources\/[^/]+\/repairs\//;
const SKIP_TAGS = new Set(['code', 'pre', 'script', 'style', 'template']);

/** Elements inside a run of text; every other element (a cell, a label, an item) bounds its text. */
const INLINE = new Set(['a', 'em', 'strong', 'b', 'i', 'mark', 'q', 'abbr', 'cite', 'sup', 'sub', 'time', 'dfn']);

function textsOf(node: Nodes, out: string[], inMain: boolean): void {
  if (node.type === 'text') {
    if (inMain) out.push(node.value);
    return;
  }
  if (node.type === 'element' && SKIP_TAGS.has(node.tagName)) return;
  const main = inMain || (node.type === 'element' && node.tagName === 'main');
  // Spans join the text around them unless they are a label or value of their own.
  const bounded = node.type === 'element' && !INLINE.has(node.tagName) && !(node.tagName === 'span' && !/label|count|tag|meta/.test(String(node.properties.className ?? '')));
  if (bounded) out.push('\n');
  if ('children' in node) for (const c of node.children) textsOf(c as Nodes, out, main);
  if (bounded) out.push('\n');
}

/** Text of a page as blocks: adjacent text nodes joined, so a defect across inline markup is seen. */
function pageText(html: string): string {
  const out: string[] = [];
  textsOf(fromHtml(html), out, false);
  return out.join('');
}

describe('display text on every built page', () => {
  it('shows no raw PDF spacing, doubled quotation marks, half-width commas, dot leaders or backslashes', () => {
    const found: string[] = [];
    let pages = 0;
    for (const rel of htmlFiles(DIST)) {
      if (RAW_PAGES.test(rel)) continue;
      pages++;
      const text = pageText(readFileSync(path.join(DIST, rel), 'utf8'));
      for (const [name, re] of DISPLAY_DEFECTS) {
        const g = new RegExp(re.source, 'gu');
        for (const m of text.matchAll(g)) found.push(`${rel}: ${name} «${text.slice(Math.max(0, m.index! - 8), m.index! + m[0].length + 8).replace(/\s+/g, ' ')}»`);
      }
    }
    console.info(`Display defects on ${pages} pages: ${found.length}`);
    expect(pages).toBeGreaterThan(100);
    if (process.env.DISPLAY_DEFECTS_LIST) console.info(found.join("\n"));
    expect(found).toEqual([]);
  });
});
