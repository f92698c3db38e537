// Build-time integrity of the raw sources and the reading texts generated from them
// (checks Astro's content schemas cannot make, because they see neither raw bytes nor MDX bodies):
// - every content/sources/<id>/raw.txt exists, is UTF-8 text, and matches the sha256 in source.yaml;
// - every content/texts/**/*.mdx names a known source, was generated from the current raw.txt
//   (rawSha256), and has a body.
// Each problem names the file, the field and what was expected.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { decodeRawText } from '../ingest/decode.ts';
import { splitFrontmatter } from '../frontmatter.ts';

export interface IntegrityIssue {
  file: string;
  field: string;
  message: string;
}

export function formatIntegrityIssue(issue: IntegrityIssue): string {
  return `${issue.file}: field "${issue.field}": ${issue.message}`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/:$/, '');
}

function walk(dir: string, ext: string, rel = ''): string[] {
  if (!existsSync(path.join(dir, rel))) return [];
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) return walk(dir, ext, child);
      return e.name.endsWith(ext) ? [child] : [];
    })
    .sort();
}

/** Checks the raw sources and the reading texts under `contentDir`; file names in messages are relative to `root`. */
export function checkSourceIntegrity(root: string, contentDir = 'content'): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const content = path.resolve(root, contentDir);
  const rel = (abs: string): string => path.relative(root, abs).split(path.sep).join('/');
  const sourcesDir = path.join(content, 'sources');
  /** Source id → sha256 of its raw.txt as recorded in source.yaml. */
  const recorded = new Map<string, unknown>();

  for (const id of existsSync(sourcesDir) ? readdirSync(sourcesDir).sort() : []) {
    const recordFile = path.join(sourcesDir, id, 'source.yaml');
    if (!existsSync(recordFile)) continue;
    let sha: unknown;
    try {
      sha = (parseYaml(readFileSync(recordFile, 'utf8')) as { sha256?: unknown } | null)?.sha256;
    } catch (error) {
      issues.push({ file: rel(recordFile), field: '(file)', message: `does not parse as YAML: ${firstLine(error)}` });
    }
    recorded.set(id, sha);
    const rawFile = path.join(sourcesDir, id, 'raw.txt');
    if (!existsSync(rawFile)) {
      issues.push({ file: rel(rawFile), field: '(file)', message: `missing; expected the raw text of source "${id}" beside its source.yaml` });
      continue;
    }
    const bytes = readFileSync(rawFile);
    try {
      decodeRawText(rel(rawFile), bytes);
    } catch (error) {
      const message = (error as Error).message.replace(`${rel(rawFile)}: `, '');
      issues.push({ file: rel(rawFile), field: '(encoding)', message });
      continue;
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (typeof sha === 'string' && sha !== actual) {
      issues.push({
        file: rel(recordFile),
        field: 'sha256',
        message: `is ${sha} but raw.txt hashes to ${actual}; raw texts must stay byte-identical to the originals (expected the sha256 of the unmodified raw.txt)`,
      });
    }
  }

  const textsDir = path.join(content, 'texts');
  for (const file of walk(textsDir, '.mdx')) {
    const abs = path.join(textsDir, file);
    const parts = splitFrontmatter(readFileSync(abs, 'utf8'));
    if (!parts) {
      issues.push({ file: rel(abs), field: '(frontmatter)', message: 'missing; expected a --- YAML frontmatter block --- at the top' });
      continue;
    }
    let data: Record<string, unknown>;
    try {
      // The leading newline stands for the opening ---, so YAML error lines are file lines.
      data = (parseYaml(`\n${parts.frontmatter}`) ?? {}) as Record<string, unknown>;
    } catch (error) {
      issues.push({ file: rel(abs), field: '(frontmatter)', message: `does not parse as YAML: ${firstLine(error)}` });
      continue;
    }
    const source = data.source;
    if (typeof source === 'string' && !recorded.has(source)) {
      issues.push({
        file: rel(abs),
        field: 'source',
        message: `unknown source id "${source}"; expected one of ${[...recorded.keys()].join(', ')}`,
      });
    } else if (
      typeof source === 'string' &&
      typeof recorded.get(source) === 'string' &&
      data.rawSha256 !== undefined &&
      String(data.rawSha256) !== recorded.get(source)
    ) {
      issues.push({
        file: rel(abs),
        field: 'rawSha256',
        message: `is ${data.rawSha256} but content/sources/${source}/source.yaml records ${String(recorded.get(source))}; expected a text generated from the current raw.txt (run npm run ingest)`,
      });
    }
    if (parts.body.trim() === '') {
      issues.push({ file: rel(abs), field: '(body)', message: 'is empty; expected the reading text below the frontmatter (run npm run ingest)' });
    }
  }
  return issues;
}

export class SourceIntegrityError extends Error {
  readonly issues: IntegrityIssue[];
  constructor(issues: IntegrityIssue[]) {
    super(`The sources and texts have ${issues.length} problem(s):\n${issues.map((i) => `  - ${formatIntegrityIssue(i)}`).join('\n')}`);
    this.name = 'SourceIntegrityError';
    this.issues = issues;
  }
}

/** Throws a SourceIntegrityError listing every problem. */
export function assertSourceIntegrity(root: string, contentDir = 'content'): void {
  const issues = checkSourceIntegrity(root, contentDir);
  if (issues.length > 0) throw new SourceIntegrityError(issues);
}
