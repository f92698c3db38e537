// The running foot of a printed handout as CSS @page margin boxes: "<title> · <kind>" at the
// bottom left, "第 N 页" at the bottom right (the Word file's footer says the same, docx.ts).
import type { Handout } from './model.ts';
import { UI } from '../ui/zh-CN.ts';

/** A CSS string literal. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

export function printFootCss(h: Pick<Handout, 'title' | 'kind'>): string {
  const foot = 'font-size: 8pt; color: #555; font-family: serif;';
  return [
    '@page {',
    `  @bottom-left { content: ${cssString(UI.handout.runningFoot(h.title, h.kind))}; ${foot} }`,
    `  @bottom-right { content: ${cssString(UI.handout.pageWord)} counter(page) ${cssString(UI.handout.pageWordEnd)}; ${foot} }`,
    '}',
    '',
  ].join('\n');
}
