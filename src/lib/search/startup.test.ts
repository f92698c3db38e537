import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { decodeStartFile, encodeStartFile } from './startup.ts';

describe('startup bundle', () => {
  it('gives back every file byte for byte: JSON files as text, the rest in base64', () => {
    const binary = new Uint8Array(gzipSync(Buffer.from('pagefind_dcd' + '\u0000\u00ff'.repeat(40000))));
    const files: [string, Uint8Array][] = [
      ['pagefind-entry.json', new TextEncoder().encode('{"version":"1.6.0","languages":{"zh-cn":{"hash":"zh-cn_1"}}}')],
      ['pagefind.zh-cn_1.pf_meta', binary],
      ['filter/zh-cn_a.pf_filter', new Uint8Array([0, 1, 2, 255])],
      ['kb-fold.json', new TextEncoder().encode('{"黨":"党","“":"\\""}')],
    ];
    const json = encodeStartFile(files);
    const parsed = JSON.parse(json) as { text: Record<string, string>; base64: Record<string, string> };
    expect(Object.keys(parsed.text)).toEqual(['pagefind-entry.json', 'kb-fold.json']);
    expect(parsed.text['kb-fold.json']).toBe('{"黨":"党","“":"\\""}');
    expect(Object.keys(parsed.base64)).toEqual(['pagefind.zh-cn_1.pf_meta', 'filter/zh-cn_a.pf_filter']);
    const back = decodeStartFile(parsed);
    expect([...back.keys()].sort()).toEqual(files.map(([p]) => p).sort());
    for (const [p, bytes] of files) expect(back.get(p), p).toEqual(bytes);
  });

  it('refuses anything that is not a bundle', () => {
    for (const bad of [null, [], { text: {} }, { text: { a: 1 }, base64: {} }, { text: {}, base64: [] }]) {
      expect(() => decodeStartFile(bad), JSON.stringify(bad)).toThrow(/kb-start\.json: expected/);
    }
  });
});
