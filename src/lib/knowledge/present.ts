// Presentation helpers for the knowledge pages: labels and the citation line (paths: src/lib/routes.ts).
// Pure; no Astro imports.
import type { Model } from '../../schemas/knowledge.ts';
import type { SourceRecord } from '../../schemas/source.ts';
import { UI } from '../ui/zh-CN.ts';
import { zhNumeral } from '../zh-numerals.ts';

/** A source record with its id (src/schemas/source.ts). */
export type SourceInfo = SourceRecord;

/** The full title: 正题——副题. */
export function fullTitle(s: Pick<SourceInfo, 'title' | 'subtitle'>): string {
  return s.subtitle ? `${s.title}——${s.subtitle}` : s.title;
}

/**
 * What the handout's citation must add because the record does not give it: 作者未署名
 * when no author is named, 发表出处未详 when a paper names no journal or year.
 */
export function missingFacts(s: Pick<SourceInfo, 'authors' | 'kind' | 'year'>): string[] {
  const notes: string[] = [];
  if (s.authors.length === 0) notes.push(UI.record.noAuthor);
  if (s.kind === 'paper' && s.year === undefined) notes.push(UI.record.paperNoPublication);
  return notes;
}

/** "模式一：以……为理念组建的党建联盟" */
export function modelLabel(m: Pick<Model, 'number' | 'name'>): string {
  return UI.model.label(zhNumeral(m.number), m.name.value);
}
