// Turns a raw PDF-extracted text into the site's reading text (MDX), deterministically.
//
//   npm run ingest -- <raw.txt> --id <slug>     ingest one text (new, or re-ingest an existing source)
//   npm run ingest -- --all                     re-ingest every source in content/sources/
//   add --check to compare with the files on disk instead of writing (exit 1 when they differ)
//   add --root <dir> to work on another project tree (tests)
//
// A new text is copied to content/sources/<id>/raw.txt with a source.yaml holding what its
// title block gives (an editor completes it); per-source fixes go in repairs.yaml beside it.
// Bad input (empty, binary, not UTF-8, no title, id already used) exits with code 2 and
// writes nothing: every file is written to a temporary name first and renamed at the end.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { decodeRawText } from '../src/lib/ingest/decode.ts';
import { IngestInputError } from '../src/lib/ingest/errors.ts';
import { ingestSource, sha256Of, textsDir, type IngestOutcome } from '../src/lib/ingest/ingest.ts';
import { sourceRecordsIn } from '../src/lib/content/sources.ts';

const USAGE = `usage: npm run ingest -- <raw.txt> --id <slug> [--check] [--root <dir>]
       npm run ingest -- --all [--check] [--root <dir>]`;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

class UsageError extends Error {}

interface Options {
  file?: string;
  id?: string;
  all: boolean;
  check: boolean;
  root: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { all: false, check: false, root: path.resolve(import.meta.dirname, '..') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--all') options.all = true;
    else if (a === '--check') options.check = true;
    else if (a === '--id' || a === '--root') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${a} needs a value`);
      if (a === '--id') options.id = value;
      else options.root = path.resolve(value);
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (options.file === undefined) options.file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  if (options.all && (options.file || options.id)) throw new UsageError('--all takes no file or --id');
  if (!options.all) {
    if (!options.file) throw new UsageError('expected the raw text file to ingest');
    if (!options.id) throw new UsageError('expected --id <slug> (lower-case letters, digits and hyphens, e.g. --id wuxi-alliance)');
    if (!ID.test(options.id)) throw new UsageError(`--id ${options.id}: expected lower-case letters, digits and hyphens, e.g. wuxi-alliance`);
  }
  return options;
}

interface Planned {
  id: string;
  outcome: IngestOutcome;
  /** Files to write (relative to root); the raw text is copied byte for byte. */
  files: { path: string; content: string | Uint8Array }[];
  /** Generated files on disk that ingestion no longer produces. */
  stale: string[];
}

function sourcesDir(root: string): string {
  return path.join(root, 'content/sources');
}

function sourceIds(root: string): string[] {
  const dir = sourcesDir(root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'raw.txt')))
    .map((d) => d.name)
    .sort();
}

/** A source's bibliographic record as written (the content reader's), if it has one. */
function readRecord(root: string, id: string): Record<string, unknown> | undefined {
  return sourceRecordsIn(path.join(root, 'content')).find((r) => r.id === id)?.data;
}

/** A source.yaml for a new text: only what its title block gives; an editor completes the rest. */
function newRecord(root: string, id: string, rawFile: string, outcome: IngestOutcome): string {
  const orders = sourceIds(root).map((other) => Number(readRecord(root, other)?.order ?? -1));
  const t = outcome.document.titleBlock;
  const record = {
    order: Math.max(-1, ...orders) + 1,
    title: t.title,
    ...(t.subtitle ? { subtitle: t.subtitle } : {}),
    authors: t.authors,
    ...(t.institution ? { institution: t.institution } : {}),
    kind: outcome.document.kind,
    rawFile,
    sha256: outcome.sha256,
  };
  return [
    `# Bibliographic record of ${id}. Written by scripts/ingest.ts from the text's title block;`,
    '# complete it by hand with what the text itself gives (never more). See src/schemas/source.ts.',
    stringify(record, { lineWidth: 0 }),
  ].join('\n');
}

function existingGenerated(root: string, id: string): string[] {
  const dir = path.join(root, textsDir(id));
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(mdx|yaml)$/.test(f))
    .map((f) => `${textsDir(id)}/${f}`);
}

/** `shown`: the raw file's name as the user gave it, for messages. */
function plan(root: string, id: string, rawPath: string, isNew: boolean, shown = path.relative(root, rawPath)): Planned {
  const bytes = readFileSync(rawPath);
  const raw = decodeRawText(shown, bytes);
  const repairsPath = path.join(sourcesDir(root), id, 'repairs.yaml');
  const outcome = ingestSource({
    id,
    file: shown,
    raw,
    ...(existsSync(repairsPath) ? { repairsYaml: readFileSync(repairsPath, 'utf8'), repairsFile: repairsPath } : {}),
  });
  outcome.sha256 = sha256Of(bytes);
  for (const f of outcome.files) f.content = f.content.replace(/^rawSha256: .*$/m, `rawSha256: ${outcome.sha256}`);
  const files: Planned['files'] = [...outcome.files];
  if (isNew) {
    files.unshift(
      { path: `content/sources/${id}/raw.txt`, content: bytes },
      { path: `content/sources/${id}/source.yaml`, content: newRecord(root, id, path.basename(rawPath), outcome) },
    );
  } else {
    const record = readRecord(root, id);
    if (record && record.sha256 !== outcome.sha256) {
      throw new IngestInputError(
        path.join('content/sources', id, 'source.yaml'),
        `records sha256 ${String(record.sha256)}, but raw.txt has ${outcome.sha256}; the raw text must not change (expected the two to agree).`,
      );
    }
  }
  const produced = new Set(outcome.files.map((f) => f.path));
  return { id, outcome, files, stale: existingGenerated(root, id).filter((f) => !produced.has(f)) };
}

/** The plan for `<raw.txt> --id <slug>`. */
function planOne(root: string, file: string, id: string): Planned {
  const rawPath = path.resolve(file);
  if (!existsSync(rawPath)) throw new IngestInputError(file, 'no such file; expected the path of a raw text (.txt).');
  const target = path.join(sourcesDir(root), id, 'raw.txt');
  const bytes = readFileSync(rawPath);
  if (existsSync(target)) {
    if (path.resolve(target) !== rawPath && !readFileSync(target).equals(bytes)) {
      throw new IngestInputError(
        file,
        `the id “${id}” is already used by content/sources/${id}/raw.txt, a different text; expected a new id for a new text (or the same text to re-ingest it).`,
      );
    }
    return plan(root, id, target, false, file);
  }
  for (const dir of [path.join(sourcesDir(root), id), path.join(root, textsDir(id))]) {
    if (existsSync(dir)) {
      throw new IngestInputError(file, `the id “${id}” is already used (${path.relative(root, dir)} exists); expected a new id.`);
    }
  }
  if (bytes.length > 0) {
    const digest = sha256Of(bytes);
    const twin = sourceIds(root).find((other) => sha256Of(readFileSync(path.join(sourcesDir(root), other, 'raw.txt'))) === digest);
    if (twin) throw new IngestInputError(file, `this text is already ingested as “${twin}”; expected a text not yet in content/sources/.`);
  }
  return plan(root, id, rawPath, true, file);
}

/** Writes every file under a temporary name, then renames them all; removes stale files last. */
function commit(root: string, plans: Planned[]): void {
  const temps: [string, string][] = [];
  try {
    for (const p of plans) {
      for (const f of p.files) {
        const target = path.join(root, f.path);
        mkdirSync(path.dirname(target), { recursive: true });
        const temp = `${target}.tmp-${process.pid}`;
        writeFileSync(temp, f.content);
        temps.push([temp, target]);
      }
    }
  } catch (e) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw e;
  }
  for (const [temp, target] of temps) renameSync(temp, target);
  for (const p of plans) for (const s of p.stale) rmSync(path.join(root, s), { force: true });
}

/** Compares the plans with the files on disk; returns the differences. */
function differences(root: string, plans: Planned[]): string[] {
  const out: string[] = [];
  for (const p of plans) {
    for (const f of p.outcome.files) {
      const target = path.join(root, f.path);
      if (!existsSync(target)) out.push(`${f.path}: missing (ingestion produces it)`);
      else if (readFileSync(target, 'utf8') !== f.content) out.push(`${f.path}: differs from what ingestion produces`);
    }
    for (const s of p.stale) out.push(`${s}: ingestion no longer produces it`);
  }
  return out;
}

function summary(p: Planned): string {
  const doc = p.outcome.document;
  const headings = doc.parts.reduce((n, part) => n + part.blocks.filter((b) => b.type === 'heading').length, 0);
  const notes = doc.parts.reduce((n, part) => n + part.footnotes.length, 0);
  const headers = doc.runningHeaders.reduce((n, h) => n + h.lines.length, 0);
  return `${p.id}: ${doc.kind}, ${doc.parts.length} part(s), ${headings} heading(s), ${notes} footnote(s), ${headers} running header line(s) removed → ${p.outcome.files.map((f) => f.path).join(', ')}`;
}

export function main(argv: string[]): number {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`ingest: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  try {
    const plans = options.all
      ? sourceIds(options.root).map((id) => plan(options.root, id, path.join(sourcesDir(options.root), id, 'raw.txt'), false))
      : [planOne(options.root, options.file!, options.id!)];
    if (options.check) {
      const diff = differences(options.root, plans);
      if (diff.length > 0) {
        console.error(`ingest --check: the committed texts differ from what the raw texts and repairs produce:\n  ${diff.join('\n  ')}\nRun npm run ingest -- --all and review the change.`);
        return 1;
      }
      console.log(`ingest --check: ${plans.length} source(s) up to date.`);
      return 0;
    }
    commit(options.root, plans);
    for (const p of plans) console.log(summary(p));
    return 0;
  } catch (e) {
    if (e instanceof IngestInputError) {
      console.error(`ingest: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
