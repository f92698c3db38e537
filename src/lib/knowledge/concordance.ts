// A term's concordance: the matching of a term in a sentence. Pure. The sentences come from the
// source-text model (src/lib/sources/model.ts: every sentence of every block, with its own
// address); src/lib/sources/occurrences.ts puts the two together for the term pages.

export interface ConcordanceTerm {
  /** The name and aliases: every written form of the term. */
  forms: readonly string[];
  /** Longer words containing a form that are not the term (组织力量 for 组织力). */
  excludes?: readonly string[];
}

export interface ConcordanceLine {
  source: string;
  /** The sentence as the reading page shows it. */
  sentence: string;
  /** Where the term occurs in the sentence (UTF-16 offsets), in order. */
  hits: { start: number; end: number }[];
  /** 1-based raw line where the sentence's block starts. */
  line: number | undefined;
}

/** Occurrences of a term's forms in a text, longest form first, not inside an excluded word. */
export function termHits(text: string, term: ConcordanceTerm): { start: number; end: number }[] {
  const blocked: { start: number; end: number }[] = [];
  for (const word of term.excludes ?? []) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) blocked.push({ start: at, end: at + word.length });
  }
  const hits: { start: number; end: number }[] = [];
  const forms = [...term.forms].sort((a, b) => b.length - a.length);
  for (const form of forms) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      const hit = { start: at, end: at + form.length };
      const overlaps = (o: { start: number; end: number }) => hit.start < o.end && o.start < hit.end;
      const inside = (o: { start: number; end: number }) => o.start <= hit.start && hit.end <= o.end;
      if (blocked.some(inside) || hits.some(overlaps)) continue;
      hits.push(hit);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
