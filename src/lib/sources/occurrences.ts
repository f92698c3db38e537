// Where a term occurs in the reading texts, ready for a page: each concordance line with
// its source, section and a link that lands on the sentence. Build-time module (reads the
// bundled texts through texts.ts); the matching itself is src/lib/knowledge/concordance.ts.
import { SOURCE_IDS } from '../../schemas/knowledge.ts';
import { concordance, type ConcordanceLine, type ConcordanceTerm, type ConcordanceText } from '../knowledge/concordance.ts';
import { indexRaw } from '../knowledge/quote.ts';
import { encodeFragment } from '../knowledge/links.ts';
import { readingPageOf, sectionOfLine, type Section } from './sections.ts';
import { rawTextOf, textBodiesOf } from './texts.ts';

export interface Occurrence extends ConcordanceLine {
  section: Section | undefined;
  /** Site path (without base) that lands on the sentence. */
  href: string;
}

let texts: ConcordanceText[] | undefined;
function readingTexts(): ConcordanceText[] {
  texts ??= SOURCE_IDS.flatMap((source) => {
    const raw = rawTextOf(source);
    if (raw === undefined) return [];
    return [{ source, bodies: textBodiesOf(source).map((p) => p.body), raw: indexRaw(raw) }];
  });
  return texts;
}

/**
 * The text a fragment names: the sentence's first clause (up to the first punctuation mark),
 * since browsers match text fragments only on word boundaries and a clause ends on one.
 */
export function fragmentClause(sentence: string): string {
  const clauses = sentence.split(/[，、；：,;:。！？!?“”‘’（）()《》]/u).map((c) => c.trim());
  return clauses.find((c) => [...c].length >= 4) ?? sentence;
}

/**
 * The link of one occurrence: the source page with a text fragment of the sentence's first
 * clause, so the browser scrolls to it and highlights it. (With paragraph addresses, prefix
 * `#p<N>` here.)
 */
export function occurrenceHref(line: Pick<ConcordanceLine, 'source' | 'sentence'>, section?: Section): string {
  return `${readingPageOf(line.source, section)}#:~:text=${encodeFragment(fragmentClause(line.sentence))}`;
}

/** Every occurrence of a term in the reading texts, in source order then reading order. */
export function occurrencesOf(term: ConcordanceTerm): Occurrence[] {
  return concordance(term, readingTexts()).map((l) => {
    const section = l.line === undefined ? undefined : sectionOfLine(l.source, l.line);
    return { ...l, section, href: occurrenceHref(l, section) };
  });
}
