import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dirSize, htmlFiles, listFiles, sitePages } from './files.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-files-'));
for (const [file, text] of [
  ['index.html', 'a'],
  ['search/index.html', 'bb'],
  ['_assets/site.css', 'ccc'],
  ['404.html', 'd'],
  ['pagefind-default/x.html', 'e'],
]) {
  mkdirSync(path.dirname(path.join(dir, file!)), { recursive: true });
  writeFileSync(path.join(dir, file!), text!);
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('site files', () => {
  it('lists files relative, with "/" separators, sorted, by ending', () => {
    expect(htmlFiles(dir)).toEqual(['404.html', 'index.html', 'pagefind-default/x.html', 'search/index.html']);
    expect(sitePages(dir)).toEqual(['404.html', 'index.html', 'search/index.html']);
    expect(listFiles(dir, '.css')).toEqual(['_assets/site.css']);
    expect(listFiles(dir)).toHaveLength(5);
  });

  it('sums sizes, and a missing directory is empty', () => {
    expect(dirSize(dir)).toEqual({ bytes: 8, files: 5 });
    expect(dirSize(path.join(dir, 'nope'))).toEqual({ bytes: 0, files: 0 });
  });
});
