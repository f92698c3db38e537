// All content collections. Data lives in the top-level content/ directory (or SITE_CONTENT_DIR,
// used by the bad-content fixtures and the growth benchmark); schemas live in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { sourceSchema } from './schemas/source.ts';
import { knowledgeSchemas, type KnowledgeCollection } from './schemas/knowledge.ts';

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

/** One YAML file per entry under content/<name>/; the entry id is the file name. */
function knowledge<C extends KnowledgeCollection>(name: C) {
  return defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/${name}` }),
    schema: knowledgeSchemas[name],
  });
}

export const collections = {
  sources,
  texts,
  cases: knowledge('cases'),
  models: knowledge('models'),
  mechanisms: knowledge('mechanisms'),
  frameworks: knowledge('frameworks'),
  practices: knowledge('practices'),
  terms: knowledge('terms'),
  events: knowledge('events'),
  comparisons: knowledge('comparisons'),
};
