import { describe, expect, it } from 'vitest';
import { continuesHeading, headingDepths, headingDisplay, matchHeading } from './headings.ts';

describe('matchHeading', () => {
  it('recognises every numbering system of the texts', () => {
    expect(matchHeading('一、基层党组织探索的理论意义 ')).toEqual({ scheme: 'cn-number', number: '一、', text: '基层党组织探索的理论意义' });
    expect(matchHeading('（一）领导“层”：各级党委、各部门党委（党')).toMatchObject({ scheme: 'cn-paren', number: '（一）' });
    expect(matchHeading('1.加强党的基层组织建设是马克思主义一条重要的建党原则。 ')).toMatchObject({ scheme: 'arabic-dotted', number: '1.' });
    expect(matchHeading('1.1 坚持党中央集中统一领导 ')).toMatchObject({ scheme: 'arabic-sub', number: '1.1', text: '坚持党中央集中统一领导' });
    expect(matchHeading('1 政治维度：强化党的全面领导与政治功能 ')).toMatchObject({ scheme: 'arabic', number: '1' });
    expect(matchHeading('第一章')).toEqual({ scheme: 'chapter', number: '第一章', text: '' });
    expect(matchHeading('绪论 做好抓基层打基础工作，夯实党执政的组织基础')).toMatchObject({ scheme: 'front', number: '绪论' });
  });

  it('recognises named parts, with or without brackets, colon and inline text', () => {
    expect(matchHeading(' 引言 ')).toEqual({ scheme: 'named', text: '引言' });
    expect(matchHeading('【参考文献】')).toEqual({ scheme: 'named', text: '参考文献' });
    expect(matchHeading('中央精神')).toEqual({ scheme: 'named', text: '中央精神' });
    expect(matchHeading(' [摘要]基层党建作为中国共产党联系群众')).toEqual({ scheme: 'named', text: '摘要', rest: '基层党建作为中国共产党联系群众' });
    expect(matchHeading('摘要：以整体性思维')).toEqual({ scheme: 'named', text: '摘要', rest: '以整体性思维' });
    expect(matchHeading(' Abstract: As a key mechanism')).toEqual({ scheme: 'named', text: 'Abstract', rest: 'As a key mechanism' });
    expect(matchHeading('典型案例 山东临朐县：实施精细化管理')).toEqual({ scheme: 'named', text: '典型案例\u3000山东临朐县：实施精细化管理' });
  });

  it('does not mistake body lines for headings', () => {
    expect(matchHeading('2018 年 4月，惠山区税务局牵头，联合区内 11家单位组建红帆党建联盟。')).toBeUndefined();
    expect(matchHeading('13 家金融类联盟成员单位为 248 家中小微企业提供贷款支持，促进辖区内实')).toBeUndefined();
    expect(matchHeading('一要抓根本。即抓好党')).toBeUndefined();
    expect(matchHeading('结论是明确的。')).toBeUndefined();
    expect(matchHeading('一、抓基层。打基础。再往下说很长的一句')).toBeUndefined();
  });
});

describe('continuesHeading', () => {
  const profile = { fullWidth: 21, trailingSpaceEndsParagraph: false };
  it('joins a heading broken over two lines', () => {
    const line = '一、首抓“主体党建”，构建党建主体“层、';
    expect(continuesHeading(matchHeading(line)!, line, '线、面”的相结合', profile)).toBe(true);
  });
  it('leaves a full heading followed by body text alone', () => {
    const line = '四、谋划“开放党建”，构建广泛的基层互动';
    expect(continuesHeading(matchHeading(line)!, line, '坚持党的全面领导，是应对我国新发展阶段', profile)).toBe(false);
    const short = '（一）吸纳新兴阶层';
    expect(continuesHeading(matchHeading(short)!, short, '做法', profile)).toBe(false);
  });
  it('gives a lone chapter number its title from the next line', () => {
    expect(continuesHeading(matchHeading('第一章')!, '第一章', '以改革创新精神推进基层党组织建设工作', { fullWidth: undefined, trailingSpaceEndsParagraph: false })).toBe(true);
  });
});

describe('heading display and depth', () => {
  it('shows number and words as the texts print them', () => {
    expect(headingDisplay(matchHeading('1.1 坚持党中央集中统一领导')!)).toBe('1.1 坚持党中央集中统一领导');
    expect(headingDisplay(matchHeading('一、基层党组织探索的理论意义')!)).toBe('一、基层党组织探索的理论意义');
    expect(headingDisplay({ scheme: 'chapter', number: '第一章', text: '以改革' })).toBe('第一章\u3000以改革');
  });
  it('nests the numbering schemes a source uses', () => {
    const depths = headingDepths(['arabic', 'arabic-sub', 'named']);
    expect([depths.get('named'), depths.get('arabic'), depths.get('arabic-sub')]).toEqual([2, 2, 3]);
    expect(headingDepths(['cn-number', 'arabic-dotted']).get('arabic-dotted')).toBe(3);
  });
});
