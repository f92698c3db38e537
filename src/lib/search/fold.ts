// Variant forms: a query finds a page whatever the width of its letters, digits and signs (ＯＮ / ON,
// ２０１８ / 2018, 党建＋ / 党建+), whichever quotation marks or middle dot it uses (“” 「」 "" ;
// · ・ •) and whether its Chinese characters are traditional or simplified (黨建 / 党建).
// Every character is folded on its own — NFKC when that gives a single letter, digit or sign,
// quotation marks, middle dots and dashes to one form each, then traditional → simplified from a
// conversion table, then lower case — so matching stays exact substring matching of folded text,
// one character per index position.
//
// The index itself is left as the pages are (excerpts and links quote the page exactly). The
// index build writes FOLD_FILE: the conversion entries relevant to the site, and which of the
// site's own characters fold to something else. A query character then stands for its folded
// form and every site character with that same folded form.

/** Written next to Pagefind's files by the index build (src/integrations/pagefind-index.ts). */
export const FOLD_FILE = 'kb-fold.json';

export interface FoldData {
  /** Traditional → simplified pairs, concatenated: "黨党學学…". */
  pairs: string;
  /** Folded form → the site's characters that fold to it (other than itself). */
  variants: Record<string, string[]>;
}

const LETTER_DIGIT_OR_SIGN = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

/** Marks that stand for the same thing in a query, each folded to the first of its group. */
const SAME_MARK: ReadonlyMap<string, string> = new Map(
  [
    // Quotation marks, Chinese and Western, single and double, full- and half-width.
    '"“”„‟「」『』〝〞＂\'‘’‚‛＇﹁﹂﹃﹄',
    // Middle dots (融·媒, 马克思・韦伯).
    '·・･•‧∙⋅',
    // Hyphens and dashes (机关—社区).
    '-‐‑‒–—―−－',
  ].flatMap((group) => Array.from(group, (ch) => [ch, group[0]!] as const)),
);

/**
 * NFKC, when it turns one character into one letter, digit or sign (full-width Ａ → A, ２ → 2,
 * ＋ → +, （ → (); quotation marks, middle dots and dashes to one form each (SAME_MARK).
 */
export function widthFold(ch: string): string {
  const same = SAME_MARK.get(ch);
  if (same) return same;
  const n = ch.normalize('NFKC');
  if (n === ch || !LETTER_DIGIT_OR_SIGN.test(n)) return ch;
  return SAME_MARK.get(n) ?? n;
}

export class Folding {
  private readonly t2s: Map<string, string>;
  private readonly variantsOf: Map<string, string[]>;

  constructor(data: FoldData = { pairs: '', variants: {} }) {
    this.t2s = new Map();
    const cps = Array.from(data.pairs);
    for (let i = 0; i + 1 < cps.length; i += 2) this.t2s.set(cps[i]!, cps[i + 1]!);
    this.variantsOf = new Map(Object.entries(data.variants));
  }

  /** The folded form of one character (grapheme). */
  fold(ch: string): string {
    const w = widthFold(ch);
    return (this.t2s.get(w) ?? w).toLowerCase();
  }

  /** Every form a query character matches on this site: its folded form first, then the site's variants of it. */
  forms(ch: string): string[] {
    const f = this.fold(ch);
    const out = [f];
    for (const v of this.variantsOf.get(f) ?? []) if (!out.includes(v)) out.push(v);
    return out;
  }
}

/** Parses FOLD_FILE; a missing or foreign file gives no folding beyond width and case. */
export function parseFoldData(json: unknown): FoldData {
  const d = json as Partial<FoldData> | null;
  if (!d || typeof d.pairs !== 'string' || typeof d.variants !== 'object' || d.variants === null) {
    throw new Error(`${FOLD_FILE}: expected { pairs: string, variants: object }`);
  }
  return { pairs: d.pairs, variants: d.variants };
}
