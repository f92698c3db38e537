// All content collections. Data lives in the top-level content/ directory; schemas in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { sourceSchema } from './schemas/source.ts';

const sources = defineCollection({
  loader: glob({
    pattern: '*/source.yaml',
    base: './content/sources',
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: sourceSchema,
});

/** Reading texts generated from the raw sources by scripts/ingest.ts (content/texts/). */
const texts = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/texts' }),
  schema: z.object({
    source: z.string(),
    title: z.string(),
    part: z.string().optional(),
    order: z.number().optional(),
  }).loose(),
});

export const collections = { sources, texts };
