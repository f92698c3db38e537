// Edits to a throw-away project copy (scripts/kit/project-copy.ts makes the copy).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';


/** One textual edit of a file in the copy: a regular expression that must match, and its replacement. */
export interface Edit {
  file: string;
  find: string;
  replace: string;
  /** Regular expression flags; "m" by default. */
  flags?: string;
}

/** Applies edits; throws when a pattern does not match (the fixture went stale). */
export function applyEdits(dest: string, edits: Edit[]): void {
  for (const edit of edits) {
    const file = path.join(dest, edit.file);
    if (!existsSync(file)) throw new Error(`fixture edit: ${edit.file} does not exist in the project`);
    const text = readFileSync(file, 'utf8');
    const re = new RegExp(edit.find, edit.flags ?? 'm');
    if (!re.test(text)) throw new Error(`fixture edit: /${edit.find}/ does not match ${edit.file} (update the fixture)`);
    writeFileSync(file, text.replace(re, edit.replace));
  }
}
