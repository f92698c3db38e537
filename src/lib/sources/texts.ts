// The generated reading texts and the raw sources, as files bundled at build time
// (Vite import.meta.glob: works in Astro pages and in Vitest, not in plain Node scripts).
import { parse } from 'yaml';
import { splitFrontmatter } from '../frontmatter.ts';
import { parseRepairs, type RepairsFile } from '../ingest/repairs.ts';
import { parseGuideContents, type GuideContents } from './guide.ts';

const RAW = import.meta.glob<string>('/content/sources/*/raw.txt', { query: '?raw', import: 'default', eager: true });
const REPAIRS = import.meta.glob<string>('/content/sources/*/repairs.yaml', { query: '?raw', import: 'default', eager: true });
const MDX = import.meta.glob<string>('/content/texts/*/*.mdx', { query: '?raw', import: 'default', eager: true });
const CONTENTS = import.meta.glob<string>('/content/texts/*/contents.yaml', { query: '?raw', import: 'default', eager: true });

export interface PartHeading {
  depth: number;
  text: string;
  anchor: string;
  /** Raw line where the heading starts. */
  line: number;
}

/** The frontmatter of one generated MDX part. */
export interface TextPart {
  source: string;
  part: string;
  order: number;
  title: string;
  label?: string;
  editorialTitle?: boolean;
  coverage?: 'whole' | 'opening';
  /** Anchor of the part's own heading on the combined page (books). */
  anchor?: string;
  rawLines: [number, number];
  headings: PartHeading[];
}

function idOf(file: string, depth: number): string {
  return file.split('/').slice(-depth - 1)[0]!;
}

function frontmatterOf(text: string): Record<string, unknown> {
  const parts = splitFrontmatter(text);
  return parts ? ((parse(parts.frontmatter) ?? {}) as Record<string, unknown>) : {};
}

/** The raw text of a source, exactly as content/sources/<id>/raw.txt holds it. */
export function rawTextOf(id: string): string | undefined {
  return RAW[`/content/sources/${id}/raw.txt`];
}

export function repairsOf(id: string): RepairsFile {
  return parseRepairs(`content/sources/${id}/repairs.yaml`, REPAIRS[`/content/sources/${id}/repairs.yaml`]);
}

/** The generated parts of a source, in reading order. */
export function textPartsOf(id: string): TextPart[] {
  return Object.entries(MDX)
    .filter(([file]) => idOf(file, 1) === id)
    .map(([, text]) => frontmatterOf(text) as unknown as TextPart)
    .sort((a, b) => a.order - b.order);
}

/** The generated MDX parts of a source, in reading order: frontmatter, the whole MDX text and its body. */
export function partSourcesOf(id: string): { part: TextPart; mdx: string; body: string }[] {
  return Object.entries(MDX)
    .filter(([file]) => idOf(file, 1) === id)
    .map(([, mdx]) => ({ part: frontmatterOf(mdx) as unknown as TextPart, mdx, body: splitFrontmatter(mdx)?.body ?? mdx }))
    .sort((a, b) => a.part.order - b.part.order);
}

/** A book's parsed table of contents, if the source is a book. */
export function guideContentsOf(id: string): GuideContents | undefined {
  const file = `/content/texts/${id}/contents.yaml`;
  const text = CONTENTS[file];
  return text === undefined ? undefined : parseGuideContents(file, text);
}
