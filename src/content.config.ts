// All content collections. Every collection is loaded by the content readers in src/lib/content/
// (the content directory is content/, or SITE_CONTENT_DIR: src/lib/content/dir.ts), so the pages
// render exactly what was read and validated; the schemas live in src/schemas/.
import { defineCollection } from 'astro:content';
import { knowledgeLoader, sourcesLoader, textsLoader, topicsLoader } from './lib/content/loaders.ts';
import { knowledgeSchemas } from './schemas/knowledge.ts';
import { sourceSchema } from './schemas/source.ts';
import { textPartSchema } from './schemas/text.ts';
import { topicSchema } from './schemas/topic.ts';

// Each collection is spelled out (not built in a generic helper) so Astro infers each one's data type.
export const collections = {
  sources: defineCollection({ loader: sourcesLoader(), schema: sourceSchema }),
  /** Reading texts generated from the raw sources by scripts/ingest.ts (content/texts/). */
  texts: defineCollection({ loader: textsLoader(), schema: textPartSchema }),
  cases: defineCollection({ loader: knowledgeLoader('cases'), schema: knowledgeSchemas.cases }),
  models: defineCollection({ loader: knowledgeLoader('models'), schema: knowledgeSchemas.models }),
  mechanisms: defineCollection({ loader: knowledgeLoader('mechanisms'), schema: knowledgeSchemas.mechanisms }),
  frameworks: defineCollection({ loader: knowledgeLoader('frameworks'), schema: knowledgeSchemas.frameworks }),
  practices: defineCollection({ loader: knowledgeLoader('practices'), schema: knowledgeSchemas.practices }),
  terms: defineCollection({ loader: knowledgeLoader('terms'), schema: knowledgeSchemas.terms }),
  events: defineCollection({ loader: knowledgeLoader('events'), schema: knowledgeSchemas.events }),
  comparisons: defineCollection({ loader: knowledgeLoader('comparisons'), schema: knowledgeSchemas.comparisons }),
  /** Study topics (专题) for training classes: reading lists of the entries above. */
  topics: defineCollection({ loader: topicsLoader(), schema: topicSchema }),
};
