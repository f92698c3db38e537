import { describe, expect, it } from 'vitest';
import { markFootnoteRefs, matchFootnoteDefinition, missingNoteMark, REF_CLOSE, REF_OPEN } from './footnotes.ts';

const ref = (label: string) => `${REF_OPEN}${label}${REF_CLOSE}`;

describe('footnote markers', () => {
  it('turns [n], ^① and ¹ into references, dropping layout spaces', () => {
    const out = markFootnoteRefs('书记 ? ”[3] 这三问。堡垒”。^①城市化。总量。¹城市');
    expect(out.text).toBe(`书记 ? ”${ref('3')}这三问。堡垒”。${ref('c1')}城市化。总量。${ref('s1')}城市`);
    expect(out.markers.map((m) => m.printed)).toEqual(['[3]', '①', '¹']);
  });

  it('leaves bracketed words alone', () => {
    expect(markFootnoteRefs('[摘要]基层党建').markers).toEqual([]);
  });

  it('reads a note printed as its own line', () => {
    expect(matchFootnoteDefinition('¹ 转引自白杨《中国网民已达 7.31 亿》', false)).toEqual({ printed: '¹', label: 's1', text: '转引自白杨《中国网民已达 7.31 亿》' });
    expect(matchFootnoteDefinition('^② 习近平《报告》，第 3 页。', false)).toMatchObject({ label: 'c2' });
  });

  it('reads [n] notes only where the text lists its notes', () => {
    expect(matchFootnoteDefinition('[3] 这三问，直指各级', false)).toBeUndefined();
    expect(matchFootnoteDefinition('[3] 王绍光：《国家能力》', true)).toMatchObject({ label: '3' });
  });

  it('says so when the source holds only the marker', () => {
    expect(missingNoteMark('[1]')).toBe('〔原注[1]，所据文本未收注文〕');
  });
});
