// Shared shapes of the knowledge model in memory.
import type { z } from 'astro/zod';
import { KNOWLEDGE_COLLECTIONS, type KnowledgeCollection, type knowledgeSchemas } from '../../schemas/knowledge.ts';

/** One entry: the shape Astro's getCollection() returns too ({ id, data }). */
export interface Entry<T> {
  id: string;
  data: T;
  /** The file the entry comes from, relative to the project root (for messages). */
  file?: string;
}

/** Every collection's entries (cases, models, mechanisms, …: one field per collection of src/schemas/knowledge.ts). */
export type KnowledgeBase = { [C in KnowledgeCollection]: Entry<z.infer<(typeof knowledgeSchemas)[C]>>[] };

export function emptyKnowledgeBase(): KnowledgeBase {
  return Object.fromEntries(KNOWLEDGE_COLLECTIONS.map((c) => [c, []])) as unknown as KnowledgeBase;
}
