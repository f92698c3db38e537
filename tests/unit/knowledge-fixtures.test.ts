// Deliberately broken knowledge content must fail validation with a message that names
// the file, the field, the bad value and (for references) the valid ids.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, formatIssue } from '../../src/lib/content/errors.ts';
import { assertKnowledgeValid, loadKnowledge } from '../../src/lib/content/knowledge.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/knowledge');
const SOURCES = join(ROOT, 'content/sources');
const temps: string[] = [];

/** Base fixture + scenario overlay in a temporary project root; returns the formatted issues. */
function issuesOf(scenario: string | null): string[] {
  const root = mkdtempSync(join(tmpdir(), 'kb-fixture-'));
  temps.push(root);
  const content = join(root, 'content');
  cpSync(join(FIXTURES, 'base'), content, { recursive: true });
  if (scenario) {
    const dir = join(FIXTURES, scenario);
    const removals = join(dir, 'remove.txt');
    if (existsSync(removals)) {
      for (const rel of readFileSync(removals, 'utf8').split('\n').filter(Boolean)) rmSync(join(content, rel));
    }
    cpSync(dir, content, { recursive: true, filter: (src) => !src.endsWith('remove.txt') });
  }
  return loadKnowledge({ root, contentDir: content, sourcesDir: SOURCES }).issues.map(formatIssue);
}

afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('knowledge fixtures', () => {
  it('the base fixture is valid (so every failure below comes from its scenario)', () => {
    expect(issuesOf(null)).toEqual([]);
  });

  const cases: [scenario: string, expected: RegExp[]][] = [
    ['unknown-model-id', [/^content\/cases\/hongfan\.yaml: field "models\[0\]\.model": unknown model id "service-typo"; valid ids: service$/]],
    ['unknown-dimension-id', [/^content\/practices\/alliance\.yaml: field "dimensions\[0\]": unknown dimension id "t-nowhere"; valid ids: t-open, t-open-strata, t-political$/]],
    ['unknown-related-practice', [/^content\/practices\/alliance\.yaml: field "related\[0\]": unknown practice id "rotation-practise"; valid ids: alliance, rotation-practice$/]],
    ['missing-quote', [/^content\/cases\/hongfan\.yaml: field "founded\.quote": .*(expected object|received undefined)/i]],
    ['quote-not-in-source', [/^content\/terms\/alliance-assembly\.yaml: field "definitions\[0\]\.text": quote not found in source "wuxi-alliance": "联盟大会是联盟的最高决策机构" \(the source matches only its first 8 characters, up to "联盟大会是联盟的"\)$/]],
    ['wrong-date', [/^content\/cases\/hongfan\.yaml: field "founded\.value": date "2018-13" has an impossible month 13 \(months are 01–12\)$/]],
    ['unquoted-date', [/^content\/cases\/liangxi\.yaml: field "founded\.value": .*expected string/i]],
    // Astro's glob loader lower-cases file names into ids: Liangxi.yaml and liangxi.yaml collide.
    ['duplicate-id', [/^content\/cases\/liangxi\.yaml: field "\(id\)": duplicate cases id "liangxi" \(also defined in content\/cases\/Liangxi\.yaml\)$/]],
    ['yml-extension', [/^content\/terms\/assembly-copy\.yml: field "\(file\)": the build loads only \*\.yaml files: rename it to \.yaml$/]],
    ['duplicate-dimension-id', [/^content\/frameworks\/tiny(-two)?\.yaml: field "dimensions\[0\]\.id": duplicate dimension id "t-open" \(first defined in framework "tiny(-two)?"\)$/]],
    ['wrong-type', [/^content\/mechanisms\/rotation\.yaml: field "number": .*expected number/i]],
    ['unknown-source', [/^content\/terms\/alliance-assembly\.yaml: field "definitions\[0\]\.source": .*"wuxi-alliance"/]],
    ['several-models-flag', [/^content\/cases\/hongfan\.yaml: field "listedUnderSeveralModels": is true but the case lists 1 model\(s\)$/]],
    ['model-representative-mismatch', [/^content\/models\/service\.yaml: field "representatives\.value\[2\]": case "guide-zunyi" is not an alliance$/]],
    ['editorial-outside-field', [/^content\/cases\/hongfan\.yaml: field "\(entry\)": .*summary/i]],
    ['bad-file-name', [/^content\/practices\/Rotation_Practice\.yaml: field "\(id\)": id "Rotation_Practice" \(the file name\) must be ASCII kebab-case$/]],
    ['term-not-defined', [/^content\/terms\/alliance-assembly\.yaml: field "definitions": no definition quote contains the term "联盟章程"$/]],
    ['founding-date-mismatch', [/^content\/events\/hongfan-founded\.yaml: field "date\.value": founding date "2018-05" differs from case "hongfan" founded "2018-04"$/]],
    ['guide-page-mismatch', [/^content\/cases\/guide-zunyi\.yaml: field "page\.value": page 261 is not the page number that ends the quote/]],
    ['comparison-wrong-framework', [/^content\/comparisons\/tiny-compare\.yaml: field "pairs\[0\]\.right": unknown dimension \(of framework "tiny-two"\) id "t-open-strata"; valid ids: t-political$/]],
    ['guide-case-text', [/^content\/cases\/guide-zunyi\.yaml: field "hasCaseText": .*false/i]],
    ['source-mismatch', [/^content\/practices\/alliance\.yaml: field "name\.quote\.source": quote is from source "four-dimensions" but the entry's source is "wuxi-alliance"$/]],
  ];

  it.each(cases)('%s fails with a precise message', (scenario, expected) => {
    const issues = issuesOf(scenario);
    expect(issues.length, `no issue reported for ${scenario}`).toBeGreaterThan(0);
    for (const re of expected) {
      expect(issues.some((m) => re.test(m)), `expected ${re} among:\n${issues.join('\n')}`).toBe(true);
    }
  });

  it('every scenario directory is exercised', async () => {
    const { readdirSync, statSync } = await import('node:fs');
    const dirs = readdirSync(FIXTURES).filter((d) => d !== 'base' && statSync(join(FIXTURES, d)).isDirectory());
    expect(dirs.sort()).toEqual(cases.map(([s]) => s).sort());
  });

  it('assertKnowledgeValid throws one error listing every problem', () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-fixture-'));
    temps.push(root);
    cpSync(join(FIXTURES, 'base'), join(root, 'content'), { recursive: true });
    cpSync(join(FIXTURES, 'unknown-model-id'), join(root, 'content'), { recursive: true });
    cpSync(join(FIXTURES, 'wrong-type'), join(root, 'content'), { recursive: true });
    let error: unknown;
    try {
      assertKnowledgeValid({ root, sourcesDir: SOURCES });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    expect(message).toMatch(/^The content has \d+ problem\(s\):\n  - /);
    expect(message).toContain('content/cases/hongfan.yaml: field "models[0].model": unknown model id "service-typo"');
    expect(message).toContain('content/mechanisms/rotation.yaml: field "number"');
  });
});
