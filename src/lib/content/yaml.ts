// YAML entries of the content: one file per entry under content/<collection>/, the entry id is
// the file name. Parsed the way Astro's data loader used to parse them (js-yaml's default
// schema turns unquoted dates into Date objects): with the `timestamp` tag on, so an unquoted
// 2019-06-19 fails a schema that expects a string.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { formatPath } from '../knowledge/quotes.ts';
import type { Entry } from '../knowledge/types.ts';
import type { ContentIssue } from './errors.ts';
import { relativeName } from './dir.ts';

export function parseContentYaml(text: string): unknown {
  return parse(text, { customTags: ['timestamp'] });
}

/** The schema's issues as content issues of `file`. */
export function schemaIssues(file: string, error: z.ZodError, prefix = ''): ContentIssue[] {
  return error.issues.map((issue) => ({ file, field: formatPath([...(prefix ? [prefix] : []), ...issue.path]), message: issue.message }));
}

/**
 * Reads and validates every `*.yaml` file of `dir` with `schema` (sorted by file name). A `.yml`
 * file is reported, not silently skipped.
 */
export function readYamlEntries<S extends z.ZodType>(root: string, dir: string, schema: S): { entries: Entry<z.infer<S>>[]; issues: ContentIssue[] } {
  const entries: Entry<z.infer<S>>[] = [];
  const issues: ContentIssue[] = [];
  if (!existsSync(dir)) return { entries, issues };
  const names = readdirSync(dir).sort();
  for (const name of names.filter((f) => path.extname(f) === '.yml')) {
    issues.push({ file: relativeName(root, path.join(dir, name)), field: '(file)', message: 'the build loads only *.yaml files: rename it to .yaml' });
  }
  for (const name of names.filter((f) => path.extname(f) === '.yaml')) {
    const abs = path.join(dir, name);
    const file = relativeName(root, abs);
    let data: unknown;
    try {
      data = parseContentYaml(readFileSync(abs, 'utf8'));
    } catch (error) {
      issues.push({ file, field: '(file)', message: `YAML does not parse: ${(error as Error).message}` });
      continue;
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      issues.push(...schemaIssues(file, parsed.error));
      continue;
    }
    entries.push({ id: name.slice(0, -'.yaml'.length), data: parsed.data, file });
  }
  return { entries, issues };
}

