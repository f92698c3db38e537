import { describe, expect, it } from 'vitest';
import { CborReader } from './cbor.ts';
import { decodeIndexChunk, decodeMeta } from './pagefind-format.ts';
import { boundaryPrefixes, chunkEntries, chunkRanges, encodeChunk, groupEntries, withChunks, type WordEntry } from './rechunk.ts';

/** A tiny CBOR writer for fixtures (arrays, text, unsigned and negative integers). */
type Item = number | string | Item[];
function cbor(item: Item): number[] {
  const head = (major: number, n: number) => (n < 24 ? [(major << 5) | n] : n < 256 ? [(major << 5) | 24, n] : [(major << 5) | 25, n >> 8, n & 255]);
  if (typeof item === 'number') return item >= 0 ? head(0, item) : head(1, -1 - item);
  if (typeof item === 'string') {
    const b = [...new TextEncoder().encode(item)];
    return [...head(3, b.length), ...b];
  }
  return [...head(4, item.length), ...item.flatMap(cbor)];
}
const bytes = (item: Item) => new Uint8Array(cbor(item));
/** A word entry: [word, [[page delta, [locations]]]]. */
const word = (w: string, page: number, locs: number[]): Item => [w, [[page, locs]]];

describe('chunkEntries / encodeChunk', () => {
  it('splits a chunk into its word entries and writes them back byte for byte', () => {
    const chunk = bytes([[word('党', 0, [1, 5]), word('建', 1, [2]), word('联', 0, [-25, 3, 1])]]);
    const entries = chunkEntries(chunk);
    expect(entries.map((e) => e.word)).toEqual(['党', '建', '联']);
    expect(encodeChunk(entries)).toEqual(chunk);
    // Regrouped, each part decodes to the same postings.
    const first = decodeIndexChunk(encodeChunk(entries.slice(0, 1)));
    expect([...first.keys()]).toEqual(['党']);
    expect([...first.get('党')!.pages[0]!.positions]).toEqual([1, 6]);
  });
});

describe('groupEntries', () => {
  const entry = (w: string, size: number): WordEntry => ({ word: w, bytes: new Uint8Array(size) });
  it('closes a chunk once its entries reach the target, leaving a large word alone', () => {
    const groups = groupEntries([entry('a', 10), entry('b', 10), entry('c', 100), entry('d', 5), entry('e', 30)], 20);
    expect(groups.map((g) => g.map((e) => e.word).join(''))).toEqual(['ab', 'c', 'de']);
  });
});

describe('chunkRanges', () => {
  it('names chunk boundaries by the shortest differing prefixes, as Pagefind does', () => {
    expect(boundaryPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(boundaryPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
    expect(boundaryPrefixes('党', '建')).toEqual(['党', '建']);
    const e = (w: string): WordEntry => ({ word: w, bytes: new Uint8Array() });
    expect(chunkRanges([[e('apple'), e('app')], [e('apricot'), e('banana')], [e('peach')]])).toEqual([
      { from: 'apple', to: 'app' },
      { from: 'apr', to: 'b' },
      { from: 'p', to: 'peach' },
    ]);
  });
});

describe('withChunks', () => {
  it('replaces the chunk list and keeps version, pages and filters', () => {
    const meta = bytes(['1.6.0', [['zh-cn_aaa', 120], ['zh-cn_bbb', 30]], [['a', 'z', 'zh-cn_old']], [['type', 'zh-cn_f1']]]);
    const out = decodeMeta(withChunks(meta, [{ from: 'a', to: 'm', hash: 'zh-cn_1' }, { from: 'n', to: 'z', hash: 'zh-cn_2' }]));
    expect(out.version).toBe('1.6.0');
    expect(out.pages).toEqual([{ hash: 'zh-cn_aaa', wordCount: 120 }, { hash: 'zh-cn_bbb', wordCount: 30 }]);
    expect(out.chunks).toEqual([{ from: 'a', to: 'm', hash: 'zh-cn_1' }, { from: 'n', to: 'z', hash: 'zh-cn_2' }]);
    expect(out.filters).toEqual([{ name: 'type', hash: 'zh-cn_f1' }]);
    // Still one well-formed CBOR item.
    const r = new CborReader(withChunks(meta, []));
    r.skip();
    expect(r.done).toBe(true);
  });
});
