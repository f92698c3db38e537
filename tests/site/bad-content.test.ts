// Bad content never reaches the site: for every kind in tests/fixtures/bad-content/, the real
// `npm run build` (scripts/build.ts) on a copy of the project with that fixture applied exits
// non-zero, names the file, the field and what was expected, and leaves the previous dist/
// exactly as it was (the build goes to a staging directory that is swapped in only on success).
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { applyEdits, copyProject, mapLimit, runBuildScript, type Edit, type ProcessResult } from '../support/project-copy.ts';
import { ROOT } from '../support/sites.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/bad-content');
const WORK = path.join(ROOT, '.tmp/bad-content');

interface Fixture {
  description: string;
  edits?: Edit[];
  remove?: string[];
  expect: { file: string; field?: string; expected: string };
}

interface Outcome {
  result: ProcessResult;
  previousKept: boolean;
  stagingLeft: string[];
}

const kinds = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function loadFixture(kind: string): Fixture {
  const fixture = parseYaml(readFileSync(path.join(FIXTURES, kind, 'fixture.yaml'), 'utf8')) as Fixture;
  if (!fixture?.expect?.file || !fixture.expect.expected) throw new Error(`${kind}/fixture.yaml: expect.file and expect.expected are required`);
  return fixture;
}

const PREVIOUS = '<!doctype html><title>previous build</title>';

async function runKind(kind: string): Promise<Outcome> {
  const fixture = loadFixture(kind);
  const project = path.join(WORK, kind);
  copyProject(project);
  const overlay = path.join(FIXTURES, kind, 'files');
  if (existsSync(overlay)) cpSync(overlay, project, { recursive: true });
  applyEdits(project, fixture.edits ?? []);
  for (const file of fixture.remove ?? []) rmSync(path.join(project, file), { recursive: true });
  // The "previous" site the failed build must not touch.
  const dist = path.join(project, 'dist');
  mkdirSync(path.join(dist, 'about'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), PREVIOUS);
  writeFileSync(path.join(dist, 'about/index.html'), PREVIOUS);
  const result = await runBuildScript(project);
  const previousKept =
    readdirSync(dist).sort().join(',') === 'about,index.html' &&
    readFileSync(path.join(dist, 'index.html'), 'utf8') === PREVIOUS &&
    readFileSync(path.join(dist, 'about/index.html'), 'utf8') === PREVIOUS;
  const stagingDir = path.join(project, '.tmp/build-staging');
  const stagingLeft = existsSync(stagingDir) ? readdirSync(stagingDir) : [];
  return { result, previousKept, stagingLeft };
}

const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  kinds.forEach(loadFixture); // a malformed fixture fails at once, before any build
  rmSync(WORK, { recursive: true, force: true });
  // Two builds at a time: the CI machine has two cores.
  const results = await mapLimit(kinds, 2, runKind);
  kinds.forEach((kind, i) => {
    outcomes.set(kind, results[i]!);
    // Keep each build's output for reading (.tmp/bad-content/<kind>.log); drop the copies.
    rmSync(path.join(WORK, kind), { recursive: true, force: true });
    writeFileSync(path.join(WORK, `${kind}.log`), results[i]!.result.output);
  });
}, 600_000);

describe('bad content fails the build', () => {
  it('covers at least ten kinds of bad content', () => {
    expect(kinds.length).toBeGreaterThanOrEqual(10);
  });

  it.each(kinds)('%s', (kind) => {
    const fixture = loadFixture(kind);
    const { result, previousKept, stagingLeft } = outcomes.get(kind)!;
    const tail = result.output.split('\n').slice(-60).join('\n');
    expect(result.status, `${kind}: the build must fail — ${fixture.description}\n${tail}`).not.toBe(0);
    for (const [what, text] of Object.entries(fixture.expect)) {
      expect(result.output.includes(text), `${kind}: the error must name the ${what} "${text}"\n${tail}`).toBe(true);
    }
    expect(result.output).toContain('was left unchanged');
    expect(previousKept, `${kind}: the previous dist/ must be left intact`).toBe(true);
    expect(stagingLeft, `${kind}: no staging directory may be left behind`).toEqual([]);
  });
});
