// Schema of a topic's teaching plan (教学安排, the `teaching` field of content/topics/<id>.yaml):
// editors' text for running a half-day class on the topic, modelled on case-teaching notes —
// learning objectives, timed steps (reading, group discussion on named 研讨题, report-back,
// summary), reference points (要点) for each 研讨题 and a board plan. Everything here is the
// editors' own text, shown marked 编者, except the reference points: each is a verbatim quote
// (checked against the raw source like every other quote) shown with its paragraph link.
import { z } from 'astro/zod';
import { idSchema, quoteSchema } from './knowledge.ts';

/** What a step of the class is. */
export const TEACHING_STEP_KINDS = ['intro', 'reading', 'discussion', 'report', 'summary'] as const;
export type TeachingStepKind = (typeof TEACHING_STEP_KINDS)[number];

/** The comparison tables a board plan can build on (their pages: /cases/compare/, /frameworks/compare/). */
export const BOARD_TABLES = ['cases-compare', 'frameworks-compare'] as const;
export type BoardTable = (typeof BOARD_TABLES)[number];

export const teachingStepSchema = z.strictObject({
  kind: z.enum(TEACHING_STEP_KINDS),
  minutes: z.number().int().min(5).max(120),
  /** What the trainer and the class do (editors' text). */
  text: z.string().min(1),
  /** For a discussion step: the 研讨题 discussed, by number (1 = the topic's first prompt). */
  prompts: z.array(z.number().int().min(1)).min(1).optional(),
});

export const teachingSchema = z.strictObject({
  /** Learning objectives (editors' text). */
  objectives: z.array(z.string().min(1)).min(2),
  /** The half-day plan, in order; its minutes add up to between 150 and 240. */
  plan: z.array(teachingStepSchema).min(4),
  /** Reference points for each 研讨题: verbatim source sentences, by prompt number. */
  points: z.array(z.strictObject({ prompt: z.number().int().min(1), quotes: z.array(quoteSchema).min(1) })).min(1),
  /** The board plan (editors' text), built on a comparison table or a framework of the site. */
  board: z.strictObject({
    text: z.string().min(1),
    table: z.enum(BOARD_TABLES).optional(),
    framework: idSchema.optional(),
  }),
});
export type Teaching = z.infer<typeof teachingSchema>;
export type TeachingStep = z.infer<typeof teachingStepSchema>;
