// Integrity of the raw sources and the reading texts generated from them (what schemas alone
// cannot see, because they see neither raw bytes nor MDX bodies):
// - every sources/<id>/ folder holds both raw.txt and source.yaml (the sources are the folders);
// - every sources/<id>/raw.txt is UTF-8 text and matches the sha256 in source.yaml;
// - every texts/**/*.mdx has frontmatter matching src/schemas/text.ts, names a known source,
//   was generated from the current raw.txt (rawSha256), and has a body.
// Each problem names the file, the field and what was expected.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeRawText } from '../ingest/decode.ts';
import { firstLine, type ContentIssue } from './errors.ts';
import { relativeName } from './dir.ts';
import { parseTextFile, textFilesIn } from './texts.ts';
import { parseContentYaml } from './yaml.ts';

/** Checks the raw sources and the reading texts under `contentDir`; file names in messages are relative to `root`. */
export function checkSourceIntegrity(root: string, contentDir = 'content'): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const content = path.resolve(root, contentDir);
  const rel = (abs: string): string => relativeName(root, abs);
  const sourcesDir = path.join(content, 'sources');
  /** Source id → sha256 of its raw.txt as recorded in source.yaml. */
  const recorded = new Map<string, unknown>();

  const folders = existsSync(sourcesDir)
    ? readdirSync(sourcesDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
        .map((d) => d.name)
        .sort()
    : [];
  for (const id of folders) {
    const recordFile = path.join(sourcesDir, id, 'source.yaml');
    if (!existsSync(recordFile)) {
      const hasRaw = existsSync(path.join(sourcesDir, id, 'raw.txt'));
      issues.push({
        file: rel(recordFile),
        field: '(file)',
        message: hasRaw
          ? `missing; expected the bibliographic record of source "${id}" beside its raw.txt (npm run ingest -- ${rel(path.join(sourcesDir, id, 'raw.txt'))} writes one from what the text states)`
          : `missing, and so is raw.txt; expected a source folder to hold raw.txt and source.yaml (or remove the folder)`,
      });
      continue;
    }
    let sha: unknown;
    try {
      sha = (parseContentYaml(readFileSync(recordFile, 'utf8')) as { sha256?: unknown } | null)?.sha256;
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

  for (const file of textFilesIn(content)) {
    const abs = path.join(content, 'texts', file);
    const { data, body, issues: found } = parseTextFile(rel(abs), readFileSync(abs, 'utf8'));
    issues.push(...found);
    if (!data) continue;
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
    if (body.trim() === '') {
      issues.push({ file: rel(abs), field: '(body)', message: 'is empty; expected the reading text below the frontmatter (run npm run ingest)' });
    }
  }
  return issues;
}
