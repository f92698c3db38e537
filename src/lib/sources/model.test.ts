import { describe, expect, it } from 'vitest';
import { matchForm } from './paragraphs.ts';
import { cutSentences, locate, matchFormMap, sourceModel, sourceTexts, spanInForm } from './model.ts';
import { rawTextOf, sourceIds } from '../content/sources.ts';

/** The sources: the folders under content/sources/. */
const SOURCE_IDS = sourceIds();

const cut = (text: string) => cutSentences(text).map((s) => text.slice(s.start, s.end));

describe('cutSentences', () => {
  it('cuts after 。！？ keeping closing quotes, and at line breaks', () => {
    expect(cut('他说：“好。”再见！还有')).toEqual(['他说：“好。”', '再见！', '还有']);
    expect(cut('第一章 总则 1\n第二章 分则 9')).toEqual(['第一章 总则 1', '第二章 分则 9']);
    expect(cut('〔编者注〕')).toEqual([]);
  });
});

describe('matchFormMap and spanInForm', () => {
  it('maps the match form back to the text, past spaces, breaks and editor’s marks', () => {
    const text = '要以 提升〔编者〕组织力,\n为重点';
    const { form, offsets } = matchFormMap(text);
    expect(form).toBe('要以提升组织力，为重点');
    expect(text.slice(offsets[4]!, offsets[6]! + 1)).toBe('组织力');
    expect(spanInForm(form, matchForm('组织力，为'))).toEqual({ start: 4, length: 5 });
    // A quote running on past the block: the run of its opening that the block holds.
    expect(spanInForm(form, '，为重点。下一段')).toEqual({ start: 7, length: 4 });
  });
});

describe('sourceModel (the real texts)', () => {
  it('gives every block and sentence of every source one address', () => {
    for (const id of SOURCE_IDS) {
      const model = sourceModel(id)!;
      const ids = model.blocks.flatMap((b) => [b.id, ...b.sentences.filter((s) => s.id !== b.id).map((s) => s.id)]);
      expect(new Set(ids).size, id).toBe(ids.length);
      for (const b of model.blocks) for (const s of b.sentences) expect(s.text.length, `${id} ${s.id}`).toBeGreaterThan(0);
    }
  });

  it('locates a quote once: block, span, sentence, section, address and link', () => {
    const quote = '各联盟约定，联盟大会是联盟的议事决策机构';
    const at = locate('wuxi-alliance', quote)!;
    expect(at.block.text.slice(at.span.start, at.span.end).replace(/\s/g, '')).toBe(quote);
    expect(at.address).toMatch(new RegExp(`^${at.block.id}-c\\d+-${quote.length}$`));
    expect(at.href).toBe(`/sources/wuxi-alliance/#${at.address}`);
    expect(at.sentence!.start).toBeLessThanOrEqual(at.span.start);
    expect(at.section?.heading).toBeTruthy();
  });

  it('links a quote of a heading to the heading, and finds nothing for words not in the source', () => {
    expect(locate('wuxi-alliance', '4.联席轮值机制。')!.href).toBe('/sources/wuxi-alliance/#4联席轮值机制');
    expect(locate('wuxi-alliance', '不在原文中的话')).toBeUndefined();
  });

  it('puts a book chapter’s quote on its /guide/ page', () => {
    const model = sourceModel('practice-guide')!;
    const block = model.blocks.find((b) => b.part === 'chapter-1' && b.kind === 'paragraph' && b.text.length > 60)!;
    const quote = block.raw.split('\n')[0]!.slice(0, 20);
    expect(locate('practice-guide', quote)!.href).toMatch(/^\/guide\/chapter-1\/#p\d+-c\d+-\d+$/);
  });

  it('keeps each block’s raw lines beside its shown text', () => {
    const model = sourceModel('wuxi-alliance')!;
    for (const b of model.blocks.filter((x) => x.kind === 'paragraph')) {
      const { form } = matchFormMap(b.text);
      expect(matchForm(b.raw).length, b.id).toBeGreaterThan(0);
      expect(form.length, b.id).toBeGreaterThan(0);
    }
  });
});

describe('sourceTexts', () => {
  const texts = sourceTexts(SOURCE_IDS).join('\n');

  it('reads as the pages do: a word raw.txt breaks over two lines is whole', () => {
    expect(rawTextOf('four-dimensions')).not.toContain('连队');
    expect(texts).toContain('人民解放军连队');
  });

  it('leaves out editor’s notes (not the source’s words)', () => {
    const notes = SOURCE_IDS.flatMap((id) => sourceModel(id)?.blocks.filter((b) => b.kind === 'note' && b.sentences.length > 0) ?? []);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) for (const { text } of note.sentences.filter((s) => s.text.length > 4)) expect(texts).not.toContain(text);
    expect(texts).not.toContain('编者注');
  });
});
