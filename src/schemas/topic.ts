// Schema of a study topic (专题, content/topics/<id>.yaml): an ordered reading list of
// existing entries (source sections, cases, mechanisms, practices, terms, frameworks), the
// editors' introduction and discussion prompts (研讨题). Everything a topic shows besides
// its editorial text comes from the referenced entries; references are checked by
// src/lib/content/topic-checks.ts (unknown ids or headings fail the build).
import { z } from 'astro/zod';
import { idSchema, sourceIdSchema } from './knowledge.ts';
import { teachingSchema } from './teaching.ts';

/** One reading of a topic: exactly one reference. */
export const topicReadingSchema = z.union([
  /** A heading section of a source's reading page, named by its heading text as printed. */
  z.strictObject({ section: z.strictObject({ source: sourceIdSchema, heading: z.string().min(1) }) }),
  z.strictObject({ case: idSchema }),
  z.strictObject({ mechanism: idSchema }),
  z.strictObject({ practice: idSchema }),
  z.strictObject({ term: idSchema }),
  z.strictObject({ framework: idSchema }),
]);
export type TopicReading = z.infer<typeof topicReadingSchema>;

export const topicSchema = z.strictObject({
  /** The topic's title (editorial). */
  title: z.string().min(1),
  /** Position in the topic list. */
  order: z.number().int().min(1),
  /** Editors' text, shown marked 编者: an introduction, why these readings, and discussion prompts (研讨题). */
  editorial: z.strictObject({
    intro: z.string().min(1),
    /** Why these readings were chosen (and what the sources do not give). */
    selection: z.string().min(1),
    prompts: z.array(z.string().min(1)).min(2),
  }),
  /** The readings, in the order to read them. */
  readings: z.array(topicReadingSchema).min(3),
  /** The teaching plan for a half-day class (教学安排, editors' text; see teaching.ts). */
  teaching: teachingSchema,
  /** How many self-test questions (自测题) to draw from the readings' facts. */
  questions: z.number().int().min(1).max(12).default(8),
});
export type Topic = z.infer<typeof topicSchema>;
