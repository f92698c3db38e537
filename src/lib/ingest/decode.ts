// Turns the bytes of a raw text file into a string, or says clearly why it cannot.
import { IngestInputError } from './errors.ts';
import { MESSAGES } from './messages.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Offset of the first NUL byte, or -1. A text file never contains one. */
function firstNul(bytes: Uint8Array): number {
  return bytes.indexOf(0);
}

/** Share of bytes that are C0 control characters other than tab, LF, CR, FF. */
function controlShare(bytes: Uint8Array): number {
  let controls = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  return bytes.length === 0 ? 0 : controls / bytes.length;
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Decodes GB18030 strictly; undefined when the bytes are not GB18030 either. */
function decodeGb18030(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const HAN = /\p{Script=Han}/gu;

function shellQuote(file: string): string {
  return /^[\w./-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
}

/**
 * Decodes a raw text file. Throws IngestInputError for an empty file, a binary file,
 * or text that is not UTF-8 (saying so, and giving the iconv command when the bytes
 * decode as GB18030). A UTF-8 byte order mark is dropped; CRLF line ends become LF.
 */
export function decodeRawText(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) {
    throw new IngestInputError(file, MESSAGES.txtEmpty);
  }
  const nul = firstNul(bytes);
  if (nul >= 0 || controlShare(bytes) > 0.01) {
    const where = nul >= 0 ? `（第 ${nul + 1} 字节为 NUL）` : '';
    throw new IngestInputError(file, MESSAGES.txtBinary(where));
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    const hex = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0');
    const gb = decodeGb18030(bytes);
    const hanCount = gb?.match(HAN)?.length ?? 0;
    if (gb !== undefined && hanCount > 0) {
      const out = file.replace(/(\.txt)?$/, '.utf8.txt');
      throw new IngestInputError(file, MESSAGES.txtGb18030(hex, invalid + 1, hanCount, `iconv -f GB18030 -t UTF-8 ${shellQuote(file)} > ${shellQuote(out)}`));
    }
    throw new IngestInputError(file, MESSAGES.txtNotText(hex, invalid + 1));
  }
  const start = UTF8_BOM.every((b, k) => bytes[k] === b) ? 3 : 0;
  const text = new TextDecoder('utf-8').decode(bytes.subarray(start)).replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    throw new IngestInputError(file, MESSAGES.txtBlank);
  }
  return text;
}
