// Loads the study topics (content/topics/*.yaml) from disk, parses them with the schema and
// checks their references against the knowledge base and the sources' section headings
// (read from the generated MDX frontmatter). Node only; used by the knowledge-check integration.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { topicSchema, type Topic } from '../../schemas/topic.ts';
import { formatPath } from '../knowledge/quotes.ts';
import { KnowledgeValidationError } from '../knowledge/load.ts';
import type { Entry, KnowledgeBase, KnowledgeIssue } from '../knowledge/types.ts';
import { checkTopics, type SectionHeadings } from './validate.ts';

/** Section headings a topic may name, per source: each book part's title and every heading. */
export function readSectionHeadings(textsDir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!existsSync(textsDir)) return out;
  for (const source of readdirSync(textsDir).sort()) {
    const dir = join(textsDir, source);
    if (!existsSync(dir) || !readdirSync(dir).length) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
      const m = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(dir, name), 'utf8'));
      const fm = (m ? parseYaml(m[1]!) : {}) as { anchor?: string; title?: string; headings?: { text: string }[] };
      const list = (out[source] ??= []);
      if (fm.anchor && fm.title) list.push(fm.title);
      for (const h of fm.headings ?? []) list.push(h.text);
    }
  }
  return out;
}

export function loadTopics(contentDir: string, kb: KnowledgeBase, root = process.cwd()): { topics: Entry<Topic>[]; issues: KnowledgeIssue[] } {
  const dir = resolve(contentDir, 'topics');
  const topics: Entry<Topic>[] = [];
  const issues: KnowledgeIssue[] = [];
  if (!existsSync(dir)) return { topics, issues };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = relative(root, join(dir, name));
    let data: unknown;
    try {
      data = parseYaml(readFileSync(join(dir, name), 'utf8'));
    } catch (err) {
      issues.push({ file, field: '(file)', message: `YAML does not parse: ${(err as Error).message}` });
      continue;
    }
    const parsed = topicSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ file, field: formatPath(issue.path), message: issue.message });
      continue;
    }
    topics.push({ id: name.slice(0, -'.yaml'.length), data: parsed.data, file });
  }
  const headings: SectionHeadings = readSectionHeadings(resolve(contentDir, 'texts'));
  issues.push(...checkTopics(topics, kb, headings));
  return { topics, issues };
}

/** The study topics, or a KnowledgeValidationError naming file, field and expected value for each problem. */
export function assertTopicsValid(contentDir: string, kb: KnowledgeBase, root = process.cwd()): Entry<Topic>[] {
  const { topics, issues } = loadTopics(contentDir, kb, root);
  if (issues.length) throw new KnowledgeValidationError(issues);
  return topics;
}
