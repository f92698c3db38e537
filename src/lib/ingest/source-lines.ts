// The raw text as numbered lines: the unit every repair and every rule works on.

export interface SourceLine {
  /** 1-based line number in raw.txt. */
  readonly n: number;
  /** The line exactly as raw.txt has it (without the line end). */
  readonly raw: string;
  /** The line as it stands after the repairs and the generic rules applied so far. */
  text: string;
  /** A repair asks for a paragraph break after this line. */
  breakAfter?: boolean;
  /** Editorial notes (〔…〕) to place as paragraphs after the block this line belongs to. */
  notesAfter?: string[];
  /** A repair or rule removed this line's content (kept so line numbers stay aligned). */
  removed?: 'repair' | 'running-header';
}

export function splitLines(raw: string): SourceLine[] {
  return raw.split('\n').map((text, i) => ({ n: i + 1, raw: text, text }));
}

/** Lines that still hold text. */
export function nonBlank(lines: readonly SourceLine[]): SourceLine[] {
  return lines.filter((l) => l.text.trim() !== '');
}
