// The knowledge model (cases, models, mechanisms, frameworks, practices, terms, events,
// comparisons): read from content/<collection>/*.yaml, parsed by the schemas
// (src/schemas/knowledge.ts) and validated — references between entries, ids, and every quote
// found verbatim in its raw source (src/lib/content/knowledge-checks.ts).
import path from 'node:path';
import { KNOWLEDGE_COLLECTIONS, knowledgeSchemas } from '../../schemas/knowledge.ts';
import { emptyKnowledgeBase, type Entry, type KnowledgeBase } from '../knowledge/types.ts';
import { validateKnowledgeBase } from './knowledge-checks.ts';
import { ContentError, type ContentIssue } from './errors.ts';
import { contentDir as defaultContentDir, memoised } from './dir.ts';
import { loadSourceTexts } from './sources.ts';
import { readYamlEntries } from './yaml.ts';

export interface ContentLocation {
  /** Project root; messages name files relative to it. Defaults to process.cwd(). */
  root?: string;
  /** Directory holding cases/, models/, …, relative to `root`; defaults to `<root>/content`, or without a root to the content directory (SITE_CONTENT_DIR or content/). */
  contentDir?: string;
  /** Directory holding `<source id>/raw.txt`; defaults to `<contentDir>/sources`. */
  sourcesDir?: string;
}

function resolveLocation(loc: ContentLocation): Required<ContentLocation> {
  const root = path.resolve(loc.root ?? process.cwd());
  const contentDir = loc.contentDir !== undefined ? path.resolve(root, loc.contentDir) : loc.root !== undefined ? path.join(root, 'content') : defaultContentDir();
  return { root, contentDir, sourcesDir: path.resolve(root, loc.sourcesDir ?? path.join(contentDir, 'sources')) };
}

/** Loads, parses and validates every knowledge collection. Never throws on bad content: the problems are returned. */
export function loadKnowledge(location: ContentLocation = {}): { kb: KnowledgeBase; issues: ContentIssue[] } {
  const { root, contentDir, sourcesDir } = resolveLocation(location);
  const kb = emptyKnowledgeBase();
  const issues: ContentIssue[] = [];
  for (const collection of KNOWLEDGE_COLLECTIONS) {
    const read = readYamlEntries(root, path.join(contentDir, collection), knowledgeSchemas[collection]);
    (kb[collection] as Entry<unknown>[]).push(...read.entries);
    issues.push(...read.issues);
  }
  issues.push(...validateKnowledgeBase(kb, loadSourceTexts(sourcesDir)));
  return { kb, issues };
}

/** Loads and validates; throws a ContentError listing every problem. */
export function assertKnowledgeValid(location: ContentLocation = {}): KnowledgeBase {
  const { kb, issues } = loadKnowledge(location);
  if (issues.length) throw new ContentError(issues);
  return kb;
}

/** The validated knowledge model of a content directory (default: SITE_CONTENT_DIR or content/), read once. */
export function knowledgeOf(dir = defaultContentDir()): KnowledgeBase {
  return validatedKnowledge(path.resolve(dir));
}
const validatedKnowledge = memoised((dir) => assertKnowledgeValid({ contentDir: dir }));
