import { describe, expect, it } from 'vitest';
import { CborReader } from './cbor.ts';

describe('CborReader', () => {
  it('reads arrays, integers of every width, negatives and strings', () => {
    // [ "党", 23, 24, 300, 70000, 5000000000, -25, [] ]
    const bytes = Uint8Array.from([
      0x88, 0x63, 0xe5, 0x85, 0x9a, 0x17, 0x18, 0x18, 0x19, 0x01, 0x2c, 0x1a, 0x00, 0x01, 0x11, 0x70,
      0x1b, 0x00, 0x00, 0x00, 0x01, 0x2a, 0x05, 0xf2, 0x00, 0x38, 0x18, 0x80,
    ]);
    const r = new CborReader(bytes);
    expect(r.array()).toBe(8);
    expect(r.string()).toBe('党');
    expect([r.int(), r.int(), r.int(), r.int(), r.int(), r.int()]).toEqual([23, 24, 300, 70000, 5000000000, -25]);
    expect(r.array()).toBe(0);
    expect(r.done).toBe(true);
  });

  it('skips nested items and rejects wrong types and truncated data', () => {
    const r = new CborReader(Uint8Array.from([0x82, 0x82, 0x01, 0x61, 0x61, 0x05]));
    r.array();
    r.skip();
    expect(r.int()).toBe(5);
    expect(() => new CborReader(Uint8Array.from([0x01])).string()).toThrow(/expected a string/);
    expect(() => new CborReader(Uint8Array.from([])).int()).toThrow(/end of data/);
  });
});
