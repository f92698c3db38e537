// Where a term occurs in the reading texts, ready for a page: each concordance line with its
// source, section and a link that lands on its own sentence (p12-s3; a heading line on the
// heading). The sentences are the source-text model's (src/lib/sources/model.ts); the matching
// is src/lib/knowledge/concordance.ts.
import { sourceIds } from '../content/sources.ts';
import { termHits, type ConcordanceLine, type ConcordanceTerm } from '../knowledge/concordance.ts';
import { readingPageOfPart, type Section } from './sections.ts';
import { sourceModel, sourceSentences } from './model.ts';

export interface Occurrence extends ConcordanceLine {
  section: Section | undefined;
  /** The sentence's address on its reading page (p12-s3, or a heading's anchor). */
  id: string;
  /** Site path (without base) that lands on the sentence. */
  href: string;
}

/** Every occurrence of a term in the sources' own sentences (sourceSentences), in source order then reading order. */
export function occurrencesOf(term: ConcordanceTerm, sources: readonly string[] = sourceIds()): Occurrence[] {
  const out: Occurrence[] = [];
  for (const source of sources) {
    const model = sourceModel(source);
    if (!model) continue;
    for (const { block, sentence: s } of sourceSentences(model)) {
      const hits = termHits(s.text, term);
      if (hits.length === 0) continue;
      out.push({
        source,
        sentence: s.text,
        hits,
        line: block.line,
        section: block.section,
        id: s.id,
        href: `${readingPageOfPart(source, block.part)}#${s.id}`,
      });
    }
  }
  return out;
}
