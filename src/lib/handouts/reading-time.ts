// Reading time: characters read at a stated rate. Every character counts (汉字, letters,
// digits, punctuation) except whitespace. The rate is stated on the topic pages and in the README.

/** Characters per minute for careful study reading of Chinese text. */
export const READING_RATE = 300;

/** Characters that count for reading time: everything but whitespace. */
export function countChars(text: string): number {
  return [...text.replace(/\s+/gu, '')].length;
}

/** Whole minutes to read `chars` characters (at least 1 for any text). */
export function readingMinutes(chars: number, rate = READING_RATE): number {
  if (chars <= 0) return 0;
  return Math.max(1, Math.ceil(chars / rate));
}
