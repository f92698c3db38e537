import { describe, expect, it } from 'vitest';
import { sectionAtLine, sectionPath } from './sections.ts';
import { locate } from './model.ts';

const sectionOf = (source: string, quote: string) => locate(source, quote)?.section;
import { textPartsOf } from '../content/texts.ts';

describe('the section a quote falls in (locate)', () => {
  it('places a quote under its heading, with rehype-slug’s anchor', () => {
    expect(sectionOf('wuxi-alliance', '原则上每季度召开 1次联盟联席会议')).toEqual({ anchor: '4联席轮值机制', heading: '4.联席轮值机制。' });
    expect(sectionOf('multi-dimensions', '凭借数字平台能够达成党员信息的动态更新')).toEqual({ anchor: '41-数字技术在党建工作中的创新应用', heading: '4.1 数字技术在党建工作中的创新应用' });
  });

  it('follows the quote across a page break and a running header', () => {
    expect(sectionOf('four-dimensions', '作能够协调一致、协同推进，避免多头管理')).toMatchObject({ heading: '（二）专业“线”：各级党的工作机关和专职党建队伍等' });
  });

  it('uses the corrected heading of a renumbered section', () => {
    expect(sectionOf('urban-integration', '首先,要充分发挥基层党组织的领导核心作用')).toEqual({ anchor: '三融合推进城市基层党建工作的基本对策', heading: '三、融合推进城市基层党建工作的基本对策' });
  });

  it('names the book part, and the part itself before its first heading', () => {
    expect(sectionOf('practice-guide', '没有创造力就没有凝聚力和战斗力')).toEqual({
      anchor: '绪论做好抓基层打基础工作夯实党执政的组织基础',
      heading: '绪论\u3000做好抓基层打基础工作，夯实党执政的组织基础',
      part: 'intro',
    });
    expect(sectionOf('practice-guide', '中国特色社会主义事业是改革创新的事业')).toEqual({ anchor: '中央精神', heading: '中央精神', part: 'chapter-1' });
  });

  it('gives nothing for a quote before a paper’s first heading or not in the source', () => {
    expect(sectionOf('four-dimensions', '系统论观点认为')).toBeUndefined();
    expect(sectionOf('four-dimensions', '这句话不在原文里')).toBeUndefined();
    expect(sectionOf('no-such-source', '党建')).toBeUndefined();
  });

  it('maps raw lines, and builds the section path', () => {
    const parts = textPartsOf('wuxi-alliance');
    expect(sectionAtLine(parts, 9)).toBeUndefined();
    expect(sectionAtLine(parts, 23)).toMatchObject({ heading: '一、基层党组织探索的理论意义' });
    expect(sectionAtLine(parts, 9999)).toBeUndefined();
    expect(sectionPath('wuxi-alliance', { anchor: 'x', heading: 'y' })).toBe('/sources/wuxi-alliance/#x');
    expect(sectionAtLine(textPartsOf('practice-guide'), 233)).toMatchObject({ part: 'chapter-1', heading: '一、抓基层、打基础：六十多年的探索与创新' });
  });
});
