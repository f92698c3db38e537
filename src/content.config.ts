// All content collections. Data lives in the top-level content/ directory (or SITE_CONTENT_DIR,
// used by the bad-content fixtures and the growth benchmark); schemas live in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { sourceSchema } from './schemas/source.ts';
import { knowledgeSchemas } from './schemas/knowledge.ts';
import { topicSchema } from './schemas/topic.ts';

const CONTENT_DIR = process.env.SITE_CONTENT_DIR ?? './content';

const sources = defineCollection({
  loader: glob({
    pattern: '*/source.yaml',
    base: `${CONTENT_DIR}/sources`,
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: sourceSchema,
});

/** Reading texts generated from the raw sources by scripts/ingest.ts (content/texts/). */
const texts = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${CONTENT_DIR}/texts` }),
  schema: z
    .object({
      source: z.string(),
      title: z.string(),
      part: z.string().optional(),
      order: z.number().optional(),
    })
    .loose(),
});

/** Loader for one YAML file per entry under content/<name>/; the entry id is the file name. */
function yamlEntries(name: string) {
  return glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/${name}` });
}

// Each collection is spelled out (not built in a generic helper) so Astro infers each one's data type.
export const collections = {
  sources,
  texts,
  cases: defineCollection({ loader: yamlEntries('cases'), schema: knowledgeSchemas.cases }),
  models: defineCollection({ loader: yamlEntries('models'), schema: knowledgeSchemas.models }),
  mechanisms: defineCollection({ loader: yamlEntries('mechanisms'), schema: knowledgeSchemas.mechanisms }),
  frameworks: defineCollection({ loader: yamlEntries('frameworks'), schema: knowledgeSchemas.frameworks }),
  practices: defineCollection({ loader: yamlEntries('practices'), schema: knowledgeSchemas.practices }),
  terms: defineCollection({ loader: yamlEntries('terms'), schema: knowledgeSchemas.terms }),
  events: defineCollection({ loader: yamlEntries('events'), schema: knowledgeSchemas.events }),
  comparisons: defineCollection({ loader: yamlEntries('comparisons'), schema: knowledgeSchemas.comparisons }),
  /** Study topics (专题) for training classes: reading lists of the entries above. */
  topics: defineCollection({ loader: yamlEntries('topics'), schema: topicSchema }),
};
