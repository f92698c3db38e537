import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { syntheticCorpus } from '../kit/synthetic-corpus.ts';
import { writeSyntheticProject } from './growth.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'kb-growth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeSyntheticProject', () => {
  it('writes a scratch copy with the synthetic collection and route, leaving the tree alone', () => {
    const project = path.join(dir, 'project');
    const pages = syntheticCorpus(3);
    writeSyntheticProject(ROOT, project, pages);
    expect(readdirSync(path.join(project, 'content/synthetic')).sort()).toEqual(pages.map((p) => `${p.slug}.mdx`));
    expect(lstatSync(path.join(project, 'node_modules')).isSymbolicLink()).toBe(true);
    const config = readFileSync(path.join(project, 'src/content.config.ts'), 'utf8');
    expect(config).toContain("from './content.config.site.ts'");
    expect(readFileSync(path.join(project, 'src/content.config.site.ts'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'src/content.config.ts'), 'utf8'));
    expect(readFileSync(path.join(project, 'src/pages/synthetic/[slug].astro'), 'utf8')).toContain("getCollection('synthetic')");
    expect(existsSync(path.join(ROOT, 'src/pages/synthetic'))).toBe(false);
    expect(existsSync(path.join(ROOT, 'content/synthetic'))).toBe(false);
  });
});
