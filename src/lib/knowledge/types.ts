// Shared shapes of the knowledge model in memory.
import type {
  Case,
  Comparison,
  Framework,
  Mechanism,
  Model,
  Practice,
  Term,
  TimelineEvent,
} from '../../schemas/knowledge.ts';

/** One entry: the shape Astro's getCollection() returns too ({ id, data }). */
export interface Entry<T> {
  id: string;
  data: T;
  /** The file the entry comes from, relative to the project root (for messages). */
  file?: string;
}

export interface KnowledgeBase {
  cases: Entry<Case>[];
  models: Entry<Model>[];
  mechanisms: Entry<Mechanism>[];
  frameworks: Entry<Framework>[];
  practices: Entry<Practice>[];
  terms: Entry<Term>[];
  events: Entry<TimelineEvent>[];
  comparisons: Entry<Comparison>[];
}

export function emptyKnowledgeBase(): KnowledgeBase {
  return {
    cases: [],
    models: [],
    mechanisms: [],
    frameworks: [],
    practices: [],
    terms: [],
    events: [],
    comparisons: [],
  };
}
