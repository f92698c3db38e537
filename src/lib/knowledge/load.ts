// Loads the knowledge content from disk, parses it with the schemas and validates it.
// Callable from the build (content config or an integration) and from tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { KNOWLEDGE_COLLECTIONS, SOURCE_IDS, knowledgeSchemas } from '../../schemas/knowledge.ts';
import { formatPath } from './quotes.ts';
import { emptyKnowledgeBase, formatIssue, type Entry, type KnowledgeBase, type KnowledgeIssue } from './types.ts';
import { validateKnowledgeBase } from './validate.ts';

export interface KnowledgeLocation {
  /** Project root; messages name files relative to it. Defaults to process.cwd(). */
  root?: string;
  /** Directory holding cases/, models/, ...; defaults to `<root>/content`. */
  contentDir?: string;
  /** Directory holding `<source id>/raw.txt`; defaults to `<root>/content/sources`. */
  sourcesDir?: string;
}

export interface KnowledgeLoadResult {
  kb: KnowledgeBase;
  issues: KnowledgeIssue[];
}

function resolveLocation(loc: KnowledgeLocation): Required<KnowledgeLocation> {
  const root = resolve(loc.root ?? process.cwd());
  return {
    root,
    contentDir: resolve(root, loc.contentDir ?? 'content'),
    sourcesDir: resolve(root, loc.sourcesDir ?? join('content', 'sources')),
  };
}

/** Reads the raw source texts: id → text (missing files are simply absent). */
export function loadSourceTexts(sourcesDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of SOURCE_IDS) {
    const file = join(sourcesDir, id, 'raw.txt');
    if (existsSync(file)) out[id] = readFileSync(file, 'utf8');
  }
  return out;
}

/**
 * Parses YAML the way Astro's data loader does (js-yaml's default schema turns
 * unquoted dates into Date objects): with the `timestamp` tag on, so an unquoted
 * 2019-06-19 fails the schema here exactly as it would in the build.
 */
function parseEntryYaml(text: string): unknown {
  return parseYaml(text, { customTags: ['timestamp'] });
}

/** Loads, parses and validates every knowledge collection. Never throws on bad content. */
export function loadKnowledge(location: KnowledgeLocation = {}): KnowledgeLoadResult {
  const { root, contentDir, sourcesDir } = resolveLocation(location);
  const kb = emptyKnowledgeBase();
  const issues: KnowledgeIssue[] = [];

  for (const collection of KNOWLEDGE_COLLECTIONS) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    const all = readdirSync(dir).sort();
    for (const name of all.filter((f) => extname(f) === '.yml')) {
      issues.push({
        file: relative(root, join(dir, name)),
        field: '(file)',
        message: 'the build loads only *.yaml files: rename it to .yaml',
      });
    }
    const files = all.filter((f) => extname(f) === '.yaml');
    const schema = knowledgeSchemas[collection];
    for (const name of files) {
      const abs = join(dir, name);
      const file = relative(root, abs) || abs;
      const id = name.slice(0, -extname(name).length);
      let data: unknown;
      try {
        data = parseEntryYaml(readFileSync(abs, 'utf8'));
      } catch (err) {
        issues.push({ file, field: '(file)', message: `YAML does not parse: ${(err as Error).message}` });
        continue;
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          issues.push({ file, field: formatPath(issue.path), message: issue.message });
        }
        continue;
      }
      (kb[collection] as Entry<unknown>[]).push({ id, data: parsed.data, file });
    }
  }

  issues.push(...validateKnowledgeBase(kb, loadSourceTexts(sourcesDir)));
  return { kb, issues };
}

export class KnowledgeValidationError extends Error {
  readonly issues: KnowledgeIssue[];
  constructor(issues: KnowledgeIssue[]) {
    super(
      `The knowledge content has ${issues.length} problem(s):\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'KnowledgeValidationError';
    this.issues = issues;
  }
}

/** Loads and validates; throws a KnowledgeValidationError listing every problem. */
export function assertKnowledgeValid(location: KnowledgeLocation = {}): KnowledgeBase {
  const { kb, issues } = loadKnowledge(location);
  if (issues.length) throw new KnowledgeValidationError(issues);
  return kb;
}
