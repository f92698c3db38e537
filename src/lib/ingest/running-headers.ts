// Running page headers: a line the PDF repeats at the top of every page (001 repeats its
// title), which extraction drops into the middle of the body text.
import { displayWidth } from './cjk.ts';
import type { SourceLine } from './source-lines.ts';

export interface RunningHeader {
  text: string;
  lines: number[];
}

/** Table-of-contents lines end with a tab and a page number; they are not headers. */
const TOC_LINE = /\t\s*\d+\s*$/;
const HAN = /\p{Script=Han}/u;

/**
 * Finds running headers: the same standalone line (with Chinese text, at least 4 characters
 * wide, not a table-of-contents entry) occurring three times or more.
 */
export function findRunningHeaders(lines: readonly SourceLine[], minRepeats = 3): RunningHeader[] {
  const seen = new Map<string, number[]>();
  for (const l of lines) {
    const t = l.text.trim();
    if (t === '' || TOC_LINE.test(l.text) || !HAN.test(t) || displayWidth(t) < 4) continue;
    const list = seen.get(t) ?? [];
    list.push(l.n);
    seen.set(t, list);
  }
  return [...seen.entries()]
    .filter(([, ns]) => ns.length >= minRepeats)
    .map(([text, ns]) => ({ text, lines: ns }))
    .sort((a, b) => a.lines[0]! - b.lines[0]!);
}

/** Removes the running headers' lines (their content; the line numbers stay). */
export function removeRunningHeaders(lines: SourceLine[], headers: readonly RunningHeader[]): void {
  const drop = new Set(headers.flatMap((h) => h.lines));
  for (const l of lines) {
    if (drop.has(l.n)) {
      l.text = '';
      l.removed = 'running-header';
    }
  }
}
