// The seven alliances side by side (/cases/compare/): one column per alliance (oldest first),
// one row per fact — model, founding date, lead units, members, district, actions — each cell
// holding the facts with the quotes that state them.
import type { AllianceCase, Model } from '../../schemas/knowledge.ts';
import type { SourceInfo } from './present.ts';
import { caseSheet, type SheetFact } from './case-sheet.ts';
import { caseDate } from './facets.ts';
import { compareDates } from './dates.ts';
import { modelLabel } from './present.ts';
import type { Entry, KnowledgeBase } from './types.ts';
import { UI } from '../ui/zh-CN.ts';

export interface CompareRow {
  key: string;
  label: string;
  /** One cell per alliance, in column order: its facts (empty when the source states none). */
  cells: SheetFact[][];
}

export interface AllianceComparison {
  alliances: Entry<AllianceCase>[];
  rows: CompareRow[];
}

const SHEET_ROWS = ['founded', 'leadUnits', 'members', 'region', 'actions'] as const;

export function compareAlliances(alliances: readonly Entry<AllianceCase>[], models: readonly Entry<Model>[]): AllianceComparison {
  const sorted = [...alliances].sort((a, b) => compareDates(caseDate(a.data)!, caseDate(b.data)!) || a.id.localeCompare(b.id));
  const modelRow: CompareRow = {
    key: 'model',
    label: UI.caseSheet.rows.model,
    cells: sorted.map((a) =>
      a.data.models.map((m) => {
        const model = models.find((x) => x.id === m.model);
        return { text: model ? modelLabel(model.data) : m.model, quote: m.quote };
      }),
    ),
  };
  const sheets = sorted.map((a) => caseSheet(a.data));
  const rows = SHEET_ROWS.map((key) => ({ key, label: UI.caseSheet.rows[key], cells: sheets.map((rows) => rows.find((r) => r.key === key)?.facts ?? []) }));
  return { alliances: sorted, rows: [modelRow, ...rows] };
}

/** The source of the alliance cases and models (the Wuxi paper), from the data. */
export function allianceSourceOf(kb: KnowledgeBase): string | undefined {
  return kb.models[0]?.data.source ?? kb.cases.find((c) => c.data.kind === 'alliance')?.data.source;
}

export interface AllianceCompareView {
  comparison: AllianceComparison;
  source: string;
  sourceTitle: string;
  description: string;
  lead: string;
}

export function allianceCompareView(kb: KnowledgeBase, sources: ReadonlyMap<string, SourceInfo>): AllianceCompareView {
  const alliances = kb.cases.filter((c): c is Entry<AllianceCase> => c.data.kind === 'alliance');
  const comparison = compareAlliances(alliances, kb.models);
  const source = allianceSourceOf(kb) ?? '';
  const sourceTitle = sources.get(source)?.title ?? '';
  const n = comparison.alliances.length;
  return { comparison, source, sourceTitle, description: UI.allianceCompare.describe(n), lead: UI.allianceCompare.lead(sourceTitle, n) };
}
