import { describe, expect, it } from 'vitest';
import { buildDocument, EXCERPT_END_MID_SENTENCE_MARK, type Block } from './document.ts';
import { IngestInputError } from './errors.ts';
import { parseRepairs } from './repairs.ts';

const noRepairs = parseRepairs('repairs.yaml', undefined);
const texts = (blocks: Block[]) => blocks.map((b) => (b.type === 'heading' ? `#${b.depth} ${b.text}` : b.type === 'paragraph' || b.type === 'note' ? b.text : b.type));

describe('buildDocument: a paper', () => {
  const raw = [
    '融合推进城市基层党建工作研究',
    '',
    '方世南',
    '',
    '摘要：以整体性思维融合推进城市基层党建工作。',
    '',
    '关键词：基层党建；十九大',
    '',
    '一、融合推进城市基层党建工作的重大价值',
    '',
    '习近平总书记对加强城市基层党建工作多次作出',
    '',
    '重要指示。城镇化率达到 70%。^①城市化快速发展。',
    '',
    '（一）开放融合',
    '',
    '中国网民规模已经相当于欧洲人口总量。¹城市许多居民习惯于网上生活。',
    '',
    '¹ 转引自白杨《报告》',
    '',
    '【参考文献】',
    '',
    '^① 习近平《报告》，人民出版社 2017 年版，第 65 页。',
  ].join('\n');
  const doc = buildDocument('raw.txt', raw, noRepairs);

  it('reads the title block', () => {
    expect(doc.kind).toBe('paper');
    expect(doc.titleBlock).toMatchObject({ title: '融合推进城市基层党建工作研究', authors: ['方世南'] });
  });

  it('builds headings, joined paragraphs and labelled parts', () => {
    expect(texts(doc.parts[0]!.blocks)).toEqual([
      '#2 摘要',
      '以整体性思维融合推进城市基层党建工作。',
      '#2 关键词',
      '基层党建；十九大',
      '#2 一、融合推进城市基层党建工作的重大价值',
      '习近平总书记对加强城市基层党建工作多次作出重要指示。城镇化率达到70%。\uE000c1\uE001城市化快速发展。',
      '#3 （一）开放融合',
      '中国网民规模已经相当于欧洲人口总量。\uE000s1\uE001城市许多居民习惯于网上生活。',
      '#2 参考文献',
      '〔本节原列的注文已转为页末注释〕',
    ]);
  });

  it('moves notes printed in the body to footnotes, in order of reference', () => {
    expect(doc.parts[0]!.footnotes.map((f) => [f.label, f.printed, f.text, f.line])).toEqual([
      ['c1', '①', '习近平《报告》，人民出版社2017年版，第65页。', 23],
      ['s1', '¹', '转引自白杨《报告》', 19],
    ]);
  });

  it('says when the text has no recognisable title', () => {
    expect(() => buildDocument('raw.txt', '系统论观点认为，系统是由要素构成的。', noRepairs)).toThrow(IngestInputError);
    expect(() => buildDocument('raw.txt', '系统论观点认为，系统是由要素构成的。', noRepairs)).toThrow(/找不到题名/);
    const titled = parseRepairs('r.yaml', 'title: { text: 四维度论析, reason: 标题只见于页眉 }');
    expect(buildDocument('raw.txt', '系统论观点认为，系统是由要素构成的。', titled).titleBlock.title).toBe('四维度论析');
  });
});

describe('buildDocument: a book excerpt', () => {
  const raw = [
    '新时期 新任务 新思路',
    '',
    '——党的基层组织创新案例与实务指南',
    '',
    '袁鲁 龙力莉 ◎主编',
    '',
    'CONTENTS',
    '',
    '目',
    '录',
    '',
    '绪论 做好抓基层打基础工作',
    '第一章 以改革创新精神推进基层党组织建设工作\t5',
    '中央精神\t6',
    '一、抓基层、打基础\t9',
    '第二章 推进党员教育工作创新\t35',
    '中央精神\t36',
    '第三章 创新组织设置\t66',
    '',
    '绪论 做好抓基层打基础工作',
    '',
    '党的十七届四中全会做出重大战略部署。',
    '',
    '第一章',
    '',
    '以改革创新精神推进基层党组织建设工作',
    '',
    '创新是时代的主题。',
    '',
    '中 央 精 神',
    '',
    '中国特色社会主义事业是改革创新的事业。',
    '',
    '——党的十七大报告',
    '',
    '一、抓基层、打基础',
    '',
    '新中国成立六十多年来，在推动发展、服务群众、凝聚',
  ].join('\n');
  const doc = buildDocument('raw.txt', raw, noRepairs);

  it('splits front matter, 绪论 and chapters into parts', () => {
    expect(doc.kind).toBe('book-excerpt');
    expect(doc.parts.map((p) => [p.id, p.title, p.coverage])).toEqual([
      ['front', '书名页、版权页与目录', undefined],
      ['intro', '绪论\u3000做好抓基层打基础工作', 'whole'],
      ['chapter-1', '第一章\u3000以改革创新精神推进基层党组织建设工作', 'opening'],
    ]);
    expect(doc.titleBlock).toMatchObject({ title: '新时期 新任务 新思路', subtitle: '党的基层组织创新案例与实务指南', authors: ['袁鲁', '龙力莉'] });
  });

  it('parses the contents', () => {
    expect(doc.contents!.map((p) => [p.id, p.page, p.entries.length])).toEqual([
      ['intro', undefined, 0],
      ['chapter-1', 5, 2],
      ['chapter-2', 35, 1],
      ['chapter-3', 66, 0],
    ]);
    expect(texts(doc.parts[0]!.blocks).slice(-3)).toEqual(['lines', '#2 目录', 'contents']);
  });

  it('sets 中央精神 quotations as block quotes with their attribution, and marks where the excerpt ends', () => {
    const chapter = doc.parts[2]!.blocks;
    expect(chapter[2]).toEqual({
      type: 'quote',
      paragraphs: ['中国特色社会主义事业是改革创新的事业。'],
      starts: [32],
      attribution: '——党的十七大报告',
      attributionLine: 34,
      lines: [32, 34],
    });
    expect(chapter[chapter.length - 1]).toMatchObject({ type: 'note', text: EXCERPT_END_MID_SENTENCE_MARK });
    expect((chapter[chapter.length - 1] as { after: number }).after).toBeGreaterThan(34);
  });
});
