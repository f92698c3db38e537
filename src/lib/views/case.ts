// Route data of a case's fact sheet (/cases/<id>/): description, notices, facts, models,
// tags, related links and the printed handout.
import type { Case } from '../../schemas/knowledge.ts';
import { caseSheet, guideCaseNotice, type SheetRow } from '../knowledge/case-sheet.ts';
import { formatDateZh, parseDateOrThrow } from '../knowledge/dates.ts';
import { displayText } from '../knowledge/display.ts';
import { modelLabel, type SourceInfo } from '../knowledge/present.ts';
import { relatedForCase } from '../knowledge/related.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import type { DimensionRef } from '../knowledge/frameworks.ts';
import type { Quote } from '../../schemas/knowledge.ts';
import { caseDocxHref, caseDocxName, caseHandout } from '../handouts/case-handout.ts';
import { encodedHref } from '../handouts/files.ts';
import type { Handout, HandoutItem } from '../handouts/model.ts';
import type { HandoutContext } from '../topics/site-data.ts';
import { UI } from '../ui/zh-CN.ts';
import { datedLink, relatedGroups, type RelatedGroup } from './related.ts';
import { caseHref, eventHref, facetHref, mechanismHref, practiceHref, sourceHref } from '../routes.ts';

export interface CaseView {
  entry: Entry<Case>;
  data: Case;
  kindLabel: string;
  source: SourceInfo;
  sourceHref: string;
  description: string;
  /** The case's Word file: its address (name percent-encoded) and its file name. */
  docxHref: string;
  docxName: string;
  /** Why the page has less than a full sheet (guide case), or its several models (alliance). */
  notice?: { kind: 'no-case-text' | 'several-models'; text: string };
  rows: SheetRow[];
  models: { href: string; label: string; quote: Quote }[];
  dimensions: DimensionRef[];
  related: RelatedGroup[];
  handout: Handout;
  handoutItem: HandoutItem;
  path: string;
  /** The source's reference line for the printed foot (as the handouts cite it). */
  reference: string;
}

function caseDescription(c: Case, source: Pick<SourceInfo, 'title'>): string {
  const d = UI.caseSheet.describe;
  if (c.kind === 'alliance') return d.alliance(c.name.value, formatDateZh(parseDateOrThrow(c.founded.value)), c.region?.value);
  if (c.kind === 'guide-case') return d.guideCase(c.name.value, c.chapter.value.number, c.page.value);
  return d.other(c.name.value, UI.caseKind[c.kind], source.title);
}

export function caseView(entry: Entry<Case>, kb: KnowledgeBase, sources: ReadonlyMap<string, SourceInfo>, ctx: HandoutContext): CaseView {
  const id = entry.id;
  const c = entry.data;
  const source = sources.get(c.source);
  if (!source) throw new Error(`caseView: case "${id}" names unknown source "${c.source}"`);
  const related = relatedForCase(entry, kb);
  const models = c.kind === 'alliance'
    ? c.models.map((m) => {
        const model = kb.models.find((x) => x.id === m.model)!;
        return { href: facetHref('model', m.model), label: modelLabel(model.data), quote: m.quote };
      })
    : [];
  const notice: CaseView['notice'] =
    c.kind === 'guide-case'
      ? { kind: 'no-case-text', text: `${guideCaseNotice(c)}${UI.caseSheet.guideCaseNotice}` }
      : c.kind === 'alliance' && c.listedUnderSeveralModels
        ? { kind: 'several-models', text: UI.caseSheet.severalModels(models.length, models.map((m) => m.label)) }
        : undefined;
  const k = UI.knowledge;
  const handout = caseHandout(entry, ctx.kb, ctx.titles, ctx.references);
  return {
    entry,
    data: c,
    kindLabel: UI.caseKind[c.kind],
    source,
    sourceHref: sourceHref(c.source),
    description: caseDescription(c, source),
    docxHref: encodedHref(caseDocxHref(entry.id, entry.data.name.value)),
    docxName: caseDocxName(entry.data.name.value),
    ...(notice ? { notice } : {}),
    rows: caseSheet(c),
    models,
    dimensions: related.dimensions,
    related: relatedGroups([
      {
        title: k.mechanisms,
        ...(c.kind === 'alliance' ? { note: UI.caseSheet.allianceMechanisms } : {}),
        links: related.mechanisms.map((m) => ({ href: mechanismHref(m.id), label: m.data.name.value })),
      },
      { title: k.practices, editorial: true, links: related.practices.map((p) => ({ href: practiceHref(p.id), label: p.data.name.value })) },
      {
        title: k.timeline,
        plain: true,
        links: related.events.map((e) => datedLink(eventHref(e.id), displayText(e.data.title.value), parseDateOrThrow(e.data.date.value))),
      },
    ]),
    handout,
    handoutItem: handout.items[0]!,
    path: caseHref(entry.id),
    reference: ctx.references[c.source] ?? '',
  };
}
