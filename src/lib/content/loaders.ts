// Astro content loaders built on the readers of this folder, so the pages render exactly the
// entries that were read and validated here (src/content.config.ts wires them to collections).
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { KnowledgeCollection } from '../../schemas/knowledge.ts';
import { contentDir } from './dir.ts';
import { knowledgeOf } from './knowledge.ts';
import { sourceRecordsIn } from './sources.ts';
import { textsIn } from './texts.ts';
import { topicsOf } from './topics.ts';

/** Entries already read and validated by a reader: stored as they are. */
function validatedEntries(name: string, entries: () => readonly { id: string; data: object }[]): Loader {
  return {
    name,
    load: async ({ store }) => {
      store.clear();
      for (const entry of entries()) store.set({ id: entry.id, data: entry.data as Record<string, unknown> });
    },
  };
}

/** A knowledge collection (cases, models, …) of the validated knowledge model. */
export function knowledgeLoader(collection: KnowledgeCollection): Loader {
  return validatedEntries(`kb-${collection}`, () => knowledgeOf()[collection]);
}

/** The study topics, validated against the knowledge model and the reading texts. */
export function topicsLoader(): Loader {
  return validatedEntries('kb-topics', () => topicsOf());
}

/**
 * The bibliographic records (sources/<id>/source.yaml). The collection's schema validates them
 * (parseData), so a bad record stops the build with Astro's message naming the file and field.
 */
export function sourcesLoader(): Loader {
  return {
    name: 'kb-sources',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const { id, file, data } of sourceRecordsIn(contentDir())) {
        store.set({ id, data: await parseData({ id, data, filePath: file }) });
      }
    },
  };
}

/**
 * The generated reading texts (texts/<source id>/*.mdx). The reader validates every part's
 * frontmatter first; Astro's glob loader then stores the same files, because only it can hand
 * an MDX body to the MDX renderer.
 */
export function textsLoader(): Loader {
  const files = glob({ pattern: '**/*.mdx', base: `${contentDir()}/texts` });
  return {
    name: 'kb-texts',
    load: async (context) => {
      textsIn();
      await files.load(context);
    },
  };
}
