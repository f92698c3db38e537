import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../content/knowledge.ts';
import { dimensionPrefix, layoutFramework, pointPrefix, wrapText, type Diagram } from './diagram.ts';

const { kb } = loadKnowledge();
const fw = (id: string) => kb.frameworks.find((f) => f.id === id)!.data;

function overlaps(d: Diagram): string[] {
  const out: string[] = [];
  d.boxes.forEach((a, i) =>
    d.boxes.slice(i + 1).forEach((b) => {
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) out.push(`${a.label} × ${b.label}`);
    }),
  );
  return out;
}

describe('wrapText', () => {
  it('wraps by width and keeps closing marks off the start of a line', () => {
    expect(wrapText('一二三四五六', 3)).toEqual(['一二三', '四五六']);
    expect(wrapText('一二三，四五', 3)).toEqual(['一二三，', '四五']);
    expect(wrapText('一二“三四', 3)).toEqual(['一二', '“三四']);
    expect(wrapText('On line型', 3)).toEqual(['On li', 'ne型']);
  });
});

describe('layoutFramework', () => {
  it.each(kb.frameworks.map((f) => f.id))('%s: every dimension and sub-point is a box, inside the canvas, none overlapping', (id) => {
    for (const variant of ['wide', 'narrow'] as const) {
      const d = layoutFramework(fw(id), variant);
      const targets = d.boxes.filter((b) => b.target).map((b) => b.target);
      const expected = fw(id).dimensions.flatMap((dim) => [dim.id, ...dim.points.map((p) => p.id)]);
      expect(targets).toEqual(expected);
      expect(overlaps(d)).toEqual([]);
      for (const b of d.boxes) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w).toBeLessThanOrEqual(d.width);
        expect(b.y + b.h).toBeLessThanOrEqual(d.height);
        // The wrapped lines fit the box.
        expect(b.lines.length * d.lineHeight).toBeLessThanOrEqual(b.h);
        expect(b.lines.join('')).toBe(b.label);
      }
    }
  });

  it('puts the four dimensions of source 001 side by side when wide, stacked when narrow', () => {
    const wide = layoutFramework(fw('fd-four-dimensions'), 'wide').boxes.filter((b) => b.kind === 'dimension');
    expect(new Set(wide.map((b) => b.y)).size).toBe(1);
    const narrow = layoutFramework(fw('fd-four-dimensions'), 'narrow').boxes.filter((b) => b.kind === 'dimension');
    expect(new Set(narrow.map((b) => b.x)).size).toBe(1);
    expect(layoutFramework(fw('fd-four-dimensions'), 'wide').boxes.filter((b) => b.kind === 'point')).toHaveLength(12);
  });

  it('shows each level of the four-level linkage with its responsibility (not a link)', () => {
    const f = fw('ui-four-level-linkage');
    const notes = layoutFramework(f, 'wide').boxes.filter((b) => b.kind === 'note');
    expect(notes.map((b) => b.label)).toEqual(f.dimensions.map((d) => d.responsibility?.value));
    expect(notes.every((b) => b.target === undefined)).toBe(true);
  });
});

describe('source numbering of framework items', () => {
  const item = (number: number, text: string) => ({ number, name: { quote: { text } } });
  it('keeps the numbering the source uses', () => {
    expect(dimensionPrefix(item(1, '一、首抓“主体党建”'))).toBe('一、');
    expect(pointPrefix(item(1, '（一）领导“层”：各级党委'))).toBe('（一）');
    expect(dimensionPrefix(item(1, '1 政治维度：强化党的全面领导与政治功能'))).toBe('1 ');
    expect(pointPrefix(item(2, '1.2 增强基层党组织的政治属性'))).toBe('1.2 ');
  });
  it('falls back to the Chinese style from the position when the heading has no number', () => {
    expect(dimensionPrefix(item(3, '街道党工委组织履行直接责任'))).toBe('三、');
    expect(pointPrefix(item(2, '二要把方向'))).toBe('（二）');
  });
});
