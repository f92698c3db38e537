import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ContentError } from './errors.ts';
import { knowledgeOf, loadKnowledge } from './knowledge.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BASE = path.join(ROOT, 'tests/fixtures/knowledge/base');
const SOURCES = path.join(ROOT, 'content/sources');
const scratch = mkdtempSync(path.join(tmpdir(), 'content-knowledge-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('loadKnowledge', () => {
  it('reads a content directory: every collection, entries by file name, parsed by the schemas', () => {
    const { kb, issues } = loadKnowledge({ root: ROOT, contentDir: BASE, sourcesDir: SOURCES });
    expect(issues).toEqual([]);
    expect(kb.cases.map((c) => c.id)).toEqual(['guide-zunyi', 'hongfan', 'liangxi']);
    expect(kb.cases.find((c) => c.id === 'hongfan')).toMatchObject({
      file: 'tests/fixtures/knowledge/base/cases/hongfan.yaml',
      data: { name: { value: '红帆党建联盟' } },
    });
    // Defaults of the schema are applied (a term's aliases).
    expect(kb.terms[0]?.data.aliases).toEqual([]);
  });
});

describe('knowledgeOf', () => {
  it('reads a directory once and throws one ContentError naming file, field and expected value', async () => {
    const dir = path.join(scratch, 'content');
    cpSync(BASE, dir, { recursive: true });
    cpSync(SOURCES, path.join(dir, 'sources'), { recursive: true });
    expect(knowledgeOf(dir)).toBe(knowledgeOf(dir));
    const file = path.join(dir, 'mechanisms', 'rotation.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^number: .*$/m, 'number: first'));
    // The directory's watch tells the reader of the change (asynchronously).
    let error: unknown;
    await vi.waitFor(() => {
      try {
        knowledgeOf(dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ContentError);
    }, { timeout: 3000 });
    const [issue] = (error as ContentError).issues;
    expect(issue?.file).toMatch(/content\/mechanisms\/rotation\.yaml$/);
    expect(issue?.field).toBe('number');
    expect(issue?.message).toBe('Invalid input: expected number, received string');
    expect((error as Error).message).toMatch(/mechanisms\/rotation\.yaml: field "number": Invalid input: expected number, received string/);
  });
});
