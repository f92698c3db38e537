// Astro content loaders built on the readers of this folder, so the pages render exactly the
// entries that were read and validated here (src/content.config.ts wires them to collections).
// In `npm run dev` each loader stores its collection again when a file under the content
// directory changes (the readers see the change and read the directory again).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { KnowledgeCollection } from '../../schemas/knowledge.ts';
import { contentDir } from './dir.ts';
import { knowledgeOf } from './knowledge.ts';
import { sourceRecordsIn } from './sources.ts';
import { textsIn } from './texts.ts';
import { topicsOf } from './topics.ts';

/** A loader that fills its collection with `fill`, again whenever the content changes in dev. */
function readerLoader(name: string, fill: (context: LoaderContext) => Promise<void>): Loader {
  let watching = false;
  return {
    name,
    load: async (context) => {
      await fill(context);
      const { watcher, logger } = context;
      if (!watcher || watching) return;
      watching = true;
      const dir = contentDir();
      watcher.add(dir);
      watcher.on('all', (_event, file) => {
        if (!path.resolve(file).startsWith(dir + path.sep)) return;
        fill(context).catch((error: unknown) => logger.error((error as Error).message));
      });
    },
  };
}

/** Entries already read and validated by a reader, stored as they are. */
function validatedEntries(name: string, entries: () => readonly { id: string; data: object }[]): Loader {
  return readerLoader(name, async ({ store }) => {
    const list = entries();
    store.clear();
    for (const entry of list) store.set({ id: entry.id, data: entry.data as Record<string, unknown> });
  });
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
  return readerLoader('kb-sources', async ({ store, parseData }) => {
    const records = await Promise.all(sourceRecordsIn(contentDir()).map(async ({ id, file, data }) => ({ id, data: await parseData({ id, data, filePath: file }) })));
    store.clear();
    for (const record of records) store.set(record);
  });
}

/**
 * The generated reading texts (texts/<source id>/*.mdx). The reader validates every part's
 * frontmatter first; Astro's glob loader then stores the same files, because only it hands an
 * MDX body to the MDX renderer (and it reloads an edited file in dev by itself).
 */
export function textsLoader(): Loader {
  const files = glob({ pattern: '**/*.mdx', base: pathToFileURL(`${path.join(contentDir(), 'texts')}/`) });
  return {
    name: 'kb-texts',
    load: async (context) => {
      textsIn();
      await files.load(context);
    },
  };
}
