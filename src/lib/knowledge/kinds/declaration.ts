// What a kind of knowledge entry declares (case, model, mechanism, …): one object per kind
// (src/lib/knowledge/kinds/<kind>.ts), listed once in the table of kinds (index.ts). The shared
// code loops over the table instead of naming the kinds: reading and validating the content
// (src/lib/content/), the pages' collections and their order, mentions in reading texts, the
// search vocabulary, topic readings and their handout items, self-test question drafts, the
// prompt collection. Pure: no file access, no Astro.
import type { z } from 'astro/zod';
import type { KnowledgeCollection, Quote, knowledgeSchemas } from '../../../schemas/knowledge.ts';
import type { DimensionIndex } from '../frameworks.ts';
import type { Entry, KnowledgeBase } from '../types.ts';

/** The data of an entry of a collection, as its schema gives it. */
export type DataOf<C extends KnowledgeCollection> = z.infer<(typeof knowledgeSchemas)[C]>;
export type EntryOf<C extends KnowledgeCollection> = Entry<DataOf<C>>;

/** A fact a handout lists for an entry: its label, its text and the quote that states it. */
export interface Fact {
  label: string;
  text: string;
  quote: Quote;
}

/** What a self-test question asks about (the audit reads it: src/lib/topics/audit.ts). */
export interface QuestionBasis {
  kind: 'date' | 'lead-unit' | 'model' | 'fact' | 'chapter' | 'rule' | 'missing' | 'fill' | 'source' | 'define' | 'order' | 'responsibility' | 'point';
  /** Id of the case, mechanism, practice, term or framework asked about. */
  id: string;
  /** For a rule: the rule aspect asked; for a responsibility: the dimension id. */
  aspect?: string | undefined;
}

/** A self-test question before it is chosen and given its paragraph (src/lib/topics/questions.ts). */
export interface QuestionDraft {
  question: string;
  answer: string;
  quote: Quote;
  basis: QuestionBasis;
  /** A quote spanning several facts of one paragraph (multi-part answers). */
  span?: Quote[];
}

/** Source titles by source id (questions naming a source). */
export type Titles = Readonly<Record<string, string>>;

/** What the handout of a kind may ask of the source-text model (injected by src/lib/handouts/). */
export interface FactTools {
  /** The first `n` sentences of the sources that use one of the forms (outside the excluded longer words), as quotes. */
  usage(forms: readonly string[], excludes: readonly string[], n: number): Quote[];
}

/** A reference from an entry to other entries, checked when the content is read. */
export interface Reference {
  /**
   * Where the ids stand: `practices` (a list of ids), `models[].model` (a field of each list
   * item), `representatives.value`, `left` (one id).
   */
  field: string;
  /** What they name: a kind's singular name, or `dimension` (a framework dimension or sub-point). */
  to: string;
  /** An entry naming itself here is an error with this message. */
  self?: string;
}

/** What a kind's own checks may use; `report` files a problem against the entry's file. */
export interface CheckContext {
  kb: KnowledgeBase;
  dims: DimensionIndex;
  report(field: string, message: string): void;
}

/** A topic reading of this kind ({ case: <id> }) and its handout item. */
export interface ReadingDeclaration<C extends KnowledgeCollection> {
  /** The item's kind label in handouts (〔案例〕). */
  label: string;
  /** The facts the item lists, each with its quote (the paragraphs are found from the quotes). */
  facts(entry: EntryOf<C>, kb: KnowledgeBase, tools: FactTools): Fact[];
  /** The quote the item's citation names (its source and section); none: the item's title alone. */
  citation(entry: EntryOf<C>, facts: readonly Fact[]): Quote | undefined;
  /** A notice printed with the item (a guide case has no text on the site). */
  notice?(entry: EntryOf<C>): string | undefined;
  /** Self-test questions the entry can give, in the order they would be asked. */
  drafts(entry: EntryOf<C>, kb: KnowledgeBase, titles: Titles): QuestionDraft[];
}

export interface KindDeclaration<C extends KnowledgeCollection> {
  /** The collection: content/<collection>/*.yaml, Astro's collection, the knowledge base's field. */
  collection: C;
  /** Singular name: messages (unknown case id), topic readings ({ case: <id> }), handout item ids. */
  name: string;
  /** The order entries are listed in (pages, handouts, search vocabulary). */
  order(a: EntryOf<C>, b: EntryOf<C>): number;
  /** Where an entry is shown: its page or its place on a collection page (src/lib/routes.ts). */
  href(id: string): string;
  /** The entry's name as pages show it. */
  title(data: DataOf<C>): string;
  /** The names the sources use for the entry (its name first). */
  names?(data: DataOf<C>): string[];
  /** Longer words holding a name that mean something else (城乡一体党员动态管理机制). */
  excludes?(data: DataOf<C>): string[];
  /**
   * Reading texts link the first mention of an entry's names to it ('link'), or keep its names
   * from other links ('claim': 区域化党建联盟 is a term, not the practice 党建联盟).
   */
  mentions?: 'link' | 'claim';
  /** Whether the names are search vocabulary (names readers type). */
  searchNames?: boolean;
  /** The source the entry comes from; quotes at `sameSource` must be from it. */
  source?(data: DataOf<C>): string;
  /** Paths of quotes that must come from the entry's source (`name.quote`). */
  sameSource?: readonly string[];
  references?: readonly Reference[];
  /** The kind's own checks (numbering, facts that must agree). */
  check?(entry: EntryOf<C>, ctx: CheckContext): void;
  /** The group heading of the entries' editors' prompts on /topics/prompts/. */
  prompts?: string;
  /** Set when a topic can list an entry as a reading. */
  reading?: ReadingDeclaration<C>;
}

/**
 * What every kind whose entries carry a quoted name (name.value, name.quote) and a source declares
 * alike, spread into its declaration: the entry's title is its name, and the name's quote must come
 * from the entry's source.
 */
export const QUOTED_NAME = {
  title: (d: { name: { value: string } }): string => d.name.value,
  source: (d: { source: string }): string => d.source,
  sameSource: ['name.quote'],
} as const;

/** Declares a kind (checks the object against the declaration's type, keeping its collection). */
export function declareKind<C extends KnowledgeCollection>(kind: KindDeclaration<C>): KindDeclaration<C> {
  return kind;
}

/** Entries sorted by id (deterministic pages). */
export const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
/** Entries sorted by the number the source gives them. */
export const byNumber = (a: { data: { number: number } }, b: { data: { number: number } }): number => a.data.number - b.data.number;
