import { describe, expect, it } from 'vitest';
import { splitLines } from './source-lines.ts';
import { readTitleBlock } from './title-block.ts';

describe('readTitleBlock', () => {
  it('reads title, subtitle, author and institution', () => {
    const lines = splitLines(' 新时代基层党组织建设探索研究 \n\n——以无锡党建联盟为例 \n\n张鸣年 \n\n中共无锡市委党校 \n\n党的十九大报告指出，要以提升组织力为重点。');
    expect(readTitleBlock(lines)).toEqual({
      title: '新时代基层党组织建设探索研究',
      subtitle: '以无锡党建联盟为例',
      authors: ['张鸣年'],
      institution: '中共无锡市委党校',
      lines: [1, 3, 5, 7],
    });
  });

  it('stops at a named part', () => {
    expect(readTitleBlock(splitLines(' 新时代加强基层党建工作的多维度探讨 \n [摘要]基层党建作为……'))).toMatchObject({ title: '新时代加强基层党建工作的多维度探讨', authors: [], lines: [1] });
  });

  it('finds no title when the text opens with a sentence', () => {
    expect(readTitleBlock(splitLines(' 系统论观点认为，系统是由相互间具有有机\n\n联系的诸要素构成的'))).toBeUndefined();
  });
});
