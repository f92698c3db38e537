// The addresses inside a block that a reading page carries, from the source-text model: a marker
// at the start of every sentence (p12-s3: concordance lines land on their own sentence) and a
// span around the words of every quote the site cites (p12-c40-18: a 出处 link opens at its
// quote, marked by :target). Offsets are in the block's text as the model holds it (the text
// the page renders); src/markdown/rehype-text-anchors.ts puts them into the page.
import type { SourceModel } from './model.ts';

export interface BlockAnchors {
  /** The block's text as the model holds it (the page's rendered text must start with it). */
  text: string;
  /** Sentence starts: id and offset in the block's text. */
  sentences: { id: string; at: number }[];
  /** Quoted words: id and span in the block's text, longest first (an inner quote nests in an outer one). */
  quotes: { id: string; start: number; end: number }[];
}

/** Anchors per block id, for one source's text and the quotes of it that the site cites. */
export function anchorsOf(model: SourceModel, quotes: readonly string[]): Map<string, BlockAnchors> {
  const out = new Map<string, BlockAnchors>();
  for (const b of model.blocks) {
    if (b.kind === 'heading') continue;
    out.set(b.id, { text: b.text, sentences: b.sentences.map((s) => ({ id: s.id, at: s.start })), quotes: [] });
  }
  const seen = new Set<string>();
  for (const q of quotes) {
    const at = model.locate(q);
    if (!at || at.address === at.block.id || seen.has(at.address)) continue;
    seen.add(at.address);
    out.get(at.block.id)?.quotes.push({ id: at.address, start: at.span.start, end: at.span.end });
  }
  for (const a of out.values()) a.quotes.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  return out;
}
