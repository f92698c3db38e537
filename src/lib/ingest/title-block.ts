// The title block of a paper: the short lines before the text begins — title, subtitle
// ("——以……为例"), author(s), institution.
import { displayWidth } from './cjk.ts';
import { matchHeading } from './headings.ts';
import type { SourceLine } from './source-lines.ts';

export interface TitleBlock {
  title: string;
  subtitle?: string;
  authors: string[];
  institution?: string;
  /** Raw line numbers the block occupies. */
  lines: number[];
}

/** Sentence punctuation: a line with any of it is text, not part of a title block. */
const SENTENCE_PUNCT = /[。，；：！？、,;:!?]/u;
const INSTITUTION = /(大学|学院|党校|学校|研究院|研究所|研究中心|研究会|委员会|科学院|社会科学院|出版社|中心|办公室|公司)$/u;
const PERSON_NAMES = /^[\p{Script=Han}·]{2,4}(?:[ \u3000、，,][\p{Script=Han}·]{2,4})*$/u;

function isTitleLine(text: string): boolean {
  const t = text.trim();
  return t !== '' && displayWidth(t) <= 40 && !SENTENCE_PUNCT.test(t.replace(/^——/, '')) && !matchHeading(t) && /\p{Script=Han}/u.test(t);
}

/**
 * Reads the title block from the first lines of a text; undefined when the text opens
 * with body text (no recognisable title).
 */
export function readTitleBlock(lines: readonly SourceLine[]): TitleBlock | undefined {
  const block: SourceLine[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') continue;
    if (!isTitleLine(l.text)) break;
    block.push(l);
  }
  const [first, ...others] = block;
  if (!first || first.text.trim().startsWith('——')) return undefined;
  const result: TitleBlock = { title: first.text.trim(), authors: [], lines: block.map((l) => l.n) };
  for (const l of others) {
    const t = l.text.trim();
    if (t.startsWith('——') && result.subtitle === undefined && result.authors.length === 0) result.subtitle = t.replace(/^——\s*/, '');
    else if (INSTITUTION.test(t) && result.institution === undefined) result.institution = t;
    else if (PERSON_NAMES.test(t) && result.authors.length === 0) result.authors = t.split(/[ \u3000、，,]+/u);
    else result.title += t; // a title broken over two lines
  }
  return result;
}
