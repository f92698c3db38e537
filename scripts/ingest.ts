// Turns a source — a PDF, a Word file or an extracted text — into the site's reading text (MDX),
// deterministically.
//
//   npm run ingest -- <file.pdf | file.docx | raw.txt> [--id <slug>]   add one source (or re-ingest a text)
//   npm run ingest -- --all                     re-ingest every source in content/sources/
//   add --check to compare with the files on disk instead of writing (exit 1 when they differ)
//   add --root <dir> to work on another project tree (tests)
//
// A new source gets content/sources/<id>/ with raw.txt (a text is copied byte for byte; a PDF or
// Word file's text is extracted once — src/lib/ingest/pdf-read.ts, docx.ts — and kept unchanged
// afterwards), layout.yaml beside it for extracted texts (printed pages, headings, tables),
// a source.yaml holding what the file states about itself (an editor completes it), and
// review.txt, the review report, which is also printed. Per-source fixes go in repairs.yaml.
// A raw.txt put into content/sources/<id>/ by hand is a source too: ingesting it (that path, or
// --all) writes its missing source.yaml the same way, from what the text states.
// Bad input (empty, binary, not UTF-8, no title, an encrypted or scanned PDF, a corrupt Word
// file, an id already used) exits with code 2 and writes nothing: a new source's files are
// written into a temporary directory and moved into place at the end.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { decodeRawText } from '../src/lib/ingest/decode.ts';
import { IngestInputError } from '../src/lib/ingest/errors.ts';
import { ingestSource, sha256Of, textsDir, type IngestOutcome } from '../src/lib/ingest/ingest.ts';
import { sourceRecordsIn } from '../src/lib/content/sources.ts';
import { readDocx } from '../src/lib/ingest/docx.ts';
import type { ExtractedText } from '../src/lib/ingest/extracted.ts';
import { extractionFiles, layoutYaml, parseLayout, type SourceLayout } from '../src/lib/ingest/extraction-files.ts';
import { MESSAGES } from '../src/lib/ingest/messages.ts';
import { reviewReport } from '../src/lib/ingest/review-report.ts';

const USAGE = `usage: npm run ingest -- <file.pdf | file.docx | raw.txt> [--id <slug>] [--check] [--root <dir>]
       npm run ingest -- --all [--check] [--root <dir>]`;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

class UsageError extends Error {}

/** An id from a file name, when it has Latin letters or digits: “Party-Building_2020.pdf” → party-building-2020. */
function idFromName(file: string): string | undefined {
  const slug = path.basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return ID.test(slug) ? slug : undefined;
}

/** The id of a raw text already in its source folder: content/sources/<id>/raw.txt → <id>. */
function idFromFolder(root: string, file: string): string | undefined {
  const rel = path.relative(path.join(root, 'content/sources'), path.resolve(file)).split(path.sep);
  return rel.length === 2 && rel[1] === 'raw.txt' && ID.test(rel[0]!) ? rel[0] : undefined;
}

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
    if (!options.file) throw new UsageError('expected the file to ingest (.pdf, .docx or .txt)');
    const named = options.id ?? idFromFolder(options.root, options.file) ?? idFromName(options.file);
    if (named === undefined) throw new UsageError(MESSAGES.noIdFromName(path.basename(options.file)));
    options.id = named;
    if (!ID.test(options.id)) throw new UsageError(MESSAGES.badId(options.id));
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
  /** A new source: its directories are written whole, from a temporary directory. */
  isNew?: boolean;
  /** The review report of an extracted PDF or Word file. */
  report?: string;
  /** An existing source's missing source.yaml was written. */
  scaffolded?: boolean;
}

/** A PDF or Word file's text, extracted: raw.txt, layout.yaml and what the file states. */
interface Extraction {
  raw: Uint8Array;
  layout: SourceLayout;
  extracted: ExtractedText;
}

async function extract(file: string, bytes: Uint8Array): Promise<Extraction | undefined> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.txt' || ext === '') return undefined;
  let extracted: ExtractedText;
  // pdf.js (and the canvas package it loads) only when a PDF is read: a text or Word file, or a
  // refused input, starts about 0.1 s sooner.
  if (ext === '.pdf') extracted = await (await import('../src/lib/ingest/pdf-read.ts')).readPdf(file, bytes);
  else if (ext === '.docx') extracted = readDocx(file, bytes);
  else throw new IngestInputError(file, MESSAGES.unknownFormat(ext));
  const files = extractionFiles(path.basename(file), extracted);
  return { raw: new TextEncoder().encode(files.raw), layout: files.layout, extracted };
}

function readLayout(root: string, id: string): SourceLayout | undefined {
  const file = path.join(sourcesDir(root), id, 'layout.yaml');
  return existsSync(file) ? parseLayout(path.relative(root, file), readFileSync(file, 'utf8')) : undefined;
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

/** A source.yaml for a new text: only what its title block (or the file) states; an editor completes the rest. */
function newRecord(root: string, id: string, rawFile: string, outcome: IngestOutcome, extraction?: Extraction): string {
  const orders = sourceIds(root).map((other) => Number(readRecord(root, other)?.order ?? -1));
  const t = outcome.document.titleBlock;
  const stated = extraction?.extracted.record;
  const title = stated?.title ?? t.title;
  const subtitle = stated?.subtitle ?? t.subtitle;
  const authors = stated?.authors ?? t.authors;
  const institution = stated?.institution ?? t.institution;
  const record = {
    order: Math.max(-1, ...orders) + 1,
    title,
    ...(subtitle ? { subtitle } : {}),
    authors,
    ...(institution ? { institution } : {}),
    ...(stated?.journal ? { journal: stated.journal } : {}),
    ...(stated?.year !== undefined ? { year: stated.year } : {}),
    ...(stated?.issue ? { issue: stated.issue } : {}),
    ...(stated?.pages ? { pages: stated.pages } : {}),
    kind: outcome.document.kind,
    rawFile,
    sha256: outcome.sha256,
  };
  const from = stated ? Object.entries(stated.from).map(([k, v]) => `#   ${k}: ${v}`) : [];
  return [
    `# Bibliographic record of ${id}. Written by scripts/ingest.ts from ${extraction ? `${rawFile} (see review.txt)` : "the text's title block"};`,
    '# complete it by hand with what the text itself gives (never more). See src/schemas/source.ts.',
    ...(from.length > 0 ? ['# Where each field was read:', ...from] : []),
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

/** `shown`: the raw file's name as the user gave it, for messages. `source`: a new source's raw text and its origin. */
function plan(root: string, id: string, rawPath: string, isNew: boolean, shown = path.relative(root, rawPath), source?: { bytes: Uint8Array; rawFile: string; extraction?: Extraction }): Planned {
  const bytes = source?.bytes ?? readFileSync(rawPath);
  const raw = decodeRawText(shown, bytes);
  const repairsPath = path.join(sourcesDir(root), id, 'repairs.yaml');
  const layout = source?.extraction?.layout ?? (isNew ? undefined : readLayout(root, id));
  const outcome = ingestSource({
    id,
    file: shown,
    raw,
    ...(existsSync(repairsPath) ? { repairsYaml: readFileSync(repairsPath, 'utf8'), repairsFile: repairsPath } : {}),
    ...(layout ? { layout } : {}),
  });
  outcome.sha256 = sha256Of(bytes);
  for (const f of outcome.files) f.content = f.content.replace(/^rawSha256: .*$/m, `rawSha256: ${outcome.sha256}`);
  const files: Planned['files'] = [...outcome.files];
  let report: string | undefined;
  let scaffolded = false;
  if (isNew) {
    const extraction = source?.extraction;
    files.unshift(
      { path: `content/sources/${id}/raw.txt`, content: bytes },
      { path: `content/sources/${id}/source.yaml`, content: newRecord(root, id, source?.rawFile ?? path.basename(rawPath), outcome, extraction) },
    );
    if (extraction) {
      report = reviewReport({ id, file: source!.rawFile, extracted: extraction.extracted, layout: extraction.layout, document: outcome.document, rawLines: raw.split('\n').length - 1 });
      files.push({ path: `content/sources/${id}/layout.yaml`, content: layoutYaml(id, extraction.layout) }, { path: `content/sources/${id}/review.txt`, content: report });
    }
  } else {
    const record = readRecord(root, id);
    if (!record) {
      // A raw text put into its folder by hand: its record, from what the text states.
      files.unshift({ path: `content/sources/${id}/source.yaml`, content: newRecord(root, id, path.basename(rawPath), outcome) });
      scaffolded = true;
    } else if (record.sha256 !== outcome.sha256) {
      throw new IngestInputError(path.join('content/sources', id, 'source.yaml'), MESSAGES.rawChanged(String(record.sha256), outcome.sha256));
    }
  }
  const produced = new Set(outcome.files.map((f) => f.path));
  return { id, outcome, files, stale: existingGenerated(root, id).filter((f) => !produced.has(f)), isNew, ...(report ? { report } : {}), ...(scaffolded ? { scaffolded } : {}) };
}

/** The plan for `<file> --id <slug>`. */
async function planOne(root: string, file: string, id: string): Promise<Planned> {
  const inputPath = path.resolve(file);
  if (!existsSync(inputPath)) throw new IngestInputError(file, MESSAGES.noSuchFile);
  const target = path.join(sourcesDir(root), id, 'raw.txt');
  const extraction = await extract(file, readFileSync(inputPath));
  const bytes = extraction?.raw ?? readFileSync(inputPath);
  if (existsSync(target)) {
    if (extraction || (path.resolve(target) !== inputPath && !readFileSync(target).equals(bytes))) {
      throw new IngestInputError(file, MESSAGES.idUsed(id, `content/sources/${id}/`));
    }
    return plan(root, id, target, false, file);
  }
  for (const dir of [path.join(sourcesDir(root), id), path.join(root, textsDir(id))]) {
    if (existsSync(dir)) throw new IngestInputError(file, MESSAGES.idUsed(id, `${path.relative(root, dir)}/`));
  }
  if (bytes.length > 0) {
    const digest = sha256Of(bytes);
    const twin = sourceIds(root).find((other) => sha256Of(readFileSync(path.join(sourcesDir(root), other, 'raw.txt'))) === digest);
    if (twin) throw new IngestInputError(file, MESSAGES.alreadyIngested(twin));
  }
  return plan(root, id, inputPath, true, file, { bytes, rawFile: path.basename(file), ...(extraction ? { extraction } : {}) });
}

/**
 * Writes the plans. A new source's directories are built whole in a temporary directory and
 * moved into place (a failure leaves nothing behind); files of an existing source are written
 * under temporary names and renamed at the end. Stale files are removed last.
 */
function commit(root: string, plans: Planned[]): void {
  const temps: [string, string][] = [];
  mkdirSync(path.join(root, 'content'), { recursive: true });
  const stage = mkdtempSync(path.join(root, 'content', '.ingest-'));
  try {
    for (const p of plans) {
      for (const f of p.files) {
        const target = path.join(root, f.path);
        if (p.isNew) {
          const staged = path.join(stage, f.path);
          mkdirSync(path.dirname(staged), { recursive: true });
          writeFileSync(staged, f.content);
          continue;
        }
        mkdirSync(path.dirname(target), { recursive: true });
        const temp = `${target}.tmp-${process.pid}`;
        writeFileSync(temp, f.content);
        temps.push([temp, target]);
      }
    }
    for (const p of plans.filter((p) => p.isNew)) {
      for (const dir of [`content/sources/${p.id}`, textsDir(p.id)]) {
        if (!existsSync(path.join(stage, dir))) continue;
        mkdirSync(path.dirname(path.join(root, dir)), { recursive: true });
        renameSync(path.join(stage, dir), path.join(root, dir));
      }
    }
  } catch (e) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw e;
  } finally {
    rmSync(stage, { recursive: true, force: true });
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

export async function main(argv: string[]): Promise<number> {
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
      : [await planOne(options.root, options.file!, options.id!)];
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
    for (const p of plans) {
      console.log(summary(p));
      if (p.scaffolded) console.log(`content/sources/${p.id}/source.yaml written from what the text states; complete it by hand with what the text itself gives (never more).`);
      if (p.report) console.log(`\n${p.report}（以上报告已保存为 content/sources/${p.id}/review.txt）`);
    }
    return 0;
  } catch (e) {
    if (e instanceof IngestInputError) {
      console.error(`ingest: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
