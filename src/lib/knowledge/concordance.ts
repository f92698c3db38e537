// A term's concordance: every sentence of the reading texts in which the term occurs, with
// where it sits in the raw source (its raw line), so a page can name the section and link
// to the paragraph. Pure: the texts come in as data (see concordanceOf in site-data).
//
// Sentences are cut from the generated MDX bodies (the cleaned text readers see): markup
// (headings' #, footnote references [^n], JSX tags, paragraph-address comments {/*p12*/}) and
// editor's marks 〔…〕 are removed,
// since they are not the source's words. Footnote definitions are source text and count.
import { findQuote, normaliseQuote, type IndexedRaw } from './quote.ts';

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
  /** 1-based raw line where the sentence starts (undefined when it cannot be placed). */
  line: number | undefined;
}

export interface ConcordanceText {
  source: string;
  /** MDX bodies of the source's parts, in reading order. */
  bodies: readonly string[];
  raw: IndexedRaw;
}

/** The reading text of an MDX body as plain lines: one block (heading, paragraph, note) per line. */
export function plainBlocks(body: string): string[] {
  return body
    .split(/\n{2,}/)
    .map((block) =>
      block
        .replace(/\{\/\*[^*]*\*\/\}/g, '')
        .replace(/<[^>\n]+>/g, '')
        .replace(/^#{1,6}\s+/gm, '')
        .replace(/^\[\^[^\]]+\]:\s*/gm, '')
        .replace(/\[\^[^\]]+\]/g, '')
        .replace(/〔[^〔〕\n]*〕/g, '')
        .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
        .replace(/\s*\n\s*/g, ''),
    )
    .map((b) => b.trim())
    .filter(Boolean);
}

/** Sentences of a block: cut after 。！？ (closing quotes and brackets stay with their sentence). */
export function sentencesOf(block: string): string[] {
  return block.match(/[^。！？]+(?:[。！？]+[”’」』）)]*|$)/gu)?.map((s) => s.trim()).filter(Boolean) ?? [];
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

/** The raw line of a sentence: the whole sentence, else a run around the term, else undefined. */
function rawLineOf(raw: IndexedRaw, sentence: string, hit: { start: number; end: number }): number | undefined {
  const whole = findQuote(raw, sentence);
  if (whole) return whole.line;
  for (const pad of [8, 4, 0]) {
    const run = normaliseQuote(sentence.slice(Math.max(0, hit.start - pad), hit.end + pad));
    const found = findQuote(raw, run);
    if (found && found.occurrences === 1) return found.line;
  }
  return undefined;
}

/** Every sentence of the texts in which the term occurs, in source and reading order. */
export function concordance(term: ConcordanceTerm, texts: readonly ConcordanceText[]): ConcordanceLine[] {
  const lines: ConcordanceLine[] = [];
  for (const text of texts) {
    for (const body of text.bodies) {
      for (const block of plainBlocks(body)) {
        for (const sentence of sentencesOf(block)) {
          const hits = termHits(sentence, term);
          if (hits.length === 0) continue;
          lines.push({ source: text.source, sentence, hits, line: rawLineOf(text.raw, sentence, hits[0]!) });
        }
      }
    }
  }
  return lines;
}
