import { describe, expect, it } from 'vitest';
import { fillPrinted, findGutter, layOut, markFurniture, pageLines, undecodablePages, type PdfLine, type PdfPageText, type PdfRun } from './pdf-layout.ts';
import { pageList } from './pdf-read.ts';

const run = (str: string, x: number, y: number, size = 10.5): PdfRun => ({ str, x, y, width: [...str].length * size, size, font: 'f' });
const BODY = '重视加强城市基层党组织建设是我们党的优良传统和政治优势推进城市基层党建创新性发展充分发挥城市基层党组织';

/** A page: a running header, body lines of `perLine` characters in one or two columns, a page number. */
function page(index: number, columns: 1 | 2, printed: string): PdfPageText {
  const runs: PdfRun[] = [run('样本学报　2020年第1期', 240, 780, 9)];
  const perLine = columns === 1 ? 40 : 19;
  for (let k = 0; k < 30; k++) {
    const y = 740 - k * 22;
    const text = `${index}${BODY}`.slice((k + index * 7) % 12, ((k + index * 7) % 12) + perLine);
    runs.push(run(text, 71, y));
    if (columns === 2) runs.push(run(`${k}${text}`.slice(0, perLine), 320, y));
  }
  runs.push(run(printed, 293, 60, 9));
  return { index, width: 595, height: 842, runs };
}

describe('PDF layout', () => {
  it('finds the gutter of a two-column page, and none on a one-column page', () => {
    expect(findGutter(page(1, 1, '1'))).toBeUndefined();
    const gutter = findGutter(page(1, 2, '1'))!;
    expect(gutter).toBeGreaterThan(71 + 19 * 10.5);
    expect(gutter).toBeLessThan(320);
  });

  it('reads a two-column page column by column', () => {
    const lines = pageLines(page(1, 2, '1')).filter((l) => l.size === 10.5);
    const firstRight = lines.findIndex((l) => l.column === 2);
    expect(lines.slice(0, firstRight).every((l) => l.column === 1)).toBe(true);
    expect(lines.slice(firstRight).every((l) => l.column === 2)).toBe(true);
    expect(firstRight).toBe(30);
  });

  it('removes the running header and the page numbers, and keeps the printed numbers', () => {
    const pages = [page(1, 1, '12'), page(2, 1, '13'), page(3, 1, '14')].map(pageLines);
    const f = markFurniture(pages, new Map([[1, 842], [2, 842], [3, 842]]));
    expect([...f.printed.entries()]).toEqual([[1, '12'], [2, '13'], [3, '14']]);
    const removed = pages.flat().filter((l: PdfLine) => l.furniture);
    expect(removed.map((l) => l.furniture)).toEqual(['header', 'page-number', 'header', 'page-number', 'header', 'page-number']);
    expect(f.review.map((r) => r.text)).toContain('页眉“样本学报　2020年第1期”');
  });

  it('keeps a header-like line that occurs on one page only', () => {
    const pages = [page(1, 1, '12'), { ...page(2, 1, '13'), runs: page(2, 1, '13').runs.slice(1) }, { ...page(3, 1, '14'), runs: page(3, 1, '14').runs.slice(1) }].map(pageLines);
    markFurniture(pages, new Map([[1, 842], [2, 842], [3, 842]]));
    expect(pages[0]!.find((l) => l.text.startsWith('样本学报'))?.furniture).toBeUndefined();
  });

  it('takes the page number from a running header that carries it', () => {
    const withNumber = (index: number): PdfPageText => {
      const p = page(index, 1, '');
      return { ...p, runs: [run(`${index + 40} · 样本学报 · 2020年第1期`, 200, 780, 9), ...p.runs.slice(1, -1)] };
    };
    const pages = [withNumber(1), withNumber(2), withNumber(3)].map(pageLines);
    const f = markFurniture(pages, new Map([[1, 842], [2, 842], [3, 842]]));
    expect([...f.printed.entries()]).toEqual([[1, '41'], [2, '42'], [3, '43']]);
    expect(pages.flat().filter((l) => l.furniture).map((l) => l.furniture)).toEqual(['header', 'header', 'header']);
  });

  it('moves small type at the page bottom that is no footnote after the paragraph running on to the next page', () => {
    const first = page(1, 1, '12');
    // The last body line is full (the paragraph goes on); below it, 收稿日期 in small type.
    first.runs.splice(first.runs.length - 1, 0, run('收稿日期：2020-01-01', 71, 70, 8));
    const out = layOut([first, page(2, 1, '13')]);
    const texts = out.paragraphs.map((p) => p.lines.map((l) => l.text).join(''));
    const aside = texts.findIndex((t) => t.startsWith('收稿日期'));
    expect(aside).toBeGreaterThan(0);
    // The paragraph before it holds lines from both pages.
    expect(new Set(out.paragraphs[aside - 1]!.lines.map((l) => l.page))).toEqual(new Set([1, 2]));
    expect(out.review.map((r) => r.text)).toContain('页末小字 1 行（不以注号开头，不作脚注），作为正文移到所在段落之后');
  });

  it('lays out paragraphs across pages with their pages', () => {
    const out = layOut([page(1, 1, '12'), page(2, 1, '13')]);
    expect(out.pages).toEqual([{ index: 1, printed: '12' }, { index: 2, printed: '13' }]);
    const text = out.paragraphs.flatMap((p) => p.lines.map((l) => l.text)).join('');
    expect(text).not.toContain('样本学报');
    expect(out.paragraphs.flatMap((p) => p.lines).filter((l) => l.page === 2)).toHaveLength(30);
  });

  it('infers a missing printed number only from an offset all numbered pages agree on', () => {
    expect(fillPrinted([{ index: 1 }, { index: 2, printed: '13' }, { index: 3, printed: '14' }])[0]).toEqual({ index: 1, printed: '12', inferred: true });
    expect(fillPrinted([{ index: 1 }, { index: 2, printed: '13' }, { index: 3, printed: '20' }])[0]).toEqual({ index: 1 });
  });

  it('names the pages whose text cannot be decoded', () => {
    const bad = { ...page(2, 1, '2'), runs: [run('\uFFFD\uFFFD党建', 71, 700)] };
    const pua = { ...page(4, 1, '4'), runs: [run('\uE123\uE124', 71, 700)] };
    expect(undecodablePages([page(1, 1, '1'), bad, page(3, 1, '3'), pua])).toEqual([2, 4]);
    // Glyph codes of a font without ToUnicode, as pdf.js gives them (from Ghostscript-written PDFs).
    const codes = { ...page(5, 1, '5'), runs: [run('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0006\u0007 \b', 71, 700)] };
    const latin = { ...page(6, 1, '6'), runs: [run('oç02020 ~ 1 \\ëßß^ÿ^[þý_|~ý^W[öS_ç^ÚþÝÏòÿ^[þÿþ¿ÿgûÿ<[öÿ^þÿo~ß', 71, 700)] };
    // Chinese text with the Latin-1 signs and pinyin it does use stays readable.
    const fine = { ...page(7, 1, '7'), runs: [run('无锡“融·媒+”党建联盟，气温 25°C，±3%，2×3，Lǚ Xiǎo（吕晓）、Dài（戴）', 71, 700)] };
    expect(undecodablePages([codes, latin, fine])).toEqual([5, 6]);
    expect(pageList([2, 4])).toBe('第 2、4 页');
    expect(pageList([1, 2, 3, 7])).toBe('第 1–3、7 页');
  });
});
