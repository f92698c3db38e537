// Schema of the per-source repairs register (content/sources/<id>/repairs.yaml): fixes the
// generic ingestion rules cannot make, each with the exact text it applies to and a reason.
import { z } from 'astro/zod';

const line = z.number().int().positive();
const reason = z.string().min(4);
const editorialNote = z.string().regex(/^〔[^〔〕]+〕$/, 'an editorial note is written in 〔…〕 brackets');

export const repairSchema = z.discriminatedUnion('kind', [
  /** Remove whole lines: OCR garbage, a duplicated page. `text` is the lines' text (trimmed, one per line, blank lines ignored). */
  z.object({ kind: z.literal('drop'), line, text: z.string().min(1), reason }).strict(),
  /** A running page header on these lines (detected by the generic rule; declared here so the register is complete). */
  z.object({ kind: z.literal('running-header'), text: z.string().min(1), lines: z.array(line).min(1), reason }).strict(),
  /** Replace text within one line. */
  z.object({ kind: z.literal('replace'), line, text: z.string().min(1), with: z.string(), reason }).strict(),
  /** A heading carries the wrong number: show the corrected one, with an editor's note after the heading. */
  z.object({ kind: z.literal('heading-renumber'), line, text: z.string().min(1), with: z.string().min(1), note: editorialNote, reason }).strict(),
  /** A page break dropped words after `after` (the end of this line): mark the gap, never fill it. */
  z.object({ kind: z.literal('gap'), line, after: z.string().min(1), reason }).strict(),
  /** A stray line of uncertain role printed inside a paragraph: replaced by an editor's note that quotes it. */
  z.object({ kind: z.literal('interpolation'), line, text: z.string().min(1), note: editorialNote, reason }).strict(),
  /** Damage the text does not show (a dropped word, a garbled phrase): an editor's note after `after` (its first occurrence in the line); the source's words stay as they are. */
  z.object({ kind: z.literal('note'), line, after: z.string().min(1), note: editorialNote, reason }).strict(),
  /** A paragraph ends after this line although the line is full (the indent that showed it was lost). */
  z.object({ kind: z.literal('paragraph-break'), line, text: z.string().min(1), reason }).strict(),
  /** Spaces between Chinese words that belong to the text (a title, an address): set as U+3000 so no rule removes them. */
  z.object({ kind: z.literal('keep-space'), text: z.string().regex(/ /, 'expected text with a space'), line: line.optional(), reason }).strict(),
]);
export type Repair = z.infer<typeof repairSchema>;

export const repairsFileSchema = z
  .object({
    /** The title, when the text has no title line of its own. */
    title: z.object({ text: z.string().min(1), reason }).strict().optional(),
    repairs: z.array(repairSchema).default([]),
  })
  .strict();
export type RepairsFile = z.infer<typeof repairsFileSchema>;

