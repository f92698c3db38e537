// Joins the lines of a paragraph broken by the PDF layout: Chinese joins without a space,
// Latin words keep one space between them.
import { firstChar, isCjk, lastChar } from './cjk.ts';

export function joinLines(left: string, right: string): string {
  const a = left.trimEnd();
  const b = right.trimStart();
  if (a === '') return b;
  if (b === '') return a;
  return isCjk(lastChar(a)) || isCjk(firstChar(b)) ? `${a}${b}` : `${a} ${b}`;
}

/** Joins a paragraph's lines. */
export function joinParagraph(lines: readonly string[]): string {
  return lines.reduce((acc, l) => joinLines(acc, l), '');
}
