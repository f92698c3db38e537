// Related entries: what a case, practice, mechanism or dimension page lists.
import type { Case, Mechanism, Model, Practice, Term, TimelineEvent } from '../../schemas/knowledge.ts';
import { indexDimensions, type DimensionRef } from './frameworks.ts';
import type { Entry, KnowledgeBase } from './types.ts';

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

function pick<T>(entries: readonly Entry<T>[], ids: readonly string[]): Entry<T>[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return ids.flatMap((id) => {
    const e = byId.get(id);
    return e ? [e] : [];
  });
}

export interface CaseRelated {
  models: Entry<Model>[];
  /** Mechanisms: for an alliance, the operating mechanisms its source states for all
   *  alliances; plus the mechanisms of the case's practices. */
  mechanisms: Entry<Mechanism>[];
  /** The case's own dimension tags first, then those of its practices. */
  dimensions: DimensionRef[];
  practices: Entry<Practice>[];
  events: Entry<TimelineEvent>[];
}

export function relatedForCase(c: Entry<Case>, kb: KnowledgeBase): CaseRelated {
  const dims = indexDimensions(kb.frameworks).byId;
  const practices = pick(kb.practices, c.data.practices);
  const models = c.data.kind === 'alliance' ? pick(kb.models, c.data.models.map((m) => m.model)) : [];
  const mechanismIds = [
    ...(c.data.kind === 'alliance'
      ? kb.mechanisms.filter((m) => m.data.source === c.data.source).map((m) => m.id)
      : []),
    ...practices.flatMap((p) => p.data.mechanisms),
  ];
  const mechanisms = uniqueById(pick(kb.mechanisms, mechanismIds)).sort((a, b) => a.data.number - b.data.number);
  const dimensionIds = [...c.data.dimensions, ...practices.flatMap((p) => p.data.dimensions)];
  const dimensions = uniqueById(dimensionIds.flatMap((id) => dims.get(id) ?? []));
  const events = kb.events.filter((e) => e.data.cases.includes(c.id));
  return { models, mechanisms, dimensions, practices, events };
}

export interface PracticeRelated {
  /** Related practices both ways (A lists B ⇒ B shows A). */
  practices: Entry<Practice>[];
  dimensions: DimensionRef[];
  mechanisms: Entry<Mechanism>[];
  cases: Entry<Case>[];
  terms: Entry<Term>[];
}

export function relatedForPractice(p: Entry<Practice>, kb: KnowledgeBase): PracticeRelated {
  const dims = indexDimensions(kb.frameworks).byId;
  const reverse = kb.practices.filter((x) => x.data.related.includes(p.id)).map((x) => x.id);
  const practices = uniqueById(pick(kb.practices, [...p.data.related, ...reverse])).filter((x) => x.id !== p.id);
  return {
    practices,
    dimensions: p.data.dimensions.flatMap((id) => dims.get(id) ?? []),
    mechanisms: pick(kb.mechanisms, p.data.mechanisms),
    cases: kb.cases.filter((c) => c.data.practices.includes(p.id)),
    terms: kb.terms.filter((t) => t.data.practices.includes(p.id)),
  };
}

/** Practices implementing a mechanism. */
export function practicesForMechanism(mechanismId: string, kb: KnowledgeBase): Entry<Practice>[] {
  return kb.practices.filter((p) => p.data.mechanisms.includes(mechanismId));
}

/**
 * Practices and cases tagged with a dimension id. A dimension also collects what is
 * tagged with any of its sub-points.
 */
export function entriesForDimension(
  dimensionId: string,
  kb: KnowledgeBase,
): { practices: Entry<Practice>[]; cases: Entry<Case>[] } {
  const ref = indexDimensions(kb.frameworks).byId.get(dimensionId);
  const ids = new Set([dimensionId]);
  if (ref?.level === 'dimension') for (const pt of ref.dimension.points) ids.add(pt.id);
  const hit = (tags: readonly string[]): boolean => tags.some((t) => ids.has(t));
  return {
    practices: kb.practices.filter((p) => hit(p.data.dimensions)),
    cases: kb.cases.filter((c) => hit(c.data.dimensions)),
  };
}

/** Practices grouped by framework dimension (top level), in framework order. */
export function practicesByDimension(
  kb: KnowledgeBase,
): { frameworkId: string; dimensionId: string; label: string; practices: Entry<Practice>[] }[] {
  const frameworks = [...kb.frameworks].sort(
    (a, b) => a.data.source.localeCompare(b.data.source) || a.data.order - b.data.order,
  );
  const out = [];
  for (const fw of frameworks) {
    for (const d of fw.data.dimensions) {
      const practices = entriesForDimension(d.id, kb).practices;
      if (practices.length) out.push({ frameworkId: fw.id, dimensionId: d.id, label: d.name.value, practices });
    }
  }
  return out;
}

/** Practices grouped by the source that names them. */
export function practicesBySource(kb: KnowledgeBase): Map<string, Entry<Practice>[]> {
  const out = new Map<string, Entry<Practice>[]>();
  for (const p of kb.practices) {
    const list = out.get(p.data.source) ?? [];
    list.push(p);
    out.set(p.data.source, list);
  }
  return out;
}

/** Related terms both ways. */
export function relatedTerms(t: Entry<Term>, kb: KnowledgeBase): Entry<Term>[] {
  const reverse = kb.terms.filter((x) => x.data.see.includes(t.id)).map((x) => x.id);
  return uniqueById(pick(kb.terms, [...t.data.see, ...reverse])).filter((x) => x.id !== t.id);
}
