import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDir, memoised } from './dir.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'content-dir-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('contentDir', () => {
  it('is content/ unless SITE_CONTENT_DIR names another directory', () => {
    expect(contentDir({})).toBe(path.resolve('content'));
    expect(contentDir({ SITE_CONTENT_DIR: scratch })).toBe(scratch);
    expect(contentDir({ SITE_CONTENT_DIR: 'x/y' })).toBe(path.resolve('x/y'));
  });
});

describe('memoised', () => {
  it('reads a directory once, and again only after a file under it changed', () => {
    const file = path.join(scratch, 'a.txt');
    writeFileSync(file, 'one');
    let reads = 0;
    const read = memoised((dir) => {
      reads++;
      return dir;
    });
    read(scratch);
    read(scratch);
    expect(reads).toBe(1);
    writeFileSync(file, 'two!');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    read(scratch);
    expect(reads).toBe(2);
  });
});
