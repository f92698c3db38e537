// The study topics (content/topics/*.yaml): parsed by src/schemas/topic.ts, their references
// checked against the knowledge model and the reading texts' section headings.
import path from 'node:path';
import { topicSchema, type Topic } from '../../schemas/topic.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { checkTeaching, checkTopics, type SectionHeadings } from './topic-checks.ts';
import { ContentError, type ContentIssue } from './errors.ts';
import { contentDir as defaultContentDir, memoised } from './dir.ts';
import { knowledgeOf } from './knowledge.ts';
import { textsIn } from './texts.ts';
import { readYamlEntries } from './yaml.ts';
import { loadSourceTexts } from './sources.ts';

/** Section headings a topic may name, per source: each book part's title and every heading. */
export function readSectionHeadings(dir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [source, parts] of textsIn(dir)) {
    for (const { part } of parts) {
      const list = (out[source] ??= []);
      if (part.anchor) list.push(part.title);
      for (const h of part.headings) list.push(h.text);
    }
  }
  return out;
}

/** Loads and checks the topics under `contentDir` (absolute, or relative to `root`). Never throws on bad topics. */
export function loadTopics(contentDir: string, kb: KnowledgeBase, root = process.cwd()): { topics: Entry<Topic>[]; issues: ContentIssue[] } {
  const dir = path.resolve(root, contentDir);
  const { entries: topics, issues } = readYamlEntries(root, path.join(dir, 'topics'), topicSchema);
  const headings: SectionHeadings = readSectionHeadings(dir);
  issues.push(...checkTopics(topics, kb, headings), ...checkTeaching(topics, loadSourceTexts(path.join(dir, 'sources'))));
  return { topics, issues };
}

/** The study topics, or a ContentError naming file, field and expected value for each problem. */
export function assertTopicsValid(contentDir: string, kb: KnowledgeBase, root = process.cwd()): Entry<Topic>[] {
  const { topics, issues } = loadTopics(contentDir, kb, root);
  if (issues.length) throw new ContentError(issues);
  return topics;
}

/** The validated topics of a content directory (default: SITE_CONTENT_DIR or content/), read once. */
export function topicsOf(dir = defaultContentDir()): Entry<Topic>[] {
  return validatedTopics(path.resolve(dir));
}
const validatedTopics = memoised((dir) => assertTopicsValid(dir, knowledgeOf(dir)));
