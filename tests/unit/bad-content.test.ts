// Bad content that the build's pre-render checks catch (the content-check integration runs
// them at astro:config:setup, before anything is rendered): for each such
// kind in tests/fixtures/bad-content/, the same checks, in the same order, on a copy of
// content/ with the fixture applied, throw an error naming the file, the field and what was
// expected. tests/site/bad-content.test.ts runs the real build for the kinds only Astro's
// content collections catch, and checks that a failed build leaves the previous dist/ as it was.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertContentValid } from '../../src/lib/content/validate.ts';
import { allFixtures, applyFixture, expectedTexts } from '../support/bad-content.ts';
import { ROOT } from '../support/sites.ts';

const fixtures = allFixtures();
const beforeRender = fixtures.filter((f) => f.caughtBy === 'validation');
mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
const work = mkdtempSync(path.join(ROOT, '.tmp/bad-content-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What the build's pre-render checks report for the project in `root` ('' when all is well). */
function preRenderError(root: string): string {
  try {
    // What the content-check integration runs at astro:config:setup.
    assertContentValid(root, 'content');
    return '';
  } catch (error) {
    return String((error as Error).message);
  }
}

describe('bad content the pre-render checks catch', () => {
  it('covers at least ten kinds of bad content, most without a build', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    expect(beforeRender.length).toBeGreaterThan(fixtures.length / 2);
  });

  it('the unchanged content passes them', () => {
    const root = path.join(work, 'clean');
    cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
    expect(preRenderError(root)).toBe('');
  });

  it('the kinds left to the build pass them (so they do need a build)', () => {
    for (const fixture of fixtures.filter((f) => f.caughtBy === 'build')) {
      const root = path.join(work, fixture.kind);
      cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
      applyFixture(fixture, root);
      expect(preRenderError(root), `${fixture.kind} is caught before rendering: mark it caughtBy: validation`).toBe('');
    }
  });

  it.each(beforeRender.map((f) => [f.kind, f] as const))('%s', (kind, fixture) => {
    const root = path.join(work, kind);
    cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
    applyFixture(fixture, root);
    const message = preRenderError(root);
    expect(message, `${kind}: the checks must fail — ${fixture.description}`).not.toBe('');
    for (const [what, text] of expectedTexts(fixture)) {
      expect(message.includes(text), `${kind}: the error must name the ${what} "${text}"\n${message}`).toBe(true);
    }
  });
});
