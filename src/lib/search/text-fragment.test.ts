import { describe, expect, it } from 'vitest';
import { contentPieces } from './excerpt.ts';
import { directiveIsUnique, directiveText, encodeTextDirective, textDirective, textFragmentHash, widenToWords } from './text-fragment.ts';
import { ZWSP } from './text.ts';

const pieces = contentPieces([...'无锡党建联盟的运行机制包括联席轮值制度与双报到制度。'].join(ZWSP));

describe('text fragments', () => {
  it('widens a match to whole words (browsers only match on word boundaries)', () => {
    const text = '联席轮值制度';
    const { start, end } = widenToWords(text, 0, 3); // 联席轮
    expect(text.slice(start, end).startsWith('联席轮')).toBe(true);
    expect(end).toBeGreaterThan(3);
  });

  it('builds the directive text from the stored page text', () => {
    const at = [...'无锡党建联盟的运行机制包括'].length;
    const t = directiveText(pieces, at, 3); // 联席轮
    expect(t).toContain('联席轮');
    expect(t.length).toBeGreaterThan(3);
    expect(directiveText(pieces, 2, 4)).toContain('党建联盟');
  });

  it('adds the context of the sentence, so that the first match in the page is this occurrence', () => {
    const text = '党员要学习。全体党员参加会议。党员大会选举支部委员会。';
    const p = contentPieces([...text].join(ZWSP));
    const second = text.indexOf('党员', 6);
    const d = textDirective(p, second, 2);
    expect(d.text).toContain('党员');
    const needle = `${d.prefix}${d.text}${d.suffix}`;
    expect(text.indexOf(needle)).toBe(second - d.prefix.length);
    expect(d.prefix.length + d.suffix.length).toBeGreaterThan(0);
    // All the sentence offers: page furniture (contents, hidden labels) repeats short phrases, not sentences.
    expect(`${d.prefix}${d.text}${d.suffix}`).toBe('全体党员参加会议。');
    // Context never crosses a sentence end.
    expect(d.prefix).not.toContain('。');
    expect(textFragmentHash(p, second, 2)).toMatch(/^#:~:text=[^,]+-,[^,]+(,-[^,]+)?$/);
  });

  it('percent-encodes the directive, including "-" and ","', () => {
    expect(encodeTextDirective('a-b,c&d 党')).toBe('a%2Db%2Cc%26d%20%E5%85%9A');
    expect(textFragmentHash(pieces, 2, 4)).toMatch(/^#:~:text=[^#]+$/);
    expect(textFragmentHash(pieces, 2, 4, '运行机制')).toMatch(/^#%E8%BF%90%E8%A1%8C%E6%9C%BA%E5%88%B6:~:text=/);
  });

  it('takes no context across the ". " Pagefind puts between blocks, even after a number', () => {
    const p = ['案', '例', '点', '评', '158', '. ', '第', '六', '章', ' ', '推', '进', '流', '动', '党', '员', '管', '理'];
    const d = textDirective(p, 12, 4);
    expect(`${d.prefix}${d.text}${d.suffix}`).not.toContain('.');
    expect(d.prefix).not.toContain('158');
  });

  it('takes no context from outside the block holding the match (table cells are joined in the index)', () => {
    // Two cells: 组织党建资源 | 为辖区党员参加三会一课提供服务 (the second cell starts at position 6).
    const p = contentPieces([...'组织党建资源为辖区党员参加三会一课提供服务'].join(ZWSP));
    const at = p.join('').indexOf('三会一课');
    const cellStart = p.indexOf('为');
    const open = textDirective(p, at, 4);
    expect(open.prefix).toContain('资源');
    const inCell = textDirective(p, at, 4, { start: cellStart, end: p.length });
    expect(inCell.prefix).not.toContain('资源');
    expect(`${inCell.prefix}${inCell.text}${inCell.suffix}`).toBe('为辖区党员参加三会一课提供服务');
    expect(textDirective(p, cellStart + 3, 2, { start: 0, end: cellStart + 7 }).suffix).not.toContain('三会');
  });

  it('takes no context across whitespace: the index has a space where an element starts or ends, which the page does not show', () => {
    // The page: 129个基层党支部</span>，<span>为辖区……参加“<a>三会一课</a>”等组织生活提供党建指导和场地服务</span>，<span>推动了基层……
    const text = '129个基层党支部， 为辖区国有企业基层党组织及党员参加“三会一课”等组织生活提供党建指导和场地服务， 推动了基层';
    const p = contentPieces([...text].join(ZWSP));
    const d = textDirective(p, text.indexOf('三会一课'), 4);
    expect(d).toEqual({ prefix: '为辖区国有企业基层党组织及党员参加“', text: '三会一课', suffix: '”等组织生活提供党建指导和场地服务，' });
    expect(textFragmentHash(p, text.indexOf('三会一课'), 4, 'p94')).not.toMatch(/%20/);
    // A match holding a space gets no directive: the block address alone.
    const spaced = contentPieces([...'推进流动 党员管理'].join(ZWSP));
    expect(textFragmentHash(spaced, 2, 5, 'p1')).toBe('#p1');
  });

  it('cuts context cut short at punctuation, where the segmenter can not see the rest of the word', () => {
    const text = '为实现供需资源利用效能的最大化，资源方与需求方单位党组织主动联手建立党建联盟，在金融、人才支撑等方面助推无锡供给侧结构性改革。';
    const p = contentPieces([...text].join(ZWSP));
    const d = textDirective(p, text.indexOf('联盟'), 2);
    expect(d.prefix).toBe('资源方与需求方单位党组织主动联手建立党建');
    expect(d.suffix).toBe('，在金融、');
  });

  it('gives the address alone where directives are not to be used', () => {
    expect(textFragmentHash(pieces, 2, 4, 'p12', false)).toBe('#p12');
    expect(textFragmentHash(pieces, 2, 4, '', false)).toBe('');
  });

  it('makes a directive only where it matches once on the page, and not in its furniture', () => {
    const text = '联席轮值。联席轮值。建立联盟轮值制。';
    const p = contentPieces([...text].join(ZWSP));
    // The bare name occurs twice: no directive, the block address alone.
    expect(directiveIsUnique(p, { prefix: '', text: '联席轮值', suffix: '' })).toBe(false);
    expect(textFragmentHash(p, 0, 4, 'p1', true, { start: 0, end: 5 })).toBe('#p1');
    expect(directiveIsUnique(p, { prefix: '建立', text: '联盟', suffix: '轮值制' })).toBe(true);
    // …unless the page shows it elsewhere too (a 出处 label, the contents).
    expect(directiveIsUnique(p, { prefix: '建立', text: '联盟', suffix: '轮值制' }, '出处¦建立 联盟轮值制')).toBe(false);
    // No run known (the match crosses a gap): the block address alone.
    expect(textFragmentHash(p, 10, 2, 'p1', true, null)).toBe('#p1');
    expect(textFragmentHash(p, 10, 2, 'p1', true, { start: 10, end: 18 })).toMatch(/^#p1:~:text=/);
  });

  it('leaves out a context word cut in two where the context is cut short', () => {
    const text = '有助于以网格化党建推进基层治理创新由城市街道社区基层党组织班子成员分片包干负责';
    const p = contentPieces([...text].join(ZWSP));
    const d = textDirective(p, 4, 3);
    // Cut at 24 characters after the match, in the middle of 班子: the suffix stops before it.
    expect(d.suffix.endsWith('班')).toBe(false);
    expect(text.includes(`${d.prefix}${d.text}${d.suffix}`)).toBe(true);
  });
});
