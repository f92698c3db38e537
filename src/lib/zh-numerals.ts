// Chinese numerals as the texts write them (第一章, 三、, （十二）) and Word prints its
// "chineseCounting" list and page numbers: one writer for the ingest and the knowledge pages.

/** The digits 0–9 as Chinese characters (Word's "ideographDigital" writes numbers with them). */
export const ZH_DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (0–999; other numbers in Arabic digits). */
export function zhNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return ZH_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? ZH_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${ZH_DIGITS[Math.floor(n / 10)]}十${n % 10 ? ZH_DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  return `${ZH_DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${ZH_DIGITS[rest]}` : rest < 20 ? `一${zhNumeral(rest)}` : zhNumeral(rest)}`;
}
