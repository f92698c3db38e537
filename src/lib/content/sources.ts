// The raw sources (content/sources/<id>/): the raw text exactly as raw.txt holds it, the
// repairs register, and the bibliographic records as read from source.yaml (validated by the
// sources collection's schema, see src/content.config.ts). The sources are the folders that are
// there — no list in code: a folder with raw.txt and source.yaml is a source (an incomplete
// folder is reported by src/lib/content/integrity.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRepairs, type RepairsFile } from '../ingest/repairs.ts';
import { parseLayout, type PageLocators } from '../ingest/extraction-files.ts';
import { contentDir, memoised } from './dir.ts';
import { parseContentYaml } from './yaml.ts';

/** Ids of the sources on disk: the directories under sources/ that hold a source.yaml, sorted. */
function sourceIdsIn(dir: string): string[] {
  const sourcesDir = path.join(dir, 'sources');
  if (!existsSync(sourcesDir)) return [];
  return readdirSync(sourcesDir)
    .filter((id) => existsSync(path.join(sourcesDir, id, 'source.yaml')))
    .sort();
}

/**
 * The sources of the content directory: the ids of its sources/ folders holding raw.txt and
 * source.yaml, in the order their records give (`order`; then by id).
 */
export function sourceIds(dir = contentDir()): string[] {
  return [...orderedIds(path.resolve(dir, 'sources'))];
}

const orderedIds = memoised((sourcesDir: string): string[] => {
  const dir = path.dirname(sourcesDir);
  const orderOf = (r: { data: Record<string, unknown> }): number => (typeof r.data.order === 'number' ? r.data.order : Number.POSITIVE_INFINITY);
  return sourceRecordsIn(dir)
    .filter((r) => existsSync(path.join(sourcesDir, r.id, 'raw.txt')))
    .sort((a, b) => orderOf(a) - orderOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => r.id);
});

const rawTexts = memoised((sourcesDir: string): Map<string, string> => {
  const out = new Map<string, string>();
  if (!existsSync(sourcesDir)) return out;
  for (const id of readdirSync(sourcesDir).sort()) {
    const file = path.join(sourcesDir, id, 'raw.txt');
    if (existsSync(file)) out.set(id, readFileSync(file, 'utf8'));
  }
  return out;
});

/** The raw texts under `sourcesDir` (default: the content directory's sources/): id → text. */
export function loadSourceTexts(sourcesDir = path.join(contentDir(), 'sources')): Record<string, string> {
  return Object.fromEntries(rawTexts(path.resolve(sourcesDir)));
}

/** The raw text of a source, exactly as sources/<id>/raw.txt holds it. */
export function rawTextOf(id: string, dir = contentDir()): string | undefined {
  return rawTexts(path.join(dir, 'sources')).get(id);
}

const printedPages = memoised((sourcesDir: string): Map<string, PageLocators> => {
  const out = new Map<string, PageLocators>();
  if (!existsSync(sourcesDir)) return out;
  for (const id of readdirSync(sourcesDir).sort()) {
    const file = path.join(sourcesDir, id, 'layout.yaml');
    if (!existsSync(file)) continue;
    const { pages, elsewhere } = parseLayout(`content/sources/${id}/layout.yaml`, readFileSync(file, 'utf8'));
    if (pages && pages.length > 0) out.set(id, { pages, ...(elsewhere ? { elsewhere } : {}) });
  }
  return out;
});

/**
 * The printed pages of a source extracted from a PDF or Word file (sources/<id>/layout.yaml:
 * the raw line each page starts on); undefined for a source without page locators.
 */
export function printedPagesOf(id: string, dir = contentDir()): PageLocators | undefined {
  return printedPages(path.join(dir, 'sources')).get(id);
}

/** The source's repairs register (sources/<id>/repairs.yaml; none when the file is absent). */
export function repairsOf(id: string, dir = contentDir()): RepairsFile {
  const file = path.join(dir, 'sources', id, 'repairs.yaml');
  return parseRepairs(`content/sources/${id}/repairs.yaml`, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
}

/** The bibliographic records as written (parsed YAML, not yet validated): the sources collection validates them. */
export function sourceRecordsIn(dir: string): { id: string; file: string; data: Record<string, unknown> }[] {
  return sourceIdsIn(dir).map((id) => {
    const file = path.join(dir, 'sources', id, 'source.yaml');
    return { id, file, data: (parseContentYaml(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown> };
  });
}
