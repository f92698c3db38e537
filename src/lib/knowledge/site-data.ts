// The knowledge base and source records as the pages read them: Astro's content
// collections, loaded through the content readers (src/lib/content/), which read and validate them.
// Astro-only module (imports astro:content); pure logic lives in the other modules here.
import { getCollection } from 'astro:content';
import type { SourceInfo } from './present.ts';
import type { KnowledgeBase } from './types.ts';

let kbPromise: Promise<KnowledgeBase> | undefined;
let sourcesPromise: Promise<Map<string, SourceInfo>> | undefined;

const byId = <T extends { id: string }>(a: T, b: T): number => a.id.localeCompare(b.id);

/** Every knowledge collection, entries sorted by id (deterministic pages). */
export function knowledgeBase(): Promise<KnowledgeBase> {
  kbPromise ??= (async () => ({
    cases: (await getCollection('cases')).sort(byId),
    models: (await getCollection('models')).sort((a, b) => a.data.number - b.data.number),
    mechanisms: (await getCollection('mechanisms')).sort((a, b) => a.data.number - b.data.number),
    frameworks: (await getCollection('frameworks')).sort(byId),
    practices: (await getCollection('practices')).sort(byId),
    terms: (await getCollection('terms')).sort(byId),
    events: (await getCollection('events')).sort(byId),
    comparisons: (await getCollection('comparisons')).sort(byId),
  }))();
  return kbPromise;
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
