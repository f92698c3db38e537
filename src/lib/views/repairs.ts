// Route data of a source's repairs register (/sources/<id>/repairs/): one row per repair.
import type { Repair } from '../ingest/repairs.ts';
import { UI } from '../ui/zh-CN.ts';

export interface RepairRow {
  kind: string;
  /** The replacement (改作) or the editors' note (加注), when the repair has one. */
  with?: string;
  note?: string;
  /** Raw line(s) the repair applies to, or 全文. */
  lines: string;
  /** The raw text the repair applies to. */
  text: string;
  reason: string;
}

export function repairRow(r: Repair): RepairRow {
  return {
    kind: UI.repairs.kind[r.kind],
    ...('with' in r ? { with: r.with } : {}),
    ...('note' in r ? { note: r.note } : {}),
    lines: 'lines' in r ? r.lines.join('、') : r.line !== undefined ? String(r.line) : UI.repairs.wholeText,
    text: 'after' in r ? r.after : r.text,
    reason: r.reason,
  };
}
