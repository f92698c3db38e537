import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../content/knowledge.ts';
import { normaliseQuote } from '../knowledge/quote.ts';
import { collectQuotes } from '../knowledge/quotes.ts';
import { PARAGRAPH_ID } from '../ingest/paragraph-address.ts';
import { matchForm, paragraphsOfPart, pickParagraph } from './paragraphs.ts';
import { locate, sourceModel } from './model.ts';

const paragraphsOf = (id: string) => sourceModel(id)!.blocks;
const paragraphOf = (id: string, quote: string) => locate(id, quote)?.block;
const paragraphById = (id: string, address: string) => sourceModel(id)!.block(address);
import { partSourcesOf, textPartsOf } from '../content/texts.ts';

const SOURCES = ['wuxi-alliance', 'four-dimensions', 'multi-dimensions', 'urban-integration', 'practice-guide'];

describe('paragraphsOfPart', () => {
  const body = [
    '## 一、标题',
    '',
    '{/*p3*/}第一段，[^1]有注。',
    '',
    '{/*p3-1*/}〔编者注〕',
    '',
    '<figure>\n<blockquote>\n\n{/*p7*/}引文。\n\n</blockquote>\n<figcaption>{/*p9*/}——出处</figcaption>\n</figure>',
    '',
    '- {/*p11*/}绪论 <span class="contents-page">5</span>\n  - {/*p12*/}中央精神',
    '',
    '{/*p14*/}行一\\\n行二',
    '',
    '[^1]: {/*p20*/}注文。',
    '',
  ].join('\n');
  const blocks = paragraphsOfPart({ part: 'text', headings: [{ depth: 2, text: '一、标题', anchor: '一标题', line: 1 }] }, body);

  it('finds every addressed block with its kind and rendered text', () => {
    expect(blocks.map(({ id, kind, text }) => [id, kind, text])).toEqual([
      ['p3', 'paragraph', '第一段，1有注。'],
      ['p3-1', 'note', '〔编者注〕'],
      ['p7', 'quote', '引文。'],
      ['p9', 'attribution', '——出处'],
      ['p11', 'item', '绪论 5'],
      ['p12', 'item', '中央精神'],
      ['p14', 'paragraph', '行一\n行二'],
      ['p20', 'footnote', '注文。'],
      ['一标题', 'heading', '一、标题'],
    ]);
    expect(blocks.find((b) => b.id === 'p3-1')!.line).toBe(3);
  });

  it('picks the block holding the whole quote, else the one holding its opening', () => {
    const normalised = blocks.map((b) => normaliseQuote(b.text));
    expect(pickParagraph(blocks, normalised, '引文', 7)?.id).toBe('p7');
    expect(pickParagraph(blocks, normalised, '一、标题', 1)?.id).toBe('一标题');
    expect(pickParagraph(blocks, normalised, '第一段，有注。〔编者', 3)?.id).toBe('p3');
    expect(pickParagraph(blocks, normalised, '不在此处', 3)).toBeUndefined();
    // A renumbered heading: the page shows 三、 where the raw text has 二、.
    const renumbered = [
      { id: '三运行机制', line: 5, kind: 'heading' as const, part: 'text', text: '三、运行机制' },
      { id: 'p5-1', line: 5, kind: 'note' as const, part: 'text', text: '〔原文作“二、运行机制”〕' },
    ];
    expect(pickParagraph(renumbered, renumbered.map((b) => normaliseQuote(b.text)), '二、运行机制', 5)?.id).toBe('三运行机制');
  });
});

describe.each(SOURCES)('the paragraphs of %s', (id) => {
  const paragraphs = paragraphsOf(id);

  it('have unique addresses, one per block, in the p<line> form', () => {
    const ids = paragraphs.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of paragraphs.filter((x) => x.kind !== 'heading')) {
      expect(p.id).toMatch(PARAGRAPH_ID);
      expect(p.text.trim()).not.toBe('');
    }
    expect(paragraphs.filter((p) => p.kind === 'paragraph').length).toBeGreaterThan(5);
  });

  it('cover every heading the frontmatter records', () => {
    const headings = textPartsOf(id).flatMap((p) => p.headings.map((h) => h.anchor));
    expect(paragraphs.filter((p) => p.kind === 'heading').map((p) => p.id).sort()).toEqual([...headings].sort());
  });

  it('come from MDX that holds no address comment the remark plugin would miss', () => {
    const comments = partSourcesOf(id).flatMap(({ body }) => [...body.matchAll(/\{\/\*(p\d+(?:-\d+)?)\*\/\}/g)].map((m) => m[1]));
    expect(paragraphs.filter((p) => p.kind !== 'heading').map((p) => p.id).sort()).toEqual([...comments].sort());
  });
});

describe('the block of a quote (locate)', () => {
  it('gives the paragraph of a quote with its address and text', () => {
    const p = paragraphOf('wuxi-alliance', '原则上每季度召开 1次联盟联席会议')!;
    expect(p.id).toMatch(/^p\d+$/);
    expect(p.href).toBe(`/sources/wuxi-alliance/#${p.id}`);
    expect(p.kind).toBe('paragraph');
    expect(normaliseQuote(p.text)).toContain('原则上每季度召开1次联盟联席会议');
  });

  it('gives a heading its own anchor', () => {
    expect(paragraphOf('wuxi-alliance', '4.联席轮值机制。')).toMatchObject({ id: '4联席轮值机制', kind: 'heading', href: '/sources/wuxi-alliance/#4联席轮值机制' });
  });

  it('gives a quotation paragraph of the guide with its chapter page', () => {
    const p = paragraphOf('practice-guide', '中国特色社会主义事业是改革创新的事业')!;
    expect(p).toMatchObject({ kind: 'quote', part: 'chapter-1', href: `/guide/chapter-1/#${p.id}` });
  });

  it('finds a paragraph by its address, and nothing for a quote not in the source', () => {
    const p = paragraphOf('four-dimensions', '系统论观点认为')!;
    expect(paragraphById('four-dimensions', p.id)).toEqual(p);
    expect(paragraphOf('four-dimensions', '这句话不在原文里')).toBeUndefined();
    expect(locate('no-such-source', '系统论观点认为')).toBeUndefined();
  });

  it('places every quote of the knowledge model in a block that shows it', () => {
    const { kb } = loadKnowledge();
    const quotes = collectQuotes(kb);
    expect(quotes.length).toBeGreaterThan(100);
    const misses: string[] = [];
    let whole = 0;
    for (const { quote } of quotes) {
      const p = paragraphOf(quote.source, quote.text);
      const shown = p ? matchForm(p.text) : '';
      const needle = matchForm(quote.text);
      if (shown.includes(needle)) whole++;
      // The opening of the quote is always there (a contents line's leader dots are not shown; a
      // renumbered heading shows its first character corrected).
      else if (!p || !(shown.includes(needle.slice(0, 4)) || shown.includes(needle.slice(1, 5)))) misses.push(`${quote.source}: ${quote.text} → ${p?.id}`);
    }
    expect(misses).toEqual([]);
    expect(whole).toBeGreaterThan(quotes.length * 0.9);
  });
});
