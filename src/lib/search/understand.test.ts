import { describe, expect, it } from 'vitest';
import { fullFolding } from './fold-table.ts';
import { nearName, parseVocabulary, queryPieces, queryWords, segmentRun, Vocabulary } from './understand.ts';

const folding = fullFolding();
const vocabulary = new Vocabulary({
  words: '党建 工作 存在 问题 联盟 退出 治理 数据 党建联盟 三会一课 党的领导 支部 建在 双报到',
  names: ['联席轮值机制', '红帆党建联盟', '无锡“融·媒+”党建联盟', '党建联盟', '“支部建在连上”', '三会一课'],
});
const words = (q: string) => queryWords(q, vocabulary, folding);

describe('queryWords', () => {
  it('segments with the site’s words and drops question words and particles', () => {
    expect(words('党建工作存在的问题有哪些')).toEqual(['党建', '工作', '存在', '问题']);
    expect(words('什么是三会一课？')).toEqual(['三会一课']);
    expect(words('联盟怎么退出呢')).toEqual(['联盟', '退出']);
  });

  it('keeps 的 inside a known word', () => {
    expect(words('党的领导是什么')).toEqual(['党的领导']);
  });

  it('cuts at spaces and punctuation, folds width, quotation marks and traditional forms, joins across a middle dot', () => {
    expect(words('党建＋治理')).toEqual(['党建', '治理']);
    expect(words('「黨建聯盟」')).toEqual(['党建联盟']);
    expect(words('“双报到”')).toEqual(['双报到']);
    expect(words('融·媒')).toEqual(['融媒']);
    expect(words('联盟 退出 联盟')).toEqual(['联盟', '退出']);
  });

  it('keeps characters that form no known word as pieces of their own (the engine joins them where the site does)', () => {
    expect(queryPieces('大数据', vocabulary, folding)).toEqual([[{ text: '大', known: false }, { text: '数据', known: true }]]);
    expect(queryPieces('融媒联盟', vocabulary, folding)).toEqual([[{ text: '融媒', known: false }, { text: '联盟', known: true }]]);
  });

  it('prefers the fewest pieces', () => {
    expect(segmentRun([...'党建联盟工作'], vocabulary)).toEqual(['党建联盟', '工作']);
  });

  it('works without a vocabulary: whole runs, question words still dropped', () => {
    expect(queryWords('联盟 如何 退出', new Vocabulary(), folding)).toEqual(['联盟', '退出']);
  });
});

describe('nearName', () => {
  const near = (q: string) => nearName(q, vocabulary, folding)?.name;

  it('offers a name sharing most characters, with 制度/机制 taken as one and words reordered', () => {
    expect(near('联席轮值制度')).toBe('联席轮值机制');
    expect(near('红帆联盟')).toBe('红帆党建联盟');
    expect(near('融媒党建联盟')).toBe('无锡“融·媒+”党建联盟');
    expect(near('支部建在连队上')).toBe('“支部建在连上”');
    expect(near('一课三会')).toBe('三会一课');
  });

  it('takes 在 and 到 as one (支部建到连队 for 支部建在连上), and stays far from other names', () => {
    expect(near('把支部建到连队')).toBe('“支部建在连上”');
    expect(near('支部建到学校')).toBeUndefined();
  });

  it('offers nothing for the name itself, a query containing it, or a query far from every name', () => {
    expect(near('党建联盟')).toBeUndefined();
    expect(near('什么是三会一课')).toBeUndefined();
    expect(near('红帆党建联盟的成员')).toBeUndefined();
    expect(near('基层治理')).toBeUndefined();
  });
});

describe('parseVocabulary', () => {
  it('accepts the file’s shape and rejects others', () => {
    expect(parseVocabulary({ words: 'a b', names: ['x'] })).toEqual({ words: 'a b', names: ['x'] });
    expect(() => parseVocabulary({ words: 1, names: [] })).toThrow(/kb-vocab\.json/);
  });
});
