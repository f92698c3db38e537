import { describe, expect, it } from 'vitest';
import type { ExtractedParagraph } from './extracted.ts';
import { readStatedRecord } from './stated-record.ts';

const p = (kind: ExtractedParagraph['kind'], ...lines: string[]): ExtractedParagraph => ({ kind, lines: lines.map((text) => ({ text })) });

describe('what a file states about itself', () => {
  it('reads the title, subtitle, author and institution of the first page, and the journal from the running header', () => {
    const record = readStatedRecord(
      [p('title', '新时代基层党组织建设探索研究'), p('byline', '——以无锡党建联盟为例'), p('byline', '张鸣年'), p('byline', '（中共无锡市委党校）'), p('body', '正文。')],
      [{ index: 1, printed: '12' }, { index: 2, printed: '13' }],
      {},
      [{ kind: 'removed', pages: [1], text: '页眉“样本学报　2020年第1期”' }],
    );
    expect(record).toMatchObject({ title: '新时代基层党组织建设探索研究', subtitle: '以无锡党建联盟为例', authors: ['张鸣年'], institution: '中共无锡市委党校', journal: '样本学报', year: 2020, issue: '1', pages: '12–13' });
  });

  it('leaves empty what the file does not state, and ignores document information that names no person', () => {
    const record = readStatedRecord([p('title', '题名'), p('body', '正文。')], [{ index: 1 }, { index: 2, printed: '13' }], { title: 'Microsoft Word - 新建文档.docx', author: 'Administrator' }, []);
    expect(record.authors).toBeUndefined();
    expect(record.journal).toBeUndefined();
    expect(record.year).toBeUndefined();
    expect(record.pages).toBeUndefined(); // page 1 shows no number
    expect(readStatedRecord([p('body', '正文。')], undefined, { title: 'Microsoft Word - 新建文档.docx' }, []).title).toBeUndefined();
  });

  it('takes the title and authors from the document information when the first page does not set them apart', () => {
    const record = readStatedRecord([p('body', '正文。')], undefined, { title: '融合推进城市基层党建工作研究', author: '方世南' }, []);
    expect(record).toMatchObject({ title: '融合推进城市基层党建工作研究', authors: ['方世南'], from: { title: '文档属性（标题）', authors: '文档属性（作者）' } });
  });
});
