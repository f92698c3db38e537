import { describe, expect, it } from 'vitest';
import { fillSummary, firstLine, inkRows, pageFill, parseBbox, readPgm, sectionPages, splitFoot, underfilled } from './print-fill.ts';

/** A PGM of `rows` (strings of '#' ink and '.' paper). */
function pgm(rows: string[]): Uint8Array {
  const width = rows[0]!.length;
  const head = new TextEncoder().encode(`P5\n# made by a test\n${width} ${rows.length}\n255\n`);
  const body = Uint8Array.from(rows.join('').split(''), (c) => (c === '#' ? 0 : 255));
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

describe('page fill', () => {
  it('reads a binary PGM and finds the rows with ink, within the given columns', () => {
    const img = readPgm(pgm(['....', '.#..', '....', '...#']));
    expect([img.width, img.height]).toEqual([4, 4]);
    expect(inkRows(img)).toEqual([false, true, false, true]);
    expect(inkRows(img, 200, 0, 3)).toEqual([false, true, false, false]);
  });

  it('measures how far down the page area the lowest ink reaches, leaving out the margins', () => {
    // A 100 mm sheet drawn as 100 rows, margins 10 mm: the page area is rows 10–89.
    const rows = (ink: number[]): boolean[] => Array.from({ length: 100 }, (_, y) => ink.includes(y));
    const m = { top: 10, bottom: 10, left: 0, right: 0 };
    expect(pageFill(rows([10, 29]), 100, m)).toBeCloseTo(0.25);
    expect(pageFill(rows([10, 29, 95]), 100, m)).toBeCloseTo(0.25); // a running foot in the margin
    expect(pageFill(rows([89]), 100, m)).toBe(1);
    expect(pageFill(rows([]), 100, m)).toBe(0);
  });
});

describe('sections', () => {
  const texts = ['讲义\n封面', '  1. 〔原文章节〕二、无锡\n正文', '正文接续', '研讨题（编者）\n1.', '答案\n'];
  const starts = ['1. 〔原文章节〕二、无锡以党建联盟为重点', '研讨题（编者）', '答案'];

  it('knows a page opens a section by its first line, the running foot and white space aside', () => {
    expect(firstLine('\n  第 3 页\n 研讨题 （编者）', ['第 3 页'])).toBe('研讨题(编者)'); // NFKC: full-width brackets too
    expect(firstLine('正⽂')).toBe('正文'); // Chromium 86 writes some ideographs as Kangxi radicals
    expect(firstLine('党内基层⺠主')).toBe('党内基层民主'); // and some as CJK radicals
    const pages = sectionPages([0.9, 1, 0.2, 0.5, 0.1], texts, starts);
    expect(pages.map((p) => p.opensSection)).toEqual([true, true, false, true, true]);
    expect(pages.map((p) => p.endsSection)).toEqual([true, false, true, true, true]);
  });

  it('fails a page under a third full unless it ends its section', () => {
    const pages = sectionPages([0.9, 0.2, 0.2, 0.5, 0.1], texts, starts);
    expect(underfilled(pages).map((p) => p.number)).toEqual([2]);
    expect(fillSummary(pages)).toBe('5 pages: 90* 20 20* 50* 10*');
  });
});

describe('running foot', () => {
  it('reads the words in the bottom margin and in the strip at the right, apart from the body', () => {
    const mm = 72 / 25.4;
    const word = (x: number, y: number, text: string): string =>
      `<word xMin="${x * mm}" yMin="${y * mm}" xMax="${(x + 3) * mm}" yMax="${(y + 3) * mm}">${text}</word>`;
    const xhtml = `<doc><page width="${210 * mm}" height="${297 * mm}">${word(20, 20, '正文')}${word(190, 30, '到边')}${word(197, 270, '题')}${word(197, 274, '名')}${word(15, 285, '题名·讲义')}${word(180, 285, '第 3 页')}</page></doc>`;
    const [page] = parseBbox(xhtml);
    expect(page!.words).toHaveLength(6);
    // Margins 18 mm at the bottom, 9 mm at the right and a 6 mm strip: the strip runs from 195 mm.
    expect(splitFoot(page!, { top: 16, bottom: 18, left: 15, right: 9, strip: 6 })).toEqual({ foot: '题名·讲义第3页题名', body: '正文到边' });
  });
});
