// The knowledge base and source records as the pages read them: Astro's content
// collections, loaded through the content readers (src/lib/content/), which read and validate them.
// Astro-only module (imports astro:content); pure logic lives in the other modules here.
import { getCollection } from 'astro:content';
import type { SourceInfo } from './present.ts';
import type { KnowledgeCollection } from '../../schemas/knowledge.ts';
import { KINDS } from './kinds/index.ts';
import { emptyKnowledgeBase, type Entry, type KnowledgeBase } from './types.ts';

let kbPromise: Promise<KnowledgeBase> | undefined;
let sourcesPromise: Promise<Map<string, SourceInfo>> | undefined;

/** Every knowledge collection, entries in their kind's order (src/lib/knowledge/kinds/): deterministic pages. */
export function knowledgeBase(): Promise<KnowledgeBase> {
  kbPromise ??= (async () => {
    const kb = emptyKnowledgeBase();
    for (const kind of KINDS) {
      const entries = (await getCollection(kind.collection)) as Entry<unknown>[];
      (kb[kind.collection] as Entry<unknown>[]).push(...entries.sort(kind.order));
    }
    return kb;
  })();
  return kbPromise;
}

/** Route data of the pages of one entry each (/cases/<id>/ …): the entry comes as a prop, so the page does not look it up again. */
export async function entryPaths<C extends KnowledgeCollection>(collection: C): Promise<{ params: { id: string }; props: { entry: KnowledgeBase[C][number] } }[]> {
  const entries = (await knowledgeBase())[collection] as KnowledgeBase[C][number][];
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** The source entries in the upstream order. */
export async function sourceEntries() {
  return (await getCollection('sources')).sort((a, b) => a.data.order - b.data.order);
}

/** Route data of the pages of one source (/sources/<id>/, its repairs register, its raw text). */
export async function sourcePaths() {
  return (await sourceEntries()).map((source) => ({ params: { id: source.id }, props: { source } }));
}

/** Source records by id, in the upstream order. */
export function sourceInfos(): Promise<Map<string, SourceInfo>> {
  sourcesPromise ??= (async () => new Map((await sourceEntries()).map((s) => [s.id, { id: s.id, ...s.data }])))();
  return sourcesPromise;
}
