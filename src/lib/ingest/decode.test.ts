import { describe, expect, it } from 'vitest';
import { decodeRawText, firstInvalidUtf8 } from './decode.ts';
import { IngestInputError } from './errors.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
// "党建" in GB18030.
const GB_DANGJIAN = Uint8Array.from([0xb5, 0xb3, 0xbd, 0xa8]);

function errorOf(bytes: Uint8Array): IngestInputError {
  try {
    decodeRawText('in/raw.txt', bytes);
  } catch (e) {
    if (e instanceof IngestInputError) return e;
    throw e;
  }
  throw new Error('expected an IngestInputError');
}

describe('decodeRawText', () => {
  it('decodes UTF-8, dropping a byte order mark and turning CRLF into LF', () => {
    expect(decodeRawText('a.txt', utf8('\uFEFF党建\r\n联盟'))).toBe('党建\n联盟');
  });

  it('refuses an empty file and a whitespace-only file, naming the file', () => {
    expect(errorOf(new Uint8Array()).message).toMatch(/^in\/raw\.txt: 文件是空的。请给出从原文提取的 UTF-8 文本/);
    expect(errorOf(utf8(' \n\n ')).message).toMatch(/文件只有空白，没有文字/);
  });

  it('refuses a binary file', () => {
    const e = errorOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(e.message).toMatch(/看来是二进制文件（第 5 字节为 NUL），不是文本/);
  });

  it('says when a text is GB18030 and gives the iconv command', () => {
    const e = errorOf(Uint8Array.from([...GB_DANGJIAN, 0x0a, ...GB_DANGJIAN]));
    expect(e.message).toMatch(/不是 UTF-8 编码（第 1 字节为 0xB5），但可按 GB18030 解码/);
    expect(e.message).toContain('iconv -f GB18030 -t UTF-8 in/raw.txt > in/raw.utf8.txt');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const e = errorOf(Uint8Array.from([0x61, 0xff, 0xff, 0x62]));
    expect(e.message).toMatch(/不是 UTF-8 编码（第 2 字节 0xFF 无效），也不是 GB18030/);
  });

  it('finds the first invalid UTF-8 byte, including overlong and truncated sequences', () => {
    expect(firstInvalidUtf8(utf8('党建 ok'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xe5, 0x85]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
  });
});
