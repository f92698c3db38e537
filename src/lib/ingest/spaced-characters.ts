// Repairs characters the PDF layout spaced apart ("中 央 精 神" → "中央精神") and the
// stray spaces extraction leaves next to punctuation in Chinese text.
import { CJK, CJK_PUNCT, HAN } from './cjk.ts';

/**
 * A run of two or more single Han characters separated by single spaces, not touching
 * another Han character: "人 民 出 版 社". Groups of two or more characters separated by
 * spaces ("新时期 新任务 新思路", "江苏 苏州") are words, and are left alone.
 */
const SPACED_RUN = new RegExp(`(?<![${HAN}])[${HAN}](?:[ \\t][${HAN}])+(?![${HAN}])`, 'gu');

/** Joins characters spaced apart by the layout. */
export function joinSpacedCharacters(line: string): string {
  return line.replace(SPACED_RUN, (run) => run.replace(/[ \t]/g, ''));
}

/** Half-width punctuation that Chinese text in these PDFs sets between Han characters. */
const ASCII_PUNCT = '(),?:;!';
const NEXT_TO_CJK_PUNCT = [
  // "中， 将" / "党委 （" — spaces beside full-width punctuation, between Chinese text.
  new RegExp(`(?<=${CJK})[ \\t]+(?=[${CJK_PUNCT}])`, 'gu'),
  new RegExp(`(?<=[${CJK_PUNCT}])[ \\t]+(?=${CJK})`, 'gu'),
];
const NEXT_TO_ASCII_PUNCT = [
  // "党委 ( 党组 ) 都" / "抓党建 ? 是不是" / "要求 , 关乎": only when Chinese text is on the other side.
  new RegExp(`(?<=${CJK})[ \\t]+(?=[${escapeClass(ASCII_PUNCT)}])`, 'gu'),
  new RegExp(`(?<=[${escapeClass(ASCII_PUNCT)}])[ \\t]+(?=${CJK})`, 'gu'),
];

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}

/**
 * Removes layout spaces beside punctuation inside Chinese text: "中， 将" → "中，将",
 * "党委 ( 党组 ) 都" → "党委(党组)都". A space is removed only when Chinese text is on
 * one side and punctuation on the other, so Latin text ("governance, grass-roots") keeps its spaces.
 */
export function tightenPunctuation(line: string): string {
  let out = line;
  for (const re of [...NEXT_TO_CJK_PUNCT, ...NEXT_TO_ASCII_PUNCT]) out = out.replace(re, '');
  return out;
}
