// Schemas of the knowledge model: cases, alliance models, mechanisms, frameworks,
// practices (做法), terms (术语), timeline events and the editorial framework comparison.
//
// Principles:
// - Every structured fact is `{ value, quote }`: `value` may be a normalised form
//   (e.g. a date "2018-04"), `quote` is the verbatim source text that states it.
// - Entry ids are file names (ASCII kebab-case); references between entries are plain
//   ids checked by src/lib/content/knowledge-checks.ts (unknown ids fail the build).
// - Text written by the editors is allowed only under a field named `editorial`.
import { z } from 'astro/zod';
import { dateValueSchema } from './date.ts';
import { sourceIdSchema } from './source.ts';

// ---------------------------------------------------------------------------
// Shared building blocks

// A source id is the name of a folder under content/sources/ (no list in code): the schema
// checks its form, src/lib/content/knowledge-checks.ts that the folder exists.
export { sourceIdSchema };
export type { SourceId } from './source.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An ASCII kebab-case id (entry ids, dimension ids, references). */
export const idSchema = z.string().regex(KEBAB, { message: 'must be an ASCII kebab-case id' });

/** A verbatim quote: its source and the text exactly as in the raw source (whitespace aside). */
export const quoteSchema = z.strictObject({
  source: sourceIdSchema,
  text: z.string().trim().min(2, { message: 'a quote needs its verbatim text' }),
});
export type Quote = z.infer<typeof quoteSchema>;

/** A structured fact: a value and the quote that states it. */
export function fact<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, quote: quoteSchema });
}

export const textFact = fact(z.string().min(1));
export type TextFact = z.infer<typeof textFact>;
export const dateFact = fact(dateValueSchema);
export const intFact = fact(z.number().int().positive());

/** Editors' text: short, factual, grounded in the sources, and always shown as 编者按/导读. */
export const editorialSchema = z.strictObject({
  /** A short summary (导读). */
  summary: z.string().min(1).optional(),
  /** Discussion prompts for training classes (研讨题). */
  prompts: z.array(z.string().min(1)).optional(),
  /** Any other editors' note (编者按). */
  note: z.string().min(1).optional(),
});
export type Editorial = z.infer<typeof editorialSchema>;

/** Work domains (领域) used to tag cases and practices. */
export const DOMAIN_IDS = ['city-community', 'enterprise', 'rural', 'government', 'school', 'emerging', 'military', 'online', 'cross-domain'] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];
export const domainSchema = z.enum(DOMAIN_IDS);

// ---------------------------------------------------------------------------
// Cases (案例)

export const CASE_KIND_IDS = ['alliance', 'guide-case', 'historical'] as const;
export type CaseKind = (typeof CASE_KIND_IDS)[number];

const caseCommon = {
  /** The case's name as the source gives it (value may tidy spacing). */
  name: textFact,
  /** Other names the sources use for the same case. */
  aliases: z.array(textFact).optional(),
  /** The source that tells the case. */
  source: sourceIdSchema,
  /** District or region where the source places the case, as stated. */
  region: textFact.optional(),
  /** Work domains (classification tags). */
  domains: z.array(domainSchema).default([]),
  /** Framework dimension or sub-point ids the case illustrates (classification tags). */
  dimensions: z.array(idSchema).default([]),
  /** Practices the case shows (practice ids). */
  practices: z.array(idSchema).default([]),
  editorial: editorialSchema.optional(),
};

export const allianceCaseSchema = z.strictObject({
  kind: z.literal('alliance'),
  ...caseCommon,
  /** The alliance models the source lists the alliance under, each with the listing quote. */
  models: z.array(z.strictObject({ model: idSchema, quote: quoteSchema })).min(1),
  /** True when the source lists the alliance under more than one model (the page says so). */
  listedUnderSeveralModels: z.boolean(),
  /** Founding date at the precision the source gives. */
  founded: dateFact,
  /** Lead (initiating) unit(s) as named. */
  leadUnits: fact(z.array(z.string().min(1)).min(1)).optional(),
  /** Member scale as stated ("区内 11 家单位"). */
  members: textFact.optional(),
  /** Theme (主题) as stated. */
  theme: textFact.optional(),
  /** Slogans and formulas the source attributes to the alliance. */
  slogans: z.array(textFact).default([]),
  /** "First of its kind" claims as stated. */
  distinctions: z.array(textFact).default([]),
  /** What the alliance does (actions, tasks, services). */
  actions: z.array(textFact).default([]),
  /** Results as stated. */
  outcomes: z.array(textFact).default([]),
});

export const guideCaseSchema = z.strictObject({
  kind: z.literal('guide-case'),
  ...caseCommon,
  /** The chapter of the guide the case closes. */
  chapter: fact(z.strictObject({ number: z.number().int().min(1).max(9), title: z.string().min(1) })),
  /** Original page of the case in the book (from the table of contents). */
  page: intFact,
  /** Original page of the case commentary (案例点评). */
  commentPage: intFact.optional(),
  /** The excerpt holds only the table of contents: the case text is not available. */
  hasCaseText: z.literal(false),
});

export const historicalCaseSchema = z.strictObject({
  kind: z.literal('historical'),
  ...caseCommon,
  /** The passages that tell the case. */
  account: z.array(textFact).min(1),
});

export const caseSchema = z.discriminatedUnion('kind', [
  allianceCaseSchema,
  guideCaseSchema,
  historicalCaseSchema,
]);
export type Case = z.infer<typeof caseSchema>;
export type AllianceCase = z.infer<typeof allianceCaseSchema>;
export type GuideCase = z.infer<typeof guideCaseSchema>;
export type HistoricalCase = z.infer<typeof historicalCaseSchema>;

// ---------------------------------------------------------------------------
// Alliance models (联盟模式)

export const modelSchema = z.strictObject({
  /** The model's number in the source (1–4). */
  number: z.number().int().min(1),
  /** The model heading as stated. */
  name: textFact,
  source: sourceIdSchema,
  /** The idea of the model (理念) as stated. */
  idea: textFact,
  /** Representative alliances: case ids, with the sentence that lists them. */
  representatives: fact(z.array(idSchema).min(1)),
  editorial: editorialSchema.optional(),
});
export type Model = z.infer<typeof modelSchema>;

/** Longer names that hold an entry's name but name something else: never linked as a mention of it. */
const mentionExcludes = z.array(z.string().min(2)).default([]);

// ---------------------------------------------------------------------------
// Operating mechanisms (运行机制)

export const RULE_ASPECT_IDS = ['basis', 'body', 'content', 'frequency', 'size', 'threshold', 'procedure', 'principle'] as const;
export type RuleAspect = (typeof RULE_ASPECT_IDS)[number];

export const mechanismSchema = z.strictObject({
  number: z.number().int().min(1),
  name: textFact,
  source: sourceIdSchema,
  /** Concrete rules: what aspect, the rule in normalised form, and its quote. */
  rules: z
    .array(
      z.strictObject({
        aspect: z.enum(RULE_ASPECT_IDS),
        value: z.string().min(1),
        quote: quoteSchema,
      }),
    )
    .min(1),
  /** Longer names holding the name that mean something else (城乡一体党员动态管理机制). */
  excludes: mentionExcludes,
  editorial: editorialSchema.optional(),
});
export type Mechanism = z.infer<typeof mechanismSchema>;

// ---------------------------------------------------------------------------
// Frameworks (理论框架): one file per framework, dimensions and sub-points nested,
// each with an id that is unique across all frameworks.

export const FRAMEWORK_KIND_IDS = ['dimensions', 'linkage', 'problems', 'countermeasures', 'significance', 'values'] as const;
export type FrameworkKind = (typeof FRAMEWORK_KIND_IDS)[number];

export const frameworkPointSchema = z.strictObject({
  id: idSchema,
  number: z.number().int().min(1),
  /** The sub-point heading (value may be a short form; the quote is the heading). */
  name: textFact,
  /** Further statements of the sub-point. */
  statements: z.array(textFact).default([]),
});

export const frameworkDimensionSchema = z.strictObject({
  id: idSchema,
  number: z.number().int().min(1),
  name: textFact,
  /** For linkage levels: the responsibility the level carries. */
  responsibility: textFact.optional(),
  statements: z.array(textFact).default([]),
  points: z.array(frameworkPointSchema).default([]),
});

export const frameworkSchema = z.strictObject({
  source: sourceIdSchema,
  kind: z.enum(FRAMEWORK_KIND_IDS),
  /** The framework's name as stated. */
  name: textFact,
  /** Order among the frameworks of the same source. */
  order: z.number().int().min(1),
  /** The passage introducing the framework. */
  intro: z.array(textFact).default([]),
  dimensions: z.array(frameworkDimensionSchema).min(1),
  editorial: editorialSchema.optional(),
});
export type Framework = z.infer<typeof frameworkSchema>;
export type FrameworkDimension = z.infer<typeof frameworkDimensionSchema>;
export type FrameworkPoint = z.infer<typeof frameworkPointSchema>;

// ---------------------------------------------------------------------------
// Practices (做法)

export const practiceSchema = z.strictObject({
  /** The practice's name; the quote is where the source names it. */
  name: textFact,
  /** The source that names it (must be the source of `name.quote`). */
  source: sourceIdSchema,
  /** Further passages on the practice, from any source. */
  quotes: z.array(quoteSchema).default([]),
  /** Framework dimension or sub-point ids (at least one). */
  dimensions: z.array(idSchema).min(1),
  /** Work domains (at least one). */
  domains: z.array(domainSchema).min(1),
  /** Related practices (shown both ways). */
  related: z.array(idSchema).default([]),
  /** Mechanisms the practice belongs to. */
  mechanisms: z.array(idSchema).default([]),
  /** Longer names holding the name that mean something else. */
  excludes: mentionExcludes,
  editorial: editorialSchema.optional(),
});
export type Practice = z.infer<typeof practiceSchema>;

// ---------------------------------------------------------------------------
// Terms (术语)

/**
 * A quoted definition. It must say what the term is (src/lib/knowledge/definitions.ts: 是指,
 * 即, 就是 …); where the source defines it otherwise (listing what it names), the editor's
 * judgement says why this sentence is the definition.
 */
export const definitionSchema = quoteSchema.extend({
  judgement: z.string().min(1).optional(),
});

export const termSchema = z.strictObject({
  /** The term as written in the sources. */
  name: z.string().min(1),
  /** Other written forms; the name or an alias occurs in at least one definition. */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Quotes in which a source defines the term, verbatim. Empty when no source defines it:
   * the term's page then says so and shows only where the sources use it (its concordance).
   */
  definitions: z.array(definitionSchema).default([]),
  /** Longer words that contain the name but are not the term (组织力量 for 组织力): left out of the concordance. */
  excludes: z.array(z.string().min(2)).default([]),
  /** Related terms. */
  see: z.array(idSchema).default([]),
  /** Related practices. */
  practices: z.array(idSchema).default([]),
  /** When true the remark plugin does not auto-link the term (too generic a word). */
  noAutoLink: z.boolean().default(false),
  editorial: editorialSchema.optional(),
});
export type Term = z.infer<typeof termSchema>;

// ---------------------------------------------------------------------------
// Timeline events (时间线)

export const EVENT_KIND_IDS = ['founding', 'action', 'document', 'statistic', 'publication'] as const;
export type EventKind = (typeof EVENT_KIND_IDS)[number];

export const eventSchema = z.strictObject({
  kind: z.enum(EVENT_KIND_IDS),
  /** The date at the precision stated, with its quote. */
  date: dateFact,
  /** What happened (value a short normalised title, quote the statement). */
  title: textFact,
  /** The source (must be the source of `date.quote`). */
  source: sourceIdSchema,
  /** Cases the event belongs to. */
  cases: z.array(idSchema).default([]),
  editorial: editorialSchema.optional(),
});
export type TimelineEvent = z.infer<typeof eventSchema>;

// ---------------------------------------------------------------------------
// Editorial comparison of two frameworks (编者对照): never a source fact.

export const comparisonSchema = z.strictObject({
  /** Always true: the whole mapping is the editors' reading. */
  editorial: z.literal(true),
  /** The label shown with the mapping. */
  label: z.literal('编者对照'),
  title: z.string().min(1),
  left: idSchema,
  right: idSchema,
  /** A short note on how the mapping was made. */
  note: z.string().min(1),
  pairs: z
    .array(
      z.strictObject({
        left: idSchema,
        right: idSchema,
        /** One line: why the editors pair these. */
        rationale: z.string().min(1),
      }),
    )
    .min(1),
});
export type Comparison = z.infer<typeof comparisonSchema>;

// ---------------------------------------------------------------------------
// Collections: directory under content/ → schema. The lead wires these into
// src/content.config.ts with glob loaders over `content/<dir>/*.yaml`.

export const knowledgeSchemas = {
  cases: caseSchema,
  models: modelSchema,
  mechanisms: mechanismSchema,
  frameworks: frameworkSchema,
  practices: practiceSchema,
  terms: termSchema,
  events: eventSchema,
  comparisons: comparisonSchema,
} as const;
export type KnowledgeCollection = keyof typeof knowledgeSchemas;
export const KNOWLEDGE_COLLECTIONS = Object.keys(knowledgeSchemas) as KnowledgeCollection[];
