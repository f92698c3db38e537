// How much of a known text an extraction recovered: the share of the known text's
// 12-character windows (whitespace ignored, since typesetting adds and drops spaces) that occur
// in the extracted text. A dropped, doubled or garbled character costs the windows around it;
// a paragraph read out of order costs the windows across its joins.
export const WINDOW = 12;

const squash = (text: string): string => text.replace(/\s+/gu, '');

export function windowsRecovered(known: string, extracted: string, size = WINDOW): { share: number; missing: string[] } {
  const k = [...squash(known)];
  const e = squash(extracted);
  const missing: string[] = [];
  let total = 0;
  for (let i = 0; i + size <= k.length; i++) {
    total++;
    const w = k.slice(i, i + size).join('');
    if (!e.includes(w)) missing.push(w);
  }
  return { share: total === 0 ? 1 : (total - missing.length) / total, missing };
}
