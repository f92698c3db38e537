// Schemas for the raw sources and the reading texts generated from them.
import { z } from 'astro/zod';

/**
 * A source id: the name of its folder under content/sources/ (which holds raw.txt and
 * source.yaml). The sources are whatever folders are there; that an id names one is checked
 * against the folders when the content is read (src/lib/content/knowledge-checks.ts).
 */
export const sourceIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a source id: the name of a folder under content/sources/ (lower-case letters, digits and hyphens, e.g. wuxi-alliance)' });
export type SourceId = string;

/** Bibliographic record of one source (content/sources/<id>/source.yaml). Absent = the text does not say. */
export const sourceSchema = z.object({
  /** Position in lists (the upstream file order). */
  order: z.number().int().nonnegative(),
  title: z.string().min(1),
  subtitle: z.string().min(1).optional(),
  /** Authors or editors as the text gives them; empty when the text names none (page says 作者未署名). */
  authors: z.array(z.string().min(1)),
  /** "author" or "editor" (主编). */
  authorRole: z.enum(['author', 'editor']).default('author'),
  institution: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  place: z.string().min(1).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  /** The journal a paper was printed in, as its pages state it (running header or first page). */
  journal: z.string().min(1).optional(),
  /** The journal issue (期), as printed. */
  issue: z.string().min(1).optional(),
  /** Printed page range of a paper in its journal, e.g. "12–14" (GB/T 7714 起止页码). */
  pages: z.string().regex(/^\d+(?:–\d+)?$/, 'expected printed page numbers, e.g. 12 or 12–14 (with an en dash)').optional(),
  edition: z.string().min(1).optional(),
  isbn: z.string().regex(/^97[89]-\d{1,5}-\d+-\d+-\d$/, 'expected an ISBN-13 with hyphens, e.g. 978-7-01-008716-0').optional(),
  kind: z.enum(['paper', 'book-excerpt']),
  /** What the excerpt covers, for excerpts. */
  covers: z.string().min(1).optional(),
  /** The upstream file name the raw text arrived as (a text, or the PDF or Word file it was extracted from). */
  rawFile: z.string().regex(/^[^/\\]+\.(?:txt|pdf|docx)$/, 'expected a file name ending in .txt, .pdf or .docx'),
  /** SHA-256 of raw.txt, so an accidental edit of the raw text is caught. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Source = z.infer<typeof sourceSchema>;
/** A record as written in source.yaml (fields with defaults may be absent). */
export type SourceInput = z.input<typeof sourceSchema>;
/** A source record with its id (the directory name under content/sources/), as the pages use it. */
export type SourceRecord = Source & { id: string };
