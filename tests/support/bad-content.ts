// The bad-content fixtures (tests/fixtures/bad-content/<kind>/fixture.yaml): reading them and
// applying one to a copy of the project. Used by tests/unit/bad-content.test.ts (kinds the
// pre-render checks catch, run without a build) and tests/site/bad-content.test.ts (kinds only
// the Astro build catches, run through the real `npm run build`).
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { listFiles } from '../../src/lib/files.ts';
import { applyEdits, type Edit } from './project-copy.ts';
import { ROOT } from './sites.ts';

export const FIXTURES = path.join(ROOT, 'tests/fixtures/bad-content');

export interface BadContentFixture {
  kind: string;
  description: string;
  /**
   * Which check stops it: `validation` — the checks the build runs before rendering
   * (src/integrations/content-check.ts); `build` — Astro's content
   * collections, so only a real build shows it.
   */
  caughtBy: 'validation' | 'build';
  edits?: Edit[];
  remove?: string[];
  /** Each string must occur in the error: the file, the field and what was expected. */
  expect: { file: string; field?: string; expected: string; also?: string };
}

export function loadFixture(kind: string): BadContentFixture {
  const fixture = parseYaml(readFileSync(path.join(FIXTURES, kind, 'fixture.yaml'), 'utf8')) as Omit<BadContentFixture, 'kind'>;
  if (!fixture?.expect?.file || !fixture.expect.expected) throw new Error(`${kind}/fixture.yaml: expect.file and expect.expected are required`);
  if (fixture.caughtBy !== 'validation' && fixture.caughtBy !== 'build') {
    throw new Error(`${kind}/fixture.yaml: caughtBy must be "validation" or "build"`);
  }
  return { kind, ...fixture };
}

export function allFixtures(): BadContentFixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => loadFixture(d.name))
    .sort((a, b) => a.kind.localeCompare(b.kind));
}

/** The project files (relative) a fixture adds, edits or removes. */
export function touchedFiles(fixture: BadContentFixture): string[] {
  const overlay = path.join(FIXTURES, fixture.kind, 'files');
  const added = existsSync(overlay) ? listFiles(overlay) : [];
  return [...new Set([...added, ...(fixture.edits ?? []).map((e) => e.file), ...(fixture.remove ?? [])])].sort();
}

/** Applies the fixture to the project copy in `dir`. */
export function applyFixture(fixture: BadContentFixture, dir: string): void {
  const overlay = path.join(FIXTURES, fixture.kind, 'files');
  if (existsSync(overlay)) cpSync(overlay, dir, { recursive: true });
  applyEdits(dir, fixture.edits ?? []);
  for (const file of fixture.remove ?? []) rmSync(path.join(dir, file), { recursive: true });
}

/** Undoes applyFixture: each touched file back as it is in the repository, or gone if it is new. */
export function revertFixture(fixture: BadContentFixture, dir: string): void {
  for (const file of touchedFiles(fixture)) {
    const original = path.join(ROOT, file);
    rmSync(path.join(dir, file), { recursive: true, force: true });
    if (existsSync(original)) cpSync(original, path.join(dir, file), { recursive: true });
  }
}

/** Every string the error must contain, with what it names (file, field, expected …). */
export function expectedTexts(fixture: BadContentFixture): [string, string][] {
  return Object.entries(fixture.expect).filter((e): e is [string, string] => typeof e[1] === 'string');
}
