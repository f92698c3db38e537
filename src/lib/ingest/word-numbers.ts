// Word's number formats (w:numFmt, w:pgNumType w:fmt) as the numbers print: list numbers
// (第一条 …) and page numbers. Shared by the paragraph reader and the page locators.
import { ZH_DIGITS, zhNumeral } from '../zh-numerals.ts';

/** A list number in Word's number format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographLegalTraditional':
      return zhNumeral(n);
    case 'ideographDigital':
      return [...String(n)].map((d) => ZH_DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10]!;
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'upperLetter':
      return String.fromCharCode(65 + ((n - 1) % 26));
    case 'lowerLetter':
      return String.fromCharCode(97 + ((n - 1) % 26));
    case 'upperRoman':
    case 'lowerRoman': {
      const r = ['M', 1000, 'CM', 900, 'D', 500, 'CD', 400, 'C', 100, 'XC', 90, 'L', 50, 'XL', 40, 'X', 10, 'IX', 9, 'V', 5, 'IV', 4, 'I', 1] as const;
      let out = '';
      let v = n;
      for (let i = 0; i < r.length; i += 2) while (v >= (r[i + 1] as number)) [out, v] = [out + (r[i] as string), v - (r[i + 1] as number)];
      return format === 'lowerRoman' ? out.toLowerCase() : out;
    }
    case 'none':
      return '';
    default:
      return String(n);
  }
}
