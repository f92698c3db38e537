// Where a term occurs in the reading texts, ready for a page: each concordance line with
// its source, section and a link that lands on the sentence. Build-time module (reads the
// bundled texts through texts.ts); the matching itself is src/lib/knowledge/concordance.ts.
import { SOURCE_IDS } from '../../schemas/knowledge.ts';
import { concordance, type ConcordanceLine, type ConcordanceTerm, type ConcordanceText } from '../knowledge/concordance.ts';
import { indexRaw } from '../knowledge/quote.ts';
import { paragraphById, paragraphsOf, type Paragraph } from './paragraphs.ts';
import { sectionOfLine, type Section } from './sections.ts';
import { rawTextOf } from '../content/sources.ts';
import { partSourcesOf } from '../content/texts.ts';

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
    return [{ source, bodies: partSourcesOf(source).map((p) => p.body), raw: indexRaw(raw) }];
  });
  return texts;
}

/**
 * The link of one occurrence: the paragraph that holds the sentence (its address #p<N>, the
 * block starting last at or before the sentence's raw line), on its reading page — a book's
 * 绪论 and chapters on /guide/<part>/. Without a raw line, the reading page of its source.
 */
export function occurrenceHref(line: Pick<ConcordanceLine, 'source' | 'line'>): string {
  if (line.line === undefined) return `/sources/${line.source}/`;
  const at = line.line;
  const holder = paragraphsOf(line.source)
    .filter((p) => p.line <= at && p.kind !== 'heading')
    .reduce<Paragraph | undefined>((best, p) => (!best || p.line > best.line ? p : best), undefined);
  const link = holder ? paragraphById(line.source, holder.id) : undefined;
  return link?.href ?? `/sources/${line.source}/`;
}

/** Every occurrence of a term in the reading texts, in source order then reading order. */
export function occurrencesOf(term: ConcordanceTerm): Occurrence[] {
  return concordance(term, readingTexts()).map((l) => {
    const section = l.line === undefined ? undefined : sectionOfLine(l.source, l.line);
    return { ...l, section, href: occurrenceHref(l) };
  });
}
