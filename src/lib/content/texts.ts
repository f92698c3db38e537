// The reading texts generated from the raw sources by scripts/ingest.ts (texts/<source id>/):
// each MDX part's frontmatter (validated by src/schemas/text.ts) and body, and a book's table of
// contents (contents.yaml). Plain Node: works in the build, in pages, in scripts and in tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { guideContentsSchema, textPartSchema, type GuideContents, type TextPart } from '../../schemas/text.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { ContentError, firstLine, type ContentIssue } from './errors.ts';
import { contentDir, memoised, relativeName } from './dir.ts';
import { schemaIssues } from './yaml.ts';

export type { TextPart };

/** One generated part: its frontmatter and its MDX body. */
export interface PartSource {
  part: TextPart;
  body: string;
}

/** Every .mdx file under texts/ (relative to it, "/"-separated, sorted). */
export function textFilesIn(dir: string): string[] {
  const textsDir = path.join(dir, 'texts');
  if (!existsSync(textsDir)) return [];
  return readdirSync(textsDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => path.relative(textsDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Parses one generated MDX file: its frontmatter as written (`data`, when the YAML parses), the
 * part it describes (when the frontmatter matches the schema) and its body; `issues` names
 * whatever is wrong.
 */
export function parseTextFile(file: string, mdx: string): { data?: Record<string, unknown>; part?: TextPart; body: string; issues: ContentIssue[] } {
  const parts = splitFrontmatter(mdx);
  if (!parts) return { body: mdx, issues: [{ file, field: '(frontmatter)', message: 'missing; expected a --- YAML frontmatter block --- at the top' }] };
  let data: Record<string, unknown>;
  try {
    // The leading newline stands for the opening ---, so YAML error lines are file lines.
    data = (parse(`\n${parts.frontmatter}`) ?? {}) as Record<string, unknown>;
  } catch (error) {
    return { body: parts.body, issues: [{ file, field: '(frontmatter)', message: `does not parse as YAML: ${firstLine(error)}` }] };
  }
  const parsed = textPartSchema.safeParse(data);
  if (!parsed.success) return { data, body: parts.body, issues: schemaIssues(file, parsed.error) };
  return { data, part: parsed.data, body: parts.body, issues: [] };
}

const partsByDir = memoised((textsDir: string): Map<string, PartSource[]> => {
  const bySource = new Map<string, PartSource[]>();
  const issues: ContentIssue[] = [];
  for (const rel of textFilesIn(path.dirname(textsDir))) {
    const abs = path.join(textsDir, rel);
    const mdx = readFileSync(abs, 'utf8');
    const { part, body, issues: found } = parseTextFile(relativeName(process.cwd(), abs), mdx);
    issues.push(...found);
    if (!part) continue;
    const list = bySource.get(part.source) ?? [];
    list.push({ part, body });
    bySource.set(part.source, list);
  }
  if (issues.length > 0) throw new ContentError(issues);
  for (const list of bySource.values()) list.sort((a, b) => a.part.order - b.part.order);
  return bySource;
});

/** Every generated part, validated, by source id (each source's parts in reading order); throws a ContentError on a bad part. */
export function textsIn(dir = contentDir()): ReadonlyMap<string, readonly PartSource[]> {
  return partsByDir(path.resolve(dir, 'texts'));
}

/** The generated MDX parts of a source, in reading order. */
export function partSourcesOf(id: string, dir = contentDir()): readonly PartSource[] {
  return textsIn(dir).get(id) ?? [];
}

/** The frontmatter of each generated part of a source, in reading order. */
export function textPartsOf(id: string, dir = contentDir()): TextPart[] {
  return partSourcesOf(id, dir).map((p) => p.part);
}

/** Parses a book's contents.yaml; throws with the file name and the problem when it does not match. */
export function parseGuideContents(file: string, text: string): GuideContents {
  const result = guideContentsSchema.safeParse(parse(text));
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} (regenerate it with npm run ingest)`);
  }
  return result.data;
}

/** A book's parsed table of contents (texts/<id>/contents.yaml), if the source is a book. */
export function guideContentsOf(id: string, dir = contentDir()): GuideContents | undefined {
  const file = path.join(dir, 'texts', id, 'contents.yaml');
  return existsSync(file) ? parseGuideContents(relativeName(process.cwd(), file), readFileSync(file, 'utf8')) : undefined;
}
