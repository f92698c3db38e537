// Layout of a framework's diagram (inline SVG on /frameworks/<id>/): the framework at the
// top, its dimensions, and each dimension's sub-points beneath it. Two layouts: "wide"
// (dimensions side by side, for desktop) and "narrow" (one column, for phones). Text is
// wrapped here (SVG does not wrap), with the usual Chinese line-breaking rules.
import type { Framework } from '../../schemas/knowledge.ts';
import { zhNumeral } from '../zh-numerals.ts';

export type DiagramVariant = 'wide' | 'narrow';

export interface DiagramBox {
  /** note: a level's responsibility (linkage frameworks), shown but not linked. */
  kind: 'root' | 'dimension' | 'point' | 'note';
  /** Section id on the page the box links to (dimensions and points). */
  target?: string | undefined;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  /** The whole label, unwrapped (for the link's accessible name). */
  label: string;
}

export interface DiagramLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Diagram {
  variant: DiagramVariant;
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  padding: number;
  boxes: DiagramBox[];
  lines: DiagramLine[];
}

const NO_LINE_START = new Set([...'，。、；：？！）》」』】〉”’…·,.;:?!)%']);
const NO_LINE_END = new Set([...'（《「『【〈“‘(']);

/** Width of a character in ems: full width for CJK and full-width forms, about half otherwise. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x2e80 || (cp >= 0x2010 && cp <= 0x2027) || cp === 0x00b7) return 1;
  return 0.55;
}

/** Wraps text to lines of at most `maxEm` ems (a closing mark may stay at a line's end). */
export function wrapText(text: string, maxEm: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const w = charWidth(ch);
    if (width + w > maxEm && line && !NO_LINE_START.has(ch)) {
      // Do not end a line with an opening mark: carry it to the next line.
      let carry = '';
      while (line && NO_LINE_END.has([...line].at(-1)!)) {
        const last = [...line].at(-1)!;
        carry = last + carry;
        line = [...line].slice(0, -1).join('');
      }
      lines.push(line);
      line = carry;
      width = [...carry].reduce((n, c) => n + charWidth(c), 0);
    }
    line += ch;
    width += w;
  }
  if (line) lines.push(line);
  return lines;
}

/** A numbered item of a framework: its number and the heading quote it was taken from. */
interface Numbered {
  number: number;
  name: { quote: { text: string } };
}

/** The numbering at the start of a source heading: "一、", "（二）", "1.2 " or "3 ". */
const SOURCE_NUMBER = /^\s*(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+(?:\.\d+)*\s)/;

/**
 * The label prefix of a dimension or sub-point, numbered the way its source numbers it
 * (source 003 uses 1 / 1.1, source 001 uses 一、/（一）); items whose heading quote carries no
 * number get the Chinese style from their position.
 */
function sourcePrefix(item: Numbered, fallback: string): string {
  const m = SOURCE_NUMBER.exec(item.name.quote.text);
  if (!m) return fallback;
  const label = m[1]!;
  return /\d\s$/.test(label) ? `${label.trimEnd()} ` : label;
}

export const dimensionPrefix = (d: Numbered): string => sourcePrefix(d, `${zhNumeral(d.number)}、`);
export const pointPrefix = (p: Numbered): string => sourcePrefix(p, `（${zhNumeral(p.number)}）`);

interface Metrics {
  fontSize: number;
  lineHeight: number;
  padding: number;
  gap: number;
}

const METRICS: Metrics = { fontSize: 15, lineHeight: 22, padding: 10, gap: 12 };

function box(
  kind: DiagramBox['kind'],
  label: string,
  x: number,
  y: number,
  w: number,
  m: Metrics,
  target?: string,
  minLines = 1,
): DiagramBox {
  const lines = wrapText(label, (w - 2 * m.padding) / m.fontSize);
  const n = Math.max(lines.length, minLines);
  return { kind, target, x, y, w, h: n * m.lineHeight + 2 * m.padding - (m.lineHeight - m.fontSize) / 2, lines, label };
}

/** Lays out a framework's diagram. */
export function layoutFramework(fw: Framework, variant: DiagramVariant): Diagram {
  const m = METRICS;
  const boxes: DiagramBox[] = [];
  const lines: DiagramLine[] = [];
  const width = variant === 'wide' ? 1000 : 360;
  const margin = 8;
  const indent = variant === 'wide' ? 16 : 20;

  const rootW = variant === 'wide' ? Math.min(640, width - 2 * margin) : width - 2 * margin;
  const root = box('root', fw.name.value, (width - rootW) / 2, margin, rootW, m);
  boxes.push(root);
  let y = root.y + root.h;

  const dims = fw.dimensions;
  const cols = variant === 'wide' ? Math.min(dims.length, 4) : 1;
  const colW = (width - 2 * margin - (cols - 1) * 16) / cols;

  for (let start = 0; start < dims.length; start += cols) {
    const row = dims.slice(start, start + cols);
    const top = y + (variant === 'wide' ? 36 : 14);
    // Equal dimension-box heights within a row.
    const labels = row.map((d) => `${dimensionPrefix(d)}${d.name.value}`);
    const maxLines = Math.max(...labels.map((l) => wrapText(l, (colW - 2 * m.padding) / m.fontSize).length));
    let rowBottom = top;
    if (variant === 'wide') {
      // Connectors: root → bus → each dimension.
      const bus = top - 18;
      const cx = (i: number): number => margin + i * (colW + 16) + colW / 2;
      if (start === 0) lines.push({ x1: width / 2, y1: root.y + root.h, x2: width / 2, y2: bus });
      lines.push({ x1: cx(0), y1: bus, x2: cx(row.length - 1), y2: bus });
      row.forEach((_, i) => lines.push({ x1: cx(i), y1: bus, x2: cx(i), y2: top }));
    } else {
      lines.push({ x1: width / 2, y1: y, x2: width / 2, y2: top });
    }
    row.forEach((d, i) => {
      const x = margin + i * (colW + 16);
      const dimBox = box('dimension', labels[i]!, x, top, colW, m, d.id, maxLines);
      boxes.push(dimBox);
      let py = dimBox.y + dimBox.h;
      const spineX = x + indent / 2;
      let lastMid = py;
      const items = d.points.length
        ? d.points.map((p) => ({ kind: 'point' as const, label: `${pointPrefix(p)}${p.name.value}`, target: p.id as string | undefined }))
        : d.responsibility
          ? [{ kind: 'note' as const, label: d.responsibility.value, target: undefined }]
          : [];
      for (const item of items) {
        py += m.gap;
        const pb = box(item.kind, item.label, x + indent, py, colW - indent, m, item.target);
        boxes.push(pb);
        lastMid = pb.y + pb.h / 2;
        lines.push({ x1: spineX, y1: lastMid, x2: pb.x, y2: lastMid });
        py = pb.y + pb.h;
      }
      if (items.length) lines.push({ x1: spineX, y1: dimBox.y + dimBox.h, x2: spineX, y2: lastMid });
      rowBottom = Math.max(rowBottom, py);
    });
    y = rowBottom;
  }
  return {
    variant,
    width,
    height: Math.ceil(y + margin),
    fontSize: m.fontSize,
    lineHeight: m.lineHeight,
    padding: m.padding,
    boxes,
    lines,
  };
}
