// Half-width punctuation set inside Chinese text by the PDFs ("党委(党组)都", "抓党建?是不是",
// "要求,关乎"), shown full-width as Chinese typesetting has it. A listed rule of the
// cleaning (see the repairs register); the raw texts and the verified quotes keep them.
import { CJK, HAN } from './cjk.ts';

const FULL: Record<string, string> = { ',': '，', ';': '；', '?': '？', '(': '（', ')': '）' };

/** , ; ? between two pieces of Chinese text (Han or full-width punctuation on both sides), or after Chinese text at the end. */
const BETWEEN = new RegExp(`(?<=${CJK})[,;?](?=${CJK}|$)`, 'gu');
/** (…) holding Chinese text, next to Chinese text on at least one side. */
const PARENS = new RegExp(`(?<=(${CJK})?)\\(([^()\\n]*[${HAN}][^()\\n]*)\\)(?=(${CJK})?)`, 'gu');

/** Half-width , ; ? ( ) between Chinese characters → full-width. Latin and numeric text is left alone. */
export function fullWidthPunctuation(text: string): string {
  return text
    .replace(PARENS, (whole, before: string | undefined, inner: string, after: string | undefined) =>
      before !== undefined || after !== undefined ? `（${inner}）` : whole,
    )
    .replace(BETWEEN, (p) => FULL[p] ?? p);
}
