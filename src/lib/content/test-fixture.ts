// Loads the small valid fixture under tests/fixtures/knowledge/base for the unit tests here.
import { join, resolve } from 'node:path';
import { loadKnowledge } from './knowledge.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

export function loadFixtureKb(): KnowledgeBase {
  const { kb, issues } = loadKnowledge({
    root: ROOT,
    contentDir: join(ROOT, 'tests/fixtures/knowledge/base'),
    sourcesDir: join(ROOT, 'content/sources'),
  });
  if (issues.length) throw new Error(`fixture is invalid: ${JSON.stringify(issues)}`);
  return kb;
}
