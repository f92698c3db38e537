// Everything the build checks before rendering, in one call: the raw sources and reading texts
// (integrity.ts), then the knowledge model (knowledge.ts), then the study topics (topics.ts).
// The content-check integration runs it at astro:config:setup; the bad-content unit test runs
// exactly this on broken copies of the content.
import path from 'node:path';
import type { Topic } from '../../schemas/topic.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { ContentError } from './errors.ts';
import { checkSourceIntegrity } from './integrity.ts';
import { assertKnowledgeValid } from './knowledge.ts';
import { assertTopicsValid } from './topics.ts';

/** Checks the content under `contentDir` (relative to `root`); throws a ContentError naming file, field and expected value for each problem. */
export function assertContentValid(root: string, contentDir: string): { kb: KnowledgeBase; topics: Entry<Topic>[] } {
  const integrity = checkSourceIntegrity(root, contentDir);
  if (integrity.length > 0) throw new ContentError(integrity);
  const dir = path.resolve(root, contentDir);
  const kb = assertKnowledgeValid({ root, contentDir: dir });
  return { kb, topics: assertTopicsValid(dir, kb, root) };
}
