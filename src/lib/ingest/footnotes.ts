// Footnote markers as the texts print them — [1], ^①, ¹ — become GFM footnotes.
import { CJK } from './cjk.ts';

/** Private-use characters that wrap a footnote label inside paragraph text until MDX emission. */
export const REF_OPEN = '\uE000';
export const REF_CLOSE = '\uE001';

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MARKER = `\\[(\\d{1,3})\\]|\\^([\\u2460-\\u2473])|([${SUPERSCRIPTS}]+)`;
const MARKER_RE = new RegExp(MARKER, 'gu');
const SPACE_BEFORE = new RegExp(`(?<=${CJK})[ \\t]+(?=${MARKER})`, 'gu');
const SPACE_AFTER = new RegExp(`(?<=(?:${MARKER}))[ \\t]+(?=${CJK})`, 'gu');

export interface FootnoteMarker {
  /** The marker as printed: "[1]", "①", "¹". */
  printed: string;
  /** The GFM label: "1" for [1], "c1" for ①, "s1" for ¹. */
  label: string;
}

function markerOf(m: RegExpExecArray | RegExpMatchArray): FootnoteMarker {
  if (m[1] !== undefined) return { printed: `[${m[1]}]`, label: String(Number(m[1])) };
  if (m[2] !== undefined) return { printed: m[2], label: `c${m[2].codePointAt(0)! - 0x2460 + 1}` };
  const digits = [...m[3]!].map((c) => SUPERSCRIPTS.indexOf(c)).join('');
  return { printed: m[3]!, label: `s${Number(digits)}` };
}

/**
 * Replaces footnote markers in paragraph text with REF_OPEN label REF_CLOSE, dropping the
 * layout spaces around them ("”[3] 这三问" → "”⟨3⟩这三问"). Returns the markers in order.
 */
export function markFootnoteRefs(text: string): { text: string; markers: FootnoteMarker[] } {
  const markers: FootnoteMarker[] = [];
  const tightened = text.replace(SPACE_BEFORE, '').replace(SPACE_AFTER, '');
  const out = tightened.replace(MARKER_RE, (...args: unknown[]) => {
    const m = args.slice(0, 4) as unknown as RegExpMatchArray;
    const marker = markerOf(m);
    markers.push(marker);
    return `${REF_OPEN}${marker.label}${REF_CLOSE}`;
  });
  return { text: out, markers };
}

export interface FootnoteDefinition extends FootnoteMarker {
  text: string;
}

const DEFINITION = new RegExp(`^(?:${MARKER})[ \\t\\u3000]+(\\S.*)$`, 'u');

/**
 * Recognises a footnote's text printed as its own line: a marker, a space, the note.
 * Bracketed markers ("[1] …") count only where the text lists its notes (after a
 * 参考文献 / 注释 heading), since a wrapped body line can start with one.
 */
export function matchFootnoteDefinition(line: string, inNotesSection: boolean): FootnoteDefinition | undefined {
  const m = DEFINITION.exec(line.trim());
  if (!m) return undefined;
  if (m[1] !== undefined && !inNotesSection) return undefined;
  return { ...markerOf(m), text: m[4]!.trim() };
}

/**
 * What the text shows, in place of a footnote link, for a marker whose note the source does
 * not hold: an editor's mark (a link to a note with nothing in it would lead nowhere).
 */
export function missingNoteMark(printed: string): string {
  return `〔原注${printed}，所据文本未收注文〕`;
}

/** The label a note shows when the printed marker differs from GFM's numbering. */
export function printedMarkerNote(printed: string): string {
  return `〔原注${printed}〕`;
}
