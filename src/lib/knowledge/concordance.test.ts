import { describe, expect, it } from 'vitest';
import { concordance, plainBlocks, sentencesOf, termHits } from './concordance.ts';
import { indexRaw } from './quote.ts';

const RAW = ['一、组织建设', '要以提升组织力为重点，突出政治', '功能。发挥组织力量。', '坚持“三会一课”制度①。'].join('\n');
const BODY = ['## 一、组织建设', '', '{/*p2*/}要以提升组织力为重点，突出政治功能。发挥组织力量。', '', '坚持“三会一课”制度[^1]。〔编者注：组织力〕', '', '[^1]: 注文提到组织力。'].join('\n');

describe('plainBlocks and sentencesOf', () => {
  it('drops markup, footnote references and editor’s marks, keeps footnote text', () => {
    expect(plainBlocks(BODY)).toEqual(['一、组织建设', '要以提升组织力为重点，突出政治功能。发挥组织力量。', '坚持“三会一课”制度。', '注文提到组织力。']);
  });
  it('cuts after 。！？ keeping closing quotes', () => {
    expect(sentencesOf('他说：“好。”再见！还有')).toEqual(['他说：“好。”', '再见！', '还有']);
  });
});

describe('termHits', () => {
  it('skips occurrences inside an excluded longer word', () => {
    expect(termHits('提升组织力，发挥组织力量', { forms: ['组织力'], excludes: ['组织力量'] })).toEqual([{ start: 2, end: 5 }]);
  });
  it('prefers the longer form where forms overlap', () => {
    expect(termHits('服务型党组织', { forms: ['服务型', '服务型党组织'] })).toEqual([{ start: 0, end: 6 }]);
  });
});

describe('concordance', () => {
  const texts = [{ source: 'wuxi-alliance', bodies: [BODY], raw: indexRaw(RAW) }];
  it('lists every sentence using the term with its raw line, and none of its excluded words', () => {
    const lines = concordance({ forms: ['组织力'], excludes: ['组织力量'] }, texts);
    expect(lines.map((l) => [l.sentence, l.line])).toEqual([
      ['要以提升组织力为重点，突出政治功能。', 2],
      ['注文提到组织力。', undefined],
    ]);
  });
  it('places a sentence whose raw form differs (footnote marker) by a run around the term', () => {
    const [line] = concordance({ forms: ['三会一课'] }, texts);
    expect(line).toMatchObject({ sentence: '坚持“三会一课”制度。', line: 4, hits: [{ start: 3, end: 7 }] });
  });
});
