// The two comparison tables as handout tables: the seven alliances side by side (from the view
// of /cases/compare/) and the two four-dimension frameworks (/frameworks/compare/). Printed in
// the packs of the topics whose board plan builds on them, and written as their own Word files.
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { SourceInfo } from '../knowledge/present.ts';
import { allianceCompareView } from '../knowledge/alliance-compare.ts';
import { frameworkCompareView } from '../knowledge/framework-compare.ts';
import { displayText } from '../knowledge/display.ts';
import type { BoardTable } from '../../schemas/teaching.ts';
import type { HandoutTable } from './model.ts';
import { UI } from '../ui/zh-CN.ts';
import { docxFileName } from './files.ts';
import { ROUTES } from '../routes.ts';

export function allianceTable(kb: KnowledgeBase, sources: ReadonlyMap<string, SourceInfo>): HandoutTable {
  const v = allianceCompareView(kb, sources);
  const t = UI.allianceCompare;
  return {
    id: 'table-cases-compare',
    title: t.title,
    caption: t.caption(v.comparison.alliances.length),
    href: ROUTES.casesCompare,
    head: [t.item, ...v.comparison.alliances.map((a) => a.data.name.value)],
    rows: v.comparison.rows.map((row) => ({ label: row.label, cells: row.cells.map((cell) => (cell.length ? cell.map((f) => displayText(f.text)) : [t.none])) })),
    landscape: true,
    note: UI.handout.allianceTableNote(v.sourceTitle, v.comparison.alliances.length),
  };
}

export function frameworkTable(kb: KnowledgeBase, sources: ReadonlyMap<string, SourceInfo>): HandoutTable {
  const v = frameworkCompareView(kb, sources);
  const t = UI.frameworkCompare;
  return {
    id: 'table-frameworks-compare',
    title: t.title,
    caption: t.caption,
    href: ROUTES.frameworksCompare,
    head: [t.order, ...v.sides.map((s) => `${s.entry.data.name.value}（《${s.sourceTitle}》）`)],
    rows: v.rows.map((row) => ({ label: row.numeral, cells: row.cells.map((d) => (d ? [d.dimension.name.value, ...d.points.map((p) => p.label)] : [t.empty])) })),
    landscape: false,
    note: t.lead,
  };
}

export function boardTable(table: BoardTable, kb: KnowledgeBase, sources: ReadonlyMap<string, SourceInfo>): HandoutTable {
  return table === 'cases-compare' ? allianceTable(kb, sources) : frameworkTable(kb, sources);
}

/** The Word file of a comparison table, named by the table: /cases/compare/党建联盟对照.docx. */
export function tableDocxHref(t: Pick<HandoutTable, 'href' | 'title'>): string {
  return `${t.href}${docxFileName(t.title)}`;
}
