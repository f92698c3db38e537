// All content collections. Every collection is loaded by the content readers in src/lib/content/
// (the content directory is content/, or SITE_CONTENT_DIR: src/lib/content/dir.ts), so the pages
// render exactly what was read and validated; the schemas live in src/schemas/.
import { defineCollection } from 'astro:content';
import { knowledgeLoader, sourcesLoader, textsLoader, topicsLoader } from './lib/content/loaders.ts';
import { KNOWLEDGE_COLLECTIONS, knowledgeSchemas, type KnowledgeCollection } from './schemas/knowledge.ts';
import { sourceSchema } from './schemas/source.ts';
import { textPartSchema } from './schemas/text.ts';
import { topicSchema } from './schemas/topic.ts';

/** One collection per kind of knowledge entry (src/schemas/knowledge.ts), each with its own data type. */
type SchemaOf<C extends KnowledgeCollection> = (typeof knowledgeSchemas)[C];
type KnowledgeCollections = { [C in KnowledgeCollection]: { loader: ReturnType<typeof knowledgeLoader>; schema: SchemaOf<C> } };
const knowledge = Object.fromEntries(
  KNOWLEDGE_COLLECTIONS.map((c) => [c, defineCollection({ loader: knowledgeLoader(c), schema: knowledgeSchemas[c] })]),
) as unknown as KnowledgeCollections;

export const collections = {
  sources: defineCollection({ loader: sourcesLoader(), schema: sourceSchema }),
  /** Reading texts generated from the raw sources by scripts/ingest.ts (content/texts/). */
  texts: defineCollection({ loader: textsLoader(), schema: textPartSchema }),
  ...knowledge,
  /** Study topics (专题) for training classes: reading lists of the entries above. */
  topics: defineCollection({ loader: topicsLoader(), schema: topicSchema }),
};
