// Bad content never reaches the site. The kinds Astro's content collections catch (caughtBy:
// build in tests/fixtures/bad-content/) go through the real `npm run build` (scripts/build.ts),
// one after another in ONE copy of the project (each fixture applied, built, then reverted):
// the build exits non-zero, names the file, the field and what was expected, and leaves the
// previous dist/ exactly as it was (the build goes to a staging directory that is swapped in
// only on success). The kinds the pre-render checks catch run without a build in
// tests/unit/bad-content.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBuild, type BuildResult } from '../../scripts/kit/build.ts';
import { allFixtures, applyFixture, expectedTexts, revertFixture, type BadContentFixture } from '../support/bad-content.ts';
import { copyProject } from '../../scripts/kit/project-copy.ts';
import { ROOT } from '../support/sites.ts';

const PROJECT = path.join(ROOT, '.tmp/bad-content');
const PREVIOUS = '<!doctype html><title>previous build</title>';
const buildKinds = allFixtures().filter((f) => f.caughtBy === 'build');

interface Outcome {
  result: BuildResult;
  previousKept: boolean;
  stagingLeft: string[];
}

async function runKind(fixture: BadContentFixture): Promise<Outcome> {
  applyFixture(fixture, PROJECT);
  // The "previous" site the failed build must not touch.
  const dist = path.join(PROJECT, 'dist');
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(path.join(dist, 'about'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), PREVIOUS);
  writeFileSync(path.join(dist, 'about/index.html'), PREVIOUS);
  const result = await runBuild({
    cwd: PROJECT,
    command: 'script',
    env: { SITE_OUT_DIR: dist, SITE_CACHE_DIR: path.join(PROJECT, '.cache-astro'), SITE_BASE: '/' },
  });
  const previousKept =
    readdirSync(dist).sort().join(',') === 'about,index.html' &&
    readFileSync(path.join(dist, 'index.html'), 'utf8') === PREVIOUS &&
    readFileSync(path.join(dist, 'about/index.html'), 'utf8') === PREVIOUS;
  const stagingDir = path.join(PROJECT, '.tmp/build-staging');
  const stagingLeft = existsSync(stagingDir) ? readdirSync(stagingDir) : [];
  revertFixture(fixture, PROJECT);
  // Keep each build's output for reading (.tmp/bad-content-<kind>.log).
  writeFileSync(path.join(ROOT, `.tmp/bad-content-${fixture.kind}.log`), result.output);
  return { result, previousKept, stagingLeft };
}

const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  copyProject(PROJECT);
  for (const fixture of buildKinds) outcomes.set(fixture.kind, await runKind(fixture));
}, 600_000);
afterAll(() => {
  rmSync(PROJECT, { recursive: true, force: true });
});

describe('bad content fails the build', () => {
  it('some kinds need the build', () => {
    expect(buildKinds.length).toBeGreaterThan(0);
  });

  it.each(buildKinds.map((f) => [f.kind, f] as const))('%s', (kind, fixture) => {
    const { result, previousKept, stagingLeft } = outcomes.get(kind)!;
    const tail = result.output.split('\n').slice(-60).join('\n');
    expect(result.status, `${kind}: the build must fail — ${fixture.description}\n${tail}`).not.toBe(0);
    for (const [what, text] of expectedTexts(fixture)) {
      expect(result.output.includes(text), `${kind}: the error must name the ${what} "${text}"\n${tail}`).toBe(true);
    }
    expect(result.output).toContain('was left unchanged');
    expect(previousKept, `${kind}: the previous dist/ must be left intact`).toBe(true);
    expect(stagingLeft, `${kind}: no staging directory may be left behind`).toEqual([]);
  });
});
