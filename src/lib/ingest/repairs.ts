// Per-source repairs (content/sources/<id>/repairs.yaml): fixes the generic rules cannot
// make, each with the exact text it applies to and a reason. Applying a repair to a line
// that does not read as the repair expects is an error, so a repair can never silently
// land on the wrong text.
import { parse } from 'yaml';
import { repairsFileSchema, type Repair, type RepairsFile } from '../../schemas/repairs.ts';
import { IngestInputError } from './errors.ts';
import type { SourceLine } from './source-lines.ts';

export type { Repair, RepairsFile };

/** What the page shows where a page break dropped words. */
export const GAP_MARK = '〔原文此处有缺文〕';

/** Parses and validates repairs.yaml; an absent file means no repairs. */
export function parseRepairs(file: string, yamlText: string | undefined): RepairsFile {
  if (yamlText === undefined || yamlText.trim() === '') return { repairs: [] };
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (e) {
    throw new IngestInputError(file, `is not valid YAML: ${(e as Error).message}`);
  }
  const result = repairsFileSchema.safeParse(data ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${i.path.join('.') || '(top)'}: ${i.message}`).join('\n');
    throw new IngestInputError(file, `does not match the repairs format:\n${issues}`);
  }
  return result.data;
}

/** Ideographic space: a space that belongs to the text. */
export const KEPT_SPACE = '\u3000';

function fail(file: string, index: number, repair: Repair, message: string): never {
  throw new IngestInputError(file, `repair #${index + 1} (${repair.kind}): ${message}`);
}

function lineAt(file: string, lines: SourceLine[], index: number, repair: Repair, n: number): SourceLine {
  const found = lines[n - 1];
  if (!found) fail(file, index, repair, `line ${n} does not exist (the text has ${lines.length} lines).`);
  return found;
}

function expectIn(file: string, index: number, repair: Repair, l: SourceLine, text: string): void {
  if (!l.text.includes(text)) {
    fail(file, index, repair, `expected line ${l.n} to contain “${text}”, but it reads “${l.text.trim()}”.`);
  }
}

/**
 * Applies the line-level repairs to the lines, in place. keep-space repairs are not
 * applied here (they act on cleaned text: see applyKeptSpaces); running-header entries
 * are checked against the generic rule later.
 */
export function applyRepairs(file: string, lines: SourceLine[], repairs: readonly Repair[]): void {
  repairs.forEach((repair, index) => {
    switch (repair.kind) {
      case 'drop': {
        const expected = repair.text.split('\n').map((t) => t.trim()).filter(Boolean);
        let n = repair.line;
        for (const text of expected) {
          while (lines[n - 1] && lines[n - 1]!.text.trim() === '' && lines[n - 1]!.raw.trim() === '') n++;
          const l = lineAt(file, lines, index, repair, n);
          if (l.text.trim() !== text) fail(file, index, repair, `expected line ${n} to read “${text}”, but it reads “${l.text.trim()}”.`);
          l.text = '';
          l.removed = 'repair';
          n++;
        }
        break;
      }
      case 'replace':
      case 'heading-renumber': {
        const l = lineAt(file, lines, index, repair, repair.line);
        expectIn(file, index, repair, l, repair.text);
        l.text = l.text.replace(repair.text, repair.with);
        if (repair.kind === 'heading-renumber') (l.notesAfter ??= []).push(repair.note);
        break;
      }
      case 'gap': {
        const l = lineAt(file, lines, index, repair, repair.line);
        const trimmed = l.text.trimEnd();
        if (!trimmed.endsWith(repair.after)) {
          fail(file, index, repair, `expected line ${l.n} to end with “${repair.after}”, but it reads “${trimmed}”.`);
        }
        l.text = `${trimmed}${GAP_MARK}`;
        break;
      }
      case 'interpolation': {
        const l = lineAt(file, lines, index, repair, repair.line);
        expectIn(file, index, repair, l, repair.text);
        // The stray line and the spaces around it give way to the note.
        l.text = l.text.replace(new RegExp(`\\s*${escapeRegExp(repair.text)}\\s*`), repair.note);
        break;
      }
      case 'note': {
        const l = lineAt(file, lines, index, repair, repair.line);
        expectIn(file, index, repair, l, repair.after);
        const at = l.text.indexOf(repair.after) + repair.after.length;
        l.text = `${l.text.slice(0, at)}${repair.note}${l.text.slice(at)}`;
        break;
      }
      case 'paragraph-break': {
        const l = lineAt(file, lines, index, repair, repair.line);
        if (l.text.trim() !== repair.text) fail(file, index, repair, `expected line ${l.n} to read “${repair.text}”, but it reads “${l.text.trim()}”.`);
        l.breakAfter = true;
        break;
      }
      case 'running-header':
      case 'keep-space':
        break;
    }
  });
}

/** Sets the spaces of each keep-space repair as U+3000, in cleaned line text. */
export function applyKeptSpaces(file: string, lines: SourceLine[], repairs: readonly Repair[]): void {
  repairs.forEach((repair, index) => {
    if (repair.kind !== 'keep-space') return;
    const kept = repair.text.replace(/ /g, KEPT_SPACE);
    const targets = repair.line !== undefined ? [lineAt(file, lines, index, repair, repair.line)] : lines;
    let count = 0;
    for (const l of targets) {
      if (l.text.includes(repair.text)) {
        l.text = l.text.split(repair.text).join(kept);
        count++;
      }
    }
    if (count === 0) fail(file, index, repair, `the text “${repair.text}” does not occur${repair.line ? ` on line ${repair.line}` : ''} (after cleanup).`);
  });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
