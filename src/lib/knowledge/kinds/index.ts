// The table of kinds of knowledge entry: one declaration each (declaration.ts says what a kind
// declares), in the order of the collections. Adding a kind: its schema (src/schemas/knowledge.ts,
// one line in knowledgeSchemas), its declaration here, its UI words (src/lib/ui/zh-CN.ts), its
// page and view; the content reader, the checks, the collections, the mentions, the search
// vocabulary, topic readings, handouts, question drafts and the prompt collection loop over KINDS.
import type { KnowledgeCollection } from '../../../schemas/knowledge.ts';
import type { KnowledgeBase } from '../types.ts';
import { caseKind } from './case.ts';
import { comparisonKind } from './comparison.ts';
import type { EntryOf, KindDeclaration } from './declaration.ts';
import { eventKind } from './event.ts';
import { frameworkKind } from './framework.ts';
import { mechanismKind } from './mechanism.ts';
import { modelKind } from './model.ts';
import { practiceKind } from './practice.ts';
import { termKind } from './term.ts';

/** Every kind, by collection (a kind missing here is a type error). */
export const KIND_OF: { readonly [C in KnowledgeCollection]: KindDeclaration<C> } = {
  cases: caseKind,
  models: modelKind,
  mechanisms: mechanismKind,
  frameworks: frameworkKind,
  practices: practiceKind,
  terms: termKind,
  events: eventKind,
  comparisons: comparisonKind,
};

/** A kind of any collection, as the loops see it (its entries' data untyped). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKind = Omit<KindDeclaration<any>, 'collection'> & { collection: KnowledgeCollection };

/** The kinds in collection order. */
export const KINDS: readonly AnyKind[] = Object.values(KIND_OF);

/** The kinds a topic can list as readings ({ case: <id> }, …). */
export const READING_KINDS: readonly AnyKind[] = KINDS.filter((k) => k.reading);

/** The kind with this singular name (case, practice …). */
export function kindNamed(name: string): AnyKind | undefined {
  return KINDS.find((k) => k.name === name);
}

/** The entries of a kind in a knowledge base. */
export function entriesOf<C extends KnowledgeCollection>(kb: KnowledgeBase, kind: KindDeclaration<C>): readonly EntryOf<C>[] {
  return kb[kind.collection] as unknown as readonly EntryOf<C>[];
}

export type { EntryOf, Fact, FactTools, KindDeclaration, QuestionBasis, QuestionDraft } from './declaration.ts';
